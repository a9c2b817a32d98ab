import { describe, expect, it } from 'vitest';
import { addDays, dayNumber } from '../../shared/dates/days';
import { DEMO_AS_OF, demoData } from '../../shared/demo/demo-data';
import { formatter } from '../format';
import { dashboardModel } from '../model/dashboard-model';
import { chartText } from '../views/shared';
import { activityChartConfig } from './activity-chart';
import { aggregate, type ChartPalette, dayTicks, MAX_POINTS, type Point } from './common';
import { earningsChartConfig } from './earnings-chart';
import { payoutsChartConfig } from './payouts-chart';

const palette: ChartPalette = {
  text: '#111',
  muted: '#555',
  grid: '#eee',
  accent: '#a8236b',
  accentSoft: 'rgba(0,0,0,0.1)',
  success: '#0a0',
  warning: '#aa0',
  danger: '#a00',
  series: ['#1', '#2', '#3', '#4', '#5', '#6'],
};
const text = chartText(formatter('en'));
const labels = {
  earned: 'Earned',
  projected: 'Projected',
  low: 'Band (low)',
  high: '90% band',
  cap: 'Cap',
  scenario: 'Scenario',
};
const model = dashboardModel(demoData(), { asOf: DEMO_AS_OF, method: 'run-rate', member: null });

function points(config: { data: { datasets: { data: Point[] }[] } }): Point[][] {
  return config.data.datasets.map((d) => d.data);
}

