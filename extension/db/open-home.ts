import type { ImportTarget } from './dexie-store';
import { openExtensionStore } from './row-store';
import { openStandaloneStore } from './standalone-store';
import type { LedgerStore } from './store';

/**
 * A store over an import target's database, opened from another context of the same origin (the
 * import worker) with that home's declared schema: the same commitImport, knownEventIds and
 * knownResults as the page's store. Refuses a database that does not exist yet rather than create
 * an empty one under the page's feet.
 */
export async function openImportTarget(target: ImportTarget): Promise<LedgerStore> {
  if (typeof indexedDB.databases === 'function') {
    const known = await indexedDB.databases();
    if (!known.some((d) => d.name === target.dbName)) throw new Error(`no database ${target.dbName} yet`);
  }
  return target.home === 'extension'
    ? openExtensionStore(target.dbName)
    : openStandaloneStore(target.dbName, { registerImportTarget: false });
}
