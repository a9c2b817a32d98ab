import type { ChartConfiguration, ChartDataset } from 'chart.js';
import type { Payout } from '../../shared/engine/types';
import { baseOptions, type ChartPalette, type ChartText, MAX_POINTS, type Point } from './common';

// Expected payments per month, stacked by program: paid and due money only (a balance rolled over
// or forfeited is not a payment; the table says what became of it).

export interface PayoutsChartData {
  payouts: readonly (Payout & { programName: string })[];
  formatMonth: (month: string) => string;
}

export function payoutsChartConfig(
  data: PayoutsChartData,
  palette: ChartPalette,
  text: ChartText,
): ChartConfiguration<'bar', Point[]> {
  const paid = data.payouts.filter((p) => p.status === 'paid' || p.status === 'due');
  const months = [...new Set(paid.map((p) => p.date.slice(0, 7)))].sort().slice(-MAX_POINTS);
  const index = new Map(months.map((m, i) => [m, i]));
  const programs = [...new Set(paid.map((p) => p.programName))];
  const datasets: ChartDataset<'bar', Point[]>[] = programs.map((name, i) => {
    const sums = new Map<number, number>();
    for (const p of paid) {
      const x = index.get(p.date.slice(0, 7));
      if (p.programName === name && x !== undefined) sums.set(x, (sums.get(x) ?? 0) + p.cents);
    }
    return {
      label: name,
      data: [...sums.entries()].sort((a, b) => a[0] - b[0]).map(([x, y]) => ({ x, y })),
      backgroundColor: palette.series[i % palette.series.length],
      borderWidth: 0,
      stack: 'payouts',
    };
  });
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
          offset: true,
          min: -0.5,
          max: Math.max(0, months.length - 1) + 0.5,
          grid: { display: false },
          // One tick per month: from the padded bounds (-0.5…) Chart.js would step by halves and label
          // nothing (seen on the payout calendar's first screenshots).
          afterBuildTicks: (axis) => {
            axis.ticks = months.map((_, value) => ({ value }));
          },
          ticks: {
            color: palette.muted,
            stepSize: 1,
            callback: (v) => {
              const m = months[Number(v)];
              return Number.isInteger(Number(v)) && m ? data.formatMonth(m) : '';
            },
          },
        },
        y: {
          type: 'linear',
          stacked: true,
          beginAtZero: true,
          grid: { color: palette.grid },
          ticks: { color: palette.muted, callback: (v) => text.formatMoneyAxis(Number(v)) },
        },
      },
      plugins: {
        ...base.plugins,
        tooltip: {
          callbacks: {
            title: (items) => {
              const m = items[0] ? months[items[0].parsed.x ?? -1] : undefined;
              return m ? data.formatMonth(m) : '';
            },
            label: (item) => `${item.dataset.label}: ${text.formatMoney(item.parsed.y ?? 0)}`,
          },
        },
      },
    },
  };
}
