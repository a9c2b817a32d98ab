import { type ImportTarget, importTargetOf } from '../data/dexie-store';
import type { ExportFormat, ExportOutput } from '../data/export';
import type { CommitOutcome, LedgerFilter, LedgerStore, WorkerEventSource } from '../data/store';
import type { ParsedImport } from '../import/parse-file';
import { type ImportPlan, type ImportPreview, previewOf } from '../import/preview';
import type {
  DashboardModel,
  ModelData,
  ModelOptions,
  WhatIfModel,
  WhatIfRequest,
} from '../model/dashboard-model';
// Vite's worker imports, not `new Worker(new URL(…, import.meta.url))`: WXT defines import.meta.url as
// self.location.href, which hides that pattern from Vite, so the extension's build would leave the
// worker out (wxt-dev/wxt#2032). These bundle it in both builds, the extension's and the standalone's.
import ComputeWorker from './compute.worker.ts?worker';
import { computeHandler } from './compute-core';
import ImportWorker from './import.worker.ts?worker';
import { commitPlan, fromWire, planFiles, readSources, type Timings } from './import-core';
import type {
  ComputeReply,
  ComputeRequest,
  ImportChoice,
  ImportReply,
  ImportRequest,
  ImportSource,
} from './protocol';

// The page's side of the workers. Projection over a team's merged log and the parse of a large file
// run off the UI thread (quality.md P6, P8); where no Worker exists (unit tests in Node) the same code
// runs in place, asynchronously, so that callers cannot tell.

function canUseWorkers(): boolean {
  return typeof Worker !== 'undefined' && typeof window !== 'undefined';
}

export interface ComputeClient {
  /**
   * Hands the worker new data; later requests see it. Without events, the worker reads them from
   * `source` (the first time, and again when `reloadEvents`).
   */
  setData(
    data: Omit<ModelData, 'events'> & { events?: ModelData['events'] },
    source?: { eventSource: WorkerEventSource; reloadEvents: boolean },
  ): void;
  /** Lets the worker start reading the events before the data arrives (see protocol.ts). */
  prefetch(eventSource: WorkerEventSource): void;
  /**
   * The model. While a large log is still being read, the answer may be `partial` (results only)
   * unless `waitForEvents`; ask again with it for the whole model.
   */
  model(
    options: ModelOptions,
    waitForEvents?: boolean,
  ): Promise<{ model: DashboardModel; ms: number; partial: boolean }>;
  whatIf(request: WhatIfRequest): Promise<WhatIfModel | null>;
  exportFile(format: ExportFormat, filter: LedgerFilter, now: Date): Promise<ExportOutput>;
  dispose(): void;
}

type Pending = { resolve: (reply: ComputeReply) => void; reject: (err: Error) => void };

export function createComputeClient(): ComputeClient {
  let next = 1;
  const pending = new Map<number, Pending>();
  let send: (request: ComputeRequest) => void;
  let dispose: () => void;

  const settle = (reply: ComputeReply) => {
    const p = pending.get(reply.id);
    if (!p) return;
    pending.delete(reply.id);
    if (reply.type === 'error') p.reject(new Error(reply.message));
    else p.resolve(reply);
  };

  if (canUseWorkers()) {
    const worker = new ComputeWorker({ name: 'promo-ledger-compute' });
    worker.onmessage = (event: MessageEvent<ComputeReply>) => settle(event.data);
    worker.onerror = (event) => {
      for (const p of pending.values()) p.reject(new Error(event.message || 'the compute worker failed'));
      pending.clear();
    };
    send = (request) => worker.postMessage(request);
    dispose = () => worker.terminate();
  } else {
    const handle = computeHandler((reply) => {
      setTimeout(() => settle(reply), 0);
    });
    send = (request) => handle(request);
    dispose = () => undefined;
  }

  function ask(request: ComputeRequest & { id: number }): Promise<ComputeReply> {
    return new Promise((resolve, reject) => {
      pending.set(request.id, { resolve, reject });
      send(request);
    });
  }

  return {
    prefetch(eventSource) {
      send({ type: 'prefetch', eventSource });
    },
    setData(data, source) {
      send({
        type: 'data',
        data,
        ...(source ? { eventSource: source.eventSource, reloadEvents: source.reloadEvents } : {}),
      });
    },
    async model(options, waitForEvents = false) {
      const reply = await ask({
        type: 'model',
        id: next++,
        options,
        ...(waitForEvents ? { waitForEvents } : {}),
      });
      if (reply.type !== 'model') throw new Error('unexpected reply');
      if (reply.timing) {
        const origin = performance.timeOrigin;
        performance.measure('promo-ledger:worker started', {
          start: 0,
          duration: Math.max(0, reply.timing.workerStart - origin),
        });
        if (reply.timing.readStart !== null && reply.timing.readEnd !== null) {
          performance.measure('promo-ledger:worker read events', {
            start: Math.max(0, reply.timing.readStart - origin),
            end: Math.max(0, reply.timing.readEnd - origin),
          });
        }
      }
      return { model: reply.model, ms: reply.ms, partial: reply.partial };
    },
    async whatIf(request) {
      const reply = await ask({ type: 'whatif', id: next++, request });
      if (reply.type !== 'whatif') throw new Error('unexpected reply');
      return reply.result;
    },
    async exportFile(format, filter, now) {
      const reply = await ask({ type: 'export', id: next++, format, filter, now: now.toISOString() });
      if (reply.type !== 'export') throw new Error('unexpected reply');
      return reply.output;
    },
    dispose() {
      for (const p of pending.values()) p.reject(new Error('closed'));
      pending.clear();
      dispose();
    },
  };
}

