import type { Day } from '../../dates/days';
import {
  addDays,
  daysBetween,
  firstOfMonth,
  lastOfMonth,
  maxDay,
  minDay,
  startOfWeek,
} from '../../dates/days';
import type { ProgramOf, Tier } from '../../schemas/program';
import type { DailyLedger } from '../ledger';
import type { Accrual, Earnings, Progress } from '../types';
import { activeDays, earningsOf, pushAccrual, scopeOf, uniqueSeries } from './common';

type ChallengeProgram = ProgramOf<'challenge'>;

interface ChallengePeriod {
  start: Day;
  /** Inclusive; undefined for an open-ended period (a whole-program period without a window). */
  end: Day | undefined;
}

/** Running counts of one tier within one period. */
interface TierState {
  count: number;
  /** Per ISO week (its Monday): the count within the period, for tiers with `weeks`. */
  weekCounts: Map<Day, number>;
  weeksMet: number;
}

/**
 * The period holding `day`. `anchor` is where the program starts: the window's start or, without a
 * window, the first day with data. Periods never reach outside the window.
 */
function periodAt(program: ChallengeProgram, anchor: Day, day: Day): ChallengePeriod {
  const w = program.window;
  const clipEnd = (end: Day) => (w ? minDay(end, w.end) : end);
  switch (program.period.type) {
    case 'window':
      return { start: anchor, end: w?.end };
    case 'calendar_month':
      return {
        start: w ? maxDay(firstOfMonth(day), w.start) : firstOfMonth(day),
        end: clipEnd(lastOfMonth(day)),
      };
    case 'days': {
      const n = program.period.days;
      const start = addDays(anchor, Math.floor(daysBetween(anchor, day) / n) * n);
      return { start, end: clipEnd(addDays(start, n - 1)) };
    }
  }
}

/** Last day on which a `withinDaysOfStart` tier's activity counts, if it has such a limit. */
function withinEnd(tier: Tier, anchor: Day): Day | undefined {
  return tier.withinDaysOfStart === undefined ? undefined : addDays(anchor, tier.withinDaysOfStart - 1);
}

const goalOf = (tier: Tier) => tier.weeks ?? tier.target;
const achievedOf = (tier: Tier, s: TierState) => (tier.weeks === undefined ? s.count : s.weeksMet);

/** How many times a tier pays on its own: once when reached, or once per whole multiple when it repeats. */
function timesOf(tier: Tier, s: TierState): number {
  const ratio = Math.floor(achievedOf(tier, s) / goalOf(tier));
  return tier.repeat ? ratio : Math.min(1, ratio);
}

/** Times each tier pays (a sequential tier pays only once every earlier tier is reached) and the capped total. */
function evaluate(
  program: ChallengeProgram,
  states: readonly TierState[],
): { times: number[]; total: number } {
  let total = 0;
  let earlierReached = true;
  const times = program.tiers.map((tier, i) => {
    const state = states[i];
    const t = state && (earlierReached || !program.sequential) ? timesOf(tier, state) : 0;
    earlierReached = earlierReached && t >= 1;
    total += t * tier.rewardCents;
    return t;
  });
  return { times, total: program.periodCapCents === null ? total : Math.min(total, program.periodCapCents) };
}

const freshStates = (program: ChallengeProgram): TierState[] =>
  program.tiers.map(() => ({ count: 0, weekCounts: new Map(), weeksMet: 0 }));

/** Adds one day's counts to the tiers that can still count it. */
function addDay(program: ChallengeProgram, ledger: DailyLedger, anchor: Day, states: TierState[], day: Day) {
  program.tiers.forEach((tier, i) => {
    const state = states[i];
    const limit = withinEnd(tier, anchor);
    if (!state || (limit !== undefined && day > limit)) return;
    const count = ledger.count(day, tier.metric);
    if (count === 0) return;
    state.count += count;
    if (tier.weeks === undefined) return;
    const week = startOfWeek(day);
    const before = state.weekCounts.get(week) ?? 0;
    state.weekCounts.set(week, before + count);
    if (before < tier.target && before + count >= tier.target) state.weeksMet++;
  });
}

function accrualLabel(program: ChallengeProgram, before: number[], after: number[], capped: boolean): string {
  const parts: string[] = [];
  program.tiers.forEach((tier, i) => {
    const gained = (after[i] ?? 0) - (before[i] ?? 0);
    if (gained > 0) parts.push(tier.repeat && gained > 1 ? `${tier.label} (×${gained})` : tier.label);
  });
  return parts.join('; ') + (capped ? ' (period cap reached)' : '');
}

