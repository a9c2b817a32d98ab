import type { EventsRead } from '../../extension/db/event-storage';
import { readEventSource } from '../../extension/db/worker-events';
import { exportData } from '../data/export';
import { dashboardModel, ModelCache, type ModelData, whatIfModel } from '../model/dashboard-model';
import type { ComputeReply, ComputeRequest, WorkerTiming } from './protocol';

/**
 * The compute worker's logic, also run on the page itself where no Worker exists (unit tests).
 *
 * Requests are answered in the order they came. While the worker is still reading the promotion
 * log from IndexedDB (the first load of a large log), a model asked for without `waitForEvents` is
 * answered at once from the results alone and marked `partial`: the Overview's figures come from
 * results, so the page can paint them (quality.md P7) and ask again, with `waitForEvents`, for the
 * promotions. Exports and what-ifs always wait for the events.
 */
export function computeHandler(post: (reply: ComputeReply) => void): (request: ComputeRequest) => void {
  let data: ModelData | null = null;
  let queue: Promise<void> = Promise.resolve();
  let failure: string | null = null;
  /** Event indexes for the current data (dropped with it). */
  let cache = new ModelCache();
  let prefetched: Promise<EventsRead> | null = null;
  /** Stored rows of the last read that were not events any more (said on the page). */
  let unreadable = 0;
  /** The read of the events in progress, if any: data.events are the previous ones until it ends. */
  let reading: Promise<void> | null = null;
  const timing: WorkerTiming = { workerStart: performance.timeOrigin, readStart: null, readEnd: null };

  const timed = (read: Promise<EventsRead>) => {
    timing.readStart = performance.timeOrigin + performance.now();
    return read.finally(() => {
      timing.readEnd = performance.timeOrigin + performance.now();
    });
  };

  const answer = (
    request: Exclude<ComputeRequest, { type: 'data' | 'prefetch' }>,
    partial: boolean,
  ): ComputeReply => {
    if (failure) return { type: 'error', id: request.id, message: failure };
    if (!data) return { type: 'error', id: request.id, message: 'no data yet' };
    try {
      switch (request.type) {
        case 'model': {
          const t0 = performance.now();
          const model = dashboardModel(data, request.options, cache);
          return {
            type: 'model',
            id: request.id,
            model,
            partial,
            unreadableEvents: unreadable,
            ms: performance.now() - t0,
            timing: { ...timing },
          };
        }
        case 'whatif':
          return { type: 'whatif', id: request.id, result: whatIfModel(data, request.request, cache) };
        case 'export':
          return {
            type: 'export',
            id: request.id,
            output: exportData(data, request.format, request.filter, new Date(request.now)),
          };
      }
    } catch (err) {
      return { type: 'error', id: request.id, message: err instanceof Error ? err.message : String(err) };
    }
  };

  return (request) => {
    if (request.type === 'prefetch') {
      // Not queued: it runs while the page is still reading its part.
      prefetched = timed(readEventSource(request.eventSource));
      prefetched.catch(() => undefined);
      return;
    }
    queue = queue.then(async () => {
      if (request.type === 'data') {
        const { settings, results } = request.data;
        const given = request.data.events;
        const source = request.eventSource;
        if (given || !source || !(request.reloadEvents || data === null)) {
          if (given) unreadable = 0;
          data = { settings, results, events: given ?? data?.events ?? [] };
          cache = new ModelCache();
          return;
        }
        // The prefetch serves the first data only: later reads must see later writes.
        const early = data === null ? prefetched : null;
        prefetched = null;
        // Read the events without holding up the queue; until they are in, models are partial.
        data = { settings, results, events: data?.events ?? [] };
        cache = new ModelCache();
        const read = (early ?? timed(readEventSource(source))).then(
          (read) => {
            if (reading !== current) return;
            data = { ...(data as ModelData), events: read.events };
            unreadable = read.unreadable;
            cache = new ModelCache();
            failure = null;
          },
          (err: unknown) => {
            failure = `the promotion log could not be read: ${err instanceof Error ? err.message : String(err)}`;
          },
        );
        const current = read.finally(() => {
          if (reading === current) reading = null;
        });
        reading = current;
        return;
      }
      const waits = request.type !== 'model' || request.waitForEvents === true;
      if (reading && waits) await reading;
      post(answer(request, reading !== null));
    });
  };
}
