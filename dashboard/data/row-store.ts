import type { Dexie, EntityTable } from 'dexie';
import type { PromotionEvent } from '../../shared/schemas/event';
import type { Settings } from '../../shared/schemas/settings';
import { dexieLedgerStore } from './dexie-store';
import { rowEventStorage } from './event-storage';
import type { ResultRow, SettingsRow } from './standalone-db';
import type { LedgerStore } from './store';

/**
 * A LedgerStore over a database laid out like the extension's promotion log (extension/db/versions/
 * v1.ts: `events` keyed by id, `results` keyed by resultKey(), `settings` raw records): what the
 * extension's dashboard page passes to mountDashboard. Only the shape is assumed, so the dashboard
 * does not import the extension; settings go through the host (the background validates and saves
 * them) when it says how.
 */
export function rowLayoutStore(
  db: Dexie & {
    events: EntityTable<PromotionEvent, 'id'>;
    results: EntityTable<ResultRow, 'id'>;
    settings: EntityTable<SettingsRow, 'id'>;
  },
  options: {
    host?: 'extension' | 'standalone';
    readSettings?: () => Promise<Settings>;
    saveSettings?: (settings: Settings) => Promise<void>;
  } = {},
): LedgerStore {
  return dexieLedgerStore(
    { db, events: rowEventStorage(db.events), results: db.results, settings: db.settings },
    {
      host: options.host ?? 'extension',
      // The compute worker reads the log itself: same origin, the same object store.
      workerEventSource: { dbName: db.name, store: 'events', layout: 'rows' },
      ...(options.readSettings ? { readSettings: options.readSettings } : {}),
      ...(options.saveSettings ? { saveSettings: options.saveSettings } : {}),
    },
  );
}
