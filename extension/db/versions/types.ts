import type { Transaction } from 'dexie';

/**
 * One schema version of the promotion log as it shipped: the Dexie store declarations and the
 * upgrade that brings version N − 1's rows to it. Once released, a version is never edited (the
 * upgrade test compares each one with its frozen fixture); a change is a new file.
 */
export interface SchemaVersion {
  readonly version: number;
  readonly stores: Readonly<Record<string, string | null>>;
  readonly upgrade?: (tx: Transaction) => PromiseLike<unknown> | undefined;
}
