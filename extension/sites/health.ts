import type { Surface } from '../../shared/schemas/event';
import type { HealthCheck, SiteFeature } from './types';

// Quiet self-disabling (quality.md R6): on pages in the state where a composer must exist (a
// channel you may write in has a message box), a check whose selectors found nothing in time is
// reported once as broken — the popup says so — and the content script does nothing more for it.
// If it matches again later, that is reported once too. State is kept per check (feature and
// surface): a check on one page never clears or raises another's warning.

export interface HealthMonitor {
  /** Re-evaluates the checks after the DOM changed or the page navigated. */
  check(): void;
  /** A feature was seen working or failing outside the checks (e.g. a post confirmed or not). */
  report(feature: SiteFeature, surface: Surface, ok: boolean): void;
}

export interface HealthDeps {
  checks: readonly HealthCheck[];
  path: () => string;
  has: (selector: string) => boolean;
  now: () => number;
  /** Re-runs `check` after `ms` (through the content script's context). */
  later: (ms: number, cb: () => void) => void;
  send: (feature: SiteFeature, surface: Surface, ok: boolean) => void;
}

export function createHealthMonitor(deps: HealthDeps): HealthMonitor {
  /** Since when each check's page condition holds without its selector matching. */
  const waiting = new Map<HealthCheck, { path: string; since: number }>();
  /** What was last said about each check (`feature:surface`): nothing is said twice in a row. */
  const said = new Map<string, boolean>();

  const report = (feature: SiteFeature, surface: Surface, ok: boolean) => {
    const key = `${feature}:${surface}`;
    // Good news is only worth sending after bad news (this tab's, or another's: the background
    // keeps the state, and a healthy report clears it there).
    if (said.get(key) === ok) return;
    said.set(key, ok);
    deps.send(feature, surface, ok);
  };

  const check = () => {
    const path = deps.path();
    for (const c of deps.checks) {
      const applies = c.path.test(path) && (!c.when || deps.has(c.when)) && !(c.unless && deps.has(c.unless));
      if (!applies) {
        waiting.delete(c);
        continue;
      }
      if (deps.has(c.expect)) {
        waiting.delete(c);
        report(c.feature, c.surface, true);
        continue;
      }
      const since = waiting.get(c);
      if (!since || since.path !== path) {
        waiting.set(c, { path, since: deps.now() });
        deps.later(c.withinMs + 50, check);
      } else if (deps.now() - since.since >= c.withinMs) {
        report(c.feature, c.surface, false);
      }
    }
  };

  return { check, report };
}
