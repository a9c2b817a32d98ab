// One date helper for the whole project. A "day" is a calendar date written `YYYY-MM-DD` in a
// program's time zone. Day arithmetic runs on the proleptic Gregorian calendar in UTC, so it never
// sees a DST shift; only the conversion from an instant to a day needs the time zone.

export type Day = string;

const DAY_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

/** True for a real calendar date such as `2025-02-28` (and not `2025-02-30`). */
export function isValidDay(value: string): boolean {
  const m = DAY_RE.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (y < 1970 || y > 9999 || mo < 1 || mo > 12 || d < 1) return false;
  return d <= daysInMonth(y, mo);
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Days in a month (1–12); arithmetic only, as it runs once per imported row. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return MONTH_DAYS[month - 1] ?? 0;
}

const ZERO = 48;

function digit(day: string, i: number): number {
  const d = day.charCodeAt(i) - ZERO;
  return d >= 0 && d <= 9 ? d : Number.NaN;
}

/**
 * Days since 1970-01-01 of a real `YYYY-MM-DD` calendar day, read arithmetically (no Date: the
 * engine reads a million rows' days), or NaN for anything else.
 */
function civilDayNumber(day: Day): number {
  if (typeof day !== 'string' || day.length !== 10 || day.charCodeAt(4) !== 45 || day.charCodeAt(7) !== 45)
    return Number.NaN;
  const y = digit(day, 0) * 1000 + digit(day, 1) * 100 + digit(day, 2) * 10 + digit(day, 3);
  const m = digit(day, 5) * 10 + digit(day, 6);
  const d = digit(day, 8) * 10 + digit(day, 9);
  if (!(y >= 1 && m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m))) return Number.NaN;
  // Days from the civil date, proleptic Gregorian (H. Hinnant's algorithm), with March first.
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * ((m + 9) % 12) + 2) / 5) + d - 1;
  return era * 146_097 + yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy - 719_468;
}

/** Days since 1970-01-01 for a day string (no validation: call on parsed input). */
export function dayNumber(day: Day): number {
  const n = civilDayNumber(day);
  if (!Number.isNaN(n)) return n;
  // Not a calendar day: what Date.UTC makes of it (callers validate before; kept as it always was).
  return Math.floor(Date.UTC(+day.slice(0, 4), +day.slice(5, 7) - 1, +day.slice(8, 10)) / MS_PER_DAY);
}

/** `dayNumber` for data that must hold calendar days (the engine's ledgers): anything else is refused, named. */
export function calendarDayNumber(day: Day): number {
  const n = civilDayNumber(day);
  if (Number.isNaN(n))
    throw new Error(`expected a calendar day written YYYY-MM-DD, got ${JSON.stringify(day)}`);
  return n;
}

// Day numbers turned back into strings are remembered: the engine asks for the same few hundred days
// for every creator of a team.
const dayNames = new Map<number, Day>();
/** Forget past this many days (only data spanning centuries would reach it). */
const DAY_NAMES_LIMIT = 100_000;

export function dayFromNumber(n: number): Day {
  let day = dayNames.get(n);
  if (day === undefined) {
    day = new Date(n * MS_PER_DAY).toISOString().slice(0, 10);
    if (dayNames.size >= DAY_NAMES_LIMIT) dayNames.clear();
    dayNames.set(n, day);
  }
  return day;
}

export function addDays(day: Day, n: number): Day {
  return dayFromNumber(dayNumber(day) + n);
}

/** Whole days from `a` to `b` (`b - a`); negative when `b` is earlier. */
export function daysBetween(a: Day, b: Day): number {
  return dayNumber(b) - dayNumber(a);
}

/** Inclusive count of days in [start, end]; 0 when end < start. */
export function daySpan(start: Day, end: Day): number {
  return Math.max(0, daysBetween(start, end) + 1);
}

export function minDay(a: Day, b: Day): Day {
  return a <= b ? a : b;
}

export function maxDay(a: Day, b: Day): Day {
  return a >= b ? a : b;
}

/** `YYYY-MM` of a day. */
export function monthOf(day: Day): string {
  return day.slice(0, 7);
}

export function firstOfMonth(day: Day): Day {
  return `${day.slice(0, 7)}-01`;
}

export function lastOfMonth(day: Day): Day {
  const y = +day.slice(0, 4);
  const m = +day.slice(5, 7);
  return `${day.slice(0, 7)}-${String(daysInMonth(y, m)).padStart(2, '0')}`;
}

/** The same day-of-month `n` months later, clamped to the month's length (Jan 31 + 1 → Feb 28). */
export function addMonths(day: Day, n: number): Day {
  const y = +day.slice(0, 4);
  const m = +day.slice(5, 7) - 1 + n;
  const ty = y + Math.floor(m / 12);
  const tm = (((m % 12) + 12) % 12) + 1;
  const d = Math.min(+day.slice(8, 10), daysInMonth(ty, tm));
  return `${String(ty).padStart(4, '0')}-${String(tm).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** Day `dayOfMonth` of the month `monthsAfter` months after the month holding `day`. */
export function dayOfMonthAfter(day: Day, monthsAfter: number, dayOfMonth: number): Day {
  const first = addMonths(firstOfMonth(day), monthsAfter);
  const y = +first.slice(0, 4);
  const m = +first.slice(5, 7);
  return `${first.slice(0, 8)}${String(Math.min(dayOfMonth, daysInMonth(y, m))).padStart(2, '0')}`;
}

/** Monday of the ISO week holding `day`. */
export function startOfWeek(day: Day): Day {
  const n = dayNumber(day);
  // 1970-01-01 was a Thursday: (n + 3) % 7 is 0 on Mondays.
  return dayFromNumber(n - ((((n + 3) % 7) + 7) % 7));
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    formatters.set(timeZone, f);
  }
  return f;
}

export function isValidTimeZone(timeZone: string): boolean {
  try {
    formatterFor(timeZone);
    return true;
  } catch {
    return false;
  }
}

/** The calendar day an instant falls on in `timeZone` (DST-aware, through Intl). */
export function dayInTimeZone(instant: Date | number | string, timeZone: string): Day {
  const date = instant instanceof Date ? instant : new Date(instant);
  const parts = formatterFor(timeZone).formatToParts(date);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')}`;
}

/** Every day from start to end inclusive. */
export function eachDay(start: Day, end: Day): Day[] {
  const out: Day[] = [];
  for (let n = dayNumber(start), last = dayNumber(end); n <= last; n++) out.push(dayFromNumber(n));
  return out;
}
