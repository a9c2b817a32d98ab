import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { PromotionEvent } from '../../shared/schemas/event';
import { makeEvents } from '../../test/support/events';
import { MAX_BATCH } from './limits';
import { createOutbox, type OutboxOptions } from './outbox';

// The content-script half of R1: a background that fails, loses acks or refuses events; the
// outbox must end with every event stored exactly once and nothing pending.

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

const schedule: OutboxOptions['schedule'] = (task, ms) => {
  setTimeout(task, ms);
};

/** A background store keyed by id (like bulkPut), with a record of every send. */
function fakeBackground() {
  const stored = new Map<string, PromotionEvent>();
  const sends: string[][] = [];
  const commit = (events: PromotionEvent[]) => {
    for (const e of events) stored.set(e.id, e);
    return { acked: events.map((e) => e.id) };
  };
  return { stored, sends, commit };
}

describe('outbox', () => {
  it('batches events added together into one message', async () => {
    const bg = fakeBackground();
    const send = vi.fn(async (events: PromotionEvent[]) => bg.commit(events));
    const outbox = createOutbox({ send, schedule });
    for (const e of makeEvents(30)) outbox.add(e);
    expect(outbox.pending).toBe(30);
    await vi.runAllTimersAsync();
    expect(send).toHaveBeenCalledOnce();
    expect(outbox.pending).toBe(0);
    expect(bg.stored.size).toBe(30);
  });

  it('never sends more than MAX_BATCH events at once', async () => {
    const bg = fakeBackground();
    const send = vi.fn(async (events: PromotionEvent[]) => bg.commit(events));
    const outbox = createOutbox({ send, schedule });
    for (const e of makeEvents(MAX_BATCH * 2 + 7)) outbox.add(e);
    await vi.runAllTimersAsync();
    expect(send.mock.calls.map(([events]) => events.length)).toEqual([MAX_BATCH, MAX_BATCH, 7]);
  });

  it('ignores an event id it already holds', async () => {
    const bg = fakeBackground();
    const outbox = createOutbox({ send: async (e) => bg.commit(e), schedule });
    const [event] = makeEvents(1) as [PromotionEvent];
    outbox.add(event);
    outbox.add({ ...event });
    expect(outbox.pending).toBe(1);
    await vi.runAllTimersAsync();
    expect(bg.stored.size).toBe(1);
  });

  it('keeps events while the background is down and sends them when it is back, with backoff', async () => {
    const bg = fakeBackground();
    let down = true;
    const attempts: number[] = [];
    const onError = vi.fn();
    const outbox = createOutbox({
      send: async (events) => {
        attempts.push(Date.now());
        if (down) throw new Error('Could not establish connection. Receiving end does not exist.');
        return bg.commit(events);
      },
      schedule,
      onError,
    });
    for (const e of makeEvents(10)) outbox.add(e);
    await vi.advanceTimersByTimeAsync(2_000);
    expect(outbox.pending).toBe(10);
    expect(onError).toHaveBeenCalled();
    const gaps = attempts.slice(1).map((t, i) => t - (attempts[i] as number));
    expect(gaps.every((g, i) => i === 0 || g >= (gaps[i - 1] as number))).toBe(true); // growing waits
    down = false;
    await vi.runAllTimersAsync();
    expect(outbox.pending).toBe(0);
    expect(bg.stored.size).toBe(10);
  });

  it('loses nothing and doubles nothing with a flaky background (failures before and after writing)', async () => {
    const bg = fakeBackground();
    let seed = 7;
    const random = () => {
      seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    /** Ids whose ack reached the outbox: it must never send them again. */
    const delivered = new Set<string>();
    const resentAfterAck: string[] = [];
    const outbox = createOutbox({
      send: async (events) => {
        const ids = events.map((e) => e.id);
        bg.sends.push(ids);
        resentAfterAck.push(...ids.filter((id) => delivered.has(id)));
        const roll = random();
        if (roll < 0.3) throw new Error('the message port closed before a response was received');
        const reply = bg.commit(events);
        // Written, but the service worker stopped before the ack got out.
        if (roll < 0.5) throw new Error('the message port closed before a response was received');
        for (const id of ids) delivered.add(id);
        return reply;
      },
      schedule,
      retryDelayMs: 5,
      maxRetryDelayMs: 50,
    });
    const events = makeEvents(1_000);
    const idle = new Promise<void>((resolve) => {
      const stop = outbox.subscribe((n) => {
        if (n === 0) {
          stop();
          resolve();
        }
      });
    });
    for (let i = 0; i < events.length; i++) {
      outbox.add(events[i] as PromotionEvent);
      if (i % 37 === 0) await vi.advanceTimersByTimeAsync(3);
    }
    await vi.runAllTimersAsync();
    await idle;
    expect(outbox.pending).toBe(0);
    expect(bg.stored.size).toBe(1_000);
    // An acknowledged event is never sent again, and no batch holds an id twice.
    expect(resentAfterAck).toEqual([]);
    for (const ids of bg.sends) expect(new Set(ids).size).toBe(ids.length);
    // The flakiness really happened: some events went more than once.
    expect(bg.sends.flat().length).toBeGreaterThan(1_000);
  });

  it('does not let one refused event hold back the others', async () => {
    const bg = fakeBackground();
    const events = makeEvents(20);
    const poison = events[3]?.id;
    const outbox = createOutbox({
      send: async (batch) => {
        if (batch.some((e) => e.id === poison)) throw new Error('refused: a malformed request');
        return bg.commit(batch);
      },
      schedule,
      retryDelayMs: 10,
      maxRetryDelayMs: 100,
    });
    for (const e of events) outbox.add(e);
    await vi.advanceTimersByTimeAsync(5_000);
    expect(bg.stored.size).toBe(19);
    // The refused one is kept (never dropped without an ack) and still retried.
    expect(outbox.pending).toBe(1);
  });

  it('treats a partial ack as a failure for the rest', async () => {
    const bg = fakeBackground();
    let first = true;
    const outbox = createOutbox({
      send: async (batch) => {
        if (first) {
          first = false;
          bg.commit(batch.slice(0, 2));
          return { acked: batch.slice(0, 2).map((e) => e.id) };
        }
        return bg.commit(batch);
      },
      schedule,
    });
    for (const e of makeEvents(5)) outbox.add(e);
    await vi.runAllTimersAsync();
    expect(outbox.pending).toBe(0);
    expect(bg.stored.size).toBe(5);
  });

  it('flush() sends at once and reports the pending count to subscribers', async () => {
    const bg = fakeBackground();
    const outbox = createOutbox({ send: async (e) => bg.commit(e), schedule, flushDelayMs: 10_000 });
    const counts: number[] = [];
    outbox.subscribe((n) => counts.push(n));
    for (const e of makeEvents(3)) outbox.add(e);
    await outbox.flush();
    expect(bg.stored.size).toBe(3);
    expect(counts).toEqual([1, 2, 3, 0]);
  });
});
