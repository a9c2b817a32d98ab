// `npm run bench`: every benchmark of the project, as one table (medians, with same-run baselines).

import { contentScriptCases } from './content-script.bench';
import { dashboardCases } from './dashboard.bench';
import { extensionDashboardCases } from './extension-dashboard.bench';
import { type BenchRow, formatTable, runCase } from './harness';
import { loggingCases } from './logging.bench';
import { pageCostCases } from './page-cost.bench';
import { projectionCases } from './projection.bench';
import { scaleCases } from './scale.bench';

// Browser cases need the built extension (`npm run build`); they say so if it is missing.
const cases = [
  ...projectionCases,
  ...contentScriptCases,
  ...pageCostCases,
  ...loggingCases,
  ...dashboardCases,
  ...scaleCases,
  ...extensionDashboardCases,
];
// BENCH_ONLY=<regexp>: only the cases whose name matches (a quick look at one bar).
const only = process.env.BENCH_ONLY ? new RegExp(process.env.BENCH_ONLY, 'i') : null;
const rows: BenchRow[] = [];
for (const c of cases) {
  if (only && !only.test(c.name)) continue;
  process.stderr.write(`running: ${c.name}\n`);
  rows.push(await runCase(c));
}
process.stdout.write(`${formatTable(rows)}\n`);
const missed = rows.filter((r) => !r.meets);
if (missed.length > 0)
  process.stdout.write(
    `\n${missed.length} case(s) miss their bar: ${missed.map((r) => r.name).join('; ')}\n`,
  );
