import { calendarDayNumber, type Day, dayFromNumber } from '../dates/days';
import type { ResultEntry } from '../schemas/result';

const ALL = '*';

// A ledger stores its counts in arrays indexed by day number (days since 1970-01-01): the day
// strings of a million rows are read arithmetically (calendarDayNumber), and day numbers turned back
// into strings are remembered (dayFromNumber).

/**
 * One series' counts (a metric, on one platform or on all): `counts[i]` is the count of day number
 * `start + i`; a day without results holds 0. Read-only outside the ledger.
 */
export interface DaySeries {
  readonly start: number;
  readonly counts: readonly number[];
}

// Plain arrays rather than typed ones: a team's ledgers are many, small and short-lived, and the
// heap allocates those far cheaper than array buffers.
interface MutableSeries {
  start: number;
  counts: number[];
}

function zeros(n: number): number[] {
  const out: number[] = [];
  for (let i = 0; i < n; i++) out.push(0);
  return out;
}

const INITIAL_DAYS = 32;

function seriesOf(byPlatform: Map<string, MutableSeries>, key: string, n: number): MutableSeries {
  let s = byPlatform.get(key);
  if (!s) {
    s = { start: n, counts: zeros(INITIAL_DAYS) };
    byPlatform.set(key, s);
  }
  return s;
}

function bump(s: MutableSeries, n: number, count: number): void {
  let i = n - s.start;
  if (i < 0 || i >= s.counts.length) {
    grow(s, n);
    i = n - s.start;
  }
  s.counts[i] = (s.counts[i] as number) + count;
}

function addAt(byPlatform: Map<string, MutableSeries>, key: string, n: number, count: number): void {
  bump(seriesOf(byPlatform, key, n), n, count);
}

/** Widens a series to hold day number `n`, at least doubling it on that side. */
function grow(s: MutableSeries, n: number): void {
  const length = s.counts.length;
  const end = s.start + length;
  const start = n < s.start ? Math.min(n, s.start - length) : s.start;
  const newEnd = n >= end ? Math.max(n + 1, end + length) : end;
  const counts = zeros(newEnd - start);
  const offset = s.start - start;
  for (let i = 0; i < length; i++) counts[offset + i] = s.counts[i] as number;
  s.start = start;
  s.counts = counts;
}

/**
 * Daily counts of one program's metrics, summed per day, metric and platform. Built once from the
 * result rows (the only O(rows) step), then read by the earnings rules and extended with projected
 * days by the projection. Counts are whole numbers ≥ 0 (resultEntrySchema), so a day holds a count
 * exactly when its count is above 0.
 */
export class DailyLedger {
  /** metric → platform ('*' = all platforms) → counts by day number */
  private readonly data = new Map<string, Map<string, MutableSeries>>();

  /**
   * Rows must be unique per `resultKey` (a later entry replaces an earlier one): the store keys them
   * so and imports go through `mergeResults`, so this hot path only sums.
   */
  static fromResults(results: Iterable<ResultEntry>, programId: string): DailyLedger {
    const ledger = new DailyLedger();
    for (const r of results) if (r.program === programId) ledger.add(r.day, r.metric, r.count, r.platform);
    return ledger;
  }

  // The series the last `add` wrote to: rows of one metric (and often one platform) come in runs.
  private lastMetric: string | null = null;
  private lastAll: MutableSeries | null = null;
  private lastByPlatform: Map<string, MutableSeries> | null = null;
  private lastPlatform: string | null = null;
  private lastPlatformSeries: MutableSeries | null = null;

  add(day: Day, metric: string, count: number, platform?: string): void {
    if (count === 0) return;
    const n = calendarDayNumber(day);
    let byPlatform = this.lastByPlatform;
    let all = this.lastAll;
    if (metric !== this.lastMetric || !byPlatform || !all) {
      byPlatform = this.data.get(metric) ?? null;
      if (!byPlatform) {
        byPlatform = new Map();
        this.data.set(metric, byPlatform);
      }
      all = seriesOf(byPlatform, ALL, n);
      this.lastMetric = metric;
      this.lastByPlatform = byPlatform;
      this.lastAll = all;
      this.lastPlatform = null;
    }
    bump(all, n, count);
    if (!platform) return;
    let own = this.lastPlatformSeries;
    if (platform !== this.lastPlatform || !own) {
      own = seriesOf(byPlatform, platform, n);
      this.lastPlatform = platform;
      this.lastPlatformSeries = own;
    }
    bump(own, n, count);
  }

