import Dexie, { type EntityTable } from 'dexie';
import type { Platform } from '../../shared/schemas/common';
import type { PromotionEvent, Surface } from '../../shared/schemas/event';
import type { ResultEntry } from '../../shared/schemas/result';
import type { SiteFeature } from '../sites/types';
import { SCHEMA_VERSIONS, type SchemaVersion } from './versions';

// The promotion log: the extension's own IndexedDB, opened only by the background and extension
// pages. A content script never opens it (it would get tiktok.com's IndexedDB); it sends `log`
// messages instead (messaging/outbox.ts).

export const DB_NAME = 'promo-ledger';

export type EventRow = PromotionEvent;

/** A result keyed by `resultKey()` so that importing the same day twice replaces it. */
export type ResultRow = ResultEntry & { id: string };

/** A settings record as stored: `value` is parsed on read, so a corrupt one can be kept aside. */
export interface SettingsRow {
  id: string;
  value: unknown;
  savedAt: string;
}

export interface HealthRow {
  /** `<platform>:<feature>:<surface>`: one row per health check. */
  id: string;
  platform: Platform;
  feature: SiteFeature;
  /** Absent in rows written before health was kept per check (`<platform>:<feature>`): ignored. */
  surface?: Surface;
  ok: boolean;
  /** When the current state began (the first report of it). */
  since: string;
  checkedAt: string;
}

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
