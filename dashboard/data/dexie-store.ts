import { Dexie, type EntityTable, liveQuery, type Table } from 'dexie';
import type { PromotionEvent } from '../../shared/schemas/event';
import { type ResultEntry, resultKey } from '../../shared/schemas/result';
import { defaultSettings, type Settings, settingsSchema } from '../../shared/schemas/settings';
import type { EventChunkRow } from './event-storage';
import { chunkedEventStorage, type EventStorage, rowEventStorage } from './event-storage';
import { filterResults } from './filters';
import type { MetaRow, ResultRow, SettingsRow } from './standalone-db';
import {
  type CommitOutcome,
  DEFAULT_META,
  type ImportBatch,
  type LedgerFilter,
  type LedgerStore,
  type StoreMeta,
  type TableName,
  type WorkerEventSource,
} from './store';

// A LedgerStore over a Dexie database holding the promotion log: events (in rows or chunks, see
// event-storage.ts), results keyed by resultKey, settings as raw records parsed on read, and — in
// the standalone database only — a few meta facts. The standalone store is one; the extension's
// dashboard page can make another over the extension's own database (see the report to the lead).

export const CURRENT_SETTINGS = 'current';

/** Results per bulk call inside a transaction (Dexie maintainers: ~1,000-row chunks, Dexie.js #1083). */
const BULK = 2_000;

export interface LedgerParts {
  db: Dexie;
  events: EventStorage;
  results: EntityTable<ResultRow, 'id'>;
  settings: EntityTable<SettingsRow, 'id'>;
  /** Absent in the extension's database: meta then reads as the defaults and is never written. */
  meta?: EntityTable<MetaRow, 'id'>;
}

export interface DexieStoreOptions {
  host: 'extension' | 'standalone';
  /** Where the compute worker may read the events itself (see store.ts). */
  workerEventSource?: WorkerEventSource;
  /** Replaces the direct settings write (the extension saves through its background). */
  saveSettings?: (settings: Settings) => Promise<void>;
  /** Replaces the direct settings read (the extension keeps unreadable records aside). */
  readSettings?: () => Promise<Settings>;
  now?: () => Date;
  /** Let the import worker write this store's database itself (importTargetOf); default true. */
  registerImportTarget?: boolean;
}

function toEntry(row: ResultRow): ResultEntry {
  const { id: _id, ...entry } = row;
  return entry;
}

function toRow(entry: ResultEntry): ResultRow {
  return { ...entry, id: resultKey(entry) };
}

/**
 * Where the import worker can read and write a Dexie store's database itself (same origin), so that
 * a large import's rows stay in the worker from the parse to the write (quality.md P8): the database,
 * its tables, the events' layout, and whether settings are written in the import's transaction or
 * saved through the host first (the extension's background), as commitImport does.
 */
export interface ImportTarget {
  dbName: string;
  host: 'extension' | 'standalone';
  events: { table: string; layout: 'rows' | 'chunks' };
  results: string;
  settings: string;
  /** Absent in the extension's database. */
  meta: string | null;
  /** Settings go through the host, before the transaction (DexieStoreOptions.saveSettings). */
  settingsViaHost: boolean;
}

const importTargets = new WeakMap<LedgerStore, ImportTarget>();

/**
 * The import target of a store made by dexieLedgerStore, or undefined for any other LedgerStore (the
 * import then runs in the page). A lookup here rather than a LedgerStore member because store.ts is
 * the hosts' contract; see the report to the lead for the interface change this stands for.
 */
export function importTargetOf(store: LedgerStore): ImportTarget | undefined {
  return importTargets.get(store);
}

/**
 * A LedgerStore over the target's database, opened from another context of the same origin (the
 * import worker): the same commitImport, knownEventIds and knownResults as the page's store, on
 * the tables the database has (Dexie's dynamic mode: no schema declared, the stored one is used).
 * Settings are never saved through a host here: the page does that before asking for the commit.
 */
export async function openImportTarget(target: ImportTarget): Promise<LedgerStore> {
  const db = new Dexie(target.dbName);
  await db.open();
  const names = new Set(db.tables.map((t) => t.name));
  for (const name of [target.events.table, target.results, target.settings, target.meta])
    if (name !== null && !names.has(name)) {
      db.close();
      throw new Error(`the database ${target.dbName} has no table ${name}`);
    }
  const eventTable = db.table(target.events.table);
  return dexieLedgerStore(
    {
      db,
      events:
        target.events.layout === 'chunks'
          ? chunkedEventStorage(eventTable as EntityTable<EventChunkRow, 'seq'>)
          : rowEventStorage(eventTable as EntityTable<PromotionEvent, 'id'>),
      results: db.table(target.results) as EntityTable<ResultRow, 'id'>,
      settings: db.table(target.settings) as EntityTable<SettingsRow, 'id'>,
      ...(target.meta !== null ? { meta: db.table(target.meta) as EntityTable<MetaRow, 'id'> } : {}),
    },
    { host: target.host, registerImportTarget: false },
  );
}

