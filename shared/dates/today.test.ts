import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayInTimeZone } from './days';
import { dayBounds, LEDGER_TIME_ZONE, msUntilNextDay, startOfDayIn, today } from './today';

describe('one today, in the programs’ zone', () => {
  it('is the day in Los Angeles, not the browser’s or UTC’s', () => {
    // 02:00 UTC on the 13th is still the 12th in Los Angeles (UTC−7 in May).
    expect(today(new Date('2025-05-13T02:00:00Z'))).toBe('2025-05-12');
    expect(today(new Date('2025-05-13T07:00:00Z'))).toBe('2025-05-13');
    expect(LEDGER_TIME_ZONE).toBe('America/Los_Angeles');
  });

  it('bounds a day at local midnights, across the DST changes', () => {
    expect(dayBounds('2025-05-12')).toEqual({
      from: new Date('2025-05-12T07:00:00Z'),
      to: new Date('2025-05-13T07:00:00Z'),
    });
    // 2025-03-09 has 23 hours in Los Angeles, 2025-11-02 has 25.
    const spring = dayBounds('2025-03-09');
    expect(spring.to.getTime() - spring.from.getTime()).toBe(23 * 3_600_000);
    const fall = dayBounds('2025-11-02');
    expect(fall.to.getTime() - fall.from.getTime()).toBe(25 * 3_600_000);
    expect(startOfDayIn('2025-05-12', 'Europe/Paris')).toEqual(new Date('2025-05-11T22:00:00Z'));
  });

  it('every instant lies in the bounds of its own day, and the next day starts when it says', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(2024, 0, 1), max: Date.UTC(2027, 0, 1) }),
        fc.constantFrom(LEDGER_TIME_ZONE, 'Europe/Paris', 'Asia/Kolkata', 'Pacific/Chatham'),
        (ms, zone) => {
          const now = new Date(ms);
          const { from, to } = dayBounds(today(now, zone), zone);
          expect(from.getTime()).toBeLessThanOrEqual(ms);
          expect(to.getTime()).toBeGreaterThan(ms);
          const wait = msUntilNextDay(now, zone);
          expect(dayInTimeZone(ms + wait, zone) > today(now, zone) || wait === 1_000).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });
});
