import { describe, expect, it } from 'vitest';
import { DailyLedger } from './ledger';

describe('DailyLedger', () => {
  it('sums per day, metric and platform, and keeps only its program', () => {
    const ledger = DailyLedger.fromResults(
      [
        {
          day: '2025-05-12',
          program: 'p',
          metric: 'reels',
          count: 2,
          platform: 'facebook',
          source: 'manual',
        },
        {
          day: '2025-05-12',
          program: 'p',
          metric: 'reels',
          count: 3,
          platform: 'instagram',
          source: 'manual',
        },
        { day: '2025-05-13', program: 'p', metric: 'reels', count: 1, source: 'import' },
        { day: '2025-05-13', program: 'other', metric: 'reels', count: 99, source: 'import' },
      ],
      'p',
    );
    expect(ledger.count('2025-05-12', 'reels')).toBe(5);
    expect(ledger.count('2025-05-12', 'reels', 'facebook')).toBe(2);
    expect(ledger.total('reels')).toBe(6);
    expect(ledger.total('reels', { platform: 'instagram' })).toBe(3);
    expect(ledger.total('reels', { from: '2025-05-13' })).toBe(1);
    expect(ledger.days('reels', 'facebook')).toEqual(['2025-05-12']);
    expect(ledger.allDays()).toEqual(['2025-05-12', '2025-05-13']);
  });

  it('clones deeply', () => {
    const a = new DailyLedger();
    a.add('2025-05-12', 'signups', 1);
    const b = a.clone();
    b.add('2025-05-12', 'signups', 4);
    expect(a.total('signups')).toBe(1);
    expect(b.total('signups')).toBe(5);
  });
});
