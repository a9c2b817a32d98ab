import { z } from 'zod';
import { isValidDay, isValidTimeZone } from '../dates/days';

/** The four sites the extension promotes on. */
export const PLATFORMS = ['tiktok', 'youtube', 'discord', 'substack'] as const;
export const platformSchema = z.enum(PLATFORMS);
export type Platform = z.infer<typeof platformSchema>;

/** Where a result was earned or attributed: a promotion platform or one of Meta's apps. */
export const RESULT_PLATFORMS = [...PLATFORMS, 'instagram', 'facebook', 'other'] as const;
export const resultPlatformSchema = z.enum(RESULT_PLATFORMS);
export type ResultPlatform = z.infer<typeof resultPlatformSchema>;

export const daySchema = z
  .string()
  .refine(isValidDay, { message: 'expected a calendar day written YYYY-MM-DD (e.g. 2025-05-12)' });

/** UTC instant in ISO 8601 with a `Z` suffix, so that stored times sort as strings. */
export const instantSchema = z.iso.datetime({
  message: 'expected an ISO 8601 UTC time such as 2025-05-12T14:03:00Z',
});

/** Money is integer cents (USD), never floating dollars. */
/** A non-negative integer whose messages say what went wrong: not a number, not whole, or below 0. */
export function wholeNumber(what: string) {
  return z
    .number({ message: `expected a number of ${what}` })
    .int({ message: `expected a whole number of ${what}` })
    .min(0, { message: `expected 0 or more ${what}` });
}

export const centsSchema = wholeNumber('cents').max(Number.MAX_SAFE_INTEGER, { message: 'too large' });

/** Lower-case identifiers for programs, metrics and tiers: `instagram-referrals-2025`, `reels_500_plays`. */
export const slugSchema = z
  .string()
  .max(64)
  .regex(/^[a-z0-9]+(?:[-_][a-z0-9]+)*$/, {
    message: 'expected lower-case letters, digits, - or _ (e.g. my-program)',
  });

const ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;

/** Ids of events and links: generated (UUID, nanoid) or imported; safe to put in a CSV or a URL. */
export const idSchema = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9_-]+$/, { message: 'expected letters, digits, - or _' });

/** Exactly what idSchema accepts (common.test.ts compares them): a plain test for a million ids. */
export function isId(text: string): boolean {
  return ID_PATTERN.test(text);
}

const INSTANT_SHAPE = /^(\d{4})-(\d{2})-(\d{2})T([01]\d|2[0-3]):([0-5]\d):([0-5]\d)(?:\.\d{1,9})?Z$/;
const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * A sure sign that instantSchema accepts `text` as it is: the canonical `YYYY-MM-DDTHH:MM:SS[.f]Z`
 * of a real calendar day. False means "ask the schema", not "invalid" (common.test.ts checks that
 * every text this accepts, the schema accepts unchanged).
 */
export function isCanonicalInstant(text: string): boolean {
  const m = INSTANT_SHAPE.exec(text);
  if (m === null) return false;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12 || day < 1 || day > (DAYS_IN_MONTH[month - 1] as number)) return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return month !== 2 || day !== 29 || leap;
}

export const timeZoneSchema = z
  .string()
  .refine(isValidTimeZone, { message: 'expected an IANA time zone such as America/Los_Angeles' });

export const memberSchema = z.string().trim().min(1).max(64);

export const httpsUrlSchema = z
  .url({ protocol: /^https$/, message: 'expected an https:// address' })
  .max(2048);
