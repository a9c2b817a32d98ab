import { describe, expect, it } from 'vitest';
import { type ProgramOf, programDefinitionSchema } from '../../schemas/program';
import { DailyLedger } from '../ledger';
import { contractEarnings } from './contract';

// docs/programs.md §5: exclusive content deals, a monthly amount for six months with obligations.
function contract(extra: Record<string, unknown> = {}): ProgramOf<'contract'> {
  const program = programDefinitionSchema.parse({
    id: 'exclusive-deal',
    name: 'Exclusive content deal',
    kind: 'contract',
    window: { start: '2025-01-15', end: '2025-07-14' },
    monthlyCents: 250_000,
    months: 6,
    obligations: [{ metric: 'reels_exclusive', minPerMonth: 4 }],
    payout: { schedule: { type: 'after_month_end', days: 30 } },
    ...extra,
  });
  if (program.kind !== 'contract') throw new Error('expected a contract program');
  return program;
}

describe('contract', () => {
  it('pays each month on its last day when the obligations are met, and misses a month when not', () => {
    const ledger = new DailyLedger();
    ledger.add('2025-01-20', 'reels_exclusive', 4); // month 1: 01-15 … 02-14
    ledger.add('2025-02-20', 'reels_exclusive', 3); // month 2: 02-15 … 03-14, one short
    ledger.add('2025-03-14', 'reels_crossposted', 5); // another metric never counts
    ledger.add('2025-03-15', 'reels_exclusive', 1); // month 3 starts: too late for month 2
    ledger.add('2025-04-01', 'reels_exclusive', 3);
    const e = contractEarnings(contract(), ledger, '2025-04-30');
    expect(e.accruals).toEqual([
      { day: '2025-02-14', cents: 250_000, label: 'Month 1 of 6' },
      { day: '2025-04-14', cents: 250_000, label: 'Month 3 of 6' },
    ]);
    expect(e.capCents).toBe(1_500_000);
    expect(e.progress).toEqual([
      {
        id: 'reels_exclusive',
        label: { id: 'obligation', min: 4, metric: 'reels_exclusive', month: 4 },
        current: 0,
        target: 4,
        reached: false,
        reachable: true,
        periodStart: '2025-04-15',
        periodEnd: '2025-05-14',
      },
    ]);
  });

  it('does not pay a month before its last day', () => {
    const ledger = new DailyLedger();
    ledger.add('2025-01-20', 'reels_exclusive', 10);
    expect(contractEarnings(contract(), ledger, '2025-02-13').earnedCents).toBe(0);
    expect(contractEarnings(contract(), ledger, '2025-02-14').earnedCents).toBe(250_000);
  });

  it('without obligations pays every month, keeping months contiguous from the 31st', () => {
    const program = contract({ window: { start: '2025-01-31', end: '2025-07-30' }, obligations: [] });
    const e = contractEarnings(program, new DailyLedger(), '2025-12-31');
    expect(e.accruals.map((a) => a.day)).toEqual([
      '2025-02-27',
      '2025-03-30',
      '2025-04-29',
      '2025-05-30',
      '2025-06-29',
      '2025-07-30',
    ]);
    expect(e.earnedCents).toBe(1_500_000);
  });

  it('marks an obligation unreachable once its month is over', () => {
    const e = contractEarnings(contract(), new DailyLedger(), '2025-12-31');
    expect(e.progress[0]).toMatchObject({
      periodStart: '2025-06-15',
      periodEnd: '2025-07-14',
      reachable: false,
    });
  });

  it('earns nothing without a window start, and says why', () => {
    const e = contractEarnings(contract({ window: undefined }), new DailyLedger(), '2025-12-31');
    expect(e.earnedCents).toBe(0);
    expect(e.capCents).toBe(1_500_000);
    expect(e.progress[0]?.id).toBe('window-start');
  });
});
