import { dayInTimeZone } from '../../../shared/dates/days';
import { DailyLedger } from '../../../shared/engine/ledger';
import { projectEarnings } from '../../../shared/engine/projection';
import {
  activePrograms,
  findProgram,
  parseCustomProgram,
  resolveProgram,
} from '../../../shared/programs/catalog';
import type { ProgramDefinition } from '../../../shared/schemas/program';
import type { ResultEntry } from '../../../shared/schemas/result';
import type { Settings } from '../../../shared/schemas/settings';
import type { WidgetSummary } from '../protocol';

// The program's state at a glance, as the widget shows it: computed by the rules package from the
// results the creator entered. Promotions alone cannot be turned into money without a conversion
// rate, so with no results the summary says earned 0, the cap and the days left, and no rate.

/** The program a link promotes, with the user's parameters; enabled or not, catalog or custom. */
export function programFor(settings: Settings, programId: string): ProgramDefinition | null {
  const active = activePrograms(settings).programs.find((p) => p.id === programId);
  if (active) return active;
  const params = settings.programs[programId]?.params ?? {};
  const catalog = findProgram(programId);
  if (catalog) {
    const resolved = resolveProgram(catalog, params);
    return resolved.ok ? resolved.value : catalog;
  }
  const custom = settings.customPrograms.find((p) => p.id === programId);
  if (!custom) return null;
  const checked = parseCustomProgram(custom);
  if (!checked.ok) return null;
  const resolved = resolveProgram(checked.value, params);
  return resolved.ok ? resolved.value : checked.value;
}

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
