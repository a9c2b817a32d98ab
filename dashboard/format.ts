import { dayFromNumber } from '../shared/dates/days';
import { formatCents } from '../shared/report/format-report';

// Numbers, money and dates as the reader's language writes them. Money is integer cents throughout
// and formatted with the report's own formatCents, so a figure reads the same in the terminal and here.

export type Lang = 'en' | 'fr';

const LOCALE: Record<Lang, string> = { en: 'en-US', fr: 'fr-FR' };

export interface Formatter {
  lang: Lang;
  money(cents: number): string;
  /** Whole dollars when the amount is large (tiles). */
  moneyShort(cents: number): string;
  /** Always whole dollars (chart axes). */
  moneyWhole(cents: number): string;
  count(n: number): string;
  /** One decimal at most: rates such as 4.3 sign-ups a day. */
  rate(n: number): string;
  percent(ratio: number): string;
  /** `2025-05-12` → "May 12, 2025" / "12 mai 2025". */
  day(day: string): string;
  /** Without the year, for axes and dense tables. */
  dayShort(day: string): string;
  dayNumber(n: number): string;
  /** `2025-05` → "May 2025". */
  month(month: string): string;
}

export function formatter(lang: Lang): Formatter {
  const locale = LOCALE[lang];
  const count = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
  const rate = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
  const short = new Intl.NumberFormat(locale, {
    style: 'currency',
    currency: 'USD',
    maximumFractionDigits: 0,
  });
  const day = new Intl.DateTimeFormat(locale, {
    timeZone: 'UTC',
    year: 'numeric',
    month: 'short',
    day: 'numeric',
  });
  const dayShort = new Intl.DateTimeFormat(locale, { timeZone: 'UTC', month: 'short', day: 'numeric' });
  const month = new Intl.DateTimeFormat(locale, { timeZone: 'UTC', year: 'numeric', month: 'long' });
  const asDate = (d: string) => new Date(`${d}T00:00:00Z`);
  return {
    lang,
    money: (cents) => formatCents(cents, lang),
    moneyShort: (cents) =>
      Math.abs(cents) >= 100_000 ? short.format(cents / 100) : formatCents(cents, lang),
    moneyWhole: (cents) => short.format(cents / 100),
    count: (n) => count.format(n),
    rate: (n) => (Number.isFinite(n) ? rate.format(n) : '∞'),
    percent: (r) => percent.format(r),
    day: (d) => day.format(asDate(d)),
    dayShort: (d) => dayShort.format(asDate(d)),
    dayNumber: (n) => dayShort.format(asDate(dayFromNumber(Math.round(n)))),
    month: (m) => month.format(asDate(`${m}-01`)),
  };
}
