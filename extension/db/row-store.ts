import type { SettingsPatch } from '../../shared/schemas/settings-patch';
import { LedgerDb } from './db';
import { dexieLedgerStore } from './dexie-store';
import { rowEventStorage } from './event-storage';
import type { LedgerStore, VersionedSettings } from './store';

/**
 * A LedgerStore over the extension's own database (versions/: `events` keyed by id, `results` keyed
 * by resultKey(), `settings` raw records): what the extension's dashboard page passes to
 * mountDashboard, and what the import worker opens there. Settings go through the host (the
 * background checks links against the allowed sites) when it says how.
 */
export function extensionStore(
  db: LedgerDb,
  options: {
    readSettings?: () => Promise<VersionedSettings>;
    updateSettings?: (patch: SettingsPatch) => Promise<VersionedSettings>;
    registerImportTarget?: boolean;
  } = {},
): LedgerStore {
  return dexieLedgerStore(
    { db, events: rowEventStorage(db.events), results: db.results, settings: db.settings },
    {
      host: 'extension',
      // The compute worker reads the log itself: same origin, the same database.
      workerEventSource: { home: 'extension', dbName: db.name },
      ...(options.readSettings ? { readSettings: options.readSettings } : {}),
      ...(options.updateSettings ? { updateSettings: options.updateSettings } : {}),
      ...(options.registerImportTarget === false ? { registerImportTarget: false } : {}),
    },
  );
}

/** The extension's database by name, as a store (the import worker's). */
export function openExtensionStore(name: string): LedgerStore {
  return extensionStore(new LedgerDb(name), { registerImportTarget: false });
}
