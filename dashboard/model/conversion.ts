import type { Day } from '../../shared/dates/days';
import { programMetrics } from '../../shared/engine/earnings';
import type { DailyLedger } from '../../shared/engine/ledger';
import {
  observedRange,
  type ProjectionOptions,
  projectEarnings,
  seriesKey,
} from '../../shared/engine/projection';
import type { Conversion, WhatIf, WhatIfInput } from '../../shared/engine/what-if';
import type { ProgramDefinition } from '../../shared/schemas/program';
import { type EventIndex, totalOf } from './event-index';

// shared/engine/what-if.ts's observedConversion and whatIf, with one change: promotions are counted
// from the event index (posted per local day, built once) instead of by converting every event's
// time with Intl for every program, which over a team's 100k events is the difference between a few
// milliseconds and half a second. dashboard-model.test.ts checks both give the same answers.

export function observedConversion(
  program: ProgramDefinition,
  ledger: DailyLedger,
  events: EventIndex,
  asOf: Day,
): Conversion {
  const range = observedRange(program, ledger, asOf);
  const main = programMetrics(program)[0];
  if (!range || !main) return { promotions: 0, results: 0, perPromotion: null };
  const promotions = totalOf(events.postedIn(program.timeZone, range.start, range.end));
  const results = ledger.total(main.metric, { platform: main.platform, from: range.start, to: range.end });
  return { promotions, results, perPromotion: promotions > 0 ? results / promotions : null };
}

export function whatIf(
  program: ProgramDefinition,
  ledger: DailyLedger,
  events: EventIndex,
  input: WhatIfInput,
): WhatIf {
  const observed = observedConversion(program, ledger, events, input.asOf);
  const source =
    input.conversion !== undefined ? 'given' : observed.perPromotion !== null ? 'observed' : 'none';
  const used = Math.max(0, input.conversion ?? observed.perPromotion ?? 0);
  const { extraPromotionsPerDay, conversion: _ignored, ...options } = input;
  const base = projectEarnings(program, ledger, options as ProjectionOptions);
  const main = programMetrics(program)[0];
  const extraPerDay = main ? { [seriesKey(main.metric, main.platform)]: extraPromotionsPerDay * used } : {};
  const scenario = projectEarnings(program, ledger, { ...(options as ProjectionOptions), extraPerDay });
  return {
    conversion: { ...observed, used, source },
    base,
    scenario,
    deltaCents: scenario.projectedCents - base.projectedCents,
  };
}
