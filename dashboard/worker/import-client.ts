import { type ImportTarget, importTargetOf } from '../../extension/db/dexie-store';
import type { CommitOutcome, LedgerStore } from '../../extension/db/store';
import type { ParsedImport } from '../import/parse-file';
import { type ImportPlan, type ImportPreview, previewOf } from '../import/preview';
import { canUseWorkers } from './client';
// A Vite worker import, for the reason client.ts gives.
import ImportWorker from './import.worker.ts?worker';
import { commitPlan, fromWire, planFiles, readSources, type Timings } from './import-core';
import type { ImportChoice, ImportReply, ImportRequest, ImportSource } from './protocol';

// The page's side of an import: the files read and checked in the import worker (quality.md P8, R7),
// compared with the store and written only when the user confirms; in place where no Worker exists.

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
        programsFrom: plan.settings ? choice.programsFrom : null,
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
            programsFrom: plan.settings ? choice.programsFrom : null,
            replaceAll: choice.replaceAll,
          });
        } finally {
          stage = 'over';
        }
      }
      try {
        // The file's programs travel with the rows: the worker writes both in one transaction.
        const reply = await ask({
          type: 'commit',
          id: 2,
          choice: {
            programsFrom: preview.settings ? choice.programsFrom : null,
            replaceAll: choice.replaceAll,
          },
        });
        if (reply.type !== 'committed') throw new Error('unexpected reply from the import worker');
        return reply.outcome;
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
