import { addDays, type Day, dayInTimeZone, dayNumber } from './days';

// One "today" for the whole product. Promotions and results are counted per calendar day in the
// programs' time zone (programs.md: Meta counts days in America/Los_Angeles), so the popup's
// "posted today", the widget, the dashboard's as-of day and the names of export files all use the
// day in that zone — never the browser's local day or UTC, which disagree with it for part of
// every day. An open page rolls over at that zone's midnight (msUntilNextDay).

/** The zone the ledger's days are counted in: the Meta programs' own. */
export const LEDGER_TIME_ZONE = 'America/Los_Angeles';

/** Today in the ledger's zone. */
export function today(now: Date = new Date(), timeZone: string = LEDGER_TIME_ZONE): Day {
  return dayInTimeZone(now, timeZone);
}

const MS_PER_DAY = 86_400_000;

/** The first instant of `day` in `timeZone` (DST-aware: found by searching, not by a fixed offset). */
export function startOfDayIn(day: Day, timeZone: string = LEDGER_TIME_ZONE): Date {
  // Local midnight lies within 14 hours of UTC midnight of the same date: bisect on the local day.
  const utcMidnight = dayNumber(day) * MS_PER_DAY;
  let lo = utcMidnight - 15 * 3_600_000;
  let hi = utcMidnight + 15 * 3_600_000;
  // Invariant: the day at lo is before `day`, the day at hi is `day` or later.
  while (hi - lo > 60_000) {
    const mid = Math.floor((lo + hi) / 2 / 60_000) * 60_000;
    if (dayInTimeZone(mid, timeZone) < day) lo = mid;
    else hi = mid;
  }
  return new Date(hi);
}

/** The instants [from, to) of a calendar day in `timeZone`. */
export function dayBounds(day: Day, timeZone: string = LEDGER_TIME_ZONE): { from: Date; to: Date } {
  return { from: startOfDayIn(day, timeZone), to: startOfDayIn(addDays(day, 1), timeZone) };
}

/** Milliseconds until the next day begins in `timeZone` (when an open page should roll over). */
export function msUntilNextDay(now: Date = new Date(), timeZone: string = LEDGER_TIME_ZONE): number {
  return Math.max(1_000, dayBounds(today(now, timeZone), timeZone).to.getTime() - now.getTime());
}
