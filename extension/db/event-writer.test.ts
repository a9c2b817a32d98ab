import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { makeEvents } from '../../test/support/events';
import { LedgerDb } from './db';
import { createEventWriter } from './event-writer';
import { StorageError } from './storage-errors';

let n = 0;
const open: LedgerDb[] = [];
function freshDb(): LedgerDb {
  const db = new LedgerDb(`writer-test-${++n}`);
  open.push(db);
  return db;
}
afterEach(() => {
  vi.restoreAllMocks();
  for (const db of open.splice(0)) db.close();
});

describe('event writer', () => {
  it('writes the same ids twice as one row each (idempotent)', async () => {
    const db = freshDb();
    const writer = createEventWriter(db);
    const events = makeEvents(20);
    await writer.write(events);
    await writer.write(events);
    await Promise.all([writer.write(events.slice(0, 10)), writer.write(events.slice(5))]);
    expect(await db.events.count()).toBe(20);
  });

  it('coalesces concurrent messages into one transaction and acks each its own ids', async () => {
    const db = freshDb();
    await db.open();
    const spy = vi.spyOn(db, 'transaction');
    const writer = createEventWriter(db);
    const batches = Array.from({ length: 10 }, (_, i) => makeEvents(50, `m${i}`));
    const acks = await Promise.all(batches.map((b) => writer.write(b)));
    expect(spy).toHaveBeenCalledTimes(1);
    for (const [i, ids] of acks.entries()) expect(ids).toEqual(batches[i]?.map((e) => e.id));
    expect(await db.events.count()).toBe(500);
  });

  it('splits very large bursts into several transactions of bulkPut chunks', async () => {
    const db = freshDb();
    await db.open();
    const tx = vi.spyOn(db, 'transaction');
    const put = vi.spyOn(db.events, 'bulkPut');
    const writer = createEventWriter(db, { chunkSize: 300, maxPerTransaction: 1_000 });
    const batches = Array.from({ length: 5 }, (_, i) => makeEvents(500, `b${i}`));
    await Promise.all(batches.map((b) => writer.write(b)));
    expect(await db.events.count()).toBe(2_500);
    expect(tx).toHaveBeenCalledTimes(3); // 1,000 + 1,000 + 500
    expect(put.mock.calls.every(([rows]) => (rows as unknown[]).length <= 300)).toBe(true);
  });

  it('acknowledges only after commit: another connection already sees the rows', async () => {
    const db = freshDb();
    const writer = createEventWriter(db);
    const events = makeEvents(30);
    const acked = await writer.write(events);
    const other = new LedgerDb(db.name);
    open.push(other);
    expect(acked).toHaveLength(30);
    expect(await other.events.bulkGet(acked)).toHaveLength(30);
    expect((await other.events.bulkGet(acked)).every(Boolean)).toBe(true);
  });

  it('acks nothing and writes nothing when the transaction fails half-way', async () => {
    const db = freshDb();
    await db.open();
    const writer = createEventWriter(db, { chunkSize: 2 });
    const real = db.events.bulkPut.bind(db.events);
    let calls = 0;
    vi.spyOn(db.events, 'bulkPut').mockImplementation(((rows: never) => {
      calls++;
      if (calls === 2) throw new Error('disk went away');
      return real(rows);
    }) as never);
    await expect(writer.write(makeEvents(5))).rejects.toBeInstanceOf(StorageError);
    vi.restoreAllMocks();
    expect(await db.events.count()).toBe(0);
    // The next write goes through.
    await writer.write(makeEvents(5));
    expect(await db.events.count()).toBe(5);
  });

  it('says the disk is full, writes nothing, and resumes once there is room (R3)', async () => {
    const db = freshDb();
    await db.open();
    const writer = createEventWriter(db);
    vi.spyOn(db.events, 'bulkPut').mockRejectedValueOnce(
      new DOMException('The quota has been exceeded.', 'QuotaExceededError'),
    );
    const failure = await writer.write(makeEvents(3)).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(StorageError);
    expect((failure as StorageError).problem).toBe('quota');
    expect(await db.events.count()).toBe(0);
    expect(await writer.write(makeEvents(3))).toHaveLength(3);
  });

  it('reopens a database that was closed under it', async () => {
    const db = freshDb();
    const writer = createEventWriter(db);
    await writer.write(makeEvents(2, 'before'));
    db.close();
    expect(await writer.write(makeEvents(2, 'after'))).toHaveLength(2);
    expect(await db.events.count()).toBe(4);
  });

  it('keeps working after the database is deleted mid-session', async () => {
    const db = freshDb();
    const writer = createEventWriter(db);
    await writer.write(makeEvents(2, 'before'));
    await new Promise<void>((resolve, reject) => {
      const req = indexedDB.deleteDatabase(db.name);
      req.onsuccess = () => resolve();
      req.onerror = () => reject(req.error);
    });
    expect(await writer.write(makeEvents(3, 'after'))).toHaveLength(3);
    expect((await db.events.toArray()).map((e) => e.id).sort()).toEqual(['after-0', 'after-1', 'after-2']);
  });
});
