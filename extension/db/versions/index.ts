import type { SchemaVersion } from './types';
import { v1 } from './v1';

export type { SchemaVersion } from './types';

/**
 * Every schema version ever released, oldest first. Dexie needs the whole list to upgrade a
 * database from any of them; to change the schema, add `vN.ts` (with an `upgrade` when rows must be
 * rewritten), a frozen fixture `../fixtures/vN.json`, and append it here.
 */
export const SCHEMA_VERSIONS: readonly SchemaVersion[] = [v1];
