import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { exportEventsCsv } from '../../shared/io/events-csv';
import { buildExportFile, serializeExport } from '../../shared/io/export-json';
import { exportResultsCsv } from '../../shared/io/results-csv';
import type { PromotionEvent } from '../../shared/schemas/event';
import type { ResultEntry } from '../../shared/schemas/result';
import { defaultSettings, type Settings } from '../../shared/schemas/settings';
import { importTargetOf } from '../data/dexie-store';
import { rowLayoutStore } from '../data/row-store';
import { openStandaloneStore } from '../data/standalone-store';
import type { LedgerStore } from '../data/store';
import { CancelledError, startImport } from './import-client';
import { importHandler } from './import-core';
import type { ImportReply, ImportRequest } from './protocol';

// The import, as the page drives it: read in a worker that also compares the files with the store
// and, on confirmation, writes them in one transaction through its own connection to the database
// (dexie-store.ts openImportTarget). The worker here is importHandler run in place behind a fake
// Worker that copies every message as postMessage would.

let n = 0;
const opened: LedgerStore[] = [];
afterEach(() => {
  for (const s of opened.splice(0)) s.close?.();
});

function standalone(): LedgerStore {
  const store = openStandaloneStore(`import-core-${++n}`);
  opened.push(store);
  return store;
}

/** A database laid out like the extension's, whose settings go through a host (the background). */
function extensionLike(saved: Settings[]): LedgerStore {
  const db = new Dexie(`import-ext-${++n}`) as never as Parameters<typeof rowLayoutStore>[0];
  db.version(1).stores({ events: 'id, time, platform', results: 'id, program, day', settings: 'id' });
  const store = rowLayoutStore(db, {
    saveSettings: async (s) => {
      saved.push(s);
    },
  });
  opened.push(store);
  return store;
}

function event(i: number, member?: string): PromotionEvent {
  return {
    id: `e${i}`,
    time: new Date(Date.UTC(2025, 4, 12, 18) + i * 60_000).toISOString(),
    platform: 'tiktok',
    surface: 'comment',
    action: 'posted',
    linkId: 'link-1',
    pageUrl: 'https://www.tiktok.com/@maya',
    ...(member ? { member } : {}),
  };
}

function result(day: string, count: number): ResultEntry {
  return { day, program: 'instagram-referrals-2025', metric: 'signups', count, source: 'import' };
}

