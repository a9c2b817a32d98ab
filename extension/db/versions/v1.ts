import type { SchemaVersion } from './types';

// Version 1, the first release of the promotion log (extension issue). Frozen: see
// ../fixtures/v1.json, whose `schema` must stay equal to this declaration.

export const v1: SchemaVersion = Object.freeze({
  version: 1,
  stores: Object.freeze({
    /**
     * PromotionEvent rows keyed by their id, so that a re-sent event overwrites itself. Only the
     * indexes something reads (the day's count and the log view by time, the per-platform count):
     * every index is written with each of the thousands of events a session can log (P5).
     */
    events: 'id, time, platform',
    /** ResultEntry rows keyed by resultKey(): a later entry for the same day replaces the earlier. */
    results: 'id, program, day',
    /** Raw settings records (`current`, and `backup:<savedAt>` copies of unreadable ones). */
    settings: 'id',
    /** One row per site feature (`<platform>:<feature>`): whether its selectors still match. */
    siteHealth: 'id',
  }),
});
