import type { ChartConfiguration, ChartDataset } from 'chart.js';
import { dayNumber } from '../../shared/dates/days';
import type { EarningsSeries, SeriesPoint } from '../model/dashboard-model';
import { aggregate, baseOptions, type ChartPalette, type ChartText, dayTicks, type Point } from './common';

// Earned so far and the projection to the window's end, with its 90% band and the cap: the Overview's
// chart for one program, and the What-if's (with the scenario drawn over the base).

export interface EarningsChartData {
  series: EarningsSeries;
  /** A second projection drawn dashed over the first (What-if). */
  scenario?: EarningsSeries;
  labels: { earned: string; projected: string; low: string; high: string; cap: string; scenario: string };
}

function points(series: readonly SeriesPoint[]): Point[] {
  return aggregate(
    series.map((p) => ({ x: dayNumber(p.day), y: p.cents })),
    'last',
  );
}

export function earningsChartConfig(
  data: EarningsChartData,
  palette: ChartPalette,
  text: ChartText,
): ChartConfiguration<'line', Point[]> {
  const { series, labels } = data;
  const line = (
    label: string,
    pts: Point[],
    color: string,
    extra: Partial<ChartDataset<'line', Point[]>> = {},
  ) =>
    ({
      label,
      data: pts,
      borderColor: color,
      backgroundColor: color,
      borderWidth: 2,
      pointRadius: 0,
      pointHoverRadius: 3,
      tension: 0,
      ...extra,
    }) satisfies ChartDataset<'line', Point[]>;

  const datasets: ChartDataset<'line', Point[]>[] = [];
  // The band first: its upper line fills down to the lower one (the dataset just before it).
  if (series.low.length > 0) {
    datasets.push(
      line(labels.low, points(series.low), 'transparent', { borderWidth: 0, pointHoverRadius: 0 }),
    );
    datasets.push(
      line(labels.high, points(series.high), 'transparent', {
        borderWidth: 0,
        pointHoverRadius: 0,
        backgroundColor: palette.accentSoft,
        fill: '-1',
      }),
    );
  }
  datasets.push(line(labels.earned, points(series.actual), palette.accent, { borderWidth: 2.5 }));
  if (series.projected.length > 0)
    datasets.push(line(labels.projected, points(series.projected), palette.accent, { borderDash: [6, 4] }));
  if (data.scenario && data.scenario.projected.length > 0)
    datasets.push(
      line(labels.scenario, points(data.scenario.projected), palette.success, {
        borderDash: [2, 3],
        borderWidth: 2.5,
      }),
    );

  const allDays = [...series.actual, ...series.projected, ...(data.scenario?.projected ?? [])];
  const xs = allDays.map((p) => dayNumber(p.day));
  const minX = xs.length > 0 ? Math.min(...xs) : undefined;
  const maxX = xs.length > 0 ? Math.max(...xs) : undefined;
  if (series.capCents !== null && allDays.length > 0) {
    datasets.push(
      line(
        labels.cap,
        [
          { x: Math.min(...xs), y: series.capCents },
          { x: Math.max(...xs), y: series.capCents },
        ],
        palette.warning,
        { borderDash: [2, 2], borderWidth: 1.5, pointHoverRadius: 0 },
      ),
    );
  }

  const base = baseOptions<'line'>(palette);
  return {
    type: 'line',
    data: { datasets },
    options: {
      ...base,
      scales: {
        x: {
          type: 'linear',
          ...(minX !== undefined ? { min: minX } : {}),
          ...(maxX !== undefined ? { max: maxX } : {}),
          grid: { color: palette.grid },
          ticks: dayTicks(palette, text, 8),
        },
        y: {
          type: 'linear',
          beginAtZero: true,
          grid: { color: palette.grid },
          ticks: { color: palette.muted, callback: (v) => text.formatMoneyAxis(Number(v)) },
        },
      },
      plugins: {
        ...base.plugins,
        legend: {
          labels: {
            color: palette.text,
            boxWidth: 12,
            boxHeight: 12,
            // The band's two edges are one thing to a reader: only the upper one is listed.
            filter: (item) => item.text !== labels.low,
          },
        },
        tooltip: {
          filter: (item) => item.dataset.label !== labels.low && item.dataset.label !== labels.high,
          callbacks: {
            title: (items) => (items[0] ? text.formatDay(items[0].parsed.x ?? 0) : ''),
            label: (item) => `${item.dataset.label}: ${text.formatMoney(item.parsed.y ?? 0)}`,
          },
        },
      },
    },
  };
}
