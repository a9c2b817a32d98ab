import type { HealthCheck, SiteFeature } from './types';

// Quiet self-disabling (quality.md R6): on pages where a feature's selectors should match (a
// channel page has a message box), a feature whose selectors found nothing in time is reported
// once as broken — the popup says so — and the content script simply does nothing more for it.
// If it matches again later, that is reported once too.

export interface HealthMonitor {
  /** Re-evaluates the checks after the DOM changed or the page navigated. */
  check(): void;
  /** A feature was seen working or failing outside the checks (e.g. submit detection). */
  report(feature: SiteFeature, ok: boolean): void;
}

export interface HealthDeps {
  checks: readonly HealthCheck[];
  path: () => string;
  has: (selector: string) => boolean;
  now: () => number;
  /** Re-runs `check` after `ms` (through the content script's context). */
  later: (ms: number, cb: () => void) => void;
  send: (feature: SiteFeature, ok: boolean) => void;
}

export function createHealthMonitor(deps: HealthDeps): HealthMonitor {
  /** Since when each check's page condition holds without its selector matching. */
  const waiting = new Map<HealthCheck, { path: string; since: number }>();
  /** What was last said about each feature: nothing is said twice in a row. */
  const said = new Map<SiteFeature, boolean>();

  const report = (feature: SiteFeature, ok: boolean) => {
    // Good news is only worth sending after bad news.
    if (said.get(feature) === ok || (ok && !said.has(feature))) return;
    said.set(feature, ok);
    deps.send(feature, ok);
  };

  const check = () => {
    const path = deps.path();
    for (const c of deps.checks) {
      const applies = c.path.test(path) && (!c.when || deps.has(c.when));
      if (!applies) {
        waiting.delete(c);
        continue;
      }
      if (deps.has(c.expect)) {
        waiting.delete(c);
        report(c.feature, true);
        continue;
      }
      const since = waiting.get(c);
      if (!since || since.path !== path) {
        waiting.set(c, { path, since: deps.now() });
        deps.later(c.withinMs + 50, check);
      } else if (deps.now() - since.since >= c.withinMs) {
        report(c.feature, false);
      }
    }
  };

  return { check, report };
}
