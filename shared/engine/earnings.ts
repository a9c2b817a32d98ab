import type { Day } from '../dates/days';
import type { ProgramDefinition } from '../schemas/program';
import type { ResultEntry } from '../schemas/result';
import { DailyLedger } from './ledger';
import { cadenceEarnings } from './rules/cadence';
import { challengeEarnings } from './rules/challenge';
import { commissionEarnings } from './rules/commission';
import { type Series, uniqueSeries } from './rules/common';
import { contractEarnings } from './rules/contract';
import { perUnitEarnings } from './rules/per-unit';
import { referralEarnings, referralMetric } from './rules/referral';
import type { Earnings } from './types';

// One rule per program kind (rules/<kind>.ts). Every rule walks the ledger's days once, in order,
// keeping running totals; a day's accrual is the cumulative amount through that day minus the
// cumulative amount through the day before, so caps and whole blocks fall out of the cumulative
// formula and earnings never decrease as results are added.

/**
 * What a program has earned through `through` (inclusive). Nothing outside the program's window
 * and nothing after `through` counts; amounts are integer cents.
 */
export function computeEarnings(program: ProgramDefinition, ledger: DailyLedger, through: Day): Earnings {
  switch (program.kind) {
    case 'referral':
      return referralEarnings(program, ledger, through);
    case 'per_unit':
      return perUnitEarnings(program, ledger, through);
    case 'challenge':
      return challengeEarnings(program, ledger, through);
    case 'cadence':
      return cadenceEarnings(program, ledger, through);
    case 'contract':
      return contractEarnings(program, ledger, through);
    case 'commission':
      return commissionEarnings(program, ledger, through);
  }
}

/** `computeEarnings` over raw result rows (rows of other programs are ignored). */
export function earningsFromResults(
  program: ProgramDefinition,
  results: readonly ResultEntry[],
  through: Day,
): Earnings {
  return computeEarnings(program, DailyLedger.fromResults(results, program.id), through);
}

/**
 * The series a program reads, without duplicates: what the projection extends. A series without a
 * platform is the metric summed over all platforms.
 */
export function programMetrics(program: ProgramDefinition): Series[] {
  switch (program.kind) {
    case 'referral':
      return [{ metric: referralMetric(program) }];
    case 'per_unit':
      return uniqueSeries(program.units.map((u) => ({ metric: u.metric })));
    case 'challenge':
      return uniqueSeries(program.tiers.map((t) => ({ metric: t.metric })));
    case 'cadence':
      return uniqueSeries(program.requirements);
    case 'contract':
      return uniqueSeries(program.obligations.map((o) => ({ metric: o.metric })));
    case 'commission':
      return uniqueSeries(program.lines.map((l) => ({ metric: l.metric })));
  }
}
