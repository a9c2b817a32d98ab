import type { TagPreset } from '../schemas/link';

/**
 * The tags a link gets unless the user changed them. Kept free of zod (type-only import) so that
 * building a tagged link never pulls the schemas into a content script (quality.md P1).
 */
export const DEFAULT_TAG_PRESET: Readonly<TagPreset> = Object.freeze({
  utm_source: '{platform}',
  utm_medium: 'referral',
  utm_campaign: '{program}',
});
