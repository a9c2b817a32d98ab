import { type Day, dayInTimeZone } from '../dates/days';
import type { PromotionEvent } from '../schemas/event';
import type { ProgramDefinition } from '../schemas/program';
import { programMetrics } from './earnings';
import type { DailyLedger } from './ledger';
import {
  observedRange,
  type Projection,
  type ProjectionOptions,
  projectEarnings,
  seriesKey,
} from './projection';

export interface Conversion {
  /** Posted promotions in the observed days. */
  promotions: number;
  /** Results of the program's main metric in the same days. */
  results: number;
  /** Results per posted promotion; null when nothing was posted. */
  perPromotion: number | null;
}

/** Results per posted promotion over the days observed so far, counting days in the program's zone. */
export function observedConversion(
  program: ProgramDefinition,
  ledger: DailyLedger,
  events: readonly PromotionEvent[],
  asOf: Day,
): Conversion {
  const range = observedRange(program, ledger, asOf);
  const main = programMetrics(program)[0];
  if (!range || !main) return { promotions: 0, results: 0, perPromotion: null };
  let promotions = 0;
  for (const e of events) {
    if (e.action !== 'posted') continue;
    const day = dayInTimeZone(e.time, program.timeZone);
    if (day >= range.start && day <= range.end) promotions++;
  }
  const results = ledger.total(main.metric, { platform: main.platform, from: range.start, to: range.end });
  return { promotions, results, perPromotion: promotions > 0 ? results / promotions : null };
}

export interface WhatIfInput extends Omit<ProjectionOptions, 'extraPerDay'> {
  /** Promotions a day on top of the observed pace (e.g. 2 more posts a day). */
  extraPromotionsPerDay: number;
  /** Results per promotion; defaults to the observed conversion. */
  conversion?: number;
}

export interface WhatIf {
  conversion: Conversion & { used: number; source: 'observed' | 'given' | 'none' };
  base: Projection;
  scenario: Projection;
  deltaCents: number;
}

/** The same projection under a changed pace: extra promotions a day at a conversion. */
export function whatIf(
  program: ProgramDefinition,
  ledger: DailyLedger,
  events: readonly PromotionEvent[],
  input: WhatIfInput,
): WhatIf {
  const observed = observedConversion(program, ledger, events, input.asOf);
  const source =
    input.conversion !== undefined ? 'given' : observed.perPromotion !== null ? 'observed' : 'none';
  const used = Math.max(0, input.conversion ?? observed.perPromotion ?? 0);
  const { extraPromotionsPerDay, conversion: _ignored, ...options } = input;
  const base = projectEarnings(program, ledger, options);
  const main = programMetrics(program)[0];
  const extraPerDay = main ? { [seriesKey(main.metric, main.platform)]: extraPromotionsPerDay * used } : {};
  const scenario = projectEarnings(program, ledger, { ...options, extraPerDay });
  return {
    conversion: { ...observed, used, source },
    base,
    scenario,
    deltaCents: scenario.projectedCents - base.projectedCents,
  };
}
