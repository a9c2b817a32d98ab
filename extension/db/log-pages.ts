import { liveQuery } from 'dexie';
import type { Platform } from '../../shared/schemas/common';
import type { PromotionEvent } from '../../shared/schemas/event';
import { type LedgerDb, ledgerDb } from './db';
import { withReopen } from './storage-errors';

// The promotion log a page at a time, for the log view. The view only knows this interface (the
// ledger owns the reads): the extension's own IndexedDB here, which an extension page may open
// directly; content scripts never do.

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
  /**
   * The page, and again whenever the log changes (here or from the background). Returns the
   * function that stops watching.
   */
  watch(query: LogQuery, onPage: (page: LogPage) => void, onError: (error: unknown) => void): () => void;
}

/** The promotion log in this extension's IndexedDB, read through the time index, newest first. */
export function dexieLogSource(db: LedgerDb = ledgerDb()): LogSource {
  const source: LogSource = {
    watch(query, onPage, onError) {
      // Dexie's liveQuery re-runs the read on any write to the table, in any context of the origin.
      const subscription = liveQuery(() => source.page(query)).subscribe({ next: onPage, error: onError });
      return () => subscription.unsubscribe();
    },
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
  return source;
}