describe('chart configs (quality.md P7)', () => {
  it('turn off parsing and animation, and keep data sorted by x', () => {
    const configs = [
      earningsChartConfig(
        { series: model.programs[0]?.series ?? (undefined as never), labels },
        palette,
        text,
      ),
      activityChartConfig(
        {
          daily: model.activity.daily,
          platformLabels: { tiktok: 'TikTok', youtube: 'YouTube', discord: 'Discord', substack: 'Substack' },
          unitLabel: () => 'posts',
        },
        palette,
        text,
      ),
      payoutsChartConfig({ payouts: model.payouts, formatMonth: (m) => m }, palette, text),
    ];
    for (const config of configs) {
      expect(config.options?.parsing).toBe(false);
      expect(config.options?.animation).toBe(false);
      expect(config.options?.normalized).toBe(true);
      for (const data of points(config)) {
        const xs = data.map((p) => p.x);
        expect(xs).toEqual([...xs].sort((a, b) => a - b));
        expect(data.length).toBeLessThanOrEqual(MAX_POINTS);
      }
    }
  });

  it('earnings: earned through as-of, projected to the horizon, the band and the cap', () => {
    const referrals = model.programs.find((p) => p.report.id === 'instagram-referrals-2025');
    if (!referrals) throw new Error('no referrals');
    const config = earningsChartConfig({ series: referrals.series, labels }, palette, text);
    const byLabel = new Map(config.data.datasets.map((d) => [d.label, d.data]));
    expect(byLabel.get('Earned')?.at(-1)).toEqual({
      x: dayNumber(DEMO_AS_OF),
      y: referrals.report.earnedCents,
    });
    expect(byLabel.get('Projected')?.at(-1)).toEqual({
      x: dayNumber('2025-06-22'),
      y: referrals.report.projectedCents,
    });
    expect(byLabel.get('90% band')?.at(-1)?.y).toBe(referrals.report.highCents);
    expect(byLabel.get('Band (low)')?.at(-1)?.y).toBe(referrals.report.lowCents);
    expect(byLabel.get('Cap')?.map((p) => p.y)).toEqual([2_000_000, 2_000_000]);
    // The band's upper edge fills down to the lower one.
    expect(config.data.datasets.find((d) => d.label === '90% band')?.fill).toBe('-1');
  });

  it('earnings: a scenario is drawn over the base', () => {
    const series = model.programs[0]?.series;
    if (!series) throw new Error('no series');
    const scenario = { ...series, projected: series.projected.map((p) => ({ ...p, cents: p.cents + 100 })) };
    const config = earningsChartConfig({ series, scenario, labels }, palette, text);
    expect(config.data.datasets.map((d) => d.label)).toContain('Scenario');
  });

  it('activity: one stacked dataset per platform used, summing to the posted count', () => {
    const config = activityChartConfig(
      {
        daily: model.activity.daily,
        platformLabels: { tiktok: 'TikTok', youtube: 'YouTube', discord: 'Discord', substack: 'Substack' },
        unitLabel: () => 'posts a day',
      },
      palette,
      text,
    );
    expect(config.data.datasets.map((d) => d.label)).toEqual(['TikTok', 'YouTube', 'Discord', 'Substack']);
    const total = config.data.datasets.reduce((s, d) => s + d.data.reduce((a, p) => a + p.y, 0), 0);
    expect(total).toBe(model.activity.totals.posted);
    expect(config.options?.scales?.y?.stacked).toBe(true);
  });

  it('activity: a long log is aggregated to at most MAX_POINTS bars, keeping the total', () => {
    const n = 5_000;
    const days = Array.from({ length: n }, (_, i) => addDays('2012-01-01', i));
    const ones = days.map(() => 1);
    const config = activityChartConfig(
      {
        daily: {
          days,
          posted: {
            tiktok: ones,
            youtube: ones.map(() => 0),
            discord: ones.map(() => 0),
            substack: ones.map(() => 0),
          },
        },
        platformLabels: { tiktok: 'TikTok', youtube: 'YouTube', discord: 'Discord', substack: 'Substack' },
        unitLabel: (k) => `posts per ${k} days`,
      },
      palette,
      text,
    );
    const data = config.data.datasets[0]?.data ?? [];
    expect(data.length).toBeLessThanOrEqual(MAX_POINTS);
    expect(data.reduce((s, p) => s + p.y, 0)).toBe(n);
    const y = config.options?.scales?.y as { title?: { text?: string } } | undefined;
    expect(y?.title?.text).toBe('posts per 3 days');
  });

  it('payouts: paid and due money per month, per program', () => {
    const config = payoutsChartConfig({ payouts: model.payouts, formatMonth: (m) => m }, palette, text);
    const total = config.data.datasets.reduce((s, d) => s + d.data.reduce((a, p) => a + p.y, 0), 0);
    const expected = model.payouts
      .filter((p) => p.status === 'paid' || p.status === 'due')
      .reduce((s, p) => s + p.cents, 0);
    expect(total).toBe(expected);
    expect(config.data.datasets.map((d) => d.label)).toEqual([
      'Instagram Referrals (2025)',
      'Facebook Stars',
    ]);
  });

  it('aggregate sums counts or keeps running totals', () => {
    const pts = Array.from({ length: 10 }, (_, i) => ({ x: i, y: i + 1 }));
    expect(aggregate(pts, 'sum', 4)).toEqual([
      { x: 2, y: 6 },
      { x: 5, y: 15 },
      { x: 8, y: 24 },
      { x: 9, y: 10 },
    ]);
    expect(aggregate(pts, 'last', 5)).toEqual([
      { x: 1, y: 2 },
      { x: 3, y: 4 },
      { x: 5, y: 6 },
      { x: 7, y: 8 },
      { x: 9, y: 10 },
    ]);
    expect(aggregate(pts, 'sum')).toEqual(pts);
  });

  it('format axis and tooltip values in the reader’s language', () => {
    const fr = chartText(formatter('fr'));
    expect(fr.formatMoneyAxis(2_000_000).replace(/\s/g, ' ')).toBe('20 000 $US');
    expect(text.formatMoneyAxis(2_000_000)).toBe('$20,000');
    expect(text.formatDay(dayNumber('2025-05-12'))).toBe('May 12');
  });

  it('payouts: one labelled tick per month, whatever bounds Chart.js would step from', () => {
    const config = payoutsChartConfig({ payouts: model.payouts, formatMonth: (m) => `M${m}` }, palette, text);
    const x = config.options?.scales?.x as {
      afterBuildTicks: (axis: { ticks: { value: number }[] }) => void;
      ticks: { callback: (v: number) => string };
    };
    const axis = { ticks: [{ value: -0.5 }, { value: 0.5 }, { value: 1.5 }] };
    x.afterBuildTicks(axis);
    const months = [
      ...new Set(model.payouts.filter((p) => p.status !== 'rolled_over').map((p) => p.date.slice(0, 7))),
    ];
    expect(axis.ticks.map((t) => t.value)).toEqual(axis.ticks.map((_, i) => i));
    expect(axis.ticks.length).toBeGreaterThan(0);
    expect(
      axis.ticks.map((t) => x.ticks.callback(t.value)).every((label) => /^M\d{4}-\d{2}$/.test(label)),
    ).toBe(true);
    expect(axis.ticks.length).toBeLessThanOrEqual(months.length);
  });

  it('label a day axis on whole days only, so a short range does not repeat a day', () => {
    const ticks = dayTicks(palette, text, 10);
    const day = dayNumber('2026-11-29');
    expect(ticks.precision).toBe(0);
    expect(ticks.callback(day)).toBe('Nov 29');
    // The bounds half a bar either side, and any fractional tick, get no label.
    expect(ticks.callback(day - 0.6)).toBe('');
    expect(ticks.callback(day + 0.5)).toBe('');
  });
});