export interface ImportProgress {
  file: number;
  files: number;
  /** 0…1 over all files. */
  fraction: number;
}

export interface ImportJob {
  /**
   * The files read, checked and compared with the store; nothing is written yet. Rejects with
   * CancelledError when cancelled.
   */
  preview: Promise<ImportPreview>;
  /** Writes the previewed import in one transaction: all of it or, on any failure, nothing. */
  commit(choice: ImportChoice): Promise<CommitOutcome>;
  /**
   * Before `commit`: stops at once (the worker is terminated) and nothing is written; a preview
   * still coming rejects with CancelledError. Once `commit` is called the write runs to its end.
   */
  cancel(): void;
}

export class CancelledError extends Error {
  override readonly name = 'CancelledError';
}

let spare: Worker | null = null;

function newImportWorker(): Worker {
  return new ImportWorker({ name: 'promo-ledger-import' });
}

/** A started import worker, so that its start-up (a module and zod's schemas) is not on the import's path. */
function takeImportWorker(): Worker {
  const worker = spare ?? newImportWorker();
  spare = null;
  return worker;
}

/** Starts an import worker ahead of need (the import panel calls this when it shows). */
export function prewarmImportWorker(): void {
  if (canUseWorkers() && spare === null) spare = newImportWorker();
}

function measure(timings: readonly { name: string; ms: number }[] | undefined): void {
  for (const t of timings ?? [])
    performance.measure(`promo-ledger:import ${t.name}`, { start: 0, duration: Math.max(0, t.ms) });
}

type Progress = (file: number, files: number, progress: { done: number; total: number }) => void;

/**
 * Reads files, shows what importing them would do, and writes them when asked. Where the store's
 * database can be opened from a worker (dexie-store.ts importTargetOf), all three happen in one
 * import worker that keeps the rows from the parse to the write; otherwise the files are read in a
 * worker (or in place, without Workers) and compared and written by the page through the store.
 */
export function startImport(
  store: LedgerStore,
  sources: ImportSource[],
  onProgress: (p: ImportProgress) => void,
  /** Tests: the import worker to use (one that runs importHandler in place). */
  options: { worker?: () => Worker } = {},
): ImportJob {
  const report: Progress = (file, files, progress) => {
    const within = progress.total > 0 ? progress.done / progress.total : 1;
    onProgress({ file, files, fraction: (file + within) / files });
  };
  const target = importTargetOf(store);
  if (target && (options.worker || canUseWorkers()))
    return workerImport(store, target, sources, report, options.worker ?? takeImportWorker);

  let cancelled = false;
  let plan: ImportPlan | null = null;
  const reading = canUseWorkers() ? parseInWorker(sources, report) : parseInPlace(sources, report);
  const preview = reading.done.then(async (files) => {
    const timings: Timings = [];
    const planned = await planFiles(files, store, timings);
    measure(timings);
    if (cancelled) throw new CancelledError('cancelled');
    plan = planned;
    return previewOf(planned);
  });
  return {
    preview,
    async commit(choice) {
      if (!plan) throw new Error('the import is not ready to write');
      return commitPlan(plan, store, {
        settings: plan.settings ? choice.settings : null,
        replaceAll: choice.replaceAll,
      });
    },
    cancel() {
      if (cancelled) return;
      cancelled = true;
      reading.cancel();
    },
  };
}

