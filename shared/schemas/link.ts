import { z } from 'zod';
import { httpsUrlSchema, idSchema, instantSchema, platformSchema, slugSchema } from './common';

/**
 * UTM tags for one platform. Values may hold the placeholders `{platform}` and `{program}`,
 * filled in when the link is built.
 */
export const tagPresetSchema = z.strictObject({
  utm_source: z.string().max(100),
  utm_medium: z.string().max(100),
  utm_campaign: z.string().max(100),
});
export type TagPreset = z.infer<typeof tagPresetSchema>;

export { DEFAULT_TAG_PRESET } from '../links/default-preset';

export const referralLinkSchema = z.strictObject({
  id: idSchema,
  label: z.string().trim().max(80).default(''),
  /** The creator's Instagram (or Facebook) address; host rules live in `links/`. */
  url: httpsUrlSchema,
  programId: slugSchema.default('instagram-referrals-2025'),
  /** Per-platform overrides of the settings' presets. */
  tags: z.partialRecord(platformSchema, tagPresetSchema).default({}),
  createdAt: instantSchema,
});
export type ReferralLink = z.infer<typeof referralLinkSchema>;
