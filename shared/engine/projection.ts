import { addDays, calendarDayNumber, type Day, daySpan, maxDay, minDay } from '../dates/days';
import type { ProgramDefinition } from '../schemas/program';
import { computeEarnings, programMetrics } from './earnings';
import type { DailyLedger } from './ledger';
import type { Accrual, EngineLabel, Progress } from './types';

// Projection extends each series a program reads (sign-ups, visits, reels on Facebook …) from the
// day after as-of to the horizon at an observed daily rate, then runs the very same earnings rules
// over actual + projected days. Caps, whole blocks, tiers and cadences therefore apply to the
// future exactly as to the past, and the projection can never fall below what is already earned.

export type ProjectionMethod = 'run-rate' | 'trend';

/** z for a two-sided 90% band, assuming independent days. */
const BAND_Z = 1.645;
/** Horizon when a program has no window end. */
const OPEN_ENDED_DAYS = 30;

export interface ProjectionOptions {
  asOf: Day;
  /** Last day projected; defaults to the window's end (or 30 days ahead without one). */
  horizon?: Day;
  /** Which rate is central; the band spans both methods either way. Default run-rate. */
  method?: ProjectionMethod;
  /** Days the recent-trend method averages over. Default 7. */
  trendDays?: number;
  /** Extra units a day per series (`metric` or `metric@platform`), for what-if scenarios. */
  extraPerDay?: Readonly<Record<string, number>>;
  /**
   * Used for series with no results at all: promotions a day × results per promotion.
   * The projection then says its basis is 'promotions'.
   */
  fromPromotions?: { perDay: number; conversion: number };
}

export interface SeriesRate {
  key: string;
  metric: string;
  platform?: string;
  /** Sum over the observed days. */
  total: number;
  runRatePerDay: number;
  trendPerDay: number;
  stdDevPerDay: number;
  /** The central rate after the method and any what-if extra. */
  usedPerDay: number;
}

export interface Pace {
  /** The metric (referrals) or the progress item (per-period rules) the pace is for. */
  id: string;
  /** `reach-cap` for referrals, else the progress item's own label. */
  label: EngineLabel;
  /** Units still needed. */
  remaining: number;
  /** Units a day needed from tomorrow to get there by `by`. */
  perDay: number;
  by: Day;
}

export interface Projection {
  programId: string;
  asOf: Day;
  horizon: Day;
  method: ProjectionMethod;
  /** Days observed so far (window start, or first result, to as-of). */
  daysElapsed: number;
  /** Days projected (after as-of up to the horizon). */
  daysLeft: number;
  earnedCents: number;
  capCents: number | null;
  projectedCents: number;
  lowCents: number;
  highCents: number;
  /** First day the cap is reached, actual or projected; null if it is not reached by the horizon. */
  capDate: Day | null;
  capReached: boolean;
  paceNeeded: Pace[];
  /** What the cap would still allow beyond the projection; null without a cap. */
  leftOnTableCents: number | null;
  /** 'results': rates come from entered results; 'promotions': from promotions × conversion. */
  basis: 'results' | 'promotions' | 'none';
  rates: SeriesRate[];
  /** Projected accruals up to the horizon (actual ones first), for the payout calendar. */
  accruals: Accrual[];
  /** Progress at as-of. */
  progress: Progress[];
}

export function seriesKey(metric: string, platform?: string): string {
  return platform ? `${metric}@${platform}` : metric;
}

/** The days whose results are known: the window's start (or the first result) up to as-of. */
export function observedRange(
  program: ProgramDefinition,
  ledger: DailyLedger,
  asOf: Day,
): { start: Day; end: Day } | null {
  const first = program.window?.start ?? ledger.firstDay();
  if (first === undefined) return null;
  const end = program.window ? minDay(asOf, program.window.end) : asOf;
  return end < first ? null : { start: first, end };
}

export function defaultHorizon(program: ProgramDefinition, asOf: Day): Day {
  if (program.window) return maxDay(program.window.end, asOf);
  return addDays(asOf, OPEN_ENDED_DAYS);
}

