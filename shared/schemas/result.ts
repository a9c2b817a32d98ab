import { z } from 'zod';
import { daySchema, memberSchema, resultPlatformSchema, slugSchema, wholeNumber } from './common';

/** Largest count accepted for one day: beyond any real day of sign-ups, visits or sales in cents. */
export const MAX_DAILY_COUNT = 1e12;

/**
 * One day of one metric for one program, as a creator reads it off the program's dashboard
 * (e.g. 2025-05-14, instagram-referrals-2025, signups, 3, tiktok).
 */
export const resultEntrySchema = z.strictObject({
  day: daySchema,
  program: slugSchema,
  metric: slugSchema,
  count: wholeNumber('units').max(MAX_DAILY_COUNT, { message: `expected at most ${MAX_DAILY_COUNT} a day` }),
  platform: resultPlatformSchema.optional(),
  source: z.enum(['manual', 'import']).default('manual'),
  member: memberSchema.optional(),
});
export type ResultEntry = z.infer<typeof resultEntrySchema>;
export type ResultEntryInput = z.input<typeof resultEntrySchema>;

/** Results are facts per (day, program, metric, platform, member): a later entry replaces an earlier one. */
export function resultKey(
  r: Pick<ResultEntry, 'day' | 'program' | 'metric' | 'platform' | 'member'>,
): string {
  return `${r.day}|${r.program}|${r.metric}|${r.platform ?? ''}|${r.member ?? ''}`;
}