/** The whole import in a worker over the store's database: only the preview crosses to the page. */
function workerImport(
  store: LedgerStore,
  target: ImportTarget,
  sources: ImportSource[],
  report: Progress,
  createWorker: () => Worker,
): ImportJob {
  const worker = createWorker();
  let current: { resolve: (reply: ImportReply) => void; reject: (err: Error) => void } | null = null;
  let stage: 'reading' | 'ready' | 'writing' | 'over' = 'reading';
  let preview: ImportPreview | null = null;
  const stop = () => {
    stage = 'over';
    worker.terminate();
  };
  worker.onmessage = (event: MessageEvent<ImportReply>) => {
    const reply = event.data;
    if (reply.type === 'progress') {
      report(reply.file, reply.files, reply.progress);
      return;
    }
    const waiting = current;
    current = null;
    if (reply.type === 'error') waiting?.reject(new Error(reply.message));
    else {
      measure(reply.timings);
      waiting?.resolve(reply);
    }
  };
  worker.onerror = (event) => {
    stop();
    current?.reject(new Error(event.message || 'the import worker failed'));
    current = null;
  };
  const ask = (request: ImportRequest) =>
    new Promise<ImportReply>((resolve, reject) => {
      current = { resolve, reject };
      worker.postMessage(request);
    });

  /** Set when the worker could not open the database and sent the rows: the page plans and writes. */
  let inPage: ImportPlan | null = null;
  const planned = ask({ type: 'parse', id: 1, sources, target })
    .then(async (reply) => {
      performance.mark('promo-ledger:import-received');
      if (reply.type === 'parsed') {
        worker.terminate();
        const timings: Timings = [];
        const plan = await planFiles(reply.files.map(fromWire), store, timings);
        measure(timings);
        // Cancelled while the page was comparing: nothing to keep.
        if (stage !== 'reading') throw new CancelledError('cancelled');
        inPage = plan;
        stage = 'ready';
        preview = previewOf(plan);
        return preview;
      }
      if (reply.type !== 'planned') throw new Error('unexpected reply from the import worker');
      stage = 'ready';
      preview = reply.preview;
      return reply.preview;
    })
    .catch((err: unknown) => {
      stop();
      throw err;
    });
  return {
    preview: planned,
    async commit(choice) {
      if (stage !== 'ready' || !preview) throw new Error('the import is not ready to write');
      stage = 'writing';
      if (inPage) {
        const plan: ImportPlan = inPage;
        try {
          return await commitPlan(plan, store, {
            settings: plan.settings ? choice.settings : null,
            replaceAll: choice.replaceAll,
          });
        } finally {
          stage = 'over';
        }
      }
      try {
        // Settings saved through the host go first, as commitImport does: if that fails, nothing is written.
        const settings = preview.settings ? choice.settings : null;
        const viaHost = settings !== null && target.settingsViaHost;
        if (viaHost) await store.saveSettings(settings);
        const reply = await ask({
          type: 'commit',
          id: 2,
          choice: { settings: viaHost ? null : settings, replaceAll: choice.replaceAll },
        });
        if (reply.type !== 'committed') throw new Error('unexpected reply from the import worker');
        return viaHost ? { ...reply.outcome, settings: true } : reply.outcome;
      } finally {
        stop();
      }
    },
    cancel() {
      // A write under way runs to its end (one transaction: all or nothing either way).
      if (stage === 'writing' || stage === 'over') return;
      stop();
      current?.reject(new CancelledError('cancelled'));
      current = null;
    },
  };
}

interface Reading {
  done: Promise<ParsedImport[]>;
  cancel(): void;
}

/** Reads and checks files in a worker of their own, so that cancelling is immediate; rows come back. */
function parseInWorker(sources: ImportSource[], report: Progress): Reading {
  const worker = takeImportWorker();
  let reject: (err: Error) => void = () => undefined;
  let cancelled = false;
  const done = new Promise<ParsedImport[]>((resolve, rej) => {
    reject = rej;
    worker.onmessage = (event: MessageEvent<ImportReply>) => {
      const reply = event.data;
      if (reply.type === 'progress') report(reply.file, reply.files, reply.progress);
      else {
        worker.terminate();
        if (reply.type === 'parsed') {
          performance.mark('promo-ledger:import-received');
          measure(reply.timings);
          const files = reply.files.map(fromWire);
          performance.mark('promo-ledger:import-decoded');
          resolve(files);
        } else if (reply.type === 'error') rej(new Error(reply.message));
        else rej(new Error('unexpected reply from the import worker'));
      }
    };
    worker.onerror = (event) => {
      worker.terminate();
      rej(new Error(event.message || 'the import worker failed'));
    };
  });
  worker.postMessage({ type: 'parse', id: 1, sources } satisfies ImportRequest);
  return {
    done,
    cancel() {
      if (cancelled) return;
      cancelled = true;
      worker.terminate();
      reject(new CancelledError('cancelled'));
    },
  };
}

/** The same reading, in place and asynchronously (no Worker: unit tests in Node). */
function parseInPlace(sources: ImportSource[], report: Progress): Reading {
  let cancelled = false;
  let reject: (err: Error) => void = () => undefined;
  const done = new Promise<ParsedImport[]>((resolve, rej) => {
    reject = rej;
    setTimeout(() => {
      if (cancelled) return;
      readSources(sources, (file, progress) => report(file, sources.length, progress), [])
        .then((files) => {
          if (!cancelled) resolve(files);
        })
        .catch(rej);
    }, 0);
  });
  return {
    done,
    cancel() {
      cancelled = true;
      reject(new CancelledError('cancelled'));
    },
  };
}
