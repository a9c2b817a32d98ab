import type { Platform } from '../../shared/schemas/common';
import type { PromotionEvent } from '../../shared/schemas/event';
import type { LedgerDb } from './db';
import { withReopen } from './storage-errors';

// Reads of the promotion log. Writes go through event-writer.ts (batched, acknowledged on commit).

/**
 * Posted promotions per platform between two instants ([from, to)). Times are ISO strings that sort
 * as instants except for mixed sub-second precision, so the index range is widened by a second and
 * each row checked exactly.
 */
export async function postedByPlatform(
  db: LedgerDb,
  from: Date,
  to: Date,
): Promise<Partial<Record<Platform, number>>> {
  const lo = new Date(from.getTime() - 1_000).toISOString();
  const hi = new Date(to.getTime() + 1_000).toISOString();
  const counts: Partial<Record<Platform, number>> = {};
  await withReopen(db, () =>
    db.events
      .where('time')
      .between(lo, hi, true, true)
      .each((e) => {
        const t = Date.parse(e.time);
        if (e.action !== 'posted' || t < from.getTime() || t >= to.getTime()) return;
        counts[e.platform] = (counts[e.platform] ?? 0) + 1;
      }),
  );
  return counts;
}

export function allEvents(db: LedgerDb): Promise<PromotionEvent[]> {
  return withReopen(db, () => db.events.orderBy('time').toArray());
}

export function countEvents(db: LedgerDb): Promise<number> {
  return withReopen(db, () => db.events.count());
}

/** Empties the log and the results in one transaction; settings and links are kept. */
export async function deleteAllData(db: LedgerDb): Promise<{ events: number; results: number }> {
  return withReopen(db, () =>
    db.transaction('rw', [db.events, db.results, db.siteHealth], async () => {
      const events = await db.events.count();
      const results = await db.results.count();
      await Promise.all([db.events.clear(), db.results.clear(), db.siteHealth.clear()]);
      return { events, results };
    }),
  );
}
