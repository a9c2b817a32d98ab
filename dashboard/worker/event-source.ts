import type { PromotionEvent } from '../../shared/schemas/event';
import type { WorkerEventSource } from '../data/store';

// The compute worker reads the promotion log straight from IndexedDB when the store says where it
// is: 100k events then never pass through the page (read there, then copied to the worker), which
// is what kept the first render above its bar (quality.md P7). Raw IndexedDB, no Dexie: the worker
// only reads, and the page's store has created the database before it asks (App reads the store first).

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((ok, fail) => {
    req.onsuccess = () => ok(req.result);
    req.onerror = () => fail(req.error);
  });
}

export async function readEventSource(source: WorkerEventSource): Promise<PromotionEvent[]> {
  // Opening a database that does not exist would create an empty one at version 1, under the
  // store's feet: where the browser can say, ask first.
  if (typeof indexedDB.databases === 'function') {
    const known = await indexedDB.databases();
    if (!known.some((d) => d.name === source.dbName)) return [];
  }
  const open = indexedDB.open(source.dbName);
  const db = await request(open);
  // Let the page's store upgrade the database whenever it needs to.
  db.onversionchange = () => db.close();
  try {
    if (!db.objectStoreNames.contains(source.store)) return [];
    const rows = await request(db.transaction(source.store, 'readonly').objectStore(source.store).getAll());
    if (source.layout === 'rows') return rows as PromotionEvent[];
    const out: PromotionEvent[] = [];
    for (const chunk of rows as { events: PromotionEvent[] }[]) for (const e of chunk.events) out.push(e);
    return out;
  } finally {
    db.close();
  }
}
