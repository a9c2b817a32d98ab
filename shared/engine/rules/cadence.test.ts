import { describe, expect, it } from 'vitest';
import { addDays, eachDay } from '../../dates/days';
import { type ProgramOf, programDefinitionSchema } from '../../schemas/program';
import { DailyLedger } from '../ledger';
import { cadenceEarnings, cadenceShare } from './cadence';

// docs/programs.md §2: each 30-day period, ≥20 reels on Facebook and ≥10 on Instagram, on at least
// 10 distinct days; cross-posting does not count. Up to $5,000 over 90 days.
function breakthrough(extra: Record<string, unknown> = {}): ProgramOf<'cadence'> {
  const program = programDefinitionSchema.parse({
    id: 'meta-breakthrough-bonus',
    name: 'Breakthrough Bonus',
    kind: 'cadence',
    window: { start: '2025-01-20', end: '2025-04-19' },
    periodDays: 30,
    periods: 3,
    totalCents: 500_000,
    requirements: [
      { metric: 'reels', platform: 'facebook', min: 20 },
      { metric: 'reels', platform: 'instagram', min: 10 },
    ],
    minDistinctDays: 10,
    payout: { schedule: { type: 'monthly', dayOfMonth: 21 } },
    ...extra,
  });
  if (program.kind !== 'cadence') throw new Error('expected a cadence program');
  return program;
}

/** 3 Facebook and 2 Instagram reels on each of `n` days from `start`: enough posts, `n` distinct days. */
function postDaily(ledger: DailyLedger, start: string, n: number): DailyLedger {
  for (let i = 0; i < n; i++) {
    ledger.add(addDays(start, i), 'reels', 3, 'facebook');
    ledger.add(addDays(start, i), 'reels', 2, 'instagram');
  }
  return ledger;
}

describe('cadence: Breakthrough Bonus', () => {
  it('does not qualify with 9 distinct posting days, and qualifies with 10', () => {
    const nine = cadenceEarnings(breakthrough(), postDaily(new DailyLedger(), '2025-01-20', 9), '2025-02-28');
    expect(nine.earnedCents).toBe(0);
    expect(nine.accruals).toEqual([]);

    const ten = cadenceEarnings(breakthrough(), postDaily(new DailyLedger(), '2025-01-20', 10), '2025-02-28');
    expect(ten.accruals).toEqual([
      { day: '2025-02-18', cents: 166_666, label: 'Period 1 of 3 qualified (10 posting days)' },
    ]);
    expect(ten.capCents).toBe(500_000);
  });

  it('does not count cross-posted reels, neither as posts nor as posting days', () => {
    const ledger = postDaily(new DailyLedger(), '2025-01-20', 9);
    ledger.add('2025-02-01', 'reels_crossposted', 5, 'facebook');
    ledger.add('2025-02-01', 'reels_crossposted', 5, 'instagram');
    expect(cadenceEarnings(breakthrough(), ledger, '2025-02-28').earnedCents).toBe(0);
  });

  it('needs every requirement on its own platform', () => {
    const ledger = new DailyLedger();
    for (const day of eachDay('2025-01-20', '2025-02-05')) ledger.add(day, 'reels', 3, 'facebook');
    const e = cadenceEarnings(breakthrough(), ledger, '2025-02-28');
    expect(e.earnedCents).toBe(0);
  });

  it('accrues each period on its last day, the last period taking the remainder', () => {
    const ledger = postDaily(new DailyLedger(), '2025-01-20', 90);
    expect(cadenceEarnings(breakthrough(), ledger, '2025-02-17').accruals).toEqual([]);
    const e = cadenceEarnings(breakthrough(), ledger, '2025-04-19');
    expect(e.accruals.map((a) => [a.day, a.cents])).toEqual([
      ['2025-02-18', 166_666],
      ['2025-03-20', 166_666],
      ['2025-04-19', 166_668],
    ]);
    expect(e.earnedCents).toBe(500_000);
    expect([0, 1, 2].map((i) => cadenceShare(breakthrough(), i))).toEqual([166_666, 166_666, 166_668]);
  });

  it('reports progress for the period holding through, with what is still reachable', () => {
    const ledger = postDaily(new DailyLedger(), '2025-02-19', 9); // period 2 starts 2025-02-19
    const open = cadenceEarnings(breakthrough(), ledger, '2025-03-10');
    expect(open.progress).toEqual([
      expect.objectContaining({ id: 'reels-facebook', current: 27, target: 20, reached: true }),
      expect.objectContaining({ id: 'reels-instagram', current: 18, target: 10, reached: true }),
      expect.objectContaining({
        id: 'distinct-days',
        current: 9,
        target: 10,
        reached: false,
        reachable: true,
      }),
    ]);
    expect(open.progress[0]).toMatchObject({ periodStart: '2025-02-19', periodEnd: '2025-03-20' });

    const closed = cadenceEarnings(breakthrough(), ledger, '2025-03-20');
    expect(closed.progress[2]).toMatchObject({ reached: false, reachable: false });

    // 9 days met, 1 day left (03-20): still reachable; none left once the period has ended.
    expect(cadenceEarnings(breakthrough(), ledger, '2025-03-19').progress[2]?.reachable).toBe(true);
    const late = cadenceEarnings(breakthrough(), new DailyLedger(), '2025-03-20');
    expect(late.progress[0]).toMatchObject({ current: 0, reached: false, reachable: false });
  });

  it('shows the first period before the window and the last one after it', () => {
    const before = cadenceEarnings(breakthrough(), new DailyLedger(), '2025-01-01');
    expect(before.progress[0]).toMatchObject({ periodStart: '2025-01-20', reachable: true });
    const after = cadenceEarnings(breakthrough(), new DailyLedger(), '2025-12-31');
    expect(after.progress[0]).toMatchObject({
      periodStart: '2025-03-21',
      periodEnd: '2025-04-19',
      reachable: false,
    });
  });

  it('clips the last period to the window end', () => {
    const program = breakthrough({ window: { start: '2025-01-20', end: '2025-03-31' } });
    const ledger = postDaily(new DailyLedger(), '2025-03-21', 11);
    const e = cadenceEarnings(program, ledger, '2025-04-30');
    expect(e.accruals.map((a) => [a.day, a.cents])).toEqual([['2025-03-31', 166_668]]);
  });

  it('earns nothing without a window start, and says why', () => {
    const e = cadenceEarnings(
      breakthrough({ window: undefined }),
      postDaily(new DailyLedger(), '2025-01-20', 90),
      '2025-12-31',
    );
    expect(e.earnedCents).toBe(0);
    expect(e.progress).toEqual([expect.objectContaining({ id: 'window-start', reached: false })]);
  });
});
