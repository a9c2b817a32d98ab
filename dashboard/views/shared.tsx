import type { Pace } from '../../shared/engine/projection';
import type { Progress } from '../../shared/engine/types';
import type { ProgramDefinition } from '../../shared/schemas/program';
import { useDashboard } from '../app/context';
import type { ChartText } from '../charts/common';
import type { Formatter } from '../format';
import { type Messages, metricName } from '../i18n';

export function Loading() {
  const { t } = useDashboard();
  return (
    <div class="loading" role="status">
      {t.common.loading}
    </div>
  );
}

export function chartText(f: Formatter): ChartText {
  return {
    formatMoney: f.money,
    formatMoneyAxis: f.moneyWhole,
    formatCount: f.count,
    formatDay: f.dayNumber,
  };
}

/**
 * "4.4/day — 61 sign-ups to reach the cap by Jun 22, 2025", or for a per-period rule
 * "6 more for 20 reels on Facebook by Jun 10, 2025 (3/day)".
 */
export function paceText(t: Messages, f: Formatter, p: Pace, def?: ProgramDefinition): string {
  if (p.id === 'signups' || p.id === 'visits')
    return t.overview.paceLine(
      f.rate(p.perDay),
      f.count(Math.ceil(p.remaining)),
      t.overview.paceCap(metricName(t, p.id)),
      f.day(p.by),
    );
  const item = def ? progressLabel(t, f, def, { id: p.id, label: p.label, target: 0 }) : p.label;
  return t.overview.paceItem(f.count(Math.ceil(p.remaining)), item, f.day(p.by), f.rate(p.perDay));
}

/** The progress item in the reader's language where the rule's structure is known. */
export function progressLabel(
  t: Messages,
  f: Formatter,
  def: ProgramDefinition,
  p: Pick<Progress, 'id' | 'label' | 'target'>,
): string {
  if (def.kind === 'cadence') {
    if (p.id === 'distinct-days') return t.challenges.distinctDays(f.count(p.target));
    const req = def.requirements.find((r) => `${r.metric}${r.platform ? `-${r.platform}` : ''}` === p.id);
    if (req)
      return req.platform
        ? t.challenges.postsOn(f.count(req.min), metricName(t, req.metric), t.platforms[req.platform])
        : `${f.count(req.min)} ${metricName(t, req.metric)}`;
  }
  if (def.kind === 'contract') {
    const o = def.obligations.find((x) => x.metric === p.id);
    if (o) return `${f.count(o.minPerMonth)} ${metricName(t, o.metric)}`;
  }
  return p.label;
}

/** Triggers a download of text the page made (export): a Blob URL, revoked once used. */
export function downloadText(text: string, filename: string, mime: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: mime }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
