import type { Day } from '../../dates/days';
import type { ProgramOf } from '../../schemas/program';
import type { DailyLedger } from '../ledger';
import type { Accrual, Earnings } from '../types';
import { activeDays, applyBps, earningsOf, formatBps, formatCount, pushAccrual, scopeOf } from './common';

type PerUnitProgram = ProgramOf<'per_unit'>;

/**
 * Fan payments (Stars, Gifts, Badges, tips): gross = Σ units × unit value; net = gross − fee, the
 * fee being `feeBps` of the *cumulative* gross rounded half up to the cent. Rounding the running
 * total (not each day) keeps the sum of the daily accruals equal to the net of the whole history
 * and makes the net non-decreasing: one more cent of gross adds at most one cent of fee.
 */
export function perUnitEarnings(program: PerUnitProgram, ledger: DailyLedger, through: Day): Earnings {
  const accruals: Accrual[] = [];
  const series = program.units.map((u) => ({ metric: u.metric }));
  let gross = 0;
  let net = 0;

  for (const day of activeDays(ledger, series, scopeOf(program, through))) {
    const parts: string[] = [];
    for (const unit of program.units) {
      const count = ledger.count(day, unit.metric);
      if (count === 0) continue;
      gross += count * unit.cents;
      parts.push(`${formatCount(count)} ${unit.label ?? unit.metric}`);
    }
    const nextNet = gross - applyBps(gross, program.feeBps, 'round');
    let label = parts.join(', ');
    if (program.feeBps > 0) label += ` less ${formatBps(program.feeBps)} fee`;
    pushAccrual(accruals, day, nextNet - net, label);
    net = nextNet;
  }

  return earningsOf(program, accruals, [], null);
}
