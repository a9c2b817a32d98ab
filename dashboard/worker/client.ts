import type { LedgerFilter, WorkerEventSource } from '../../extension/db/store';
import type { ExportFormat, ExportOutput } from '../data/export';
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
import type { ComputeReply, ComputeRequest } from './protocol';

// The page's side of the compute worker (import-client.ts has the import's). Projection over a team's merged log
// runs off the UI thread (quality.md P6); where no Worker exists (unit tests in Node) the same code
// runs in place, asynchronously, so that callers cannot tell.

export function canUseWorkers(): boolean {
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
  ): Promise<{ model: DashboardModel; ms: number; partial: boolean; unreadableEvents: number }>;
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
      return {
        model: reply.model,
        ms: reply.ms,
        partial: reply.partial,
        unreadableEvents: reply.unreadableEvents,
      };
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
