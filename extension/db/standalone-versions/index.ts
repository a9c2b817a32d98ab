import type { StandaloneSchemaVersion } from './types';
import { v1 } from './v1';

export type { StandaloneSchemaVersion } from './types';

/** Every schema version ever released, oldest first: Dexie needs them all to upgrade from any. */
export const STANDALONE_SCHEMA_VERSIONS: readonly StandaloneSchemaVersion[] = [v1];
