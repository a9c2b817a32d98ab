import type { ExportFormat, ExportOutput } from '../data/export';
import type { LedgerFilter, WorkerEventSource } from '../data/store';
import type { ParsedImport } from '../import/parse-file';
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
import { fromWire, parseSources } from './import-core';
import type { ComputeReply, ComputeRequest, ImportReply, ImportSource } from './protocol';

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
  done: Promise<ParsedImport[]>;
  /** Stops reading at once (the worker is terminated); `done` rejects with CancelledError. */
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

/** Reads and checks files in a worker of their own, so that cancelling is immediate. */
export function startImport(sources: ImportSource[], onProgress: (p: ImportProgress) => void): ImportJob {
  let cancelled = false;
  let reject: (err: Error) => void = () => undefined;
  const report = (reply: ImportReply) => {
    if (reply.type !== 'progress') return;
    const within = reply.progress.total > 0 ? reply.progress.done / reply.progress.total : 1;
    onProgress({ file: reply.file, files: reply.files, fraction: (reply.file + within) / reply.files });
  };

  if (!canUseWorkers()) {
    const done = new Promise<ParsedImport[]>((resolve, rej) => {
      reject = rej;
      setTimeout(() => {
        if (cancelled) return;
        parseSources({ type: 'parse', id: 1, sources }, (reply) => {
          if (cancelled) return;
          if (reply.type === 'parsed') resolve(reply.files.map(fromWire));
          else if (reply.type === 'error') rej(new Error(reply.message));
          else report(reply);
        }).catch(rej);
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

  const worker = takeImportWorker();
  const done = new Promise<ParsedImport[]>((resolve, rej) => {
    reject = rej;
    worker.onmessage = (event: MessageEvent<ImportReply>) => {
      const reply = event.data;
      if (reply.type === 'progress') report(reply);
      else {
        worker.terminate();
        if (reply.type === 'parsed') {
          performance.mark('promo-ledger:import-received');
          for (const t of reply.timings ?? [])
            performance.measure(`promo-ledger:import ${t.name}`, { start: 0, duration: t.ms });
          const files = reply.files.map(fromWire);
          performance.mark('promo-ledger:import-decoded');
          resolve(files);
        } else rej(new Error(reply.message));
      }
    };
    worker.onerror = (event) => {
      worker.terminate();
      rej(new Error(event.message || 'the import worker failed'));
    };
  });
  worker.postMessage({ type: 'parse', id: 1, sources });
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
