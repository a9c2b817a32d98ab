import { addDays } from '../../shared/dates/days';
import { DailyLedger } from '../../shared/engine/ledger';
import { projectEarnings } from '../../shared/engine/projection';
import { findProgram } from '../../shared/programs/catalog';
import { PLATFORMS } from '../../shared/schemas/common';
import type { ResultEntry } from '../../shared/schemas/result';
import type { BenchCase } from './harness';

// P6: projection over 100k and 1M result rows (a team's merged log: many members, six weeks,
// four platforms). The baseline is the least any projection must do: one pass summing the counts
// per day.

function rows(n: number): ResultEntry[] {
  const out: ResultEntry[] = [];
  const start = '2025-05-12';
  for (let i = 0; i < n; i++) {
    const day = addDays(start, i % 28);
    const platform = PLATFORMS[(i >> 5) % 4];
    out.push({
      day,
      program: 'instagram-referrals-2025',
      metric: 'signups',
      count: 1 + (i % 3),
      platform,
      source: 'import',
      member: `m${Math.floor(i / 112)}`,
    });
  }
  return out;
}

const found = findProgram('instagram-referrals-2025');
if (!found) throw new Error('catalog lacks instagram-referrals-2025');
const referrals = found;

function project(results: ResultEntry[]) {
  const ledger = DailyLedger.fromResults(results, referrals.id);
  return projectEarnings(referrals, ledger, { asOf: '2025-06-08' });
}

function sumPerDay(results: ResultEntry[]) {
  const perDay = new Map<string, number>();
  for (const r of results) perDay.set(r.day, (perDay.get(r.day) ?? 0) + r.count);
  return perDay;
}

export const projectionCases: BenchCase[] = [100_000, 1_000_000].map((n) => ({
  name: `projection over ${n.toLocaleString('en-US')} result rows`,
  bar: n === 100_000 ? '≤ 100 ms (P6)' : '≤ 1 s (P6)',
  meets: (ms: number) => ms <= (n === 100_000 ? 100 : 1000),
  setup: () => rows(n),
  run: (input) => project(input as ResultEntry[]),
  baseline: { name: 'sum per day', run: (input) => sumPerDay(input as ResultEntry[]) },
}));
