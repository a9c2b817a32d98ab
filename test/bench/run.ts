// `npm run bench`: every benchmark of the project, as one table (medians, with same-run baselines).

import { contentScriptCases } from './content-script.bench';
import { dashboardCases } from './dashboard.bench';
import { extensionDashboardCases } from './extension-dashboard.bench';
import { type BenchRow, formatTable, runCase } from './harness';
import { loggingCases } from './logging.bench';
import { projectionCases } from './projection.bench';

// Browser cases need the built extension (`npm run build`); they say so if it is missing.
const cases = [
  ...projectionCases,
  ...contentScriptCases,
  ...loggingCases,
  ...dashboardCases,
  ...extensionDashboardCases,
];
const rows: BenchRow[] = [];
for (const c of cases) {
  process.stderr.write(`running: ${c.name}\n`);
  rows.push(await runCase(c));
}
process.stdout.write(`${formatTable(rows)}\n`);
const missed = rows.filter((r) => !r.meets);
if (missed.length > 0)
  process.stdout.write(
    `\n${missed.length} case(s) miss their bar: ${missed.map((r) => r.name).join('; ')}\n`,
  );
