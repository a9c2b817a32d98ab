import type { StandaloneSchemaVersion } from './types';

// Version 1 of the standalone dashboard's database, the first release. Frozen: a change is a new
// file (v2.ts) appended to versions/index.ts, never an edit here (style.md, Dexie).
//
// Rows mean what they mean in the extension's database (extension/db/versions/v1.ts): a result is
// keyed by resultKey(), settings are raw records parsed on read. Events differ: here they are kept in
// chunks of up to 2,000 (event-storage.ts), because a team lead imports a whole team's log at once
// and Chromium's IndexedDB pays per record. Nothing is indexed beyond the keys: every read of the
// dashboard takes whole tables and filters in memory.

export const v1: StandaloneSchemaVersion = Object.freeze({
  version: 1,
  stores: Object.freeze({
    /** { seq, events: PromotionEvent[] }: events in import order; ids are unique across chunks. */
    eventChunks: '++seq',
    /** ResultEntry rows keyed by resultKey(): a later reading of the same fact replaces the earlier. */
    results: 'id',
    /** Raw settings records ({ id: 'current', value, savedAt }), parsed with settingsSchema on read. */
    settings: 'id',
    /** Small facts about the data itself: whether it is the demo, the first-visit offer. */
    meta: 'id',
  }),
});
