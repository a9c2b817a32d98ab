import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../dates/days';
import { ENGINE_WORDS, type EngineTextFormat, noteText } from '../report/engine-text';
import { type ProgramDefinition, programDefinitionSchema } from '../schemas/program';
import { payoutCalendar, teamPayoutCalendar } from './payouts';
import { formatCents } from './rules/common';
import type { Accrual, Payout } from './types';

function program(payout: Record<string, unknown>, extra: Record<string, unknown> = {}): ProgramDefinition {
  return programDefinitionSchema.parse({
    id: 'facebook-stars',
    name: 'Facebook Stars',
    kind: 'per_unit',
    units: [{ metric: 'stars', cents: 1 }],
    payout,
    ...extra,
  });
}

const accrual = (day: string, cents: number): Accrual => ({ day, cents, label: `${cents} stars` });
const brief = (p: Payout) => [p.date, p.cents, p.status, p.earnedFrom, p.earnedTo];
// The notes are data; these tests read them in the report's English (shared/report/engine-text.ts).
const fmt: EngineTextFormat = {
  money: formatCents,
  count: String,
  day: (d) => d,
  metric: (m) => m,
  platform: (p) => p,
};
const noteOf = (p: Payout | undefined) => (p ? noteText(ENGINE_WORDS.en, fmt, p.note, p.creators) : '');

