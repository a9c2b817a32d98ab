import type { EntityTable, Table } from 'dexie';
import { addDays } from '../../shared/dates/days';
import { objectChecker } from '../../shared/io/row-check';
import { EVENT_PLAIN_TESTS, type PromotionEvent, promotionEventSchema } from '../../shared/schemas/event';
import { dayBucketer, filterEvents } from './filters';
import type { EventChunkRow } from './rows';
import type { LedgerFilter } from './store';
import { NO_MEMBER } from './store';

// How a store keeps promotion events. Two layouts:
//
// - rows: one record per event, keyed by id — the extension's database (extension/db/versions/v1.ts),
//   where the background logs events one batch at a time and indexes them by time and platform;
// - chunks: one record per batch of up to CHUNK_SIZE events — the standalone database, where a team
//   lead imports hundreds of thousands at once. Chromium's IndexedDB pays per record: measured here,
//   100k events take 8.2 s to write and 1.3 s to read as rows with three indexes, 0.1 s and 0.15 s as
//   100 chunks (quality.md P7, P8). Ids stay unique because every import checks them first.

export const CHUNK_SIZE = 2_000;

export type { EventChunkRow } from './rows';

export interface EventsRead {
  events: PromotionEvent[];
  /** Stored rows that are not promotion events any more (a bug, a hand edit): left out, counted. */
  unreadable: number;
}

const checkEvent = objectChecker(promotionEventSchema, EVENT_PLAIN_TESTS);

/**
 * Stored rows parsed as events, never only cast: the good ones, and how many were not. Field by
 * field with remembered outcomes (row-check.ts), so 100k rows cost a few tens of milliseconds.
 */
export function checkedEvents(rows: readonly unknown[]): EventsRead {
  const events: PromotionEvent[] = [];
  let unreadable = 0;
  for (const row of rows) {
    const event = checkEvent(row);
    if (event === undefined) unreadable++;
    else events.push(event);
  }
  return { events, unreadable };
}

export interface EventStorage {
  /** The table whose writes mean "events changed" (for live queries and transactions). */
  readonly table: Table;
  /** How events are kept in `table` (see above). */
  readonly layout: 'rows' | 'chunks';
  read(filter?: LedgerFilter): Promise<PromotionEvent[]>;
  /** Every stored row, unparsed (checkedEvents parses them). */
  readRows(): Promise<unknown[]>;
  count(): Promise<number>;
  knownIds(ids: readonly string[]): Promise<Set<string>>;
  /** Adds new events (never already stored ones); call inside a transaction over `table`. */
  add(events: readonly PromotionEvent[]): Promise<void>;
  clear(): Promise<void>;
}

function hasIndex(table: Table, name: string): boolean {
  return table.schema.indexes.some((i) => i.name === name);
}

/** One record per event, keyed by id (the extension's layout). */
export function rowEventStorage(table: EntityTable<PromotionEvent, 'id'>): EventStorage {
  return {
    table,
    layout: 'rows',
    async read(filter = {}) {
      const { member, platform, from, to } = filter;
      let rows: PromotionEvent[];
      if (member !== undefined && member !== NO_MEMBER && hasIndex(table, 'member')) {
        rows = await table.where('member').equals(member).toArray();
      } else if (platform !== undefined && hasIndex(table, 'platform')) {
        rows = await table.where('platform').equals(platform).toArray();
      } else if ((from !== undefined || to !== undefined) && hasIndex(table, 'time')) {
        // Days are local to the dashboard's zone: widen the UTC range by a day, then check exactly.
        const lo = from === undefined ? '' : `${addDays(from, -1)}T`;
        const hi = to === undefined ? '\uffff' : `${addDays(to, 2)}T`;
        rows = await table.where('time').between(lo, hi, true, false).toArray();
      } else {
        rows = hasIndex(table, 'time') ? await table.orderBy('time').toArray() : await table.toArray();
      }
      return filterEvents(checkedEvents(rows).events, filter, dayBucketer());
    },
    readRows: () => (hasIndex(table, 'time') ? table.orderBy('time').toArray() : table.toArray()),
    count: () => table.count(),
    async knownIds(ids) {
      const known = new Set<string>();
      if (ids.length === 0) return known;
      // Few ids: look them up. Many: reading every stored key is cheaper than a lookup each.
      if (ids.length * 4 < (await table.count())) {
        for (const e of await table.bulkGet(ids as string[])) if (e) known.add(e.id);
        return known;
      }
      const wanted = new Set(ids);
      for (const k of (await table.toCollection().primaryKeys()) as string[]) if (wanted.has(k)) known.add(k);
      return known;
    },
    async add(events) {
      // Dexie maintainers: bulk writes in ~1,000-row chunks (Dexie.js #1083).
      for (let i = 0; i < events.length; i += CHUNK_SIZE)
        await table.bulkPut(events.slice(i, i + CHUNK_SIZE));
    },
    clear: () => table.clear(),
  };
}

/** Events in chunks of up to CHUNK_SIZE per record (the standalone layout). */
export function chunkedEventStorage(table: EntityTable<EventChunkRow, 'seq'>): EventStorage {
  async function all(): Promise<unknown[]> {
    const chunks = await table.toArray();
    const out: unknown[] = [];
    for (const c of chunks) if (Array.isArray(c.events)) for (const e of c.events) out.push(e);
    return out;
  }
  return {
    table,
    layout: 'chunks',
    async read(filter = {}) {
      return filterEvents(checkedEvents(await all()).events, filter, dayBucketer());
    },
    readRows: all,
    async count() {
      let n = 0;
      await table.each((c) => {
        n += c.events.length;
      });
      return n;
    },
    async knownIds(ids) {
      const known = new Set<string>();
      // An empty log (the first import) knows no id: no set of 200,000 wanted ids to build.
      if (ids.length === 0 || (await table.count()) === 0) return known;
      const wanted = new Set(ids);
      await table.each((c) => {
        for (const e of c.events) if (wanted.has(e.id)) known.add(e.id);
      });
      return known;
    },
    async add(events) {
      const rows: EventChunkRow[] = [];
      for (let i = 0; i < events.length; i += CHUNK_SIZE)
        rows.push({ events: events.slice(i, i + CHUNK_SIZE) });
      if (rows.length > 0) await table.bulkAdd(rows);
    },
    clear: () => table.clear(),
  };
}
