import type { Transaction } from 'dexie';

/** One released schema version: its store declarations and the upgrade from the version before. */
export interface StandaloneSchemaVersion {
  readonly version: number;
  readonly stores: Readonly<Record<string, string | null>>;
  readonly upgrade?: (tx: Transaction) => PromiseLike<unknown> | undefined;
}
