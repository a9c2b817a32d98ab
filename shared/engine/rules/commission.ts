import type { Day } from '../../dates/days';
import type { ProgramOf } from '../../schemas/program';
import type { DailyLedger } from '../ledger';
import type { Accrual, Earnings } from '../types';
import {
  activeDays,
  applyBps,
  earningsOf,
  formatBps,
  formatCents,
  formatCount,
  pushAccrual,
  scopeOf,
} from './common';

type CommissionProgram = ProgramOf<'commission'>;

/**
 * Affiliation and marketplace deals: percent lines pay `bps` of the cumulative sales (counted in
 * cents) rounded down to the cent, flat lines pay a fee per unit. Rounding the cumulative sales of
 * each line, not each day's, keeps the accruals summing to the exact commission of the whole history.
 */
export function commissionEarnings(program: CommissionProgram, ledger: DailyLedger, through: Day): Earnings {
  const accruals: Accrual[] = [];
  const lines = program.lines;
  const totals = lines.map(() => 0); // cumulative sales (percent) or units (flat) per line
  let cumulative = 0;

  for (const day of activeDays(ledger, lines, scopeOf(program, through))) {
    const parts: string[] = [];
    let next = 0;
    lines.forEach((line, i) => {
      const count = ledger.count(day, line.metric);
      const total = (totals[i] ?? 0) + count;
      totals[i] = total;
      if (line.mode === 'percent') {
        next += applyBps(total, line.bps, 'floor');
        if (count > 0) parts.push(`${formatBps(line.bps)} of ${formatCents(count)} ${line.metric}`);
      } else {
        next += total * line.cents;
        if (count > 0) parts.push(`${formatCount(count)} × ${line.metric}`);
      }
    });
    pushAccrual(accruals, day, next - cumulative, parts.join(', '));
    cumulative = next;
  }

  return earningsOf(program, accruals, [], null);
}
