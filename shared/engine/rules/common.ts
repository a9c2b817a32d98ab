import type { Day } from '../../dates/days';
import { calendarDayNumber, dayFromNumber, minDay } from '../../dates/days';
import type { ProgramDefinition } from '../../schemas/program';
import type { DailyLedger, DaySeries } from '../ledger';
import type { Accrual, Earnings, Progress } from '../types';

/** One series a rule reads: a metric, on one platform or (without one) on all of them. */
export interface Series {
  metric: string;
  platform?: string;
}

/** The days that can count: inside the window (when one is set) and not after `through`. */
export interface Scope {
  from: Day | undefined;
  to: Day;
}

export function scopeOf(program: ProgramDefinition, through: Day): Scope {
  const w = program.window;
  return { from: w?.start, to: w ? minDay(w.end, through) : through };
}

/**
 * Sorted days in scope on which any of the series has a non-zero count. This is the only walk over
 * the ledger's days; the rules then read single days through `ledger.count`, so each rule stays
 * O(days × series).
 */
export function activeDays(ledger: DailyLedger, series: readonly Series[], scope: Scope): Day[] {
  const arrays: DaySeries[] = [];
  let lo = Number.POSITIVE_INFINITY;
  let hi = Number.NEGATIVE_INFINITY;
  for (const s of series) {
    const counts = ledger.series(s.metric, s.platform);
    if (!counts) continue;
    arrays.push(counts);
    lo = Math.min(lo, counts.start);
    hi = Math.max(hi, counts.start + counts.counts.length - 1);
  }
  const out: Day[] = [];
  if (arrays.length === 0) return out;
  if (scope.from !== undefined) lo = Math.max(lo, calendarDayNumber(scope.from));
  hi = Math.min(hi, calendarDayNumber(scope.to));
  for (let n = lo; n <= hi; n++) {
    for (const { start, counts } of arrays) {
      if ((counts[n - start] ?? 0) > 0) {
        out.push(dayFromNumber(n));
        break;
      }
    }
  }
  return out;
}

/** The series without duplicates, in first-seen order. */
export function uniqueSeries(series: readonly Series[]): Series[] {
  const seen = new Map<string, Series>();
  for (const s of series) {
    const key = `${s.metric}|${s.platform ?? ''}`;
    if (!seen.has(key))
      seen.set(key, s.platform ? { metric: s.metric, platform: s.platform } : { metric: s.metric });
  }
  return [...seen.values()];
}

/**
 * `cents × bps / 10000` in whole cents, exact for any safe integer: the product is split so that no
 * intermediate value leaves the safe-integer range. `round` rounds half up (half a cent goes up),
 * `floor` rounds down.
 */
export function applyBps(cents: number, bps: number, rounding: 'round' | 'floor'): number {
  const whole = Math.floor(cents / 10_000);
  const rest = cents - whole * 10_000;
  const part = rest * bps;
  const restShare = rounding === 'floor' ? Math.floor(part / 10_000) : Math.floor((part + 5_000) / 10_000);
  return whole * bps + restShare;
}

/** Appends an accrual when it is worth at least a cent (a day that adds nothing is not an accrual). */
export function pushAccrual(accruals: Accrual[], day: Day, cents: number, label: string): void {
  if (cents > 0) accruals.push({ day, cents, label });
}

export function earningsOf(
  program: ProgramDefinition,
  accruals: Accrual[],
  progress: Progress[],
  capCents: number | null,
): Earnings {
  let earnedCents = 0;
  for (const a of accruals) earnedCents += a.cents;
  return { programId: program.id, earnedCents, capCents, accruals, progress };
}

/** 1234567 → "1,234,567" (fixed grouping, independent of the runtime's locale data). */
export function formatCount(n: number): string {
  // Most counts need no grouping (and this runs once per accrual of every creator of a team).
  if (n >= 0 && n < 1000) return String(Math.trunc(n));
  const sign = n < 0 ? '-' : '';
  return sign + String(Math.abs(Math.trunc(n))).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** "1 sign-up", "3 sign-ups", "1,000 visits". */
export function plural(n: number, singular: string, pluralForm = `${singular}s`): string {
  return `${formatCount(n)} ${n === 1 ? singular : pluralForm}`;
}

/** 1990000 → "$19,900.00", with integer arithmetic only. */
export function formatCents(cents: number): string {
  const dollars = Math.floor(cents / 100);
  return `$${formatCount(dollars)}.${String(cents - dollars * 100).padStart(2, '0')}`;
}

/** 3000 → "30%", 250 → "2.5%". */
export function formatBps(bps: number): string {
  const whole = Math.floor(bps / 100);
  const rest = bps - whole * 100;
  return rest === 0 ? `${whole}%` : `${whole}.${String(rest).padStart(2, '0').replace(/0$/, '')}%`;
}
