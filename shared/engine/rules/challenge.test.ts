import { describe, expect, it } from 'vitest';
import { type ProgramOf, programDefinitionSchema } from '../../schemas/program';
import { DailyLedger } from '../ledger';
import { challengeEarnings } from './challenge';

function challenge(extra: Record<string, unknown>): ProgramOf<'challenge'> {
  const program = programDefinitionSchema.parse({
    id: 'test-challenge',
    name: 'Challenge',
    kind: 'challenge',
    payout: { schedule: { type: 'monthly', dayOfMonth: 21 } },
    ...extra,
  });
  if (program.kind !== 'challenge') throw new Error('expected a challenge program');
  return program;
}

function ledgerOf(rows: [string, string, number][]): DailyLedger {
  const ledger = new DailyLedger();
  for (const [day, metric, count] of rows) ledger.add(day, metric, count, 'facebook');
  return ledger;
}

// docs/programs.md §4: $20 when 5 reels reach 100 plays, then $100 when 20 reels reach 500 plays;
// up to $4,000 a month; resets every 30 days.
const reels = (sequential = true) =>
  challenge({
    id: 'facebook-reels-challenge',
    window: { start: '2022-09-01', end: '2022-11-29' },
    period: { type: 'days', days: 30 },
    sequential,
    periodCapCents: 400_000,
    tiers: [
      {
        id: 'tier-1',
        label: 'Tier 1: 5 reels reached 100 plays',
        metric: 'reels_100_plays',
        target: 5,
        rewardCents: 2000,
      },
      {
        id: 'tier-2',
        label: 'Tier 2: 20 reels reached 500 plays',
        metric: 'reels_500_plays',
        target: 20,
        rewardCents: 10_000,
      },
    ],
  });

describe('challenge: Reels tiers', () => {
  it('reaches a sequential tier only once the earlier tiers are reached', () => {
    const ledger = ledgerOf([
      ['2022-09-03', 'reels_500_plays', 20],
      ['2022-09-05', 'reels_100_plays', 5],
    ]);
    const e = challengeEarnings(reels(), ledger, '2022-09-10');
    expect(e.accruals).toEqual([
      {
        day: '2022-09-05',
        cents: 12_000,
        label: 'Tier 1: 5 reels reached 100 plays; Tier 2: 20 reels reached 500 plays',
      },
    ]);
    // Without `sequential` the second tier pays as soon as its own target is met.
    const loose = challengeEarnings(reels(false), ledger, '2022-09-10');
    expect(loose.accruals.map((a) => [a.day, a.cents])).toEqual([
      ['2022-09-03', 10_000],
      ['2022-09-05', 2000],
    ]);
  });

  it('resets every 30 days from the window start', () => {
    const ledger = ledgerOf([
      ['2022-09-01', 'reels_100_plays', 5],
      ['2022-09-30', 'reels_500_plays', 12], // last day of period 1
      ['2022-10-01', 'reels_500_plays', 12], // first day of period 2: the 12 above do not carry over
      ['2022-10-10', 'reels_100_plays', 5],
    ]);
    const e = challengeEarnings(reels(), ledger, '2022-10-15');
    expect(e.accruals.map((a) => [a.day, a.cents])).toEqual([
      ['2022-09-01', 2000],
      ['2022-10-10', 2000],
    ]);
    expect(e.progress).toEqual([
      expect.objectContaining({ id: 'tier-1', current: 5, target: 5, reached: true, reachable: true }),
      expect.objectContaining({ id: 'tier-2', current: 12, target: 20, reached: false, reachable: true }),
    ]);
    expect(e.progress[0]).toMatchObject({ periodStart: '2022-10-01', periodEnd: '2022-10-30' });
    expect(e.capCents).toBe(3 * 12_000);
  });

  it('marks a tier unreachable once its period is over', () => {
    const ledger = ledgerOf([['2022-09-02', 'reels_100_plays', 2]]);
    const e = challengeEarnings(reels(), ledger, '2022-12-31');
    // `through` after the window: the last period (2022-10-31 … 2022-11-29).
    expect(e.progress.map((p) => [p.id, p.reached, p.reachable, p.periodEnd])).toEqual([
      ['tier-1', false, false, '2022-11-29'],
      ['tier-2', false, false, '2022-11-29'],
    ]);
    const open = challengeEarnings(reels(), ledger, '2022-09-10');
    expect(open.progress.map((p) => p.reachable)).toEqual([true, true]);
  });
});

// docs/programs.md §4: $100 for a Live within 7 days of onboarding, $150 for a Live with another
// account, $250 for going Live once a week.
const liveMilestones = () =>
  challenge({
    id: 'live-badges-milestones',
    window: { start: '2021-06-01', end: '2021-08-31' },
    period: { type: 'window' },
    tiers: [
      {
        id: 'first-live',
        label: 'Live within 7 days',
        metric: 'lives_15min',
        target: 1,
        rewardCents: 10_000,
        withinDaysOfStart: 7,
      },
      {
        id: 'guest-live',
        label: 'Live with another account',
        metric: 'lives_with_guest_30min',
        target: 1,
        rewardCents: 15_000,
      },
      {
        id: 'weekly-live',
        label: 'Live once a week',
        metric: 'lives_15min',
        target: 1,
        rewardCents: 25_000,
        weeks: 4,
      },
    ],
  });

