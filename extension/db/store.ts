import type { Day } from '../../shared/dates/days';
import type { Platform, ResultPlatform } from '../../shared/schemas/common';
import type { PromotionEvent } from '../../shared/schemas/event';
import type { ResultEntry } from '../../shared/schemas/result';
import type { Settings } from '../../shared/schemas/settings';
import type { SettingsPatch } from '../../shared/schemas/settings-patch';

/** Settings as stored, and the revision they were stored at. */
export interface VersionedSettings {
  settings: Settings;
  revision: number;
}

// What the dashboard needs from wherever the promotion log lives. The app never opens a database
// itself: its host hands it a LedgerStore — the standalone site its own IndexedDB
// (standalone-store.ts), the extension page an adapter over the extension's database — so that one
// app serves both homes (issue 4, "One app, two homes").

export type TableName = 'events' | 'results' | 'settings' | 'meta';

/** Filters shared by reads and exports. Days are compared in LEDGER_TIME_ZONE (shared/dates/today.ts) for events. */
export interface LedgerFilter {
  /** Inclusive first and last day. */
  from?: Day;
  to?: Day;
  platform?: Platform | ResultPlatform;
  /** Results only: events are not tied to a program. */
  program?: string;
  /** A team member; `NO_MEMBER` selects rows without one. */
  member?: string;
}

/** The member filter value for rows that name nobody (a creator's own log before it is merged). */
export const NO_MEMBER = '\u0000none';

export interface StoreMeta {
  /** The stored data is the built-in demo (shared/demo), not anyone's real log. */
  demo: boolean;
  /** The as-of day the demo was made for, so that its projection reads as intended. */
  demoAsOf: Day | null;
  /** The user closed the first-visit offer of the demo: do not show it again. */
  welcomeDismissed: boolean;
}

export const DEFAULT_META: StoreMeta = { demo: false, demoAsOf: null, welcomeDismissed: false };

export interface StoreCounts {
  events: number;
  results: number;
}

/** Everything an import adds, written by `commitImport` in one transaction. */
export interface ImportBatch {
  /** New events only: an event id already stored is the same event and is never rewritten. */
  events: readonly PromotionEvent[];
  /** Added or replacing results (keyed by resultKey: a later reading replaces the earlier). */
  results: readonly ResultEntry[];
  /**
   * An export file's settings, when the user chose to use its programs: which are enabled, their
   * parameters and custom programs replace the stored ones in the same transaction as the rows
   * (withProgramsOf: the creator's links, tags and language stay as stored at that moment).
   */
  programsFrom?: Settings;
  /**
   * Empty the log, the results and (unless `programsFrom` is given) the settings first, in the
   * same transaction: an import that replaces the demo data.
   */
  replaceAll?: boolean;
}

export interface CommitOutcome {
  events: number;
  results: number;
  settings: boolean;
}

/**
 * Where the compute worker can read the promotion log itself (same origin, raw IndexedDB), so that
 * large logs never pass through the page: the database, the object store, and how events are kept
 * in it (one record per event, or chunks `{ events: PromotionEvent[] }`).
 */
export interface WorkerEventSource {
  home: 'extension' | 'standalone';
  dbName: string;
}

export interface LedgerStore {
  /** Where this store keeps its data, for the wording of the UI ("in this browser", "in the extension"). */
  readonly host: 'extension' | 'standalone';
  /** When set, the dashboard reads events in its worker from here instead of calling readEvents. */
  readonly workerEventSource?: WorkerEventSource;

  readEvents(filter?: LedgerFilter): Promise<PromotionEvent[]>;
  /** Every stored event, each row parsed; rows that are not events any more are counted. */
  readCheckedEvents(): Promise<{ events: PromotionEvent[]; unreadable: number }>;
  readResults(filter?: LedgerFilter): Promise<ResultEntry[]>;
  /**
   * Always valid settings, with the revision a patch of them starts from: a stored record that no
   * longer parses comes back as the defaults (and is kept aside, settings-store.ts).
   */
  readSettings(): Promise<VersionedSettings>;
  readMeta(): Promise<StoreMeta>;
  counts(): Promise<StoreCounts>;

  /** Which of these event ids are already stored (for the import preview's duplicates). */
  knownEventIds(ids: readonly string[]): Promise<Set<string>>;
  /** Stored results under these resultKeys (for the preview's replaced / unchanged). */
  knownResults(keys: readonly string[]): Promise<Map<string, ResultEntry>>;

  /**
   * Calls `onChange` with the tables that changed, whoever changed them (this page, another tab,
   * the extension's background). Returns the unsubscribe function.
   */
  subscribe(onChange: (tables: ReadonlySet<TableName>) => void): () => void;

  /** Manual entry: each entry replaces the stored one with the same resultKey. */
  putResults(entries: readonly ResultEntry[]): Promise<void>;
  deleteResults(keys: readonly string[]): Promise<void>;
  /**
   * Applies a patch on top of what is stored now (settings-patch.ts): another page's change to
   * other fields is kept; a change to the same field is refused (SettingsConflict).
   */
  updateSettings(patch: SettingsPatch): Promise<VersionedSettings>;
  /** Writes a confirmed import in one transaction: all of it or, on any failure, nothing. */
  commitImport(batch: ImportBatch): Promise<CommitOutcome>;

  /** Standalone only: replace everything with the demo dataset, marked as demo. */
  loadDemo?(data: {
    events: readonly PromotionEvent[];
    results: readonly ResultEntry[];
    settings: Settings;
    asOf: Day;
  }): Promise<void>;
  /** Standalone only: delete the log, the results and the settings. */
  clearAll?(): Promise<void>;
  updateMeta?(patch: Partial<StoreMeta>): Promise<void>;
  close?(): void;
}
