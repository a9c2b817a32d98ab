import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { demoData } from '../../shared/demo/demo-data';
import type { PromotionEvent } from '../../shared/schemas/event';
import { type ResultEntry, resultKey } from '../../shared/schemas/result';
import { defaultSettings } from '../../shared/schemas/settings';
import { diffSettings } from '../../shared/schemas/settings-patch';
import { LedgerDb } from './db';
import { dexieLedgerStore } from './dexie-store';
import { CHUNK_SIZE, rowEventStorage } from './event-storage';
import { extensionStore } from './row-store';
import { StandaloneDb } from './standalone-db';
import { openStandaloneStore } from './standalone-store';
import { STANDALONE_SCHEMA_VERSIONS } from './standalone-versions';
import { type LedgerStore, NO_MEMBER, type TableName } from './store';

let n = 0;
const opened: LedgerStore[] = [];
function freshStore(): { store: LedgerStore; name: string } {
  const name = `test-ledger-${++n}`;
  const store = openStandaloneStore(name);
  opened.push(store);
  return { store, name };
}
afterEach(() => {
  for (const s of opened.splice(0)) s.close?.();
});

function event(i: number, extra: Partial<PromotionEvent> = {}): PromotionEvent {
  return {
    id: `e${i}`,
    time: new Date(Date.UTC(2025, 4, 12, 18) + i * 3_600_000).toISOString(),
    platform: (['tiktok', 'youtube', 'discord', 'substack'] as const)[i % 4] ?? 'tiktok',
    surface: 'comment',
    action: 'posted',
    linkId: 'link-1',
    pageUrl: 'https://www.tiktok.com/@maya',
    ...extra,
  };
}

function result(day: string, count: number, extra: Partial<ResultEntry> = {}): ResultEntry {
  return { day, program: 'instagram-referrals-2025', metric: 'signups', count, source: 'manual', ...extra };
}

const tick = () => new Promise((r) => setTimeout(r, 30));

describe('the standalone database schema', () => {
  it('declares every released version, oldest first, frozen', () => {
    expect(STANDALONE_SCHEMA_VERSIONS.map((v) => v.version)).toEqual([1]);
    for (const v of STANDALONE_SCHEMA_VERSIONS) {
      expect(Object.isFrozen(v)).toBe(true);
      expect(Object.isFrozen(v.stores)).toBe(true);
    }
  });

  it('keeps events in chunks and results keyed by resultKey', async () => {
    const db = new StandaloneDb(`schema-${++n}`);
    await db.open();
    expect(db.eventChunks.schema.primKey).toMatchObject({ keyPath: 'seq', auto: true });
    expect(db.results.schema.primKey.keyPath).toBe('id');
    expect(db.tables.map((t) => t.name).sort()).toEqual(['eventChunks', 'meta', 'results', 'settings']);
    db.close();
  });

  it('writes a large import as few records', async () => {
    const { store, name } = freshStore();
    await store.commitImport({
      events: Array.from({ length: CHUNK_SIZE * 2 + 5 }, (_, i) => event(i)),
      results: [],
    });
    const db = new StandaloneDb(name);
    expect(await db.eventChunks.count()).toBe(3);
    db.close();
    expect((await store.counts()).events).toBe(CHUNK_SIZE * 2 + 5);
  });
});

