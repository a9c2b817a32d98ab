import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonths,
  dayInTimeZone,
  dayOfMonthAfter,
  daySpan,
  daysBetween,
  eachDay,
  isValidDay,
  isValidTimeZone,
  lastOfMonth,
  startOfWeek,
} from './days';

describe('days', () => {
  it('accepts only real calendar days', () => {
    expect(isValidDay('2024-02-29')).toBe(true);
    expect(isValidDay('2025-02-29')).toBe(false);
    expect(isValidDay('2025-02-30')).toBe(false);
    expect(isValidDay('2025-13-01')).toBe(false);
    expect(isValidDay('2025-5-1')).toBe(false);
    expect(isValidDay('2025-05-01T00:00')).toBe(false);
  });

  it('counts days across both DST changes without drifting', () => {
    // Los Angeles moved its clocks on 2025-03-09 and 2025-11-02: day arithmetic must not notice.
    expect(daysBetween('2025-03-08', '2025-03-10')).toBe(2);
    expect(addDays('2025-11-01', 1)).toBe('2025-11-02');
    expect(addDays('2025-11-02', 1)).toBe('2025-11-03');
    expect(daySpan('2025-03-01', '2025-03-31')).toBe(31);
    expect(eachDay('2025-03-08', '2025-03-10')).toEqual(['2025-03-08', '2025-03-09', '2025-03-10']);
  });

  it('puts an instant on the day it falls on in the program time zone, across DST', () => {
    const la = 'America/Los_Angeles';
    // 07:30 UTC is 23:30 PST on the 8th (before the change) …
    expect(dayInTimeZone('2025-03-09T07:30:00Z', la)).toBe('2025-03-08');
    // … and 00:30 PDT on the 10th after it (UTC−7).
    expect(dayInTimeZone('2025-03-10T07:30:00Z', la)).toBe('2025-03-10');
    // The repeated hour in November still belongs to the 2nd.
    expect(dayInTimeZone('2025-11-02T08:30:00Z', la)).toBe('2025-11-02');
    expect(dayInTimeZone('2025-11-02T09:30:00Z', la)).toBe('2025-11-02');
    expect(dayInTimeZone('2025-11-03T07:59:00Z', la)).toBe('2025-11-02');
    expect(dayInTimeZone(Date.UTC(2025, 0, 1, 12), 'UTC')).toBe('2025-01-01');
  });

  it('walks months and weeks', () => {
    expect(addMonths('2025-01-31', 1)).toBe('2025-02-28');
    expect(addMonths('2025-11-15', 3)).toBe('2026-02-15');
    expect(lastOfMonth('2024-02-10')).toBe('2024-02-29');
    expect(dayOfMonthAfter('2025-05-31', 1, 21)).toBe('2025-06-21');
    expect(startOfWeek('2025-05-18')).toBe('2025-05-12'); // Sunday → Monday before
    expect(startOfWeek('2025-05-12')).toBe('2025-05-12');
  });

  it('knows IANA zones', () => {
    expect(isValidTimeZone('America/Los_Angeles')).toBe(true);
    expect(isValidTimeZone('Mars/Olympus_Mons')).toBe(false);
  });
});
