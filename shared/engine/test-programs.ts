// Test helpers for the engine's tests: programs built through the real schema, and result rows.
import { type ProgramDefinition, programDefinitionSchema } from '../schemas/program';
import type { ResultEntry } from '../schemas/result';
import { defaultSettings, type Settings } from '../schemas/settings';

const payout = { schedule: { type: 'after_window', days: 14 } };

export const parseProgram = (input: Record<string, unknown>): ProgramDefinition =>
  programDefinitionSchema.parse({ name: 'Test program', payout, ...input });

/** Instagram Referrals as programs.md states it, with any field overridden. */
export const referralProgram = (extra: Record<string, unknown> = {}) =>
  parseProgram({
    id: 'instagram-referrals-2025',
    kind: 'referral',
    model: 'signups',
    centsPerSignup: 10_000,
    centsPerVisitBlock: 10_000,
    capCents: 2_000_000,
    window: { start: '2025-05-12', end: '2025-06-22' },
    ...extra,
  });

export const resultRow = (
  day: string,
  metric: string,
  count: number,
  program = 'instagram-referrals-2025',
): ResultEntry => ({
  day,
  program,
  metric,
  count,
  source: 'manual',
});

/** Settings with a catalog program of every kind enabled, over windows that cover May-October 2025. */
export function settingsWithEveryKind(): Settings {
  return {
    ...defaultSettings(),
    programs: {
      'instagram-referrals-2025': { enabled: true, params: {} },
      'facebook-stars': { enabled: true, params: {} },
      'breakthrough-bonus': { enabled: true, params: { window: { start: '2025-05-01', end: '2025-07-29' } } },
      'facebook-reels-challenges': {
        enabled: true,
        params: { window: { start: '2025-05-01', end: '2025-07-29' } },
      },
      'instagram-live-badges': { enabled: true, params: {} },
      'branded-content-commission': { enabled: true, params: {} },
      'exclusive-content-deal': {
        enabled: true,
        params: { window: { start: '2025-05-01', end: '2025-10-31' } },
      },
    },
  };
}

/** A metric each of those programs counts, as [program, metric], for generated result rows. */
export const EVERY_KIND_METRICS: readonly (readonly [string, string])[] = [
  ['instagram-referrals-2025', 'signups'],
  ['facebook-stars', 'stars'],
  ['breakthrough-bonus', 'reels'],
  ['facebook-reels-challenges', 'reels_100_plays'],
  ['facebook-reels-challenges', 'reels_500_plays'],
  ['instagram-live-badges', 'badges_2'],
  ['branded-content-commission', 'sales_cents'],
  ['exclusive-content-deal', 'reels'],
];
