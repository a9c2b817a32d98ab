import type { ChartConfiguration, ChartDataset } from 'chart.js';
import { dayNumber } from '../../shared/dates/days';
import { PLATFORMS, type Platform } from '../../shared/schemas/common';
import type { DailyActivity } from '../model/activity';
import {
  aggregate,
  baseOptions,
  bucketDays,
  type ChartPalette,
  type ChartText,
  dayTicks,
  type Point,
} from './common';

// Posted promotions per day, stacked by platform. Beyond MAX_POINTS days, bars sum several days.

export interface ActivityChartData {
  daily: DailyActivity;
  platformLabels: Record<Platform, string>;
  /** "posts a day", or "posts per N days" once aggregated. */
  unitLabel: (daysPerBar: number) => string;
}

export function activityChartConfig(
  data: ActivityChartData,
  palette: ChartPalette,
  text: ChartText,
): ChartConfiguration<'bar', Point[]> {
  const { days, posted } = data.daily;
  const xs = days.map(dayNumber);
  const perBar = bucketDays(days.length);
  const datasets: ChartDataset<'bar', Point[]>[] = PLATFORMS.filter((p) => posted[p].some((n) => n > 0)).map(
    (p) => ({
      label: data.platformLabels[p],
      data: aggregate(
        posted[p].map((y, i) => ({ x: xs[i] as number, y })),
        'sum',
      ),
      backgroundColor: palette.series[PLATFORMS.indexOf(p) % palette.series.length],
      borderWidth: 0,
      stack: 'posted',
    }),
  );
  const base = baseOptions<'bar'>(palette);
  return {
    type: 'bar',
    data: { datasets },
    options: {
      ...base,
      scales: {
        x: {
          type: 'linear',
          stacked: true,
          offset: false,
          // Half a bar of room either side of the first and last day, and no empty days beyond.
          ...(xs.length > 0
            ? { min: (xs[0] as number) - 0.6 * perBar, max: (xs[xs.length - 1] as number) + 0.6 }
            : {}),
          grid: { display: false },
          ticks: dayTicks(palette, text, 10),
        },
        y: {
          type: 'linear',
          stacked: true,
          beginAtZero: true,
          grid: { color: palette.grid },
          title: { display: true, text: data.unitLabel(perBar), color: palette.muted },
          ticks: { color: palette.muted, precision: 0, callback: (v) => text.formatCount(Number(v)) },
        },
      },
      plugins: {
        ...base.plugins,
        tooltip: {
          callbacks: {
            title: (items) => (items[0] ? text.formatDay(items[0].parsed.x ?? 0) : ''),
            label: (item) => `${item.dataset.label}: ${text.formatCount(item.parsed.y ?? 0)}`,
          },
        },
      },
    },
  };
}
