// Properties of every rule, checked on random results through the public API (docs/programs.md §6).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../../dates/days';
import type { ProgramDefinition } from '../../schemas/program';
import type { ResultEntry } from '../../schemas/result';
import { earningsFromResults } from '../earnings';
import { payoutCalendar } from '../payouts';
import { parseProgram, referralProgram, resultRow } from '../test-programs';
import type { Earnings } from '../types';

const parse = parseProgram;
const referral = referralProgram;
const row = resultRow;

/** Invariants every Earnings must hold. */
function expectConsistent(program: ProgramDefinition, e: Earnings, through: string) {
  expect(e.programId).toBe(program.id);
  expect(e.accruals.reduce((s, a) => s + a.cents, 0)).toBe(e.earnedCents);
  for (const [i, a] of e.accruals.entries()) {
    expect(Number.isInteger(a.cents) && a.cents > 0).toBe(true);
    expect(a.day <= through).toBe(true);
    if (program.window) expect(a.day >= program.window.start && a.day <= program.window.end).toBe(true);
    if (i > 0) expect((e.accruals[i - 1]?.day ?? '') <= a.day).toBe(true);
  }
  if (e.capCents !== null) expect(e.earnedCents).toBeLessThanOrEqual(e.capCents);
}

describe('earnings properties', () => {
  const dayArb = fc.integer({ min: 0, max: 70 }).map((n) => addDays('2025-05-01', n));
  const rowsArb = (metrics: string[], maxCount: number) =>
    fc.array(
      fc.record({
        day: dayArb,
        metric: fc.constantFrom(...metrics),
        count: fc.integer({ min: 0, max: maxCount }),
        platform: fc.constantFrom('tiktok', 'youtube', undefined),
      }),
      { maxLength: 60 },
    );
  const toRows = (
    rows: { day: string; metric: string; count: number; platform?: string | undefined }[],
    id: string,
  ) =>
    rows.map(
      (r): ResultEntry => ({
        ...row(r.day, r.metric, r.count, id),
        ...(r.platform ? { platform: r.platform as 'tiktok' } : {}),
      }),
    );

  const referralArb = fc
    .record({
      model: fc.constantFrom('signups', 'visits'),
      centsPerSignup: fc.integer({ min: 1, max: 20_000 }),
      visitsPerBlock: fc.integer({ min: 1, max: 2000 }),
      centsPerVisitBlock: fc.integer({ min: 1, max: 20_000 }),
      capCents: fc.option(fc.integer({ min: 0, max: 3_000_000 })),
      dailySignupLimit: fc.option(fc.integer({ min: 1, max: 50 })),
      windowed: fc.boolean(),
    })
    .map(({ windowed, ...p }) =>
      referral({ ...p, window: windowed ? { start: '2025-05-12', end: '2025-06-22' } : undefined }),
    );
  const perUnitArb = fc
    .record({
      units: fc.uniqueArray(
        fc.record({
          metric: fc.constantFrom('stars', 'gifts', 'badges'),
          cents: fc.integer({ min: 0, max: 499 }),
        }),
        {
          minLength: 1,
          maxLength: 3,
          selector: (u) => u.metric,
        },
      ),
      feeBps: fc.integer({ min: 0, max: 10_000 }),
    })
    .map((p) => parse({ id: 'fan-payments', kind: 'per_unit', ...p }));

  const cases = [
    { name: 'referral', programArb: referralArb, metrics: ['signups', 'visits'], maxCount: 5000 },
    { name: 'per_unit', programArb: perUnitArb, metrics: ['stars', 'gifts', 'badges'], maxCount: 100_000 },
  ];
  for (const { name, programArb, metrics, maxCount } of cases) {
    it(`${name}: stays under the cap, sums its accruals and never decreases as results are added`, () => {
      fc.assert(
        fc.property(
          programArb,
          rowsArb(metrics, maxCount),
          rowsArb(metrics, maxCount),
          dayArb,
          dayArb,
          (program, base, more, t1, t2) => {
            const [early, late] = t1 <= t2 ? [t1, t2] : [t2, t1];
            const before = earningsFromResults(program, toRows(base, program.id), late);
            const after = earningsFromResults(program, toRows([...base, ...more], program.id), late);
            const sooner = earningsFromResults(program, toRows(base, program.id), early);
            expectConsistent(program, before, late);
            expectConsistent(program, after, late);
            expectConsistent(program, sooner, early);
            expect(after.earnedCents).toBeGreaterThanOrEqual(before.earnedCents);
            expect(before.earnedCents).toBeGreaterThanOrEqual(sooner.earnedCents);
            // Whatever the schedule, the calendar accounts for every cent earned.
            const calendar = payoutCalendar(program, after.accruals, early);
            const last = calendar.at(-1);
            const settled = calendar
              .filter((p) => p.status !== 'rolled_over')
              .reduce((s, p) => s + p.cents, 0);
            expect(settled + (last?.status === 'rolled_over' ? last.cents : 0)).toBe(after.earnedCents);
          },
        ),
        { numRuns: 200 },
      );
    });
  }

  // Windowed programs of the other kinds: anchoring periods at the window start keeps them monotone too.
  const windowed = [
    parse({
      id: 'reels-challenge',
      kind: 'challenge',
      window: { start: '2025-05-05', end: '2025-06-30' },
      period: { type: 'days', days: 30 },
      sequential: true,
      periodCapCents: 15_000,
      tiers: [
        { id: 't1', label: 'T1', metric: 'reels', target: 5, rewardCents: 2000 },
        { id: 't2', label: 'T2', metric: 'plays', target: 20, rewardCents: 10_000, repeat: true },
        {
          id: 't3',
          label: 'T3',
          metric: 'reels',
          target: 1,
          rewardCents: 500,
          weeks: 3,
          withinDaysOfStart: 30,
        },
      ],
    }),
    parse({
      id: 'breakthrough',
      kind: 'cadence',
      window: { start: '2025-05-03', end: '2025-07-01' },
      periodDays: 20,
      periods: 3,
      totalCents: 100_000,
      requirements: [
        { metric: 'reels', platform: 'tiktok', min: 8 },
        { metric: 'plays', min: 3 },
      ],
      minDistinctDays: 4,
    }),
    parse({
      id: 'deal',
      kind: 'contract',
      window: { start: '2025-05-10', end: '2025-07-09' },
      monthlyCents: 50_000,
      months: 2,
      obligations: [{ metric: 'reels', minPerMonth: 10 }],
    }),
    parse({
      id: 'shop',
      kind: 'commission',
      window: { start: '2025-05-10', end: '2025-07-09' },
      lines: [
        { mode: 'percent', metric: 'plays', bps: 333 },
        { mode: 'flat', metric: 'reels', cents: 1500 },
      ],
    }),
  ];
  it('every other kind: consistent, and never decreasing as results or days are added', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...windowed),
        rowsArb(['reels', 'plays'], 12),
        rowsArb(['reels', 'plays'], 12),
        dayArb,
        dayArb,
        (program, base, more, t1, t2) => {
          const [early, late] = t1 <= t2 ? [t1, t2] : [t2, t1];
          const before = earningsFromResults(program, toRows(base, program.id), late);
          const after = earningsFromResults(program, toRows([...base, ...more], program.id), late);
          const sooner = earningsFromResults(program, toRows(base, program.id), early);
          for (const [e, through] of [
            [before, late],
            [after, late],
            [sooner, early],
          ] as const)
            expectConsistent(program, e, through);
          expect(after.earnedCents).toBeGreaterThanOrEqual(before.earnedCents);
          expect(before.earnedCents).toBeGreaterThanOrEqual(sooner.earnedCents);
        },
      ),
      { numRuns: 200 },
    );
  });
});
