import { dayInTimeZone } from '../../../shared/dates/days';
import { DailyLedger } from '../../../shared/engine/ledger';
import { projectEarnings } from '../../../shared/engine/projection';
import type { ProgramDefinition } from '../../../shared/schemas/program';
import type { ResultEntry } from '../../../shared/schemas/result';
import type { WidgetSummary } from '../protocol';

// The program's state at a glance, as the widget shows it: computed by the rules package from the
// results the creator entered. Promotions alone cannot be turned into money without a conversion
// rate, so with no results the summary says earned 0, the cap and the days left, and no rate.

export function programSummary(
  program: ProgramDefinition,
  results: readonly ResultEntry[],
  now: Date,
): WidgetSummary {
  const ledger = DailyLedger.fromResults(results, program.id);
  const p = projectEarnings(program, ledger, { asOf: dayInTimeZone(now, program.timeZone) });
  const main = p.basis === 'results' ? p.rates[0] : undefined;
  const pace = p.paceNeeded[0];
  return {
    programId: program.id,
    programName: program.name,
    earnedCents: p.earnedCents,
    capCents: p.capCents,
    projectedCents: p.basis === 'none' ? p.earnedCents : p.projectedCents,
    ratePerDay: main ? main.usedPerDay : null,
    paceNeededPerDay: pace ? pace.perDay : null,
    metric: main?.metric ?? pace?.id ?? null,
    daysLeft: p.daysLeft,
  };
}
