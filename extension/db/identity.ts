import { z } from 'zod';
import type { LedgerDb, SettingsRow } from './db';

// The database's birth certificate, to notice that the browser (or a user, or another page) removed
// it while the extension runs (issue 10 §1): IndexedDB gives no sign of a deletion but an empty
// database at the next open, which Dexie opens without a word, and the saved links are gone. So the
// database holds an identity row, and storage.local (kept apart from IndexedDB) its copy: at every
// (re)open of the database, before any other query, the two are compared. A database that comes
// back empty, without the identity storage.local remembers, was removed: that is recorded, and the
// popup, Options and the widget say so in words until the user sets a link up again.

export const IDENTITY_ROW = 'meta:ledger';
const IDENTITY_KEY = 'ledger.identity';
const LOSS_KEY = 'ledger.dataLost';

/** The bit of storage.local this needs (injected: tests use a Map). */
export interface KeyValue {
  get(key: string): Promise<unknown>;
  set(key: string, value: unknown): Promise<void>;
  remove(key: string): Promise<void>;
}

const lossSchema = z.object({ at: z.string(), previous: z.string() });
export type DataLoss = z.infer<typeof lossSchema>;
const idSchema = z.string().min(1);

export type IdentityCheck = 'new' | 'same' | 'lost';

export interface LedgerIdentity {
  /** Compares the database with storage.local; `db` is Dexie's VIP handle inside on('ready'). */
  check(db: LedgerDb): Promise<IdentityCheck>;
  /** The last removal noticed, until the user set their links up again. */
  lost(): Promise<DataLoss | null>;
  /** The user saved a link again: the notice has done its job. */
  acknowledge(): Promise<void>;
}

export function createLedgerIdentity(
  store: KeyValue,
  now: () => Date,
  newId: () => string = () => crypto.randomUUID(),
): LedgerIdentity {
  return {
    async check(db) {
      // `db` is the VIP handle Dexie gives on('ready') subscribers: its queries pass while every
      // other one waits for this check.
      const row = await db.settings.get(IDENTITY_ROW);
      const inDb = idSchema.safeParse(row?.value).data;
      const empty = !inDb && (await db.settings.count()) === 0 && (await db.events.count()) === 0;
      const known = idSchema.safeParse(await store.get(IDENTITY_KEY)).data;
      if (inDb && inDb === known) return 'same';
      if (inDb && !known) {
        // storage.local was cleared, the database kept: remember it again.
        await store.set(IDENTITY_KEY, inDb);
        return 'same';
      }
      const id = newId();
      const stamp: SettingsRow = { id: IDENTITY_ROW, value: id, savedAt: now().toISOString() };
      await db.settings.put(stamp);
      await store.set(IDENTITY_KEY, id);
      // Known before, and now an empty database (or another one): it was removed under us. A
      // database that has data but no identity yet is one from before this check existed.
      if (known && (empty || (inDb && inDb !== known))) {
        const loss: DataLoss = { at: now().toISOString(), previous: known };
        await store.set(LOSS_KEY, loss);
        console.warn(`Promo Ledger: the database was removed by the browser (noticed ${loss.at})`);
        return 'lost';
      }
      return 'new';
    },
    async lost() {
      return lossSchema.safeParse(await store.get(LOSS_KEY)).data ?? null;
    },
    async acknowledge() {
      await store.remove(LOSS_KEY);
    },
  };
}

/** storage.local as a KeyValue. */
export function storageKeyValue(local: {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(key: string): Promise<void>;
}): KeyValue {
  return {
    get: async (key) => (await local.get(key))[key],
    set: (key, value) => local.set({ [key]: value }),
    remove: (key) => local.remove(key),
  };
}

/** Checks the identity at every open of `db`, before any other query (Dexie's on('ready')). */
export function watchIdentity(db: LedgerDb, identity: LedgerIdentity): void {
  db.on(
    'ready',
    async (vip) => {
      try {
        await identity.check(vip as LedgerDb);
      } catch (err) {
        // Never keep the database from opening over this check.
        console.warn('Promo Ledger: could not check the database identity', err);
      }
    },
    true,
  );
}
