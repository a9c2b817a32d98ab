import type { Day } from '../dates/days';
import type { ResultEntry } from '../schemas/result';

const ALL = '*';

/**
 * Daily counts of one program's metrics, summed per day, metric and platform. Built once from the
 * result rows (the only O(rows) step), then read by the earnings rules and extended with projected
 * days by the projection.
 */
export class DailyLedger {
  /** metric → day → platform ('*' = all platforms) → count */
  private readonly data = new Map<string, Map<Day, Map<string, number>>>();
  /**
   * Set once the ledger shares its per-day maps with a clone (copy on write): the per-day maps this
   * ledger made or copied since, and so may change in place. Null while it shares nothing.
   */
  private owned: Set<Map<string, number>> | null = null;

  /**
   * Rows must be unique per `resultKey` (a later entry replaces an earlier one): the store keys them
   * so and imports go through `mergeResults`, so this hot path only sums.
   */
  static fromResults(results: Iterable<ResultEntry>, programId: string): DailyLedger {
    const ledger = new DailyLedger();
    for (const r of results) if (r.program === programId) ledger.add(r.day, r.metric, r.count, r.platform);
    return ledger;
  }

  add(day: Day, metric: string, count: number, platform?: string): void {
    if (count === 0) return;
    let byDay = this.data.get(metric);
    if (!byDay) {
      byDay = new Map();
      this.data.set(metric, byDay);
    }
    let byPlatform = byDay.get(day);
    if (!byPlatform) {
      byPlatform = new Map();
      byDay.set(day, byPlatform);
      this.owned?.add(byPlatform);
    } else if (this.owned && !this.owned.has(byPlatform)) {
      // Shared with a clone: copy before writing.
      byPlatform = new Map(byPlatform);
      byDay.set(day, byPlatform);
      this.owned.add(byPlatform);
    }
    byPlatform.set(ALL, (byPlatform.get(ALL) ?? 0) + count);
    if (platform) byPlatform.set(platform, (byPlatform.get(platform) ?? 0) + count);
  }

  /** Count of `metric` on `day`, on one platform or (without one) on all of them. */
  count(day: Day, metric: string, platform?: string): number {
    return (
      this.data
        .get(metric)
        ?.get(day)
        ?.get(platform ?? ALL) ?? 0
    );
  }

  /** Sum over the inclusive range [from, to]; either bound may be omitted. */
  total(metric: string, options: { platform?: string; from?: Day; to?: Day } = {}): number {
    const byDay = this.data.get(metric);
    if (!byDay) return 0;
    const key = options.platform ?? ALL;
    let sum = 0;
    for (const [day, byPlatform] of byDay) {
      if (options.from !== undefined && day < options.from) continue;
      if (options.to !== undefined && day > options.to) continue;
      sum += byPlatform.get(key) ?? 0;
    }
    return sum;
  }

  /** Days with a non-zero count of `metric` (on `platform` if given), sorted. */
  days(metric: string, platform?: string): Day[] {
    const byDay = this.data.get(metric);
    if (!byDay) return [];
    const key = platform ?? ALL;
    const out: Day[] = [];
    for (const [day, byPlatform] of byDay) if ((byPlatform.get(key) ?? 0) > 0) out.push(day);
    return out.sort();
  }

  /** Every day holding any count, sorted. */
  allDays(): Day[] {
    const set = new Set<Day>();
    for (const byDay of this.data.values()) for (const day of byDay.keys()) set.add(day);
    return [...set].sort();
  }

  metrics(): string[] {
    return [...this.data.keys()].sort();
  }

  /**
   * An independent copy. The per-day counts are shared until either ledger writes to a day (copy on
   * write): a projection clones a ledger three times and mostly adds days after as-of.
   */
  clone(): DailyLedger {
    const copy = new DailyLedger();
    for (const [metric, byDay] of this.data) copy.data.set(metric, new Map(byDay));
    copy.owned = new Set();
    this.owned = new Set();
    return copy;
  }
}