/** A Worker whose other side is importHandler, in this thread; messages are cloned both ways. */
class InPlaceWorker {
  onmessage: ((event: MessageEvent<ImportReply>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  terminated = false;
  readonly requests: ImportRequest['type'][] = [];
  private readonly handle = importHandler((reply) => {
    if (!this.terminated) this.onmessage?.({ data: structuredClone(reply) } as MessageEvent<ImportReply>);
  });
  postMessage(request: ImportRequest): void {
    this.requests.push(request.type);
    // A File does not clone under Node's structuredClone the way it does in a browser: sources here are text.
    setTimeout(() => void this.handle(structuredClone(request)), 0);
  }
  terminate(): void {
    this.terminated = true;
  }
}

function inPlace(workers: InPlaceWorker[]): () => Worker {
  return () => {
    const w = new InPlaceWorker();
    workers.push(w);
    return w as unknown as Worker;
  };
}

describe('the import target of a store', () => {
  it('describes the standalone database: chunks, meta, settings in the transaction', () => {
    const store = standalone();
    expect(importTargetOf(store)).toMatchObject({
      host: 'standalone',
      events: { table: 'eventChunks', layout: 'chunks' },
      results: 'results',
      settings: 'settings',
      meta: 'meta',
      settingsViaHost: false,
    });
  });

  it('describes the extension’s layout: rows, no meta, settings through the host', () => {
    expect(importTargetOf(extensionLike([]))).toMatchObject({
      host: 'extension',
      events: { table: 'events', layout: 'rows' },
      meta: null,
      settingsViaHost: true,
    });
  });

  it('is absent for a store the import worker could not open', () => {
    const store = { ...standalone() };
    expect(importTargetOf(store)).toBeUndefined();
  });
});

describe('an import through the worker', () => {
  it.each([
    ['standalone', standalone],
    ['extension', () => extensionLike([])],
  ])('previews without writing, then writes on confirmation (%s)', async (_host, make) => {
    const store = make();
    await store.commitImport({ events: [event(1)], results: [result('2025-05-12', 2)] });
    const workers: InPlaceWorker[] = [];
    const events = [event(1), event(2, 'ana'), event(3)];
    const results = [result('2025-05-12', 2), result('2025-05-13', 5)];
    const progress: number[] = [];
    const job = startImport(
      store,
      [
        { name: 'log.csv', text: exportEventsCsv(events) },
        { name: 'results.csv', text: exportResultsCsv(results) },
      ],
      (p) => progress.push(p.fraction),
      { worker: inPlace(workers) },
    );
    const preview = await job.preview;
    expect(preview.rows).toEqual({ events: 2, results: 1 });
    expect(preview.totals).toEqual({ added: 3, duplicate: 2, replaced: 0, rejected: 0 });
    expect(preview.files.map((f) => f.kind)).toEqual(['events-csv', 'results-csv']);
    expect('batch' in preview).toBe(false);
    expect(progress.at(-1)).toBe(1);
    // Nothing is written before the confirmation.
    expect(await store.counts()).toEqual({ events: 1, results: 1 });

    const outcome = await job.commit({ settings: null, replaceAll: false });
    expect(outcome).toEqual({ events: 2, results: 1, settings: false });
    expect((await store.readEvents()).map((e) => e.id).sort()).toEqual(['e1', 'e2', 'e3']);
    expect((await store.readEvents({ member: 'ana' })).map((e) => e.id)).toEqual(['e2']);
    expect(await store.readResults()).toHaveLength(2);
    expect(workers.map((w) => w.requests)).toEqual([['parse', 'commit']]);
    expect(workers[0]?.terminated).toBe(true);
  });

  it('writes nothing when cancelled, even once the preview is there', async () => {
    const store = standalone();
    await store.counts(); // the page's store has opened (created) its database, as the app's has
    const workers: InPlaceWorker[] = [];
    const reading = startImport(store, [{ name: 'log.csv', text: exportEventsCsv([event(1)]) }], () => {}, {
      worker: inPlace(workers),
    });
    reading.cancel();
    await expect(reading.preview).rejects.toBeInstanceOf(CancelledError);

    const previewed = startImport(store, [{ name: 'log.csv', text: exportEventsCsv([event(2)]) }], () => {}, {
      worker: inPlace(workers),
    });
    expect((await previewed.preview).rows.events).toBe(1);
    previewed.cancel();
    await expect(previewed.commit({ settings: null, replaceAll: false })).rejects.toThrow(/not ready/);
    expect(await store.counts()).toEqual({ events: 0, results: 0 });
    expect(workers.every((w) => w.terminated)).toBe(true);
  });

  it('replaces the demo and applies a file’s settings in the same transaction (standalone)', async () => {
    const store = standalone();
    await store.loadDemo?.({
      events: [event(9)],
      results: [result('2025-05-01', 1)],
      settings: defaultSettings(),
      asOf: '2025-05-20',
    });
    const settings: Settings = { ...defaultSettings(), member: 'lead' };
    const file = serializeExport(
      buildExportFile({ events: [event(1)], results: [], settings, exportedAt: '2025-06-08T20:00:00Z' }),
    );
    const job = startImport(store, [{ name: 'team.json', text: file }], () => {}, { worker: inPlace([]) });
    expect((await job.preview).settings).toEqual(settings);
    expect(await job.commit({ settings, replaceAll: true })).toEqual({
      events: 1,
      results: 0,
      settings: true,
    });
    expect((await store.readEvents()).map((e) => e.id)).toEqual(['e1']);
    expect(await store.readResults()).toEqual([]);
    expect((await store.readSettings()).member).toBe('lead');
    expect(await store.readMeta()).toMatchObject({ demo: false, demoAsOf: null });
  });

  it('saves settings through the host first where the host keeps them (extension)', async () => {
    const saved: Settings[] = [];
    const store = extensionLike(saved);
    await store.counts();
    const workers: InPlaceWorker[] = [];
    const settings: Settings = { ...defaultSettings(), member: 'lead' };
    const file = serializeExport(
      buildExportFile({ events: [event(1)], results: [], settings, exportedAt: '2025-06-08T20:00:00Z' }),
    );
    const job = startImport(store, [{ name: 'team.json', text: file }], () => {}, {
      worker: inPlace(workers),
    });
    await job.preview;
    expect(await job.commit({ settings, replaceAll: false })).toEqual({
      events: 1,
      results: 0,
      settings: true,
    });
    expect(saved.map((s) => s.member)).toEqual(['lead']);
    expect((await store.readEvents()).map((e) => e.id)).toEqual(['e1']);
    expect(workers.map((w) => w.requests)).toEqual([['parse', 'commit']]);
  });

  it('hands the rows to the page where the worker cannot open the database', async () => {
    // Not created yet: Dexie opens an unknown database only with a schema, which the worker lacks.
    const store = standalone();
    const workers: InPlaceWorker[] = [];
    const job = startImport(store, [{ name: 'log.csv', text: exportEventsCsv([event(1)]) }], () => {}, {
      worker: inPlace(workers),
    });
    expect((await job.preview).rows).toEqual({ events: 1, results: 0 });
    expect(await job.commit({ settings: null, replaceAll: false })).toMatchObject({ events: 1 });
    expect((await store.readEvents()).map((e) => e.id)).toEqual(['e1']);
    expect(workers.map((w) => w.requests)).toEqual([['parse']]);
  });

  it('answers a commit with nothing read with an error, not a write', async () => {
    const replies: ImportReply[] = [];
    await importHandler((r) => replies.push(r))({
      type: 'commit',
      id: 7,
      choice: { settings: null, replaceAll: false },
    });
    expect(replies).toEqual([{ type: 'error', id: 7, message: expect.stringMatching(/nothing to write/) }]);
  });

  it('closes the connection it opened when the comparison or the write fails, and keeps no plan', async () => {
    const replies: ImportReply[] = [];
    let closed = 0;
    let failCompare = true;
    const backend = {
      knownEventIds: async () => {
        if (failCompare) throw new Error('disk went away');
        return new Set<string>();
      },
      knownResults: async () => new Map<string, ResultEntry>(),
      commitImport: async () => {
        throw new Error('quota exceeded');
      },
      close: () => {
        closed++;
      },
    };
    const handle = importHandler(
      (r) => replies.push(r),
      async () => backend,
    );
    const parse = (id: number): ImportRequest => ({
      type: 'parse',
      id,
      sources: [{ name: 'log.csv', text: exportEventsCsv([event(1)]) }],
      target: {
        dbName: 'x',
        host: 'standalone',
        events: { table: 'events', layout: 'rows' },
        results: 'results',
        settings: 'settings',
        meta: null,
        settingsViaHost: false,
      },
    });
    await handle(parse(1));
    expect(replies.at(-1)).toMatchObject({ type: 'error', message: 'disk went away' });
    expect(closed).toBe(1);
    failCompare = false;
    await handle(parse(2));
    expect(replies.at(-1)).toMatchObject({ type: 'planned' });
    await handle({ type: 'commit', id: 3, choice: { settings: null, replaceAll: false } });
    expect(replies.at(-1)).toMatchObject({ type: 'error', message: 'quota exceeded' });
    expect(closed).toBe(2);
    // The failed plan is not kept for a second try behind the user's back.
    await handle({ type: 'commit', id: 4, choice: { settings: null, replaceAll: false } });
    expect(replies.at(-1)).toMatchObject({
      type: 'error',
      message: expect.stringMatching(/nothing to write/),
    });
  });
});

describe('an import without a worker (the page reads, compares and writes)', () => {
  it('gives the same preview and writes the same rows', async () => {
    const store = standalone();
    // A copy of the store without its import target: the page path.
    const plain: LedgerStore = { ...store };
    const job = startImport(
      plain,
      [{ name: 'log.csv', text: exportEventsCsv([event(1), event(2)]) }],
      () => {},
    );
    expect((await job.preview).rows).toEqual({ events: 2, results: 0 });
    expect(await store.counts()).toEqual({ events: 0, results: 0 });
    await job.commit({ settings: null, replaceAll: false });
    expect((await store.readEvents()).map((e) => e.id).sort()).toEqual(['e1', 'e2']);
  });
});
