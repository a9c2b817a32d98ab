// Limits shared by the background and the content scripts. This module holds plain numbers only:
// protocol.ts builds zod schemas, and importing a *value* from it would put zod into every content
// script (quality.md P1, ≤ 20 KB gz). A unit test checks that protocol.ts agrees with these.

/** Largest batch a content script sends at once (protocol.ts `MAX_BATCH`). */
export const MAX_BATCH = 500;
