import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { LedgerDb } from '../../extension/db/db';
import { importTargetOf } from '../../extension/db/dexie-store';
import { extensionStore } from '../../extension/db/row-store';
import { openStandaloneStore } from '../../extension/db/standalone-store';
import type { LedgerStore } from '../../extension/db/store';
import { exportEventsCsv } from '../../shared/io/events-csv';
import { buildExportFile, serializeExport } from '../../shared/io/export-json';
import { exportResultsCsv } from '../../shared/io/results-csv';
import type { PromotionEvent } from '../../shared/schemas/event';
import type { ResultEntry } from '../../shared/schemas/result';
import { defaultSettings, type Settings } from '../../shared/schemas/settings';
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

/** The extension's database, whose settings the page changes through a host (the background). */
function extension(): LedgerStore {
  const store = extensionStore(new LedgerDb(`import-ext-${++n}`), {
    updateSettings: async () => {
      throw new Error('an import never goes through the host for its programs');
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
  it('names the standalone database, opened in the worker with its declared schema', () => {
    const store = standalone();
    expect(importTargetOf(store)).toEqual({ home: 'standalone', dbName: `import-core-${n}` });
  });

  it('names the extension’s database', () => {
    expect(importTargetOf(extension())).toEqual({ home: 'extension', dbName: `import-ext-${n}` });
  });

  it('is absent for a store the import worker could not open', () => {
    const store = { ...standalone() };
    expect(importTargetOf(store)).toBeUndefined();
  });
});

describe('an import through the worker', () => {
  it.each([
    ['standalone', standalone],
    ['extension', extension],
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

    const outcome = await job.commit({ programsFrom: null, replaceAll: false });
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
    await expect(previewed.commit({ programsFrom: null, replaceAll: false })).rejects.toThrow(/not ready/);
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
    const settings: Settings = {
      ...defaultSettings(),
      programs: { 'facebook-stars': { enabled: true, params: {} } },
    };
    const file = serializeExport(
      buildExportFile({ events: [event(1)], results: [], settings, exportedAt: '2025-06-08T20:00:00Z' }),
    );
    const job = startImport(store, [{ name: 'team.json', text: file }], () => {}, { worker: inPlace([]) });
    expect((await job.preview).settings).toEqual(settings);
    expect(await job.commit({ programsFrom: settings, replaceAll: true })).toEqual({
      events: 1,
      results: 0,
      settings: true,
    });
    expect((await store.readEvents()).map((e) => e.id)).toEqual(['e1']);
    expect(await store.readResults()).toEqual([]);
    expect((await store.readSettings()).settings.programs).toEqual(settings.programs);
    expect(await store.readMeta()).toMatchObject({ demo: false, demoAsOf: null });
  });

  it('writes a file’s programs with its rows in the worker’s one transaction (extension)', async () => {
    const store = extension();
    await store.counts();
    const workers: InPlaceWorker[] = [];
    const settings: Settings = {
      ...defaultSettings(),
      programs: { 'facebook-stars': { enabled: true, params: {} } },
    };
    const file = serializeExport(
      buildExportFile({ events: [event(1)], results: [], settings, exportedAt: '2025-06-08T20:00:00Z' }),
    );
    const job = startImport(store, [{ name: 'team.json', text: file }], () => {}, {
      worker: inPlace(workers),
    });
    await job.preview;
    expect(await job.commit({ programsFrom: settings, replaceAll: false })).toEqual({
      events: 1,
      results: 0,
      settings: true,
    });
    expect((await store.readSettings()).settings.programs).toEqual(settings.programs);
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
    expect(await job.commit({ programsFrom: null, replaceAll: false })).toMatchObject({ events: 1 });
    expect((await store.readEvents()).map((e) => e.id)).toEqual(['e1']);
    expect(workers.map((w) => w.requests)).toEqual([['parse']]);
  });

  it('answers a commit with nothing read with an error, not a write', async () => {
    const replies: ImportReply[] = [];
    await importHandler((r) => replies.push(r))({
      type: 'commit',
      id: 7,
      choice: { programsFrom: null, replaceAll: false },
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
      target: { home: 'standalone', dbName: 'x' },
    });
    await handle(parse(1));
    expect(replies.at(-1)).toMatchObject({ type: 'error', message: 'disk went away' });
    expect(closed).toBe(1);
    failCompare = false;
    await handle(parse(2));
    expect(replies.at(-1)).toMatchObject({ type: 'planned' });
    await handle({ type: 'commit', id: 3, choice: { programsFrom: null, replaceAll: false } });
    expect(replies.at(-1)).toMatchObject({ type: 'error', message: 'quota exceeded' });
    expect(closed).toBe(2);
    // The failed plan is not kept for a second try behind the user's back.
    await handle({ type: 'commit', id: 4, choice: { programsFrom: null, replaceAll: false } });
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
    await job.commit({ programsFrom: null, replaceAll: false });
    expect((await store.readEvents()).map((e) => e.id).sort()).toEqual(['e1', 'e2']);
  });
});
