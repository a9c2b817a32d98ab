// A small benchmark harness: every case runs several times and reports its median, next to a
// baseline measured in the same process, run for run in turn with the case, so that the ratio means
// something on a noisy machine.
// A case whose bar is not a time (a size, a throughput, a percentile) reports its own figure.

/** A case's own figure, e.g. `{ value: 19.6, unit: 'KB gz' }` or `{ value: 52.3, unit: 'MB/s' }`. */
export interface Figure {
  value: number;
  unit: string;
  /** Decimals shown (default 1). */
  digits?: number;
}

export interface BenchCase {
  name: string;
  /** What the figure is compared with in quality.md, e.g. "≤ 100 ms (P6)". */
  bar: string;
  /**
   * True when the figure meets the bar: `value` is the case's own figure (see `figure`), else the
   * median time in milliseconds; `ratio` is the median time over the baseline's, when there is one.
   */
  meets: (value: number, ratio: number | null) => boolean;
  /**
   * The case's own figure, from the median time of its runs (a throughput) or from what the runs
   * recorded (a size, a percentile). Without it the figure is the median time.
   */
  figure?: (medianMs: number) => Figure;
  /** False when the time of a run means nothing by itself (measuring a size): no time is shown. */
  timed?: boolean;
  runs?: number;
  setup?: () => unknown | Promise<unknown>;
  /** Untimed, before each run (the warm-up too): e.g. a fresh page, so that runs do not overlap. */
  prepare?: (input: unknown) => unknown | Promise<unknown>;
  run: (input: unknown) => unknown | Promise<unknown>;
  /** Releases what setup made (a browser, a server), after the case and its baseline ran. */
  teardown?: (input: unknown) => unknown | Promise<unknown>;
  /** The same input processed by the simplest code that could do the job. */
  baseline?: { name: string; run: (input: unknown) => unknown | Promise<unknown> };
}

export interface BenchRow {
  name: string;
  /** The figure compared with the bar: the case's own, or the median time in ms. */
  figure: Figure;
  medianMs: number;
  timed: boolean;
  baselineName: string | null;
  baselineMs: number | null;
  ratio: number | null;
  bar: string;
  meets: boolean;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
}

async function timed(fn: () => unknown | Promise<unknown>): Promise<number> {
  const t0 = performance.now();
  await fn();
  return performance.now() - t0;
}

/**
 * Median times of the case and of its baseline. Their runs alternate (case, baseline, case, …), so
 * that a burst of load from elsewhere on the machine weighs on both series alike and the ratio
 * stays meaningful; `prepare` runs untimed before each run of the case.
 */
async function medians(
  c: BenchCase,
  input: unknown,
  runs: number,
): Promise<{ medianMs: number; baselineMs: number | null }> {
  const run = () => c.run(input);
  const base = c.baseline ? () => c.baseline?.run(input) : null;
  const samples: number[] = [];
  const baseSamples: number[] = [];
  // Warm-up: JIT and caches, not counted.
  await c.prepare?.(input);
  await run();
  if (base) await base();
  for (let i = 0; i < runs; i++) {
    await c.prepare?.(input);
    samples.push(await timed(run));
    if (base) baseSamples.push(await timed(base));
  }
  return { medianMs: median(samples), baselineMs: base ? median(baseSamples) : null };
}

/** Megabytes per second for `bytes` processed in `ms` (MB = 10⁶ bytes, as the bars count them). */
export function mbPerSecond(bytes: number, ms: number): Figure {
  return { value: bytes / 1e6 / (ms / 1000), unit: 'MB/s' };
}

export async function runCase(c: BenchCase): Promise<BenchRow> {
  const input = c.setup ? await c.setup() : undefined;
  const runs = c.runs ?? 5;
  let medianMs: number;
  let baselineMs: number | null;
  try {
    ({ medianMs, baselineMs } = await medians(c, input, runs));
  } finally {
    await c.teardown?.(input);
  }
  const figure = c.figure ? c.figure(medianMs) : { value: medianMs, unit: 'ms' };
  // A case that times part of its runs itself (timed: false, a figure in ms) is compared with its
  // baseline by that time, not by the whole runs'.
  const caseMs = c.timed === false && figure.unit === 'ms' ? figure.value : medianMs;
  const ratio = baselineMs ? caseMs / baselineMs : null;
  return {
    name: c.name,
    figure,
    medianMs,
    timed: c.timed ?? true,
    baselineName: c.baseline?.name ?? null,
    baselineMs,
    ratio,
    bar: c.bar,
    meets: c.meets(figure.value, ratio),
  };
}

export function formatFigure(f: Figure): string {
  return Number.isFinite(f.value) ? `${f.value.toFixed(f.digits ?? 1)} ${f.unit}` : `? ${f.unit}`;
}

export function formatTable(rows: BenchRow[]): string {
  const header = ['case', 'figure', 'median time', 'baseline (same run)', 'ratio', 'bar', 'meets'];
  const body = rows.map((r) => [
    r.name,
    formatFigure(r.figure),
    // A time figure is already in the figure column; a size has no meaningful time.
    r.timed && r.figure.unit !== 'ms' ? `${r.medianMs.toFixed(1)} ms` : '—',
    r.baselineMs === null ? '—' : `${r.baselineName}: ${r.baselineMs.toFixed(1)} ms`,
    r.ratio === null ? '—' : `${r.ratio.toFixed(2)}×`,
    r.bar,
    r.meets ? 'yes' : 'NO',
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((b) => (b[i] as string).length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i] as number)).join(' | ')} |`;
  return [line(header), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...body.map(line)].join('\n');
}