  /** Adds every count of `other` (what a team's rows sum to, from its members' ledgers). */
  addLedger(other: DailyLedger): void {
    for (const [metric, theirs] of other.data) {
      let byPlatform = this.data.get(metric);
      if (!byPlatform) {
        byPlatform = new Map();
        this.data.set(metric, byPlatform);
      }
      for (const [key, s] of theirs) {
        const { start, counts } = s;
        const last = lastNonZero(counts);
        if (last < 0) continue;
        // Make room for the whole span once, then add in place.
        addAt(byPlatform, key, start + last, 0);
        addAt(byPlatform, key, start + firstNonZero(counts), 0);
        const mine = byPlatform.get(key) as MutableSeries;
        const offset = start - mine.start;
        const target = mine.counts;
        for (let i = 0; i <= last; i++) {
          const c = counts[i] as number;
          if (c !== 0) target[offset + i] = (target[offset + i] as number) + c;
        }
      }
    }
  }

  /** Count of `metric` on `day`, on one platform or (without one) on all of them. */
  count(day: Day, metric: string, platform?: string): number {
    const s = this.data.get(metric)?.get(platform ?? ALL);
    if (!s) return 0;
    const i = calendarDayNumber(day) - s.start;
    return i >= 0 && i < s.counts.length ? (s.counts[i] as number) : 0;
  }

  /** Sum over the inclusive range [from, to]; either bound may be omitted. */
  total(metric: string, options: { platform?: string; from?: Day; to?: Day } = {}): number {
    const s = this.data.get(metric)?.get(options.platform ?? ALL);
    if (!s) return 0;
    const { counts } = s;
    const lo = options.from === undefined ? 0 : Math.max(0, calendarDayNumber(options.from) - s.start);
    const hi =
      options.to === undefined
        ? counts.length - 1
        : Math.min(counts.length - 1, calendarDayNumber(options.to) - s.start);
    let sum = 0;
    for (let i = lo; i <= hi; i++) sum += counts[i] as number;
    return sum;
  }

  /**
   * The counts of `metric` (on `platform` if given) by day number, or null when it has none. For
   * the engine's walks over many days; the array must not be changed.
   */
  series(metric: string, platform?: string): DaySeries | null {
    return this.data.get(metric)?.get(platform ?? ALL) ?? null;
  }

  /** Days with a non-zero count of `metric` (on `platform` if given), sorted. */
  days(metric: string, platform?: string): Day[] {
    const s = this.data.get(metric)?.get(platform ?? ALL);
    const out: Day[] = [];
    if (!s) return out;
    const { start, counts } = s;
    for (let i = 0; i < counts.length; i++) if ((counts[i] as number) > 0) out.push(dayFromNumber(start + i));
    return out;
  }

  /** Every day holding any count, sorted. */
  allDays(): Day[] {
    let lo = Number.POSITIVE_INFINITY;
    let hi = Number.NEGATIVE_INFINITY;
    const all: MutableSeries[] = [];
    for (const byPlatform of this.data.values()) {
      const s = byPlatform.get(ALL);
      if (!s) continue;
      all.push(s);
      lo = Math.min(lo, s.start + firstNonZero(s.counts));
      hi = Math.max(hi, s.start + lastNonZero(s.counts));
    }
    const out: Day[] = [];
    for (let n = lo; n <= hi; n++) {
      for (const s of all) {
        const i = n - s.start;
        if (i >= 0 && i < s.counts.length && (s.counts[i] as number) > 0) {
          out.push(dayFromNumber(n));
          break;
        }
      }
    }
    return out;
  }

  /** The first day holding any count, or undefined for an empty ledger (`allDays()[0]`, cheaper). */
  firstDay(): Day | undefined {
    let lo = Number.POSITIVE_INFINITY;
    for (const byPlatform of this.data.values()) {
      const s = byPlatform.get(ALL);
      if (!s) continue;
      const i = firstNonZero(s.counts);
      if (i < s.counts.length) lo = Math.min(lo, s.start + i);
    }
    return lo === Number.POSITIVE_INFINITY ? undefined : dayFromNumber(lo);
  }

  metrics(): string[] {
    return [...this.data.keys()].sort();
  }

  /** An independent copy. */
  clone(): DailyLedger {
    const copy = new DailyLedger();
    for (const [metric, byPlatform] of this.data) {
      const mine = new Map<string, MutableSeries>();
      for (const [key, s] of byPlatform) mine.set(key, { start: s.start, counts: s.counts.slice() });
      copy.data.set(metric, mine);
    }
    return copy;
  }
}

/** Index of the first count above 0 (the array's length when there is none). */
function firstNonZero(counts: readonly number[]): number {
  let i = 0;
  while (i < counts.length && (counts[i] as number) <= 0) i++;
  return i;
}

/** Index of the last count above 0 (-1 when there is none). */
function lastNonZero(counts: readonly number[]): number {
  let i = counts.length - 1;
  while (i >= 0 && (counts[i] as number) <= 0) i--;
  return i;
}
