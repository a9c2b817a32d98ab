import type { Locale } from '../i18n/locale';

// Dates as the pages show them, through Intl in the UI's language. A day (`YYYY-MM-DD`) is a
// calendar date, so it is formatted in UTC to never shift by the viewer's time zone.

export function formatDay(day: string, locale: Locale): string {
  const date = new Date(`${day}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return day;
  return new Intl.DateTimeFormat(locale, {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    timeZone: 'UTC',
  }).format(date);
}

/** An instant in the viewer's time zone: "12 May 2025, 14:03". */
export function formatTime(iso: string, locale: Locale, timeZone?: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone }).format(date);
}

export function formatCount(n: number, locale: Locale): string {
  return new Intl.NumberFormat(locale).format(n);
}