describe('the Dexie ledger store', () => {
  it('starts empty, with default settings and no demo', async () => {
    const { store } = freshStore();
    expect(await store.counts()).toEqual({ events: 0, results: 0 });
    expect(await store.readSettings()).toEqual({ settings: defaultSettings(), revision: 0 });
    expect(await store.readMeta()).toEqual({ demo: false, demoAsOf: null, welcomeDismissed: false });
  });

  /** The extension's layout: events as rows indexed by time and platform, no meta table. */
  function extensionLikeStore(): LedgerStore {
    const db = new Dexie(`ext-like-${++n}`);
    db.version(1).stores({
      events: 'id, time, platform',
      results: 'id, program, day',
      settings: 'id',
      siteHealth: 'id',
    });
    const store = dexieLedgerStore(
      {
        db,
        events: rowEventStorage(db.table('events')),
        results: db.table('results'),
        settings: db.table('settings'),
      },
      { host: 'extension' },
    );
    opened.push(store);
    return store;
  }

  it.each([
    ['chunks (standalone)', () => freshStore().store],
    ['rows (extension)', extensionLikeStore],
  ])('reads events and results through every filter, events in %s', async (_layout, make) => {
    const store = make();
    const events = [
      event(0, { member: 'ana' }),
      event(1, { member: 'ben' }),
      event(2),
      event(30, { member: 'ana' }), // two days later
    ];
    await store.commitImport({
      events,
      results: [
        result('2025-05-12', 3, { member: 'ana', platform: 'tiktok' }),
        result('2025-05-13', 4, { member: 'ben' }),
        result('2025-05-14', 5, { program: 'facebook-stars', metric: 'stars' }),
      ],
    });
    expect((await store.readEvents()).map((e) => e.id)).toEqual(['e0', 'e1', 'e2', 'e30']);
    expect((await store.readEvents({ member: 'ana' })).map((e) => e.id)).toEqual(['e0', 'e30']);
    expect((await store.readEvents({ member: NO_MEMBER })).map((e) => e.id)).toEqual(['e2']);
    expect((await store.readEvents({ platform: 'youtube' })).map((e) => e.id)).toEqual(['e1']);
    // e30 is 2025-05-13T24:00Z = 17:00 in Los Angeles on the 13th.
    expect((await store.readEvents({ from: '2025-05-13' })).map((e) => e.id)).toEqual(['e30']);
    expect((await store.readEvents({ to: '2025-05-12' })).map((e) => e.id)).toEqual(['e0', 'e1', 'e2']);
    expect((await store.readResults({ program: 'facebook-stars' })).map((r) => r.count)).toEqual([5]);
    expect((await store.readResults({ member: 'ana' })).map((r) => r.count)).toEqual([3]);
    expect((await store.readResults({ from: '2025-05-13', to: '2025-05-13' })).map((r) => r.count)).toEqual([
      4,
    ]);
    expect((await store.readResults({ platform: 'tiktok' })).map((r) => r.count)).toEqual([3]);
  });

  it('puts results by resultKey: a later entry for the same fact replaces the earlier', async () => {
    const { store } = freshStore();
    await store.putResults([result('2025-05-12', 3)]);
    await store.putResults([result('2025-05-12', 7), result('2025-05-12', 1, { platform: 'youtube' })]);
    const rows = await store.readResults();
    expect(rows).toHaveLength(2);
    expect(rows.find((r) => r.platform === undefined)?.count).toBe(7);
    await store.deleteResults([resultKey(result('2025-05-12', 0))]);
    expect((await store.readResults()).map((r) => r.platform)).toEqual(['youtube']);
  });

  it('answers which event ids and result keys are already stored, by lookup or by key scan', async () => {
    const { store } = freshStore();
    await store.commitImport({
      events: Array.from({ length: 50 }, (_, i) => event(i)),
      results: [result('2025-05-12', 2)],
    });
    expect(await store.knownEventIds(['e1', 'nope'])).toEqual(new Set(['e1']));
    const many = Array.from({ length: 400 }, (_, i) => `e${i}`);
    expect((await store.knownEventIds(many)).size).toBe(50);
    const known = await store.knownResults([resultKey(result('2025-05-12', 0)), 'x|y']);
    expect([...known.values()].map((r) => r.count)).toEqual([2]);
  });

  it('writes an import in one transaction: a failure half-way leaves nothing behind', async () => {
    const { store } = freshStore();
    await store.commitImport({ events: [event(1)], results: [] });
    // The second event is not cloneable: IndexedDB refuses it after the first chunk went in.
    const bad = { ...event(99), pageUrl: (() => undefined) as unknown as string };
    const events = [...Array.from({ length: 2_500 }, (_, i) => event(1_000 + i)), bad];
    await expect(store.commitImport({ events, results: [result('2025-05-20', 9)] })).rejects.toThrow();
    expect(await store.counts()).toEqual({ events: 1, results: 0 });
  });

  it('applies settings from an import and replaces the demo in the same transaction', async () => {
    const { store } = freshStore();
    const demo = demoData();
    await store.loadDemo?.(demo);
    expect(await store.readMeta()).toMatchObject({ demo: true, demoAsOf: demo.asOf, welcomeDismissed: true });
    expect((await store.counts()).events).toBe(demo.events.length);
    const settings = { ...defaultSettings(), member: 'lead' };
    const outcome = await store.commitImport({
      events: [event(1)],
      results: [],
      programsFrom: settings,
      replaceAll: true,
    });
    expect(outcome).toEqual({ events: 1, results: 0, settings: true });
    expect(await store.counts()).toEqual({ events: 1, results: 0 });
    // The file's programs replace the demo's; the member name is the creator's own, not the file's.
    expect((await store.readSettings()).settings.programs).toEqual(settings.programs);
    expect((await store.readSettings()).settings.member).toBeUndefined();
    expect((await store.readMeta()).demo).toBe(false);
  });

  it('replacing the demo without new settings drops the demo’s settings too', async () => {
    const { store } = freshStore();
    await store.loadDemo?.(demoData());
    await store.commitImport({ events: [], results: [result('2025-05-12', 1)], replaceAll: true });
    expect((await store.readSettings()).settings).toEqual(defaultSettings());
  });

  it('reads unreadable stored settings as the defaults, keeping the record aside as the extension does', async () => {
    const { store, name } = freshStore();
    const db = new StandaloneDb(name);
    await db.settings.put({ id: 'current', value: { version: 99, links: 'nope' }, savedAt: 'x' });
    db.close();
    const warn = console.warn;
    console.warn = () => undefined;
    try {
      expect((await store.readSettings()).settings).toEqual(defaultSettings());
    } finally {
      console.warn = warn;
    }
    const again = new StandaloneDb(name);
    expect((await again.settings.get('backup:x'))?.value).toEqual({ version: 99, links: 'nope' });
    again.close();
  });

  it('refuses to save invalid settings', async () => {
    const { store } = freshStore();
    const read = await store.readSettings();
    const bad = diffSettings(read.settings, { ...read.settings, locale: 'de' as 'en' }, read.revision);
    await expect(store.updateSettings(bad)).rejects.toThrow();
    expect(await store.readSettings()).toEqual(read);
  });

  it('an import that fails leaves nothing applied: no rows and not the file’s programs', async () => {
    const { store } = freshStore();
    const before = await store.readSettings();
    const file = {
      ...defaultSettings(),
      programs: { 'facebook-stars': { enabled: true, params: {} } },
    };
    const bad = { ...event(99), pageUrl: (() => undefined) as unknown as string };
    await expect(
      store.commitImport({ events: [event(1), bad], results: [result('2025-05-20', 9)], programsFrom: file }),
    ).rejects.toThrow();
    expect(await store.counts()).toEqual({ events: 0, results: 0 });
    expect(await store.readSettings()).toEqual(before);
  });

  it('tells subscribers which table changed, for writes from this store and from another connection', async () => {
    const { store, name } = freshStore();
    const seen: TableName[][] = [];
    const stop = store.subscribe((tables) => seen.push([...tables]));
    await tick();
    await store.putResults([result('2025-05-12', 1)]);
    await tick();
    const read = await store.readSettings();
    await store.updateSettings(diffSettings(read.settings, { ...read.settings, member: 'x' }, read.revision));
    await tick();
    // Another connection to the same database, as another tab would be.
    const other = new StandaloneDb(name);
    await other.eventChunks.add({ events: [event(5)] });
    other.close();
    await tick();
    stop();
    await store.putResults([result('2025-05-13', 1)]);
    await tick();
    expect(seen).toEqual([['results'], ['settings'], ['events']]);
  });

  it('works over the extension’s database, which has no meta table', async () => {
    const name = `ext-like-${++n}`;
    const store = extensionStore(new LedgerDb(name));
    opened.push(store);
    expect(await store.readMeta()).toEqual({ demo: false, demoAsOf: null, welcomeDismissed: false });
    await store.commitImport({
      events: [event(1, { member: 'ana' })],
      results: [],
      programsFrom: { ...defaultSettings(), programs: { 'facebook-stars': { enabled: true, params: {} } } },
    });
    expect((await store.readSettings()).settings.programs).toEqual({
      'facebook-stars': { enabled: true, params: {} },
    });
    expect((await store.readEvents({ member: 'ana' })).map((e) => e.id)).toEqual(['e1']);
  });

  it('serves a database laid out like the extension’s, its worker reading the rows itself', async () => {
    const name = `ext-layout-${++n}`;
    const db = new LedgerDb(name);
    const store = extensionStore(db);
    opened.push(store);
    expect(store.host).toBe('extension');
    expect(store.workerEventSource).toEqual({ home: 'extension', dbName: name });
    await store.commitImport({ events: [event(1), event(2)], results: [result('2025-05-12', 4)] });
    // A row that is no longer an event (a hand edit, a bug) is left out and counted, never cast.
    await db.events.put({ ...event(3), platform: 'myspace' as 'tiktok' });
    const { readEventSource } = await import('./worker-events');
    const read = await readEventSource({ home: 'extension', dbName: name });
    expect(read.events.map((e) => e.id).sort()).toEqual(['e1', 'e2']);
    expect(read.unreadable).toBe(1);
    expect(await readEventSource({ home: 'extension', dbName: 'no-such-db' })).toEqual({
      events: [],
      unreadable: 0,
    });
  });
});
