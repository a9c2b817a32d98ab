import { describe, expect, it } from 'vitest';
import { type ProgramOf, programDefinitionSchema } from '../../schemas/program';
import { DailyLedger } from '../ledger';
import { commissionEarnings } from './commission';
import { applyBps } from './common';

function commission(lines: unknown[]): ProgramOf<'commission'> {
  const program = programDefinitionSchema.parse({
    id: 'affiliate-deal',
    name: 'Affiliate deal',
    kind: 'commission',
    lines,
    payout: { schedule: { type: 'after_accrual', days: 30 } },
  });
  if (program.kind !== 'commission') throw new Error('expected a commission program');
  return program;
}

describe('commission', () => {
  it('pays a percentage of the cumulative sales, rounded down', () => {
    const program = commission([{ mode: 'percent', metric: 'sales_cents', bps: 750 }]);
    const ledger = new DailyLedger();
    ledger.add('2025-05-01', 'sales_cents', 1999); // 149.925 → 149
    ledger.add('2025-05-02', 'sales_cents', 1999); // 299.85 → 299
    ledger.add('2025-05-03', 'sales_cents', 1); // 299.925 → 299
    const e = commissionEarnings(program, ledger, '2025-05-31');
    expect(e.accruals.map((a) => [a.day, a.cents])).toEqual([
      ['2025-05-01', 149],
      ['2025-05-02', 150],
    ]);
    expect(e.earnedCents).toBe(299);
    expect(e.accruals[0]?.label).toBe('7.5% of $19.99 sales_cents');
    expect(e.capCents).toBeNull();
  });

  it('adds flat fees per unit to percent lines', () => {
    const program = commission([
      { mode: 'percent', metric: 'sales_cents', bps: 1000 },
      { mode: 'flat', metric: 'sponsored_posts', cents: 25_000 },
    ]);
    const ledger = new DailyLedger();
    ledger.add('2025-05-01', 'sales_cents', 10_000);
    ledger.add('2025-05-03', 'sponsored_posts', 2);
    const e = commissionEarnings(program, ledger, '2025-05-31');
    expect(e.earnedCents).toBe(1000 + 50_000);
    expect(e.accruals[1]).toEqual({ day: '2025-05-03', cents: 50_000, label: '2 × sponsored_posts' });
  });

  it('computes basis points exactly for sums beyond 2^53 / 10,000', () => {
    const big = 9_000_000_000_000_000 / 10; // 9e14 cents
    expect(applyBps(big, 3333, 'floor')).toBe(299_970_000_000_000);
    expect(applyBps(12_345, 5000, 'round')).toBe(6173); // 6172.5 rounds half up
    expect(applyBps(12_345, 5000, 'floor')).toBe(6172);
  });
});
