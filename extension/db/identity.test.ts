import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { settingsSchema } from '../../shared/schemas/settings';
import { storeSettings } from '../../test/support/settings';
import { LedgerDb } from './db';
import { createLedgerIdentity, IDENTITY_ROW, type KeyValue, watchIdentity } from './identity';
import { readSettings } from './settings-store';

// The database removed while the extension runs (issue 10 §1: `indexedDB.deleteDatabase` from
// the dashboard wiped the links with no message anywhere): noticed at the next open, said once,
// and never taken for a removal on a first install or on a database from before the check.

/** storage.local, with a macrotask per call as the real one has. */
function fakeStorage(): KeyValue & { data: Map<string, unknown> } {
  const data = new Map<string, unknown>();
  const later = <T>(v: T) => new Promise<T>((r) => setTimeout(() => r(v), 1));
  return {
    data,
    get: (key) => later(data.get(key)),
    set: async (key, value) => {
      await later(null);
      data.set(key, structuredClone(value));
    },
    remove: async (key) => {
      await later(null);
      data.delete(key);
    },
  };
}

const NOW = new Date('2026-12-04T10:00:00Z');
let n = 0;
const dbs: LedgerDb[] = [];
function open(name: string, store: KeyValue) {
  const db = new LedgerDb(name);
  dbs.push(db);
  const identity = createLedgerIdentity(
    store,
    () => NOW,
    () => `id-${++n}`,
  );
  watchIdentity(db, identity);
  return { db, identity };
}
afterEach(() => {
  vi.restoreAllMocks();
  for (const db of dbs.splice(0)) db.close();
});

const LINKS = settingsSchema.parse({
  links: [
    {
      id: 'l1',
      label: 'Profile',
      url: 'https://www.instagram.com/mayamakes/',
      createdAt: '2025-05-12T13:58:00Z',
    },
  ],
  defaultLinkId: 'l1',
});

describe('the ledger identity', () => {
  it('a first install is not a removal; queries wait for the check and then run', async () => {
    const store = fakeStorage();
    const { db, identity } = open('identity-first', store);
    expect((await readSettings(db)).settings.links).toEqual([]);
    expect(await identity.lost()).toBeNull();
    expect((await db.settings.get(IDENTITY_ROW))?.value).toBe(store.data.get('ledger.identity'));
  });

  it('deleted while open: the next query reopens an empty database, and the removal is recorded once', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const store = fakeStorage();
    const name = 'identity-deleted';
    const { db, identity } = open(name, store);
    await storeSettings(db, LINKS, NOW);
    const before = store.data.get('ledger.identity');
    // Another page deletes it (Dexie lets go of its connection on versionchange).
    await Dexie.delete(name);
    expect((await readSettings(db)).settings.links).toEqual([]);
    expect(await identity.lost()).toEqual({ at: NOW.toISOString(), previous: before });
    expect(store.data.get('ledger.identity')).not.toBe(before);
    // Said until the user sets a link up again.
    await identity.acknowledge();
    expect(await identity.lost()).toBeNull();
    db.close();
    await db.open();
    expect(await identity.lost()).toBeNull();
  });

  it('a database from before the check (data, no identity row) is adopted, not reported', async () => {
    const store = fakeStorage();
    const old = new LedgerDb('identity-old');
    await storeSettings(old, LINKS, NOW);
    old.close();
    store.data.set('ledger.identity', 'from-another-life');
    const { db, identity } = open('identity-old', store);
    expect((await readSettings(db)).settings.links).toHaveLength(1);
    expect(await identity.lost()).toBeNull();
  });

  it('storage.local cleared but the database kept: nothing was lost', async () => {
    const store = fakeStorage();
    const first = open('identity-kept', store);
    await storeSettings(first.db, LINKS, NOW);
    const stamped = (await first.db.settings.get(IDENTITY_ROW))?.value;
    first.db.close();
    store.data.clear();
    const { db, identity } = open('identity-kept', store);
    expect((await readSettings(db)).settings.links).toHaveLength(1);
    expect(await identity.lost()).toBeNull();
    expect(store.data.get('ledger.identity')).toBe(stamped);
  });
});
