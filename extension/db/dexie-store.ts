import { type Dexie, type EntityTable, liveQuery, type Table } from 'dexie';
import { type ResultEntry, resultKey } from '../../shared/schemas/result';
import { defaultSettings, settingsSchema, withProgramsOf } from '../../shared/schemas/settings';
import type { SettingsPatch } from '../../shared/schemas/settings-patch';
import { checkedEvents, type EventStorage } from './event-storage';
import { filterResults } from './filters';
import type { MetaRow, ResultRow } from './rows';
import {
  readSettings as readStoredSettings,
  replaceSettingsIn,
  type SettingsHome,
  type SettingsRow,
  settingsIn,
  updateSettings as updateStoredSettings,
} from './settings-store';
import {
  type CommitOutcome,
  DEFAULT_META,
  type ImportBatch,
  type LedgerFilter,
  type LedgerStore,
  type StoreMeta,
  type TableName,
  type VersionedSettings,
  type WorkerEventSource,
} from './store';

// A LedgerStore over a Dexie database holding the promotion log: events (in rows or chunks, see
// event-storage.ts), results keyed by resultKey, settings as raw records parsed on read, and — in
// the standalone database only — a few meta facts. The standalone store is one; the extension's
// dashboard page can make another over the extension's own database (see the report to the lead).

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
  /**
   * Replace the direct settings read and update: the extension's pages go through its background,
   * which checks links against the allowed sites before anything is stored.
   */
  readSettings?: () => Promise<VersionedSettings>;
  updateSettings?: (patch: SettingsPatch) => Promise<VersionedSettings>;
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
 * Where the import worker can open a store's database itself (same origin), so that a large
 * import's rows stay in the worker from the parse to the write (quality.md P8): which home's
 * database, by name. The worker opens it with that home's declared schema (open-home.ts), never
 * in Dexie's schema-less mode.
 */
export interface ImportTarget {
  home: 'extension' | 'standalone';
  dbName: string;
}

const importTargets = new WeakMap<LedgerStore, ImportTarget>();

/** The import target of a store made by dexieLedgerStore, or undefined for any other LedgerStore. */
export function importTargetOf(store: LedgerStore): ImportTarget | undefined {
  return importTargets.get(store);
}

export function dexieLedgerStore(parts: LedgerParts, options: DexieStoreOptions): LedgerStore {
  const { db, events, results, settings, meta: metaTable } = parts;
  const now = options.now ?? (() => new Date());

  // Both homes keep settings the same way (settings-store.ts): backups of unreadable records,
  // revisions, patches.
  const home = db as SettingsHome;
  async function readSettings(): Promise<VersionedSettings> {
    if (options.readSettings) return options.readSettings();
    const { settings: value, revision } = await readStoredSettings(home);
    return { settings: value, revision };
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
    readCheckedEvents: async () => checkedEvents(await events.readRows()),

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

    async updateSettings(patch) {
      if (options.updateSettings) return options.updateSettings(patch);
      const { settings: value, revision } = await updateStoredSettings(home, patch, now());
      return { settings: value, revision };
    },

    async commitImport(batch: ImportBatch): Promise<CommitOutcome> {
      const file = batch.programsFrom ? settingsSchema.parse(batch.programsFrom) : undefined;
      const rows = batch.results.map(toRow);
      // One transaction: the rows and the file's programs land together or not at all.
      await db.transaction('rw', allTables(), async () => {
        if (batch.replaceAll) {
          // The demo's settings go with its data; the import's programs, if any, apply to defaults.
          await Promise.all([events.clear(), results.clear()]);
          await writeMeta({ demo: false, demoAsOf: null });
        }
        await events.add(batch.events);
        await putResultRows(rows);
        // Applied to the settings as stored now, not as the page last read them: a link added in
        // Options while the preview was open stays.
        const base = batch.replaceAll ? defaultSettings() : await settingsIn(home);
        if (file) await replaceSettingsIn(home, withProgramsOf(base, file), now());
        else if (batch.replaceAll) await replaceSettingsIn(home, base, now());
      });
      return { events: batch.events.length, results: rows.length, settings: file !== undefined };
    },

    async loadDemo(data) {
      const parsed = settingsSchema.parse(data.settings);
      await db.transaction('rw', allTables(), async () => {
        await Promise.all([events.clear(), results.clear()]);
        await events.add(data.events);
        await putResultRows(data.results.map(toRow));
        await replaceSettingsIn(home, parsed, now());
        await writeMeta({ demo: true, demoAsOf: data.asOf, welcomeDismissed: true });
      });
    },

    async clearAll() {
      await db.transaction('rw', allTables(), async () => {
        await Promise.all([events.clear(), results.clear()]);
        await replaceSettingsIn(home, defaultSettings(), now());
        await writeMeta({ demo: false, demoAsOf: null });
      });
    },

    updateMeta: writeMeta,

    close() {
      db.close();
    },
  };
  if (options.registerImportTarget !== false)
    importTargets.set(store, { home: options.host, dbName: db.name });
  return store;
}
