// A small benchmark harness: every case runs several times and reports its median, next to a
// baseline measured in the same process so that the ratio means something on a noisy machine.

export interface BenchCase {
  name: string;
  /** What the figure is compared with in quality.md, e.g. "≤ 100 ms (P6)". */
  bar: string;
  /** True when the measured median meets the bar. */
  meets: (medianMs: number, ratio: number | null) => boolean;
  runs?: number;
  setup?: () => unknown | Promise<unknown>;
  run: (input: unknown) => unknown | Promise<unknown>;
  /** Releases what setup made (a browser, a server), after the case and its baseline ran. */
  teardown?: (input: unknown) => unknown | Promise<unknown>;
  /** The same input processed by the simplest code that could do the job. */
  baseline?: { name: string; run: (input: unknown) => unknown | Promise<unknown> };
}

export interface BenchRow {
  name: string;
  medianMs: number;
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

async function time(fn: () => unknown | Promise<unknown>, runs: number): Promise<number> {
  const samples: number[] = [];
  await fn(); // warm-up: JIT and caches, not counted
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn();
    samples.push(performance.now() - t0);
  }
  return median(samples);
}

export async function runCase(c: BenchCase): Promise<BenchRow> {
  const input = c.setup ? await c.setup() : undefined;
  const runs = c.runs ?? 5;
  let medianMs: number;
  let baselineMs: number | null;
  try {
    medianMs = await time(() => c.run(input), runs);
    baselineMs = c.baseline ? await time(() => c.baseline?.run(input), runs) : null;
  } finally {
    await c.teardown?.(input);
  }
  const ratio = baselineMs ? medianMs / baselineMs : null;
  return {
    name: c.name,
    medianMs,
    baselineName: c.baseline?.name ?? null,
    baselineMs,
    ratio,
    bar: c.bar,
    meets: c.meets(medianMs, ratio),
  };
}

export function formatTable(rows: BenchRow[]): string {
  const header = ['case', 'median', 'baseline (same run)', 'ratio', 'bar', 'meets'];
  const body = rows.map((r) => [
    r.name,
    `${r.medianMs.toFixed(1)} ms`,
    r.baselineMs === null ? '—' : `${r.baselineName}: ${r.baselineMs.toFixed(1)} ms`,
    r.ratio === null ? '—' : `${r.ratio.toFixed(2)}×`,
    r.bar,
    r.meets ? 'yes' : 'NO',
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((b) => (b[i] as string).length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i] as number)).join(' | ')} |`;
  return [line(header), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...body.map(line)].join('\n');
}
