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
import { memberAt, type ProgramMembers, ProjectionSum } from './team';

/**
 * Posted promotions already counted per local day (the dashboard's event index, built once per data
 * load): answers in time proportional to the days, where the raw events need an Intl conversion each.
 */
export interface PostedCounter {
  /** Posted promotions on the local days [from, to] of `timeZone`. */
  postedBetween(timeZone: string, from: Day, to: Day): number;
}

/** The promotion log as raw events or as an index over them; both give the same counts. */
export type Promotions = readonly PromotionEvent[] | PostedCounter;

function countPosted(events: Promotions, timeZone: string, from: Day, to: Day): number {
  if ('postedBetween' in events) return events.postedBetween(timeZone, from, to);
  let promotions = 0;
  for (const e of events) {
    if (e.action !== 'posted') continue;
    const day = dayInTimeZone(e.time, timeZone);
    if (day >= from && day <= to) promotions++;
  }
  return promotions;
}

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
  events: Promotions,
  asOf: Day,
): Conversion {
  const range = observedRange(program, ledger, asOf);
  const main = programMetrics(program)[0];
  if (!range || !main) return { promotions: 0, results: 0, perPromotion: null };
  const promotions = countPosted(events, program.timeZone, range.start, range.end);
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

/** The conversion a scenario uses: the one given, else the observed one, else none (0). */
function usedConversion(observed: Conversion, input: WhatIfInput): WhatIf['conversion'] {
  const source =
    input.conversion !== undefined ? 'given' : observed.perPromotion !== null ? 'observed' : 'none';
  return { ...observed, used: Math.max(0, input.conversion ?? observed.perPromotion ?? 0), source };
}

/** The same projection under a changed pace: extra promotions a day at a conversion. */
export function whatIf(
  program: ProgramDefinition,
  ledger: DailyLedger,
  events: Promotions,
  input: WhatIfInput,
): WhatIf {
  const conversion = usedConversion(observedConversion(program, ledger, events, input.asOf), input);
  const { extraPromotionsPerDay, conversion: _ignored, ...options } = input;
  const base = projectEarnings(program, ledger, options);
  const main = programMetrics(program)[0];
  const extraPerDay = main
    ? { [seriesKey(main.metric, main.platform)]: extraPromotionsPerDay * conversion.used }
    : {};
  const scenario = projectEarnings(program, ledger, { ...options, extraPerDay });
  return {
    conversion,
    base,
    scenario,
    deltaCents: scenario.projectedCents - base.projectedCents,
  };
}

/**
 * The what-if of a team (several creators' results: `groupByMember`'s groups,
 * read one creator at a time): the conversion is the team's (all results over all posted promotions,
 * `ledger` holding them all), the extra promotions are shared equally between the creators, and each
 * creator's base and scenario are projected under their own cap before being added up
 * (`ProjectionSum`: no single cap date). One creator or none: exactly `whatIf` on `ledger`.
 */
export function teamWhatIf(
  program: ProgramDefinition,
  members: ProgramMembers,
  ledger: DailyLedger,
  events: Promotions,
  input: WhatIfInput,
): WhatIf {
  if (members.length <= 1) return whatIf(program, ledger, events, input);
  const conversion = usedConversion(observedConversion(program, ledger, events, input.asOf), input);
  const { extraPromotionsPerDay, conversion: _ignored, ...options } = input;
  const main = programMetrics(program)[0];
  const share = (extraPromotionsPerDay * conversion.used) / members.length;
  const extraPerDay = main ? { [seriesKey(main.metric, main.platform)]: share } : {};
  const base = new ProjectionSum();
  const scenario = new ProjectionSum();
  for (let i = 0; i < members.length; i++) {
    const own = memberAt(members, i).ledger;
    base.add(projectEarnings(program, own, options));
    scenario.add(projectEarnings(program, own, { ...options, extraPerDay }));
  }
  const b = base.result();
  const s = scenario.result();
  return { conversion, base: b, scenario: s, deltaCents: s.projectedCents - b.projectedCents };
}
