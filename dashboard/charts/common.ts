import type { ChartConfiguration, ChartOptions, ChartType } from 'chart.js';

// What every chart of the dashboard shares (quality.md P7, after Chart.js's performance guide): data
// already in Chart.js's internal {x, y} form (parsing: false), sorted and aligned (normalized), no
// animation, and never more than MAX_POINTS points in a series — longer series are aggregated into
// buckets of whole days before they reach Chart.js.

export const MAX_POINTS = 2_000;

export interface Point {
  x: number;
  y: number;
}

/** Colours read from the page's theme (chart-view.tsx), so that charts follow light and dark. */
export interface ChartPalette {
  text: string;
  muted: string;
  grid: string;
  accent: string;
  accentSoft: string;
  success: string;
  warning: string;
  danger: string;
  series: readonly string[];
}

/** Words and number formats of the current language, passed in so that configs stay pure. */
export interface ChartText {
  formatMoney(cents: number): string;
  /** Money on an axis: whole dollars. */
  formatMoneyAxis(cents: number): string;
  formatCount(n: number): string;
  /** A day number (days since 1970-01-01) as a short date. */
  formatDay(dayNumber: number): string;
}

/**
 * Points aggregated into buckets of `size` consecutive points so that at most `max` remain: counts
 * are summed (`sum`), running totals keep the bucket's last value (`last`). x is the bucket's last x.
 */
export function aggregate(points: readonly Point[], mode: 'sum' | 'last', max = MAX_POINTS): Point[] {
  if (points.length <= max) return [...points];
  const size = Math.ceil(points.length / max);
  const out: Point[] = [];
  for (let i = 0; i < points.length; i += size) {
    const bucket = points.slice(i, i + size);
    const lastPoint = bucket[bucket.length - 1] as Point;
    out.push({ x: lastPoint.x, y: mode === 'sum' ? bucket.reduce((s, p) => s + p.y, 0) : lastPoint.y });
  }
  return out;
}

/** How many days each point of an aggregated daily series stands for. */
export function bucketDays(length: number, max = MAX_POINTS): number {
  return length <= max ? 1 : Math.ceil(length / max);
}

/** What ChartView accepts: every config function below returns one of these. */
export type DashboardChartConfig = ChartConfiguration<'line', Point[]> | ChartConfiguration<'bar', Point[]>;

/**
 * Ticks of a day axis (x = day number): whole days only, so that a short range does not label the
 * same day several times at fractional positions, and the axis's own bounds (half a bar either side)
 * get no label.
 */
export function dayTicks(palette: ChartPalette, text: ChartText, maxTicksLimit: number) {
  return {
    color: palette.muted,
    maxTicksLimit,
    precision: 0,
    callback: (v: number | string) => (Number.isInteger(Number(v)) ? text.formatDay(Number(v)) : ''),
  };
}

export function baseOptions<T extends ChartType>(palette: ChartPalette): ChartOptions<T> {
  return {
    parsing: false,
    normalized: true,
    animation: false,
    responsive: true,
    maintainAspectRatio: false,
    interaction: { mode: 'index', intersect: false },
    color: palette.text,
    plugins: {
      legend: { labels: { color: palette.text, boxWidth: 12, boxHeight: 12 } },
    },
  } as ChartOptions<T>;
}
