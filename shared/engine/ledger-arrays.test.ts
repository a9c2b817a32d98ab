import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, calendarDayNumber, dayFromNumber, dayNumber, daySpan } from '../dates/days';
import { DailyLedger } from './ledger';

// The ledger keeps its counts in arrays indexed by day number (fast for a team of thousands): it must
// answer exactly as the plain map of (metric, day, platform) → count it replaced.

class PlainLedger {
  private readonly cells = new Map<string, number>();
  add(day: string, metric: string, count: number, platform?: string) {
    if (count === 0) return;
    for (const p of platform ? ['*', platform] : ['*']) {
      const key = `${metric}|${day}|${p}`;
      this.cells.set(key, (this.cells.get(key) ?? 0) + count);
    }
  }
  count(day: string, metric: string, platform?: string) {
    return this.cells.get(`${metric}|${day}|${platform ?? '*'}`) ?? 0;
  }
  private entries(metric: string, platform?: string) {
    return [...this.cells]
      .map(([key, n]) => [key.split('|'), n] as const)
      .filter(([[m, , p]]) => m === metric && p === (platform ?? '*'));
  }
  total(metric: string, o: { platform?: string; from?: string; to?: string } = {}) {
    return this.entries(metric, o.platform)
      .filter(
        ([[, d]]) =>
          (o.from === undefined || (d as string) >= o.from) && (o.to === undefined || (d as string) <= o.to),
      )
      .reduce((s, [, n]) => s + n, 0);
  }
  days(metric: string, platform?: string) {
    return this.entries(metric, platform)
      .filter(([, n]) => n > 0)
      .map(([[, d]]) => d as string)
      .sort();
  }
  allDays() {
    return [...new Set([...this.cells.keys()].map((k) => k.split('|')[1] as string))].sort();
  }
  metrics() {
    return [...new Set([...this.cells.keys()].map((k) => k.split('|')[0] as string))].sort();
  }
}

const METRICS = ['signups', 'visits', 'reels'];
const PLATFORMS = [undefined, 'tiktok', 'facebook'];
const rowArb = fc.record({
  // Days on both sides of the first one added, far apart at times: the arrays grow both ways.
  offset: fc.oneof(fc.integer({ min: -40, max: 80 }), fc.integer({ min: -3000, max: 3000 })),
  metric: fc.constantFrom(...METRICS),
  count: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 500 }), fc.constant(1e12)),
  platform: fc.constantFrom(...PLATFORMS),
});

function fill(rows: { offset: number; metric: string; count: number; platform: string | undefined }[]) {
  const ledger = new DailyLedger();
  const plain = new PlainLedger();
  for (const r of rows) {
    const day = addDays('2025-05-12', r.offset);
    ledger.add(day, r.metric, r.count, r.platform);
    plain.add(day, r.metric, r.count, r.platform);
  }
  return { ledger, plain };
}

function expectSame(ledger: DailyLedger, plain: PlainLedger, probes: number[]) {
  expect(ledger.allDays()).toEqual(plain.allDays());
  expect(ledger.firstDay()).toBe(plain.allDays()[0]);
  expect(ledger.metrics()).toEqual(plain.metrics());
  for (const metric of [...METRICS, 'none'])
    for (const platform of [...PLATFORMS, 'youtube']) {
      expect(ledger.days(metric, platform)).toEqual(plain.days(metric, platform));
      expect(ledger.total(metric, platform ? { platform } : {})).toBe(
        plain.total(metric, platform ? { platform } : {}),
      );
      for (const p of probes) {
        const day = addDays('2025-05-12', p);
        expect(ledger.count(day, metric, platform)).toBe(plain.count(day, metric, platform));
        const from = addDays(day, -10);
        expect(ledger.total(metric, { ...(platform ? { platform } : {}), from, to: day })).toBe(
          plain.total(metric, { ...(platform ? { platform } : {}), from, to: day }),
        );
        expect(ledger.total(metric, { to: day })).toBe(plain.total(metric, { to: day }));
        expect(ledger.total(metric, { from: day })).toBe(plain.total(metric, { from: day }));
      }
    }
}

describe('the day-number ledger', () => {
  it('reads, sums and lists days as a plain map of counts does', () => {
    fc.assert(
      fc.property(
        fc.array(rowArb, { maxLength: 60 }),
        fc.array(fc.integer({ min: -60, max: 100 }), { maxLength: 6 }),
        (rows, probes) => {
          const { ledger, plain } = fill(rows);
          expectSame(ledger, plain, probes);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('clones independently and adds whole ledgers up', () => {
    fc.assert(
      fc.property(fc.array(rowArb, { maxLength: 40 }), fc.array(rowArb, { maxLength: 40 }), (a, b) => {
        const left = fill(a);
        const right = fill(b);
        const copy = left.ledger.clone();
        copy.addLedger(right.ledger);
        // The sum is both row sets in one plain ledger; the original is untouched.
        const both = fill([...a, ...b]);
        expectSame(copy, both.plain, [0, 5, -20]);
        expectSame(left.ledger, left.plain, [0, 5, -20]);
        expectSame(right.ledger, right.plain, [0, 5, -20]);
      }),
      { numRuns: 150 },
    );
  });

  it('reads day strings as dayNumber does, and back', () => {
    for (let n = dayNumber('1970-01-01'); n <= dayNumber('2100-12-31'); n++) {
      const day = dayFromNumber(n);
      expect(calendarDayNumber(day)).toBe(n);
      expect(dayFromNumber(n)).toBe(day);
    }
    expect(calendarDayNumber('9999-12-31')).toBe(Date.UTC(9999, 11, 31) / 86_400_000);
    expect(dayNumber('2025-05-12')).toBe(Date.UTC(2025, 4, 12) / 86_400_000);
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2025-01-01', -1)).toBe('2024-12-31');
    expect(daySpan('2025-05-12', '2025-06-22')).toBe(42);
    expect(daySpan('2025-06-22', '2025-05-12')).toBe(0);
  });

  it('refuses what is not a calendar day, naming it', () => {
    const ledger = new DailyLedger();
    for (const bad of [
      '2025-02-29',
      '2025-13-01',
      '2025-00-10',
      '2025-1-01',
      '2025-01-32',
      '2025/01/01',
      '',
      'x',
    ])
      expect(() => ledger.add(bad, 'signups', 1)).toThrow(`got ${JSON.stringify(bad)}`);
    ledger.add('2025-02-28', 'signups', 1);
    expect(() => ledger.count('2025-02-30', 'signups')).toThrow(/calendar day written YYYY-MM-DD/);
  });
});