function measure(
  ledger: DailyLedger,
  metric: string,
  platform: string | undefined,
  range: { start: Day; end: Day } | null,
  trendDays: number,
) {
  if (!range) return { total: 0, runRate: 0, trend: 0, stdDev: 0 };
  const n = daySpan(range.start, range.end);
  const startN = calendarDayNumber(range.start);
  const endN = calendarDayNumber(range.end);
  const trendFrom = endN - Math.min(trendDays, n) + 1;
  let total = 0;
  let recent = 0;
  let sumSq = 0;
  // Walk the observed days' counts; days without results add nothing to the sums.
  const s = ledger.series(metric, platform);
  if (s) {
    const { start, counts } = s;
    const to = Math.min(endN - start, counts.length - 1);
    for (let i = Math.max(0, startN - start); i <= to; i++) {
      const c = counts[i] as number;
      if (c === 0) continue;
      total += c;
      sumSq += c * c;
      if (start + i >= trendFrom) recent += c;
    }
  }
  const mean = total / n;
  const variance = Math.max(0, sumSq / n - mean * mean);
  const trendWindow = endN - Math.max(trendFrom, startN) + 1;
  return { total, runRate: mean, trend: recent / trendWindow, stdDev: Math.sqrt(variance) };
}

/** The last days after as-of asked for: a team's projections (one per member) all ask for the same. */
let lastFuture: { asOf: Day; days: Day[] } = { asOf: '', days: [] };

/** The `n` days after `asOf`, in order. */
function daysAfter(asOf: Day, n: number): Day[] {
  if (lastFuture.asOf !== asOf || lastFuture.days.length < n) {
    lastFuture = { asOf, days: Array.from({ length: n }, (_, i) => addDays(asOf, i + 1)) };
  }
  return lastFuture.days;
}

/** Adds `total` units spread evenly over the days after `asOf` (integer per day, exact total). */
function spread(
  ledger: DailyLedger,
  metric: string,
  platform: string | undefined,
  asOf: Day,
  days: number,
  total: number,
) {
  if (days <= 0 || total <= 0) return;
  const future = daysAfter(asOf, days);
  const perDay = total / days;
  let given = 0;
  for (let i = 1; i <= days; i++) {
    const upTo = Math.floor(perDay * i + 1e-9);
    const count = upTo - given;
    given = upTo;
    if (count > 0) ledger.add(future[i - 1] as Day, metric, count, platform);
  }
}

