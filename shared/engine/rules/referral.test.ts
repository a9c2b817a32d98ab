import { describe, expect, it } from 'vitest';
import { type ProgramOf, programDefinitionSchema } from '../../schemas/program';
import { DailyLedger } from '../ledger';
import { referralEarnings } from './referral';

// docs/programs.md §1: $100 per sign-up or per 1,000 unique visits, capped at $20,000.
function referral(extra: Record<string, unknown> = {}): ProgramOf<'referral'> {
  const program = programDefinitionSchema.parse({
    id: 'instagram-referrals-2025',
    name: 'Instagram Referrals',
    kind: 'referral',
    model: 'signups',
    centsPerSignup: 10_000,
    centsPerVisitBlock: 10_000,
    visitsPerBlock: 1000,
    capCents: 2_000_000,
    window: { start: '2025-05-12', end: '2025-06-22' },
    payout: { schedule: { type: 'after_window', days: 14 } },
    ...extra,
  });
  if (program.kind !== 'referral') throw new Error('expected a referral program');
  return program;
}

function ledgerOf(metric: string, counts: Record<string, number>): DailyLedger {
  const ledger = new DailyLedger();
  for (const [day, count] of Object.entries(counts)) ledger.add(day, metric, count, 'tiktok');
  return ledger;
}

describe('referral: sign-ups model', () => {
  it('pays $100 a sign-up, with one accrual a day', () => {
    const e = referralEarnings(
      referral(),
      ledgerOf('signups', { '2025-05-12': 3, '2025-05-14': 1 }),
      '2025-05-20',
    );
    expect(e.earnedCents).toBe(40_000);
    expect(e.capCents).toBe(2_000_000);
    expect(e.accruals).toEqual([
      { day: '2025-05-12', cents: 30_000, label: '3 sign-ups' },
      { day: '2025-05-14', cents: 10_000, label: '1 sign-up' },
    ]);
    expect(e.progress).toEqual([]);
  });

  it('pays $20,000 for 200 sign-ups and nothing for the 201st', () => {
    const program = referral();
    const at200 = referralEarnings(program, ledgerOf('signups', { '2025-05-20': 200 }), '2025-06-22');
    expect(at200.earnedCents).toBe(2_000_000);
    expect(at200.accruals.at(-1)?.label).toBe('200 sign-ups (cap reached)');

    const at201 = referralEarnings(
      program,
      ledgerOf('signups', { '2025-05-20': 200, '2025-05-21': 1 }),
      '2025-06-22',
    );
    expect(at201.earnedCents).toBe(2_000_000);
    expect(at201.accruals).toHaveLength(1);
  });

  it('pays only the part of a day that fits under the cap', () => {
    const e = referralEarnings(
      referral(),
      ledgerOf('signups', { '2025-05-20': 199, '2025-05-21': 5 }),
      '2025-06-22',
    );
    expect(e.accruals.map((a) => a.cents)).toEqual([1_990_000, 10_000]);
  });

  it('pays nothing for a sign-up the day after the window, or before it', () => {
    const e = referralEarnings(
      referral(),
      ledgerOf('signups', { '2025-05-11': 4, '2025-06-22': 1, '2025-06-23': 1 }),
      '2025-07-31',
    );
    expect(e.earnedCents).toBe(10_000);
    expect(e.accruals.map((a) => a.day)).toEqual(['2025-06-22']);
  });

  it('counts nothing after the through day', () => {
    const ledger = ledgerOf('signups', { '2025-05-12': 1, '2025-05-13': 1 });
    expect(referralEarnings(referral(), ledger, '2025-05-12').earnedCents).toBe(10_000);
  });

  it('pays at most dailySignupLimit sign-ups a day', () => {
    const program = referral({ dailySignupLimit: 100, capCents: null, centsPerSignup: 7500 });
    const e = referralEarnings(
      program,
      ledgerOf('signups', { '2025-05-12': 150, '2025-05-13': 20 }),
      '2025-05-31',
    );
    expect(e.earnedCents).toBe(120 * 7500);
    expect(e.capCents).toBeNull();
    expect(e.accruals[0]?.label).toBe('100 sign-ups (daily limit: 150 made)');
  });

  it('without a window counts every day up to through', () => {
    const program = referral({ window: undefined });
    const e = referralEarnings(
      program,
      ledgerOf('signups', { '2020-01-01': 1, '2030-01-01': 1 }),
      '2029-12-31',
    );
    expect(e.earnedCents).toBe(10_000);
  });
});

describe('referral: visits model', () => {
  const visits = () => referral({ model: 'visits' });

  it('pays nothing for 999 visits', () => {
    expect(
      referralEarnings(visits(), ledgerOf('visits', { '2025-05-12': 999 }), '2025-06-22').earnedCents,
    ).toBe(0);
  });

  it('pays $19,900 for 199,999 visits and $20,000 from 200,000', () => {
    const e = referralEarnings(visits(), ledgerOf('visits', { '2025-05-12': 199_999 }), '2025-06-22');
    expect(e.earnedCents).toBe(1_990_000);
    const more = referralEarnings(
      visits(),
      ledgerOf('visits', { '2025-05-12': 199_999, '2025-05-13': 1, '2025-05-14': 50_000 }),
      '2025-06-22',
    );
    expect(more.earnedCents).toBe(2_000_000);
    expect(more.accruals.map((a) => a.cents)).toEqual([1_990_000, 10_000]);
  });

  it('pays a block on the day the cumulative visits complete it', () => {
    const e = referralEarnings(
      visits(),
      ledgerOf('visits', { '2025-05-12': 600, '2025-05-13': 600, '2025-05-14': 1_400 }),
      '2025-06-22',
    );
    expect(e.accruals).toEqual([
      { day: '2025-05-13', cents: 10_000, label: '1 block of 1,000 visits' },
      { day: '2025-05-14', cents: 10_000, label: '1 block of 1,000 visits' },
    ]);
    const two = referralEarnings(visits(), ledgerOf('visits', { '2025-05-12': 2_500 }), '2025-06-22');
    expect(two.accruals[0]?.label).toBe('2 blocks of 1,000 visits');
  });

  it('ignores sign-ups in the visits model', () => {
    expect(
      referralEarnings(visits(), ledgerOf('signups', { '2025-05-12': 5 }), '2025-06-22').earnedCents,
    ).toBe(0);
  });
});
