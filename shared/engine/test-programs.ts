// Test helpers for the engine's tests: programs built through the real schema, and result rows.
import { type ProgramDefinition, programDefinitionSchema } from '../schemas/program';
import type { ResultEntry } from '../schemas/result';

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
