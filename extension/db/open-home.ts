import type { ImportTarget } from './dexie-store';
import { openExtensionStore } from './row-store';
import { openStandaloneStore } from './standalone-store';
import type { LedgerStore, WorkerEventSource } from './store';

/**
 * A store over one home's database, opened from another context of the same origin (the compute
 * and import workers) with that home's declared schema: the same reads and commitImport as the
 * page's store. Null when the database does not exist yet — opening it would create an empty one
 * under the page's feet — where the browser can say (indexedDB.databases).
 */
export async function openHome(where: ImportTarget | WorkerEventSource): Promise<LedgerStore | null> {
  if (typeof indexedDB.databases === 'function') {
    const known = await indexedDB.databases();
    if (!known.some((d) => d.name === where.dbName)) return null;
  }
  return where.home === 'extension'
    ? openExtensionStore(where.dbName)
    : openStandaloneStore(where.dbName, { registerImportTarget: false });
}

/** The import worker's store over its target; refuses a database that does not exist yet. */
export async function openImportTarget(target: ImportTarget): Promise<LedgerStore> {
  const store = await openHome(target);
  if (!store) throw new Error(`no database ${target.dbName} yet`);
  return store;
}