export function dexieLedgerStore(parts: LedgerParts, options: DexieStoreOptions): LedgerStore {
  const { db, events, results, settings, meta: metaTable } = parts;
  const now = options.now ?? (() => new Date());

  async function readSettings(): Promise<Settings> {
    if (options.readSettings) return options.readSettings();
    const row = await settings.get(CURRENT_SETTINGS);
    if (!row) return defaultSettings();
    const parsed = settingsSchema.safeParse(row.value);
    return parsed.success ? parsed.data : defaultSettings();
  }

  async function readMeta(): Promise<StoreMeta> {
    if (!metaTable) return { ...DEFAULT_META };
    const meta: StoreMeta = { ...DEFAULT_META };
    for (const row of await metaTable.toArray()) {
      if (row.id === 'demo' && typeof row.value === 'boolean') meta.demo = row.value;
      if (row.id === 'demoAsOf' && typeof row.value === 'string') meta.demoAsOf = row.value;
      if (row.id === 'welcomeDismissed' && typeof row.value === 'boolean') meta.welcomeDismissed = row.value;
    }
    return meta;
  }

  async function writeMeta(patch: Partial<StoreMeta>): Promise<void> {
    if (!metaTable) return;
    const rows = Object.entries(patch).map(([id, value]) => ({ id, value }));
    if (rows.length > 0) await metaTable.bulkPut(rows);
  }

  async function putResultRows(rows: readonly ResultRow[]): Promise<void> {
    for (let i = 0; i < rows.length; i += BULK) await results.bulkPut(rows.slice(i, i + BULK));
  }

  const allTables = (): Table[] => [events.table, results, settings, ...(metaTable ? [metaTable] : [])];

  const store: LedgerStore = {
    host: options.host,
    ...(options.workerEventSource ? { workerEventSource: options.workerEventSource } : {}),
    readEvents: (filter?: LedgerFilter) => events.read(filter),

    async readResults(filter: LedgerFilter = {}) {
      const rows = await results.toArray();
      return filterResults(rows.map(toEntry), filter);
    },

    readSettings,
    readMeta,

    async counts() {
      const [e, r] = await Promise.all([events.count(), results.count()]);
      return { events: e, results: r };
    },

    knownEventIds: (ids) => events.knownIds(ids),

    async knownResults(keys) {
      const out = new Map<string, ResultEntry>();
      if (keys.length === 0) return out;
      for (const row of await results.bulkGet(keys as string[])) if (row) out.set(row.id, toEntry(row));
      return out;
    },

    subscribe(onChange) {
      const tables: [TableName, Table][] = [
        ['events', events.table],
        ['results', results],
        ['settings', settings],
      ];
      if (metaTable) tables.push(['meta', metaTable]);
      // One live count per table: Dexie re-runs it on any write to that table, here or in another
      // context of the same origin, and emits even when the count is unchanged (a replaced row).
      const subscriptions = tables.map(([name, table]) => {
        let first = true;
        return liveQuery(() => table.count()).subscribe({
          next: () => {
            if (first) {
              first = false;
              return;
            }
            onChange(new Set([name]));
          },
          error: () => undefined,
        });
      });
      return () => {
        for (const s of subscriptions) s.unsubscribe();
      };
    },

    async putResults(entries) {
      const rows = entries.map(toRow);
      await db.transaction('rw', results, () => putResultRows(rows));
    },

    async deleteResults(keys) {
      await results.bulkDelete(keys as string[]);
    },

    async saveSettings(value) {
      const parsed = settingsSchema.parse(value);
      if (options.saveSettings) return options.saveSettings(parsed);
      await settings.put({ id: CURRENT_SETTINGS, value: parsed, savedAt: now().toISOString() });
    },

    async commitImport(batch: ImportBatch): Promise<CommitOutcome> {
      const parsedSettings = batch.settings ? settingsSchema.parse(batch.settings) : undefined;
      // Settings that go through the host are saved first: if that fails, nothing is written.
      if (parsedSettings && options.saveSettings) await options.saveSettings(parsedSettings);
      const rows = batch.results.map(toRow);
      await db.transaction('rw', allTables(), async () => {
        if (batch.replaceAll) {
          // The demo's programs go with its data, unless the import brings programs of its own.
          await Promise.all([events.clear(), results.clear(), parsedSettings ? null : settings.clear()]);
          await writeMeta({ demo: false, demoAsOf: null });
        }
        await events.add(batch.events);
        await putResultRows(rows);
        if (parsedSettings && !options.saveSettings)
          await settings.put({ id: CURRENT_SETTINGS, value: parsedSettings, savedAt: now().toISOString() });
      });
      return { events: batch.events.length, results: rows.length, settings: parsedSettings !== undefined };
    },

    async loadDemo(data) {
      const parsed = settingsSchema.parse(data.settings);
      await db.transaction('rw', allTables(), async () => {
        await Promise.all([events.clear(), results.clear()]);
        await events.add(data.events);
        await putResultRows(data.results.map(toRow));
        await settings.put({ id: CURRENT_SETTINGS, value: parsed, savedAt: now().toISOString() });
        await writeMeta({ demo: true, demoAsOf: data.asOf, welcomeDismissed: true });
      });
    },

    async clearAll() {
      await db.transaction('rw', allTables(), async () => {
        await Promise.all([events.clear(), results.clear(), settings.clear()]);
        await writeMeta({ demo: false, demoAsOf: null });
      });
    },

    updateMeta: writeMeta,

    close() {
      db.close();
    },
  };
  if (options.registerImportTarget !== false)
    importTargets.set(store, {
      dbName: db.name,
      host: options.host,
      events: { table: events.table.name, layout: events.layout },
      results: results.name,
      settings: settings.name,
      meta: metaTable ? metaTable.name : null,
      settingsViaHost: options.saveSettings !== undefined,
    });
  return store;
}
