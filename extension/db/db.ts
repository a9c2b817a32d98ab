import Dexie, { type EntityTable } from 'dexie';
import type { EventRow, HealthRow, ResultRow, SettingsRow } from './rows';
import { SCHEMA_VERSIONS, type SchemaVersion } from './versions';

// The promotion log: the extension's own IndexedDB, opened only by the background and extension
// pages. A content script never opens it (it would get tiktok.com's IndexedDB); it sends `log`
// messages instead (messaging/outbox.ts).

export const DB_NAME = 'promo-ledger';

export type { EventRow, HealthRow, ResultRow, SettingsRow } from './rows';

export class LedgerDb extends Dexie {
  events!: EntityTable<EventRow, 'id'>;
  results!: EntityTable<ResultRow, 'id'>;
  settings!: EntityTable<SettingsRow, 'id'>;
  siteHealth!: EntityTable<HealthRow, 'id'>;

  /** `versions` is for the upgrade tests only; the extension always declares all of them. */
  constructor(name: string = DB_NAME, versions: readonly SchemaVersion[] = SCHEMA_VERSIONS) {
    super(name);
    for (const v of versions) {
      const declared = this.version(v.version).stores({ ...v.stores });
      if (v.upgrade) declared.upgrade(v.upgrade);
    }
  }
}

let shared: LedgerDb | undefined;

/** The one connection of this extension context (background or extension page). */
export function ledgerDb(): LedgerDb {
  shared ??= new LedgerDb();
  return shared;
}
