import { describe, expect, it } from 'vitest';
import { addDays, dayInTimeZone, eachDay } from '../dates/days';
import { computeEarnings, earningsFromResults, programMetrics } from './earnings';
import { DailyLedger } from './ledger';
import { parseProgram, referralProgram, resultRow } from './test-programs';

const parse = parseProgram;
const referral = referralProgram;
const row = resultRow;

describe('computeEarnings', () => {
  it('dispatches on the program kind', () => {
    const ledger = new DailyLedger();
    ledger.add('2025-05-20', 'signups', 3, 'tiktok');
    ledger.add('2025-05-20', 'stars', 500, 'facebook');
    expect(computeEarnings(referral(), ledger, '2025-06-22').earnedCents).toBe(30_000);
    const stars = parse({ id: 'facebook-stars', kind: 'per_unit', units: [{ metric: 'stars', cents: 1 }] });
    expect(computeEarnings(stars, ledger, '2025-06-22').earnedCents).toBe(500);
    const deal = parse({
      id: 'deal',
      kind: 'contract',
      window: { start: '2025-05-01', end: '2025-07-31' },
      monthlyCents: 1000,
      months: 3,
    });
    // May and June are over by 2025-06-30; July is not.
    expect(computeEarnings(deal, ledger, '2025-06-30').earnedCents).toBe(2000);
  });

  it('reads results of its own program only (earningsFromResults)', () => {
    const results = [row('2025-05-20', 'signups', 2), row('2025-05-20', 'signups', 7, 'tiktok-invites')];
    expect(earningsFromResults(referral(), results, '2025-06-22').earnedCents).toBe(20_000);
  });

  it('counts every day of a window spanning the March and November clock changes', () => {
    // 2025-03-09 and 2025-11-02 are 23- and 25-hour days in America/Los_Angeles.
    for (const window of [
      { start: '2025-03-01', end: '2025-03-31' },
      { start: '2025-10-20', end: '2025-11-19' },
    ]) {
      const program = referral({ window, capCents: null });
      const days = eachDay(addDays(window.start, -1), addDays(window.end, 1));
      const e = earningsFromResults(
        program,
        days.map((d) => row(d, 'signups', 1)),
        '2025-12-31',
      );
      expect(e.accruals).toHaveLength(31);
      expect(e.earnedCents).toBe(31 * 10_000);
    }
    // Local noon each day of March maps to 31 distinct days in the program's zone.
    const noon = eachDay('2025-03-01', '2025-03-31').map((d) =>
      dayInTimeZone(`${d}T20:00:00Z`, 'America/Los_Angeles'),
    );
    expect(new Set(noon).size).toBe(31);

    // A 30-day cadence period from 2025-10-20 ends on 2025-11-18, clock change or not.
    const cadence = parse({
      id: 'breakthrough',
      kind: 'cadence',
      window: { start: '2025-10-20', end: '2026-01-17' },
      periodDays: 30,
      periods: 3,
      totalCents: 300_000,
      requirements: [{ metric: 'reels', min: 30 }],
      minDistinctDays: 30,
    });
    const posts = eachDay('2025-10-20', '2025-11-18').map((d) => row(d, 'reels', 1, 'breakthrough'));
    const e = earningsFromResults(cadence, posts, '2025-12-31');
    expect(e.accruals.map((a) => [a.day, a.cents])).toEqual([['2025-11-18', 100_000]]);
  });

  it('stays fast on thousands of days', () => {
    const ledger = new DailyLedger();
    for (const [i, day] of eachDay('2015-01-01', '2025-12-31').entries()) {
      ledger.add(day, 'signups', i % 7, 'tiktok');
      ledger.add(day, 'stars', 100 + (i % 13), 'facebook');
      ledger.add(day, 'reels', 1 + (i % 3), 'facebook');
    }
    const programs = [
      referral({ window: undefined, capCents: null }),
      parse({ id: 'stars', kind: 'per_unit', units: [{ metric: 'stars', cents: 1 }], feeBps: 3000 }),
      parse({
        id: 'reels',
        kind: 'challenge',
        period: { type: 'calendar_month' },
        tiers: [{ id: 't1', label: 'T1', metric: 'reels', target: 20, rewardCents: 2000, repeat: true }],
      }),
      parse({ id: 'sales', kind: 'commission', lines: [{ mode: 'percent', metric: 'stars', bps: 1234 }] }),
    ];
    const started = performance.now();
    for (const p of programs) expect(computeEarnings(p, ledger, '2025-12-31').earnedCents).toBeGreaterThan(0);
    expect(performance.now() - started).toBeLessThan(2000);
  });
});

describe('programMetrics', () => {
  it('lists the series each kind reads', () => {
    expect(programMetrics(referral())).toEqual([{ metric: 'signups' }]);
    expect(programMetrics(referral({ model: 'visits' }))).toEqual([{ metric: 'visits' }]);
    const cadence = parse({
      id: 'breakthrough',
      kind: 'cadence',
      periodDays: 30,
      periods: 3,
      totalCents: 500_000,
      requirements: [
        { metric: 'reels', platform: 'facebook', min: 20 },
        { metric: 'reels', platform: 'instagram', min: 10 },
      ],
    });
    expect(programMetrics(cadence)).toEqual([
      { metric: 'reels', platform: 'facebook' },
      { metric: 'reels', platform: 'instagram' },
    ]);
    const challenge = parse({
      id: 'live',
      kind: 'challenge',
      period: { type: 'window' },
      tiers: [
        { id: 'a', label: 'A', metric: 'lives', target: 1, rewardCents: 1 },
        { id: 'b', label: 'B', metric: 'lives', target: 1, rewardCents: 1, weeks: 4 },
        { id: 'c', label: 'C', metric: 'guest_lives', target: 1, rewardCents: 1 },
      ],
    });
    expect(programMetrics(challenge)).toEqual([{ metric: 'lives' }, { metric: 'guest_lives' }]);
    const deal = parse({
      id: 'deal',
      kind: 'contract',
      monthlyCents: 1,
      months: 1,
      obligations: [{ metric: 'reels', minPerMonth: 2 }],
    });
    expect(programMetrics(deal)).toEqual([{ metric: 'reels' }]);
    const shop = parse({
      id: 'shop',
      kind: 'commission',
      lines: [
        { mode: 'percent', metric: 'sales_cents', bps: 500 },
        { mode: 'flat', metric: 'posts', cents: 100 },
      ],
    });
    expect(programMetrics(shop)).toEqual([{ metric: 'sales_cents' }, { metric: 'posts' }]);
  });
});
