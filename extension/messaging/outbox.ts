import type { PromotionEvent } from '../../shared/schemas/event';
import { MAX_BATCH } from './limits';

// The content-script side of logging. A content script never opens IndexedDB (it would be the
// site's); it hands events to this outbox, which sends them to the background in batches and
// forgets an event only once the background acknowledged it, i.e. after the transaction holding it
// committed. A send that fails — most often because Chrome stopped the service worker while it was
// answering — is retried with backoff; since the background writes by event id, an event that was
// written but whose ack got lost is simply written again, never doubled.
//
// No zod and no Dexie here: this ships in every site's content script (quality.md P1).

export interface OutboxOptions {
  /** Sends one batch; resolves with the ids the background committed, rejects when it could not. */
  send: (events: PromotionEvent[]) => Promise<{ acked: readonly string[] }>;
  /** Runs `task` after `ms`; a content script passes `ctx.setTimeout` so timers die with it. */
  schedule: (task: () => void, ms: number) => void;
  /** Events per message (≤ protocol MAX_BATCH). */
  maxBatch?: number;
  /** How long a new event waits for others before a batch goes. */
  flushDelayMs?: number;
  /** First retry delay; doubles per consecutive failure up to `maxRetryDelayMs`. */
  retryDelayMs?: number;
  maxRetryDelayMs?: number;
  /** Told about each failed send (e.g. to show "not saved yet"); the events stay queued. */
  onError?: (error: unknown) => void;
}

export interface Outbox {
  /** Queues an event; an id already queued is ignored. */
  add(event: PromotionEvent): void;
  /** Events not yet acknowledged (including those on their way). */
  readonly pending: number;
  /** Sends now, skipping any wait, and resolves when that attempt is over (whatever its outcome). */
  flush(): Promise<void>;
  /**
   * Called with the pending count whenever it changes (the widgets say when promotions are not
   * saved yet, run-site.ts); returns the unsubscribe function.
   */
  subscribe(listener: (pending: number) => void): () => void;
}

export function createOutbox(options: OutboxOptions): Outbox {
  const maxBatch = Math.max(1, Math.min(options.maxBatch ?? MAX_BATCH, MAX_BATCH));
  const flushDelayMs = options.flushDelayMs ?? 10;
  const retryDelayMs = options.retryDelayMs ?? 250;
  const maxRetryDelayMs = options.maxRetryDelayMs ?? 10_000;

  /** Unacknowledged events by id, oldest first; the ones in flight stay here until acked. */
  const queue = new Map<string, PromotionEvent>();
  const listeners = new Set<(pending: number) => void>();
  /** The send under way, if any: one at a time, so a batch never overtakes its own retry. */
  let inFlight: Promise<void> | null = null;
  let timerArmed = false;
  let failures = 0;
  /**
   * How many events the next batch may hold. Halved after a failure, so that one event the
   * background keeps refusing cannot hold back the good ones sent with it; doubled back on success.
   */
  let batchLimit = maxBatch;

  const changed = () => {
    for (const listener of listeners) listener(queue.size);
  };

  const arm = (ms: number) => {
    if (timerArmed) return;
    timerArmed = true;
    options.schedule(() => {
      timerArmed = false;
      pump();
    }, ms);
  };

  const succeeded = (batch: PromotionEvent[], acked: readonly string[]) => {
    const sent = new Set(batch.map((e) => e.id));
    for (const id of acked) if (sent.has(id)) queue.delete(id);
    if (batch.some((e) => queue.has(e.id))) {
      // The background answered but did not take everything: treat the rest as a failure.
      failed(batch, new Error('the background did not acknowledge every event'));
      return;
    }
    failures = 0;
    batchLimit = Math.min(maxBatch, batchLimit * 2);
  };

  function failed(batch: PromotionEvent[], error: unknown) {
    failures++;
    batchLimit = Math.max(1, Math.ceil(batch.length / 2));
    // To the back of the queue, so that events never tried go first next time.
    for (const e of batch) {
      if (!queue.has(e.id)) continue;
      queue.delete(e.id);
      queue.set(e.id, e);
    }
    options.onError?.(error);
  }

  function pump(): void {
    if (inFlight || queue.size === 0) return;
    const batch: PromotionEvent[] = [];
    for (const event of queue.values()) {
      batch.push(event);
      if (batch.length >= batchLimit) break;
    }
    inFlight = (async () => {
      try {
        const reply = await options.send(batch);
        succeeded(batch, Array.isArray(reply?.acked) ? reply.acked : []);
      } catch (error) {
        failed(batch, error);
      } finally {
        inFlight = null;
        changed();
      }
      if (queue.size === 0) return;
      if (failures === 0) pump();
      else arm(Math.min(maxRetryDelayMs, retryDelayMs * 2 ** (failures - 1)));
    })();
  }

  return {
    add(event) {
      if (queue.has(event.id)) return;
      queue.set(event.id, event);
      changed();
      // While backing off, the retry timer sends new events along with the old ones.
      if (inFlight || failures > 0) return;
      arm(queue.size >= batchLimit ? 0 : flushDelayMs);
    },
    get pending() {
      return queue.size;
    },
    async flush() {
      if (inFlight) await inFlight;
      pump();
      if (inFlight) await inFlight;
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
