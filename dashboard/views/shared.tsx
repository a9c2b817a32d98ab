import { NO_MEMBER } from '../../extension/db/store';
import type { Pace } from '../../shared/engine/projection';
import type { Progress } from '../../shared/engine/types';
import { useDashboard } from '../app/context';
import type { ChartText } from '../charts/common';
import type { Formatter } from '../format';
import { engineLabel, type Messages } from '../i18n';

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
export function paceText(t: Messages, f: Formatter, p: Pace): string {
  const what = engineLabel(t, f, p.label);
  if (p.label.id === 'reach-cap')
    return t.overview.paceLine(f.rate(p.perDay), f.count(Math.ceil(p.remaining)), what, f.day(p.by));
  return t.overview.paceItem(f.count(Math.ceil(p.remaining)), what, f.day(p.by), f.rate(p.perDay));
}

/** A progress item in the reader's language. */
export function progressLabel(t: Messages, f: Formatter, p: Pick<Progress, 'label'>): string {
  return engineLabel(t, f, p.label);
}

/** A team member's name as the views show it (rows without one: "(no member)"). */
export function memberName(t: Messages, member: string | null): string {
  return member === null || member === NO_MEMBER ? t.controls.noMember : member;
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
