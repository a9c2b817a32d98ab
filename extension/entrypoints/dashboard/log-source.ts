import type { Platform } from '../../../shared/schemas/common';
import type { PromotionEvent } from '../../../shared/schemas/event';
import { type LedgerDb, ledgerDb } from '../../db/db';
import { withReopen } from '../../db/storage-errors';

// Where the log view gets its rows. The view only knows this interface, so the dashboard app of the
// next issue can feed it from an imported file as well as from the extension's own IndexedDB (which
// an extension page may open directly; content scripts never do).

export type PlatformFilter = Platform | 'all';

export interface LogQuery {
  platform: PlatformFilter;
  offset: number;
  limit: number;
}

export interface LogPage {
  /** Newest first. */
  events: PromotionEvent[];
  /** Events matching the filter, on every page. */
  total: number;
}

export interface LogSource {
  page(query: LogQuery): Promise<LogPage>;
}

/** The promotion log in this extension's IndexedDB, read through the time index, newest first. */
export function dexieLogSource(db: LedgerDb = ledgerDb()): LogSource {
  return {
    page: ({ platform, offset, limit }) =>
      withReopen(db, () =>
        db.transaction('r', db.events, async () => {
          const newestFirst = db.events.orderBy('time').reverse();
          if (platform === 'all') {
            const [events, total] = await Promise.all([
              newestFirst.offset(offset).limit(limit).toArray(),
              db.events.count(),
            ]);
            return { events, total };
          }
          // No [platform+time] index in schema v1: walk the time index and skip other platforms.
          // The count comes from the platform index, which is exact and cheap.
          const [events, total] = await Promise.all([
            newestFirst
              .filter((e) => e.platform === platform)
              .offset(offset)
              .limit(limit)
              .toArray(),
            db.events.where('platform').equals(platform).count(),
          ]);
          return { events, total };
        }),
      ),
  };
}