/** Whether a tier not yet reached can still be reached in `period`, given what is known through `through`. */
function stillReachable(
  tier: Tier,
  s: TierState,
  period: ChallengePeriod,
  anchor: Day,
  through: Day,
): boolean {
  const limit = withinEnd(tier, anchor);
  const last =
    limit === undefined ? period.end : period.end === undefined ? limit : minDay(period.end, limit);
  if (last === undefined) return true;
  // `through` is taken as final: only the days after it are still open.
  const firstOpen = maxDay(addDays(through, 1), period.start);
  if (firstOpen > last) return false;
  if (tier.weeks === undefined) return true;
  const firstWeek = startOfWeek(firstOpen);
  let openWeeks = daysBetween(firstWeek, startOfWeek(last)) / 7 + 1;
  if ((s.weekCounts.get(firstWeek) ?? 0) >= tier.target) openWeeks--;
  return s.weeksMet + openWeeks >= tier.weeks;
}

/** The most the program can pay: finite only with a window and without repeating tiers (or with a period cap). */
function challengeCap(program: ChallengeProgram): number | null {
  const w = program.window;
  if (!w) return null;
  let total = 0;
  for (let start = w.start; start <= w.end; ) {
    const period = periodAt(program, w.start, start);
    const end = period.end ?? w.end;
    let most = 0;
    for (const tier of program.tiers) {
      const limit = withinEnd(tier, w.start);
      const last = limit === undefined ? end : minDay(end, limit);
      const weeks = daysBetween(startOfWeek(period.start), startOfWeek(last)) / 7 + 1;
      if (last < period.start || (tier.weeks !== undefined && weeks < tier.weeks)) {
        if (program.sequential) break;
        continue;
      }
      most += tier.repeat ? Number.POSITIVE_INFINITY : tier.rewardCents;
    }
    total += program.periodCapCents === null ? most : Math.min(most, program.periodCapCents);
    start = addDays(end, 1);
  }
  return Number.isFinite(total) ? total : null;
}

/**
 * Milestones and tiers evaluated afresh in each period (Reels, Live and Stars challenges): a tier
 * accrues its reward on the day its count within the period (and within its first-days limit, or
 * in enough distinct ISO weeks) reaches the target; sequential tiers wait for every earlier tier;
 * repeating tiers pay per whole multiple; `periodCapCents` caps each period's total.
 */
export function challengeEarnings(program: ChallengeProgram, ledger: DailyLedger, through: Day): Earnings {
  const series = uniqueSeries(program.tiers.map((t) => ({ metric: t.metric })));
  const days = activeDays(ledger, series, scopeOf(program, through));
  const anchor = program.window?.start ?? days[0] ?? through;

  const accruals: Accrual[] = [];
  const finalStates = new Map<Day, TierState[]>(); // by period start
  let period: ChallengePeriod | undefined;
  let states = freshStates(program);
  let times = program.tiers.map(() => 0);
  let periodTotal = 0;
  for (const day of days) {
    const p = periodAt(program, anchor, day);
    if (!period || p.start !== period.start) {
      period = p;
      states = freshStates(program);
      finalStates.set(p.start, states);
      times = program.tiers.map(() => 0);
      periodTotal = 0;
    }
    addDay(program, ledger, anchor, states, day);
    const next = evaluate(program, states);
    const uncapped = program.tiers.reduce(
      (sum, t, i) => sum + ((next.times[i] ?? 0) - (times[i] ?? 0)) * t.rewardCents,
      0,
    );
    const gained = next.total - periodTotal;
    pushAccrual(accruals, day, gained, accrualLabel(program, times, next.times, gained < uncapped));
    times = next.times;
    periodTotal = next.total;
  }

  // Progress in the period holding `through` (clamped into the window).
  const w = program.window;
  const at = w ? minDay(maxDay(through, w.start), w.end) : maxDay(through, anchor);
  const current = periodAt(program, anchor, at);
  const currentStates = finalStates.get(current.start) ?? freshStates(program);
  const reachedTimes = evaluate(program, currentStates).times;
  let earlierReachable = true;
  const progress: Progress[] = program.tiers.map((tier, i) => {
    const state = currentStates[i] ?? { count: 0, weekCounts: new Map(), weeksMet: 0 };
    const reached = (reachedTimes[i] ?? 0) >= 1;
    const reachable =
      reached ||
      (stillReachable(tier, state, current, anchor, through) && (earlierReachable || !program.sequential));
    earlierReachable = earlierReachable && reachable;
    const item: Progress = {
      id: tier.id,
      label: { id: 'tier', text: tier.label },
      current: achievedOf(tier, state),
      target: goalOf(tier),
      reached,
      reachable,
      periodStart: current.start,
    };
    if (current.end !== undefined) item.periodEnd = current.end;
    return item;
  });

  return earningsOf(program, accruals, progress, challengeCap(program));
}
