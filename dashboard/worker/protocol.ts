import type { ImportTarget } from '../../extension/db/dexie-store';
import type { CommitOutcome, LedgerFilter, WorkerEventSource } from '../../extension/db/store';
import type { CsvImportProgress } from '../../shared/io/csv-table';
import type { PromotionEvent } from '../../shared/schemas/event';
import type { ResultEntry } from '../../shared/schemas/result';
import type { Settings } from '../../shared/schemas/settings';
import type { ExportFormat, ExportOutput } from '../data/export';
import type { Columns } from '../import/columns';
import type { ParsedImport } from '../import/parse-file';
import type { ImportPreview } from '../import/preview';
import type {
  DashboardModel,
  ModelData,
  ModelOptions,
  WhatIfModel,
  WhatIfRequest,
} from '../model/dashboard-model';

// Messages between the page and its two workers: the compute worker keeps a copy of the data and
// answers with view models, exports and what-if scenarios; the import worker reads files and can be
// stopped at any time (cancel = terminate), so it never holds anything the page needs afterwards.

export type ComputeRequest =
  /** Start reading the events now, while the page reads the rest (first render, P7). */
  | { type: 'prefetch'; eventSource: WorkerEventSource }
  /**
   * New data. Without `events`, the worker reads them from `eventSource` (when `reloadEvents`, or
   * the first time) and keeps them otherwise.
   */
  | {
      type: 'data';
      data: Omit<ModelData, 'events'> & { events?: ModelData['events'] };
      eventSource?: WorkerEventSource;
      reloadEvents?: boolean;
    }
  /** `waitForEvents`: answer only once the events being read are in (else a partial model may come first). */
  | { type: 'model'; id: number; options: ModelOptions; waitForEvents?: boolean }
  | { type: 'whatif'; id: number; request: WhatIfRequest }
  | { type: 'export'; id: number; format: ExportFormat; filter: LedgerFilter; now: string };

export type ComputeReply =
  | {
      type: 'model';
      id: number;
      model: DashboardModel;
      /** Computed before the promotion log was read: results-based figures only. */
      partial: boolean;
      /** Stored rows the worker read that are not promotion events (left out of every figure). */
      unreadableEvents: number;
      ms: number;
      /** Where the worker's time went before this answer, for the performance panel. */
      timing?: WorkerTiming;
    }
  | { type: 'whatif'; id: number; result: WhatIfModel | null }
  | { type: 'export'; id: number; output: ExportOutput }
  | { type: 'error'; id: number; message: string };

/** Epoch milliseconds: when the worker started, and when its read of the events began and ended. */
export interface WorkerTiming {
  workerStart: number;
  readStart: number | null;
  readEnd: number | null;
}

export interface ImportSource {
  name: string;
  /** A File (read in the worker) or text (tests, pasted data). */
  file?: Blob;
  text?: string;
}

/**
 * What the user chose on the preview: whether to use the file's programs (its settings, whose
 * programs replace the stored ones in the import's own transaction, withProgramsOf), and whether to
 * replace the demo data.
 */
export interface ImportChoice {
  programsFrom: Settings | null;
  replaceAll: boolean;
}

export type ImportRequest =
  /**
   * Read and check the files. With a target (dexie-store.ts importTargetOf), also compare them with
   * the store and keep the rows for a `commit`; without one, send the rows back.
   */
  | { type: 'parse'; id: number; sources: ImportSource[]; target?: ImportTarget }
  /** Write what the last `parse` planned, in one transaction. */
  | { type: 'commit'; id: number; choice: ImportChoice };

/** A parsed file as it crosses to the page: rows as columns (columns.ts). */
export type WireImport = Omit<ParsedImport, 'events' | 'results'> & {
  events: Columns<PromotionEvent>;
  results: Columns<ResultEntry>;
};

/** How long each step took, for the performance panel and the bench (quality.md P8). */
export type Timings = { name: string; ms: number }[];

export type ImportReply =
  | { type: 'progress'; id: number; file: number; files: number; progress: CsvImportProgress }
  | { type: 'parsed'; id: number; files: WireImport[]; timings?: Timings }
  | { type: 'planned'; id: number; preview: ImportPreview; timings?: Timings }
  | { type: 'committed'; id: number; outcome: CommitOutcome; timings?: Timings }
  | { type: 'error'; id: number; message: string };
