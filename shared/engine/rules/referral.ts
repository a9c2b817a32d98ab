import type { Day } from '../../dates/days';
import type { ProgramOf } from '../../schemas/program';
import type { DailyLedger } from '../ledger';
import type { Accrual, Earnings } from '../types';
import { activeDays, earningsOf, formatCount, plural, pushAccrual, scopeOf } from './common';

type ReferralProgram = ProgramOf<'referral'>;

/** The metric a referral program reads: sign-ups or unique visits (docs/programs.md §1, models A and B). */
export function referralMetric(program: ReferralProgram): 'signups' | 'visits' {
  return program.model === 'signups' ? 'signups' : 'visits';
}

/**
 * Instagram Referrals and TikTok invites: `min(cap, $ per sign-up × paid sign-ups)` or
 * `min(cap, $ per block × floor(unique visits / block size))`. Each day's accrual is the growth of
 * that cumulative amount, so a partial block pays nothing until it is whole and the cap stops
 * everything after it.
 */
export function referralEarnings(program: ReferralProgram, ledger: DailyLedger, through: Day): Earnings {
  const metric = referralMetric(program);
  const cap = program.capCents ?? Number.POSITIVE_INFINITY;
  const accruals: Accrual[] = [];
  let units = 0; // paid sign-ups, or unique visits so far
  let cumulative = 0;

  for (const day of activeDays(ledger, [{ metric }], scopeOf(program, through))) {
    if (cumulative >= cap) break;
    const count = ledger.count(day, metric);
    let label: string;
    let next: number;
    if (program.model === 'signups') {
      const limit = program.dailySignupLimit;
      const paid = limit === null ? count : Math.min(count, limit);
      units += paid;
      next = Math.min(cap, program.centsPerSignup * units);
      label = plural(paid, 'sign-up');
      if (paid < count) label += ` (daily limit: ${formatCount(count)} made)`;
    } else {
      const blocksBefore = Math.floor(units / program.visitsPerBlock);
      units += count;
      const blocks = Math.floor(units / program.visitsPerBlock);
      next = Math.min(cap, program.centsPerVisitBlock * blocks);
      label = `${plural(blocks - blocksBefore, 'block')} of ${formatCount(program.visitsPerBlock)} visits`;
    }
    if (next === cap && next > cumulative) label += ' (cap reached)';
    pushAccrual(accruals, day, next - cumulative, label);
    cumulative = next;
  }

  return earningsOf(program, accruals, [], program.capCents);
}
