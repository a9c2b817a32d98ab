import { type Day, dayInTimeZone } from '../../shared/dates/days';
import { LEDGER_TIME_ZONE } from '../../shared/dates/today';
import type { PromotionEvent } from '../../shared/schemas/event';
import type { ResultEntry } from '../../shared/schemas/result';
import { type LedgerFilter, NO_MEMBER } from './store';

/**
 * The day of an instant in a zone, fast enough for a million events: every real UTC offset is a
 * multiple of 15 minutes, so instants in the same UTC quarter-hour fall on the same local day and
 * Intl (a few microseconds a call) runs once per quarter-hour seen, not once per event.
 */
export function dayBucketer(timeZone: string = LEDGER_TIME_ZONE): (time: string) => Day {
  const cache = new Map<string, Day>();
  return (time) => {
    // `YYYY-MM-DDTHH:MM…Z`: the hour, then the quarter of it.
    const minute = (time.charCodeAt(14) - 48) * 10 + (time.charCodeAt(15) - 48);
    const key = time.slice(0, 13) + String.fromCharCode(65 + Math.floor(minute / 15));
    let day = cache.get(key);
    if (day === undefined) {
      day = dayInTimeZone(
        `${time.slice(0, 14)}${String(Math.floor(minute / 15) * 15).padStart(2, '0')}:00Z`,
        timeZone,
      );
      if (cache.size > 50_000) cache.clear();
      cache.set(key, day);
    }
    return day;
  };
}

function memberMatches(member: string | undefined, wanted: string | undefined): boolean {
  if (wanted === undefined) return true;
  if (wanted === NO_MEMBER) return member === undefined;
  return member === wanted;
}

export function isEmptyFilter(f: LedgerFilter): boolean {
  return (
    f.from === undefined &&
    f.to === undefined &&
    f.platform === undefined &&
    f.program === undefined &&
    f.member === undefined
  );
}

/** Events matching a filter (`program` does not apply to events). */
export function filterEvents(
  events: readonly PromotionEvent[],
  filter: LedgerFilter,
  dayOf: (time: string) => Day = dayBucketer(),
): PromotionEvent[] {
  const { from, to, platform, member } = filter;
  if (from === undefined && to === undefined && platform === undefined && member === undefined)
    return [...events];
  return events.filter((e) => {
    if (platform !== undefined && e.platform !== platform) return false;
    if (!memberMatches(e.member, member)) return false;
    if (from !== undefined || to !== undefined) {
      const day = dayOf(e.time);
      if (from !== undefined && day < from) return false;
      if (to !== undefined && day > to) return false;
    }
    return true;
  });
}

export function filterResults(results: readonly ResultEntry[], filter: LedgerFilter): ResultEntry[] {
  const { from, to, platform, program, member } = filter;
  if (isEmptyFilter(filter)) return [...results];
  return results.filter(
    (r) =>
      (from === undefined || r.day >= from) &&
      (to === undefined || r.day <= to) &&
      (platform === undefined || r.platform === platform) &&
      (program === undefined || r.program === program) &&
      memberMatches(r.member, member),
  );
}

/** Filter values as the export file records them (`filter` in the JSON export), for the reader. */
export function describeFilter(f: LedgerFilter): Record<string, string> {
  const out: Record<string, string> = {};
  if (f.from) out.from = f.from;
  if (f.to) out.to = f.to;
  if (f.platform) out.platform = f.platform;
  if (f.program) out.program = f.program;
  if (f.member !== undefined) out.member = f.member === NO_MEMBER ? '(none)' : f.member;
  return out;
}
