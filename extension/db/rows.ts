import type { Platform } from '../../shared/schemas/common';
import type { PromotionEvent, Surface } from '../../shared/schemas/event';
import type { ResultEntry } from '../../shared/schemas/result';
import type { SiteFeature } from '../sites/types';

// The rows of both homes' databases, in one place: the extension's (db.ts) and the standalone
// dashboard's (standalone-db.ts). Rows are parsed when read (read-rows.ts), never only cast.

export type { SettingsRow } from './settings-store';

export type EventRow = PromotionEvent;

/** A result keyed by `resultKey()` so that importing the same day twice replaces it. */
export type ResultRow = ResultEntry & { id: string };

/** The standalone layout: up to CHUNK_SIZE events per record (event-storage.ts). */
export interface EventChunkRow {
  seq?: number;
  events: PromotionEvent[];
}

/** Small facts about the standalone data itself: whether it is the demo, the first-visit offer. */
export interface MetaRow {
  id: string;
  value: unknown;
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
