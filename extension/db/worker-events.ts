import type { EventsRead } from './event-storage';
import { openExtensionStore } from './row-store';
import { openStandaloneStore } from './standalone-store';
import type { LedgerStore, WorkerEventSource } from './store';

// The compute worker reads the promotion log itself when the store says where it is: 100k events
// then never pass through the page (read there, then copied to the worker), which is what kept the
// first render above its bar (quality.md P7). It opens the home's database with its declared
// schema, through the same store as the page, and every row is parsed (event-storage.ts) — a row the
// schema refuses is counted and left out, and the dashboard says how many.

export async function readEventSource(source: WorkerEventSource): Promise<EventsRead> {
  // Opening a database that does not exist would create an empty one under the store's feet:
  // where the browser can say, ask first.
  if (typeof indexedDB.databases === 'function') {
    const known = await indexedDB.databases();
    if (!known.some((d) => d.name === source.dbName)) return { events: [], unreadable: 0 };
  }
  const store: LedgerStore =
    source.home === 'extension'
      ? openExtensionStore(source.dbName)
      : openStandaloneStore(source.dbName, { registerImportTarget: false });
  try {
    return await store.readCheckedEvents();
  } finally {
    store.close?.();
  }
}
