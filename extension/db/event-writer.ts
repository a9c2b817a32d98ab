import type { PromotionEvent } from '../../shared/schemas/event';
import type { LedgerDb } from './db';
import { withReopen } from './storage-errors';

// Writes promotion events in batches (quality.md P5). `log` messages that arrive within a few
// milliseconds of each other, or while a transaction is running, share one transaction; rows go in
// with bulkPut in chunks of ~1,000 (what Dexie's maintainers advise, Dexie.js issue #1083). Each
// caller's promise resolves only after the transaction holding its events has committed, so an ack
// means the events are on disk; bulkPut by id makes a re-sent event overwrite itself, never add a row.

export interface EventWriterOptions {
  /** How long the first message of a batch waits for others. */
  coalesceMs?: number;
  /** Rows per bulkPut call. */
  chunkSize?: number;
  /** Events per transaction; more wait for the next one. */
  maxPerTransaction?: number;
}

export interface EventWriter {
  /** Resolves with the ids of `events` once they are committed; rejects with a StorageError. */
  write(events: readonly PromotionEvent[]): Promise<string[]>;
}

interface Waiter {
  events: readonly PromotionEvent[];
  resolve: (ids: string[]) => void;
  reject: (err: unknown) => void;
}

export function createEventWriter(db: LedgerDb, options: EventWriterOptions = {}): EventWriter {
  const coalesceMs = options.coalesceMs ?? 4;
  const chunkSize = options.chunkSize ?? 1_000;
  const maxPerTransaction = options.maxPerTransaction ?? 5_000;
  const queue: Waiter[] = [];
  let timerArmed = false;
  let writing = false;

  const takeBatch = (): Waiter[] => {
    const batch: Waiter[] = [];
    let rows = 0;
    // At least one waiter per batch, however large its own list.
    while (
      queue.length > 0 &&
      (batch.length === 0 || rows + (queue[0]?.events.length ?? 0) <= maxPerTransaction)
    ) {
      const next = queue.shift() as Waiter;
      rows += next.events.length;
      batch.push(next);
    }
    return batch;
  };

  const commit = async (batch: Waiter[]) => {
    const rows = batch.flatMap((w) => w.events);
    await withReopen(db, () =>
      db.transaction('rw', db.events, async () => {
        for (let i = 0; i < rows.length; i += chunkSize) {
          await db.events.bulkPut(rows.slice(i, i + chunkSize));
        }
      }),
    );
  };

  const drain = async () => {
    writing = true;
    try {
      while (queue.length > 0) {
        const batch = takeBatch();
        try {
          await commit(batch);
          for (const w of batch) w.resolve(w.events.map((e) => e.id));
        } catch (err) {
          // The transaction rolled back as a whole: nobody's events are half-written.
          for (const w of batch) w.reject(err);
        }
      }
    } finally {
      writing = false;
    }
  };

  return {
    write(events) {
      if (events.length === 0) return Promise.resolve([]);
      return new Promise<string[]>((resolve, reject) => {
        queue.push({ events, resolve, reject });
        // While a transaction runs, newcomers wait for it and then go together.
        if (writing || timerArmed) return;
        timerArmed = true;
        setTimeout(() => {
          timerArmed = false;
          void drain();
        }, coalesceMs);
      });
    },
  };
}
