import {
  BarController,
  BarElement,
  Chart,
  type ChartConfiguration,
  Filler,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
} from 'chart.js';
import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import type { ChartPalette, DashboardChartConfig } from './common';

// The thin Chart.js wrapper: only the pieces the dashboard's configs use are registered, the canvas
// is hidden from assistive technology's detail (its table or text equivalent sits right below it),
// and the chart is rebuilt when its config changes — configs are cheap, charts hold ≤ 2,000 points.

Chart.register(
  LineController,
  BarController,
  LineElement,
  BarElement,
  PointElement,
  LinearScale,
  Filler,
  Legend,
  Tooltip,
);
Chart.defaults.font.family =
  'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif';

/** The current theme's colours, read from the CSS variables of the dashboard's root element. */
export function readPalette(element: Element): ChartPalette {
  const style = getComputedStyle(element);
  const v = (name: string, fallback: string) => style.getPropertyValue(name).trim() || fallback;
  return {
    text: v('--text', '#1b1d21'),
    muted: v('--muted', '#5b626d'),
    grid: v('--grid', '#e3e6ea'),
    accent: v('--accent', '#a8236b'),
    accentSoft: v('--accent-band', 'rgba(168,35,107,0.15)'),
    success: v('--success', '#16733a'),
    warning: v('--warning', '#8a5a00'),
    danger: v('--danger', '#b42318'),
    series: [1, 2, 3, 4, 5, 6].map((i) => v(`--series-${i}`, '#888')),
  };
}

export interface ChartViewProps {
  /** Builds the config with the palette of the moment (themes change it). */
  config: (palette: ChartPalette) => DashboardChartConfig;
  /** One sentence saying what the chart shows (the canvas's accessible name). */
  label: string;
  height?: number;
  /** Changes whenever the theme does, to rebuild with the new palette. */
  themeKey: string;
  children?: ComponentChildren;
}

export function ChartView({ config, label, height = 280, themeKey }: ChartViewProps) {
  const canvas = useRef<HTMLCanvasElement>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: themeKey changes the CSS variables readPalette reads
  useEffect(() => {
    const el = canvas.current;
    if (!el) return;
    const chart = new Chart(el, config(readPalette(el)) as ChartConfiguration);
    return () => chart.destroy();
  }, [config, themeKey]);
  return (
    <div class="chart" style={{ height: `${height}px` }}>
      <canvas ref={canvas} role="img" aria-label={label} />
    </div>
  );
}
