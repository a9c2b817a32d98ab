import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../dates/days';
import type { PromotionEvent } from '../schemas/event';
import { programDefinitionSchema } from '../schemas/program';
import type { ResultEntry } from '../schemas/result';
import { DailyLedger } from './ledger';
import { projectEarnings } from './projection';
import { whatIf } from './what-if';

const WINDOW = { start: '2025-05-12', end: '2025-06-22' }; // 42 days
const referrals = (model: 'signups' | 'visits' = 'signups') =>
  programDefinitionSchema.parse({
    id: 'referrals',
    name: 'Referrals',
    kind: 'referral',
    model,
    centsPerSignup: 10_000,
    visitsPerBlock: 1000,
    centsPerVisitBlock: 10_000,
    capCents: 2_000_000,
    window: WINDOW,
    payout: { schedule: { type: 'after_window', days: 30 } },
  });

function daily(counts: number[], metric = 'signups', start = WINDOW.start): ResultEntry[] {
  return counts.map((count, i) => ({
    day: addDays(start, i),
    program: 'referrals',
    metric,
    count,
    source: 'manual' as const,
  }));
}

const ledgerOf = (results: ResultEntry[]) => DailyLedger.fromResults(results, 'referrals');

describe('projectEarnings', () => {
  it('projects a steady pace to the cap and dates it', () => {
    // 5 sign-ups a day for 28 days: $14,000 earned, 70 more in 14 days would pass the 200 cap.
    const p = projectEarnings(referrals(), ledgerOf(daily(Array(28).fill(5))), { asOf: '2025-06-08' });
    expect(p.earnedCents).toBe(1_400_000);
    expect(p.daysElapsed).toBe(28);
    expect(p.daysLeft).toBe(14);
    expect(p.projectedCents).toBe(2_000_000);
    expect(p.capDate).toBe('2025-06-20'); // sign-up 200 arrives on day 40
    expect(p.capReached).toBe(false);
    expect(p.leftOnTableCents).toBe(0);
    expect(p.paceNeeded).toEqual([
      {
        id: 'signups',
        label: { id: 'reach-cap', metric: 'signups' },
        remaining: 60,
        perDay: 60 / 14,
        by: '2025-06-22',
      },
    ]);
    expect(p.basis).toBe('results');
  });

  it('says what is left on the table when the pace falls short', () => {
    const p = projectEarnings(referrals(), ledgerOf(daily(Array(28).fill(2))), { asOf: '2025-06-08' });
    expect(p.earnedCents).toBe(560_000);
    expect(p.projectedCents).toBe(840_000);
    expect(p.capDate).toBeNull();
    expect(p.leftOnTableCents).toBe(1_160_000);
  });

  it('offers a recent-trend method next to the run-rate', () => {
    const counts = [...Array(21).fill(2), ...Array(7).fill(8)];
    const ledger = ledgerOf(daily(counts));
    const runRate = projectEarnings(referrals(), ledger, { asOf: '2025-06-08' });
    const trend = projectEarnings(referrals(), ledger, { asOf: '2025-06-08', method: 'trend' });
    expect(runRate.rates[0]?.runRatePerDay).toBeCloseTo(3.5);
    expect(runRate.rates[0]?.trendPerDay).toBeCloseTo(8);
    expect(runRate.projectedCents).toBe((98 + 49) * 10_000);
    expect(trend.projectedCents).toBe(2_000_000);
    // The band spans both methods.
    expect(runRate.lowCents).toBeLessThanOrEqual(runRate.projectedCents);
    expect(runRate.highCents).toBeGreaterThanOrEqual(trend.projectedCents);
  });

  it('projects visits in whole blocks', () => {
    const p = projectEarnings(referrals('visits'), ledgerOf(daily(Array(28).fill(1500), 'visits')), {
      asOf: '2025-06-08',
    });
    expect(p.earnedCents).toBe(42 * 10_000); // 42,000 visits
    expect(p.projectedCents).toBe(63 * 10_000); // 63,000 visits by the end
    expect(p.paceNeeded[0]?.remaining).toBe(200_000 - 42_000);
  });

  it('stops at the window end and after it', () => {
    const ledger = ledgerOf(daily(Array(42).fill(1)));
    const after = projectEarnings(referrals(), ledger, { asOf: '2025-07-01' });
    expect(after.daysLeft).toBe(0);
    expect(after.projectedCents).toBe(after.earnedCents);
    expect(after.earnedCents).toBe(420_000);
    expect(after.paceNeeded).toEqual([]);
  });

  it('projects from promotions when there are no results yet, and says so', () => {
    const p = projectEarnings(referrals(), ledgerOf([]), {
      asOf: '2025-05-11',
      fromPromotions: { perDay: 4, conversion: 0.25 },
    });
    expect(p.basis).toBe('promotions');
    expect(p.projectedCents).toBe(42 * 10_000);
  });

  it('never projects below what is earned, keeps low ≤ central ≤ high, and never passes the cap', () => {
    fc.assert(
      fc.property(
        fc.array(fc.nat(20), { minLength: 1, maxLength: 42 }),
        fc.integer({ min: 0, max: 45 }),
        fc.constantFrom<'run-rate' | 'trend'>('run-rate', 'trend'),
        (counts, asOffset, method) => {
          const p = projectEarnings(referrals(), ledgerOf(daily(counts)), {
            asOf: addDays(WINDOW.start, asOffset),
            method,
          });
          expect(p.projectedCents).toBeGreaterThanOrEqual(p.earnedCents);
          expect(p.lowCents).toBeGreaterThanOrEqual(p.earnedCents);
          expect(p.lowCents).toBeLessThanOrEqual(p.projectedCents);
          expect(p.highCents).toBeGreaterThanOrEqual(p.projectedCents);
          expect(p.highCents).toBeLessThanOrEqual(2_000_000);
        },
      ),
      { numRuns: 150 },
    );
  });
});

describe('whatIf', () => {
  it('moves the projection by extra promotions at the observed conversion', () => {
    const events: PromotionEvent[] = [];
    for (let i = 0; i < 28; i++)
      for (const n of [1, 2])
        events.push({
          id: `e${i}-${n}`,
          // 19:00 UTC is noon in Los Angeles: the same calendar day there.
          time: `${addDays(WINDOW.start, i)}T19:00:00.000Z`,
          platform: 'tiktok',
          surface: 'caption',
          action: 'posted',
          linkId: 'l1',
          pageUrl: 'https://www.tiktok.com/tiktokstudio/upload',
        });
    const w = whatIf(referrals(), ledgerOf(daily(Array(28).fill(1))), events, {
      asOf: '2025-06-08',
      extraPromotionsPerDay: 2,
    });
    expect(w.conversion).toMatchObject({
      promotions: 56,
      results: 28,
      perPromotion: 0.5,
      used: 0.5,
      source: 'observed',
    });
    expect(w.base.projectedCents).toBe(42 * 10_000);
    expect(w.scenario.projectedCents).toBe((28 + 14 * 2) * 10_000);
    expect(w.deltaCents).toBe(14 * 10_000);
  });

  it('uses a given conversion when nothing was posted', () => {
    const w = whatIf(referrals(), ledgerOf(daily(Array(28).fill(1))), [], {
      asOf: '2025-06-08',
      extraPromotionsPerDay: 3,
      conversion: 1,
    });
    expect(w.conversion.source).toBe('given');
    expect(w.deltaCents).toBe(14 * 3 * 10_000);
  });
});