describe('challenge: Live milestones', () => {
  it('pays the first-week milestone only for a Live within 7 days of the start', () => {
    const onTime = challengeEarnings(
      liveMilestones(),
      ledgerOf([['2021-06-07', 'lives_15min', 1]]),
      '2021-06-30',
    );
    expect(onTime.accruals).toEqual([{ day: '2021-06-07', cents: 10_000, label: 'Live within 7 days' }]);

    const late = challengeEarnings(
      liveMilestones(),
      ledgerOf([['2021-06-08', 'lives_15min', 1]]),
      '2021-06-30',
    );
    expect(late.accruals).toEqual([]);
    expect(late.progress.find((p) => p.id === 'first-live')).toMatchObject({
      reached: false,
      reachable: false,
    });
  });

  it('pays the weekly tier once the target is met in 4 distinct ISO weeks', () => {
    const ledger = ledgerOf([
      ['2021-06-09', 'lives_15min', 1], // week of Mon 06-07
      ['2021-06-10', 'lives_15min', 1], // same week: still one week
      ['2021-06-15', 'lives_15min', 1], // week of 06-14
      ['2021-06-22', 'lives_15min', 1], // week of 06-21
      ['2021-07-01', 'lives_15min', 1], // week of 06-28
    ]);
    const e = challengeEarnings(liveMilestones(), ledger, '2021-07-31');
    expect(e.accruals).toEqual([{ day: '2021-07-01', cents: 25_000, label: 'Live once a week' }]);
    const midway = challengeEarnings(liveMilestones(), ledger, '2021-06-20');
    expect(midway.progress.find((p) => p.id === 'weekly-live')).toMatchObject({
      current: 2,
      target: 4,
      reached: false,
      reachable: true,
      periodStart: '2021-06-01',
      periodEnd: '2021-08-31',
    });
    expect(e.capCents).toBe(50_000);
  });

  it('marks the weekly tier unreachable when too few weeks are left', () => {
    const e = challengeEarnings(liveMilestones(), ledgerOf([['2021-08-17', 'lives_15min', 1]]), '2021-08-25');
    // One week met; only the weeks of 08-23 (not yet met) and 08-30 remain: 3 < 4.
    expect(e.progress.find((p) => p.id === 'weekly-live')).toMatchObject({ current: 1, reachable: false });
  });

  it('pays the guest Live on its own metric', () => {
    const e = challengeEarnings(
      liveMilestones(),
      ledgerOf([['2021-07-04', 'lives_with_guest_30min', 1]]),
      '2021-08-31',
    );
    expect(e.earnedCents).toBe(15_000);
  });
});

describe('challenge: repeating tiers and caps', () => {
  // docs/programs.md §4: "Stars Party" paid $50 per completed party, monthly.
  const starsParty = (periodCapCents: number | null) =>
    challenge({
      id: 'stars-party',
      window: { start: '2021-07-01', end: '2021-09-30' },
      period: { type: 'calendar_month' },
      periodCapCents,
      tiers: [
        {
          id: 'party',
          label: 'Stars Party',
          metric: 'stars_parties',
          target: 1,
          rewardCents: 5000,
          repeat: true,
        },
      ],
    });

  it('pays each whole multiple of the target, capped per period, afresh each month', () => {
    const ledger = ledgerOf([
      ['2021-07-02', 'stars_parties', 1],
      ['2021-07-09', 'stars_parties', 2],
      ['2021-07-20', 'stars_parties', 1],
      ['2021-08-01', 'stars_parties', 1],
    ]);
    const e = challengeEarnings(starsParty(12_000), ledger, '2021-08-31');
    expect(e.accruals).toEqual([
      { day: '2021-07-02', cents: 5000, label: 'Stars Party' },
      { day: '2021-07-09', cents: 7000, label: 'Stars Party (×2) (period cap reached)' },
      { day: '2021-08-01', cents: 5000, label: 'Stars Party' },
    ]);
    expect(e.capCents).toBe(3 * 12_000);
    expect(challengeEarnings(starsParty(null), ledger, '2021-08-31').capCents).toBeNull();
  });

  it('without a window runs periods from the first day with data and has no overall cap', () => {
    const program = challenge({
      id: 'open-challenge',
      period: { type: 'days', days: 10 },
      tiers: [{ id: 'ten', label: '10 posts', metric: 'posts', target: 10, rewardCents: 1000 }],
    });
    const ledger = ledgerOf([
      ['2025-01-05', 'posts', 6],
      ['2025-01-14', 'posts', 4], // day 10 of the period starting 01-05
      ['2025-01-15', 'posts', 9], // next period
    ]);
    const e = challengeEarnings(program, ledger, '2025-01-20');
    expect(e.accruals.map((a) => [a.day, a.cents])).toEqual([['2025-01-14', 1000]]);
    expect(e.capCents).toBeNull();
    expect(e.progress[0]).toMatchObject({ current: 9, periodStart: '2025-01-15', periodEnd: '2025-01-24' });
  });
});
