import { describe, expect, it } from 'vitest';
import { type ProgramOf, programDefinitionSchema } from '../../schemas/program';
import { DailyLedger } from '../ledger';
import { perUnitEarnings } from './per-unit';

function perUnit(extra: Record<string, unknown>): ProgramOf<'per_unit'> {
  const program = programDefinitionSchema.parse({
    id: 'live-badges',
    name: 'Instagram Live Badges',
    kind: 'per_unit',
    payout: { thresholdCents: 10_000, schedule: { type: 'monthly', dayOfMonth: 21 } },
    ...extra,
  });
  if (program.kind !== 'per_unit') throw new Error('expected a per-unit program');
  return program;
}

// docs/programs.md §3: badges at $0.99 / $1.99 / $4.99, app stores keep 30%.
const badges = () =>
  perUnit({
    units: [
      { metric: 'badge_1', cents: 99, label: 'one-heart badges' },
      { metric: 'badge_2', cents: 199, label: 'two-heart badges' },
      { metric: 'badge_3', cents: 499, label: 'three-heart badges' },
    ],
    feeBps: 3000,
  });

describe('per_unit', () => {
  it('pays badges less the 30% app-store fee', () => {
    const ledger = new DailyLedger();
    ledger.add('2025-05-01', 'badge_1', 10);
    ledger.add('2025-05-01', 'badge_2', 5);
    ledger.add('2025-05-01', 'badge_3', 2);
    const e = perUnitEarnings(badges(), ledger, '2025-05-31');
    // gross 990 + 995 + 998 = 2983; fee round(894.9) = 895; net 2088
    expect(e.earnedCents).toBe(2088);
    expect(e.capCents).toBeNull();
    expect(e.accruals).toEqual([
      {
        day: '2025-05-01',
        cents: 2088,
        label: '10 one-heart badges, 5 two-heart badges, 2 three-heart badges less 30% fee',
      },
    ]);
  });

  it('takes the fee on the cumulative gross so daily rounding never drifts', () => {
    const ledger = new DailyLedger();
    for (const day of ['2025-05-01', '2025-05-02', '2025-05-03']) ledger.add(day, 'badge_1', 1);
    const e = perUnitEarnings(badges(), ledger, '2025-05-31');
    // cumulative net: 99 − 30 = 69, 198 − 59 = 139, 297 − 89 = 208
    expect(e.accruals.map((a) => a.cents)).toEqual([69, 70, 69]);
    expect(e.earnedCents).toBe(208);
  });

  it('pays Stars at $0.01 each with no fee', () => {
    const stars = perUnit({ id: 'facebook-stars', units: [{ metric: 'stars', cents: 1 }] });
    const ledger = new DailyLedger();
    ledger.add('2025-05-01', 'stars', 1234, 'facebook');
    ledger.add('2025-05-02', 'stars', 66);
    const e = perUnitEarnings(stars, ledger, '2025-05-31');
    expect(e.earnedCents).toBe(1300);
    expect(e.accruals[0]?.label).toBe('1,234 stars');
  });

  it('counts nothing outside the window or after through', () => {
    const stars = perUnit({
      id: 'facebook-stars',
      units: [{ metric: 'stars', cents: 1 }],
      window: { start: '2025-05-01', end: '2025-05-31' },
    });
    const ledger = new DailyLedger();
    ledger.add('2025-04-30', 'stars', 100);
    ledger.add('2025-05-10', 'stars', 10);
    ledger.add('2025-05-20', 'stars', 1000);
    ledger.add('2025-06-01', 'stars', 100);
    expect(perUnitEarnings(stars, ledger, '2025-05-15').earnedCents).toBe(10);
    expect(perUnitEarnings(stars, ledger, '2025-12-31').earnedCents).toBe(1010);
  });

  it('keeps everything when the fee is 0 and nothing when it is 100%', () => {
    const ledger = new DailyLedger();
    ledger.add('2025-05-01', 'tips', 3);
    const tips = (feeBps: number) =>
      perUnit({ id: 'live-tips', units: [{ metric: 'tips', cents: 500 }], feeBps });
    expect(perUnitEarnings(tips(0), ledger, '2025-05-01').earnedCents).toBe(1500);
    expect(perUnitEarnings(tips(10_000), ledger, '2025-05-01').accruals).toEqual([]);
  });
});