describe('payoutCalendar', () => {
  // docs/programs.md §3: Stars are paid ~30 days after month end once the balance reaches the threshold.
  const stars = program({ thresholdCents: 2500, schedule: { type: 'after_month_end', days: 30 } });

  it('rolls a Stars balance under the threshold over and pays it once the balance crosses it', () => {
    const accruals = [accrual('2025-01-10', 1000), accrual('2025-02-05', 1000), accrual('2025-03-03', 1000)];
    const calendar = payoutCalendar(stars, accruals, '2025-04-30');
    expect(calendar.map(brief)).toEqual([
      ['2025-03-02', 1000, 'rolled_over', '2025-01-10', '2025-01-10'],
      ['2025-03-30', 2000, 'rolled_over', '2025-01-10', '2025-02-05'],
      ['2025-04-30', 3000, 'paid', '2025-01-10', '2025-03-03'],
    ]);
    expect(calendar[0]?.note).toEqual({ kind: 'under-threshold', thresholdCents: 2500, next: 'next-run' });
    expect(calendar[2]?.note).toEqual({
      kind: 'scheduled',
      schedule: { type: 'after_month_end', days: 30 },
      carriedCents: 2000,
    });
    expect(noteOf(calendar[0])).toBe('Under the $25.00 payout threshold: carried to the next payment run.');
    expect(noteOf(calendar[2])).toBe(
      'Paid 30 days after the end of the month earned. Includes $20.00 carried over from earlier runs.',
    );
    expect(payoutCalendar(stars, accruals, '2025-04-29')[2]?.status).toBe('due');
  });

  it('keeps a balance still under the threshold after the last run as a final rollover', () => {
    const calendar = payoutCalendar(
      stars,
      [accrual('2025-01-10', 3000), accrual('2025-02-10', 100)],
      '2025-12-31',
    );
    expect(calendar.map(brief)).toEqual([
      ['2025-03-02', 3000, 'paid', '2025-01-10', '2025-01-10'],
      ['2025-03-30', 100, 'rolled_over', '2025-02-10', '2025-02-10'],
    ]);
    expect(noteOf(calendar[1])).toContain('until later earnings bring the balance to $25.00');
  });

  it('forfeits a balance under the threshold when the program does not roll over', () => {
    const strict = program({
      thresholdCents: 2500,
      rollover: false,
      schedule: { type: 'after_month_end', days: 30 },
    });
    const calendar = payoutCalendar(
      strict,
      [accrual('2025-01-10', 1000), accrual('2025-02-05', 3000)],
      '2025-12-31',
    );
    expect(calendar.map((p) => [p.status, p.cents])).toEqual([
      ['forfeited', 1000],
      ['paid', 3000],
    ]);
  });

  it('pays Instagram bonuses on the 21st of the month after they were earned', () => {
    const bonus = program({ schedule: { type: 'monthly', dayOfMonth: 21 }, payer: 'Instagram' });
    const calendar = payoutCalendar(
      bonus,
      [accrual('2025-05-14', 2000), accrual('2025-05-30', 10_000), accrual('2025-06-01', 500)],
      '2025-06-21',
    );
    expect(calendar.map(brief)).toEqual([
      ['2025-06-21', 12_000, 'paid', '2025-05-14', '2025-05-30'],
      ['2025-07-21', 500, 'due', '2025-06-01', '2025-06-01'],
    ]);
    expect(noteOf(calendar[0])).toBe('Paid on day 21 of the following month, by Instagram.');
  });

  it('never pays before the money is earned when the pay day is in the same month', () => {
    const sameMonth = program({ schedule: { type: 'monthly', dayOfMonth: 10, monthsAfter: 0 } });
    const calendar = payoutCalendar(
      sameMonth,
      [accrual('2025-05-05', 100), accrual('2025-05-20', 200)],
      '2025-05-31',
    );
    expect(calendar.map((p) => [p.date, p.cents, p.status])).toEqual([
      ['2025-05-10', 100, 'paid'],
      ['2025-06-10', 200, 'due'],
    ]);
  });

  it('pays once after the window ends, or monthly on the 1st without a window', () => {
    const accruals = [accrual('2025-05-14', 10_000), accrual('2025-06-20', 20_000)];
    const referrals = program(
      { schedule: { type: 'after_window', days: 14 }, payer: 'Glimmer' },
      { window: { start: '2025-05-12', end: '2025-06-22' } },
    );
    expect(payoutCalendar(referrals, accruals, '2025-06-30').map(brief)).toEqual([
      ['2025-07-06', 30_000, 'due', '2025-05-14', '2025-06-20'],
    ]);
    const open = program({ schedule: { type: 'after_window', days: 14 } });
    const calendar = payoutCalendar(open, accruals, '2025-06-30');
    expect(calendar.map((p) => p.date)).toEqual(['2025-06-01', '2025-07-01']);
    expect(noteOf(calendar[0])).toContain('no window: assumed paid on the 1st of the month after earning');
  });

  it('pays each accrual a fixed number of days after it, merging same-day runs', () => {
    const net30 = program({ schedule: { type: 'after_accrual', days: 30 } });
    const calendar = payoutCalendar(
      net30,
      [accrual('2025-01-01', 100), accrual('2025-01-01', 200), accrual('2025-01-02', 300)],
      '2025-01-31',
    );
    expect(calendar.map(brief)).toEqual([
      ['2025-01-31', 300, 'paid', '2025-01-01', '2025-01-01'],
      ['2025-02-01', 300, 'due', '2025-01-02', '2025-01-02'],
    ]);
  });

  it('warns that Gifts are forfeited without a payout account', () => {
    const gifts = program({
      thresholdCents: 2500,
      forfeitAfterMonths: 6,
      schedule: { type: 'monthly', dayOfMonth: 15 },
    });
    const [payout] = payoutCalendar(gifts, [accrual('2025-01-10', 5000)], '2025-01-31');
    expect(noteOf(payout)).toContain('Set up a payout account within 6 months or this is forfeited.');
  });

  it('returns nothing without accruals', () => {
    expect(payoutCalendar(stars, [], '2025-01-01')).toEqual([]);
  });

  it('adds a team’s calendars up per date and status, each creator under their own threshold', () => {
    // ana crosses the $25 threshold in March, ben never does: the team is not paid ben's balance.
    const ana = payoutCalendar(
      stars,
      [accrual('2025-01-10', 2000), accrual('2025-02-05', 1000)],
      '2025-12-31',
    );
    const ben = payoutCalendar(
      stars,
      [accrual('2025-01-12', 1000), accrual('2025-02-07', 500)],
      '2025-12-31',
    );
    const team = teamPayoutCalendar([ana, ben]);
    expect(team.map((p) => [p.date, p.cents, p.status, p.creators])).toEqual([
      ['2025-03-02', 3000, 'rolled_over', 2],
      ['2025-03-30', 3000, 'paid', 1],
      ['2025-03-30', 1500, 'rolled_over', 1],
    ]);
    // ana's rollover went on to the next run, ben's is his last: the team's entry says "carried over".
    expect(team[0]?.note).toMatchObject({ kind: 'under-threshold', next: 'next-run' });
    expect(team[2]?.note).toMatchObject({ kind: 'under-threshold', next: 'later' });
    expect(team[1]?.note).toMatchObject({ kind: 'scheduled', carriedCents: 2000 });
    expect(noteOf(team[0])).toBe(
      '2 creators, each under their own threshold: Under the $25.00 payout threshold: carried to the next payment run.',
    );
    // A payment is the creators' sum, not something under a threshold.
    expect(noteOf({ ...(team[1] as Payout), creators: 2 })).toMatch(/^2 creators together: Paid /);
    const sum = (c: readonly Payout[]) => c.reduce((s, p) => s + p.cents, 0);
    expect(sum(team)).toBe(sum(ana) + sum(ben));
  });
});

