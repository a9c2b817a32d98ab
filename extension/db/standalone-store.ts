import { dexieLedgerStore } from './dexie-store';
import { chunkedEventStorage } from './event-storage';
import { STANDALONE_DB_NAME, StandaloneDb } from './standalone-db';
import type { LedgerStore } from './store';

/** The standalone site's store: its own IndexedDB in the page's origin, events kept in chunks. */
export function openStandaloneStore(
  name: string = STANDALONE_DB_NAME,
  options: { registerImportTarget?: boolean } = {},
): LedgerStore {
  const db = new StandaloneDb(name);
  return dexieLedgerStore(
    {
      db,
      events: chunkedEventStorage(db.eventChunks),
      results: db.results,
      settings: db.settings,
      meta: db.meta,
    },
    {
      host: 'standalone',
      workerEventSource: { home: 'standalone', dbName: name },
      ...(options.registerImportTarget === false ? { registerImportTarget: false } : {}),
    },
  );
}
