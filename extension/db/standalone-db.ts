import Dexie, { type EntityTable } from 'dexie';
import type { EventChunkRow, MetaRow, ResultRow, SettingsRow } from './rows';
import { STANDALONE_SCHEMA_VERSIONS, type StandaloneSchemaVersion } from './standalone-versions';

// The standalone dashboard's own IndexedDB, in the origin of the page that serves it
// (http://localhost:<port>): what a team lead merges and what someone trying the app imports.
// Never the extension's database — an extension's IndexedDB is not reachable from a web page.

export const STANDALONE_DB_NAME = 'promo-ledger-dashboard';

export type { MetaRow, ResultRow, SettingsRow } from './rows';

export class StandaloneDb extends Dexie {
  eventChunks!: EntityTable<EventChunkRow, 'seq'>;
  results!: EntityTable<ResultRow, 'id'>;
  settings!: EntityTable<SettingsRow, 'id'>;
  meta!: EntityTable<MetaRow, 'id'>;

  /** `versions` is for upgrade tests; the app always declares all of them. */
  constructor(
    name: string = STANDALONE_DB_NAME,
    versions: readonly StandaloneSchemaVersion[] = STANDALONE_SCHEMA_VERSIONS,
  ) {
    super(name);
    for (const v of versions) {
      const declared = this.version(v.version).stores({ ...v.stores });
      if (v.upgrade) declared.upgrade(v.upgrade);
    }
  }
}