/** Projects one program's earnings to the horizon. */
export function projectEarnings(
  program: ProgramDefinition,
  ledger: DailyLedger,
  options: ProjectionOptions,
): Projection {
  const { asOf } = options;
  const method = options.method ?? 'run-rate';
  const horizon = maxDay(options.horizon ?? defaultHorizon(program, asOf), asOf);
  const lastCounted = program.window ? minDay(horizon, program.window.end) : horizon;
  const daysLeft = Math.max(0, daySpan(addDays(asOf, 1), lastCounted));
  const range = observedRange(program, ledger, asOf);
  const now = computeEarnings(program, ledger, asOf);

  // A program that has paid its cap in full can pay nothing more: its projection is what it earned
  // (no need to extend the ledger). A team's many capped creators make this common.
  const capped = now.capCents !== null && now.earnedCents >= now.capCents;
  const central = capped ? ledger : ledger.clone();
  let low: DailyLedger | null = null;
  let high: DailyLedger | null = null;
  const rates: SeriesRate[] = [];
  const bands: {
    metric: string;
    platform: string | undefined;
    central: number;
    low: number;
    high: number;
  }[] = [];
  let basis: Projection['basis'] = 'none';
  for (const { metric, platform } of programMetrics(program)) {
    const key = seriesKey(metric, platform);
    const m = measure(ledger, metric, platform, range, options.trendDays ?? 7);
    let runRate = m.runRate;
    let trend = m.trend;
    if (m.total > 0) basis = 'results';
    else if (options.fromPromotions) {
      runRate = trend = options.fromPromotions.perDay * options.fromPromotions.conversion;
      if (basis === 'none' && runRate > 0) basis = 'promotions';
    }
    const extra = options.extraPerDay?.[key] ?? 0;
    const used = Math.max(0, (method === 'trend' ? trend : runRate) + extra);
    rates.push({
      key,
      metric,
      total: m.total,
      runRatePerDay: runRate,
      trendPerDay: trend,
      stdDevPerDay: m.stdDev,
      usedPerDay: used,
      ...(platform ? { platform } : {}),
    });
    const spreadBy = BAND_Z * m.stdDev * Math.sqrt(daysLeft);
    bands.push({
      metric,
      platform,
      central: used * daysLeft,
      low: Math.max(0, (Math.min(runRate, trend) + extra) * daysLeft - spreadBy),
      high: (Math.max(runRate, trend) + extra) * daysLeft + spreadBy,
    });
  }
  if (!capped) {
    // The band's ledgers only when they differ from the central one (a steady pace: they do not).
    if (bands.some((b) => b.low !== b.central)) low = ledger.clone();
    if (bands.some((b) => b.high !== b.central)) high = ledger.clone();
    for (const b of bands) {
      spread(central, b.metric, b.platform, asOf, daysLeft, b.central);
      if (low) spread(low, b.metric, b.platform, asOf, daysLeft, b.low);
      if (high) spread(high, b.metric, b.platform, asOf, daysLeft, b.high);
    }
  }

  const projected = capped ? now : computeEarnings(program, central, horizon);
  const capCents = now.capCents;
  let capDate: Day | null = null;
  if (capCents !== null) {
    let cumulative = 0;
    for (const a of projected.accruals) {
      cumulative += a.cents;
      if (cumulative >= capCents) {
        capDate = a.day;
        break;
      }
    }
  }
  return {
    programId: program.id,
    asOf,
    horizon,
    method,
    daysElapsed: range ? daySpan(range.start, range.end) : 0,
    daysLeft,
    earnedCents: now.earnedCents,
    capCents,
    projectedCents: projected.earnedCents,
    lowCents: Math.max(
      now.earnedCents,
      low ? computeEarnings(program, low, horizon).earnedCents : projected.earnedCents,
    ),
    highCents: high ? computeEarnings(program, high, horizon).earnedCents : projected.earnedCents,
    capDate,
    capReached: capCents !== null && now.earnedCents >= capCents,
    paceNeeded: paceNeeded(program, ledger, now.progress, asOf, lastCounted, now.earnedCents, capCents),
    leftOnTableCents: capCents === null ? null : Math.max(0, capCents - projected.earnedCents),
    basis,
    rates,
    accruals: projected.accruals,
    progress: now.progress,
  };
}

function paceNeeded(
  program: ProgramDefinition,
  ledger: DailyLedger,
  progress: readonly Progress[],
  asOf: Day,
  lastCounted: Day,
  earnedCents: number,
  capCents: number | null,
): Pace[] {
  const tomorrow = addDays(asOf, 1);
  const pace = (label: EngineLabel, id: string, remaining: number, by: Day): Pace => {
    const days = daySpan(tomorrow, by);
    return { id, label, remaining, perDay: days > 0 ? remaining / days : Number.POSITIVE_INFINITY, by };
  };
  if (program.kind === 'referral') {
    if (capCents === null || earnedCents >= capCents || lastCounted < tomorrow) return [];
    const start = program.window?.start;
    if (program.model === 'signups') {
      const remaining = Math.ceil((capCents - earnedCents) / Math.max(1, program.centsPerSignup));
      return [pace({ id: 'reach-cap', metric: 'signups' }, 'signups', remaining, lastCounted)];
    }
    const blocks = Math.ceil(capCents / Math.max(1, program.centsPerVisitBlock));
    const have = ledger.total('visits', { ...(start ? { from: start } : {}), to: asOf });
    const remaining = Math.max(0, blocks * program.visitsPerBlock - have);
    return [pace({ id: 'reach-cap', metric: 'visits' }, 'visits', remaining, lastCounted)];
  }
  // Per-period rules: what the open period still needs, from its own progress.
  return progress
    .filter((p) => !p.reached && p.reachable && p.periodEnd !== undefined && p.periodEnd > asOf)
    .map((p) => pace(p.label, p.id, Math.max(0, p.target - p.current), p.periodEnd as Day));
}