describe('payoutCalendar properties', () => {
  const scheduleArb = fc.oneof(
    fc.record({
      type: fc.constant('monthly'),
      dayOfMonth: fc.integer({ min: 1, max: 28 }),
      monthsAfter: fc.integer({ min: 0, max: 3 }),
    }),
    fc.record({ type: fc.constant('after_month_end'), days: fc.integer({ min: 0, max: 60 }) }),
    fc.record({ type: fc.constant('after_window'), days: fc.integer({ min: 0, max: 60 }) }),
    fc.record({ type: fc.constant('after_accrual'), days: fc.integer({ min: 0, max: 60 }) }),
  );
  const accrualsArb = fc
    .array(fc.tuple(fc.integer({ min: 0, max: 120 }), fc.integer({ min: 1, max: 5000 })), { maxLength: 40 })
    .map((rows) =>
      rows
        .map(([offset, cents]) => accrual(addDays('2025-01-01', offset), cents))
        .sort((a, b) => (a.day < b.day ? -1 : 1)),
    );

  it('pays out exactly what was earned: paid + due + forfeited + the final rollover', () => {
    fc.assert(
      fc.property(
        scheduleArb,
        fc.integer({ min: 0, max: 20_000 }),
        fc.boolean(),
        fc.boolean(),
        accrualsArb,
        (schedule, thresholdCents, rollover, withWindow, accruals) => {
          const extra = withWindow ? { window: { start: '2025-01-01', end: '2025-05-01' } } : {};
          const p = program({ thresholdCents, rollover, schedule }, extra);
          const calendar = payoutCalendar(p, accruals, '2025-03-01');
          const earned = accruals.reduce((s, a) => s + a.cents, 0);
          const last = calendar.at(-1);
          const settled = calendar.filter((e) => e.status !== 'rolled_over').reduce((s, e) => s + e.cents, 0);
          const finalBalance = last?.status === 'rolled_over' ? last.cents : 0;
          expect(settled + finalBalance).toBe(earned);
          for (let i = 1; i < calendar.length; i++) {
            expect((calendar[i - 1] as Payout).date < (calendar[i] as Payout).date).toBe(true);
          }
          for (const e of calendar) expect(e.earnedFrom <= e.earnedTo && e.earnedTo <= e.date).toBe(true);
        },
      ),
      { numRuns: 200 },
    );
  });
});
