// `npm run report`: the earnings report in the terminal. The Node edge of the rules package: it reads
// files, hands their text to shared/ for parsing and validation, and prints what shared/ computes.
import { isUtf8 } from 'node:buffer';
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { isValidDay } from '../../shared/dates/days';
import { today } from '../../shared/dates/today';
import { demoData } from '../../shared/demo/demo-data';
import { parseExportFile } from '../../shared/io/export-json';
import { mergeEvents, mergeResults } from '../../shared/io/merge';
import { parseResultsCsv } from '../../shared/io/results-csv';
import { decodeUtf8Strict } from '../../shared/io/utf8';
import { buildReport } from '../../shared/report/build-report';
import { formatReport, type Lang } from '../../shared/report/format-report';
import { applyProgramsFile, parseProgramsFile } from '../../shared/report/programs-file';
import type { PromotionEvent } from '../../shared/schemas/event';
import type { ResultEntry } from '../../shared/schemas/result';
import { defaultSettings, type Settings } from '../../shared/schemas/settings';

const USAGE = `Usage: npm run report -- [options]

  --results FILE     results CSV: date,program,metric,count[,platform][,member] (repeatable)
  --log FILE         Promo Ledger export (JSON) with promotion events and results (repeatable)
  --programs FILE    programs JSON: which programs to run, their parameters, custom programs
  --as-of DAY        report as of this day (YYYY-MM-DD); default today in Los Angeles time
  --method NAME      projection method: run-rate (default) or trend
  --lang en|fr       language of the text report (default from LANG)
  --json             print the report as JSON
  -h, --help         this help

With no --results, --log or --programs, the report runs on the built-in demo data.`;

class InputError extends Error {}

const MAX_SHOWN = 20;

/** Stops on a file's problems: the first MAX_SHOWN, then how many more there are (`total`, exact). */
function fail(file: string, problems: string[], total: number = problems.length): never {
  const shown = problems.slice(0, MAX_SHOWN).map((p) => `  ${basename(file)}: ${p}`);
  if (total > MAX_SHOWN) shown.push(`  … and ${total - MAX_SHOWN} more`);
  throw new InputError(`${file} cannot be used:\n${shown.join('\n')}`);
}

function read(file: string): string {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (e) {
    throw new InputError(
      `cannot read ${file}: ${(e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (e as Error).message}`,
    );
  }
  // Strict UTF-8, as the dashboard reads files: an invalid byte is named, never replaced. Checked
  // in place (isUtf8), then decoded once: a million-row file is not held twice.
  if (isUtf8(bytes)) return bytes.toString('utf8');
  const decoded = decodeUtf8Strict(bytes);
  throw new InputError(`${file} cannot be used: ${decoded.ok ? 'not UTF-8 text' : decoded.message}`);
}

function main(argv: string[]): number {
  const { values } = parseArgs({
    args: argv,
    options: {
      results: { type: 'string', multiple: true },
      log: { type: 'string', multiple: true },
      programs: { type: 'string' },
      'as-of': { type: 'string' },
      method: { type: 'string' },
      lang: { type: 'string' },
      json: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
    strict: true,
  });
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const asOfArg = values['as-of'];
  if (asOfArg !== undefined && !isValidDay(asOfArg))
    throw new InputError(`--as-of: "${asOfArg}" is not a day written YYYY-MM-DD`);
  const method = values.method ?? 'run-rate';
  if (method !== 'run-rate' && method !== 'trend')
    throw new InputError(`--method: expected run-rate or trend, not "${method}"`);
  const lang: Lang = (values.lang ?? process.env.LANG ?? 'en').toLowerCase().startsWith('fr') ? 'fr' : 'en';
  if (values.lang && !['en', 'fr'].includes(values.lang))
    throw new InputError(`--lang: expected en or fr, not "${values.lang}"`);

  const demo = !values.results && !values.log && !values.programs;
  let settings: Settings = defaultSettings();
  let events: PromotionEvent[] = [];
  let results: ResultEntry[] = [];
  let asOf = asOfArg;
  if (demo) {
    const d = demoData();
    ({ settings, events, results } = d);
    asOf ??= d.asOf;
  }

  for (const file of values.log ?? []) {
    const parsed = parseExportFile(read(file));
    if (!parsed.ok)
      fail(
        file,
        parsed.errors.map((e) => `${e.field}: ${e.message}`),
      );
    if (parsed.rejected.length > 0)
      fail(
        file,
        parsed.rejected.map((e) => `${e.field}: ${e.message}`),
      );
    // The first file needs no merge: its items are parsed, and repeats within it were rejected.
    events = events.length === 0 ? parsed.file.events : mergeEvents(events, parsed.file.events).merged;
    results = results.length === 0 ? parsed.file.results : mergeResults(results, parsed.file.results).merged;
    if (parsed.file.settings) settings = parsed.file.settings;
  }
  for (const file of values.results ?? []) {
    const parsed = parseResultsCsv(read(file));
    if (parsed.errors.length > 0)
      fail(
        file,
        parsed.errors.map((e) =>
          e.row ? `row ${e.row}, ${e.field}: ${e.message}` : `${e.field}: ${e.message}`,
        ),
        parsed.errorCount,
      );
    results = results.length === 0 ? parsed.results : mergeResults(results, parsed.results).merged;
  }
  if (values.programs) {
    const parsed = parseProgramsFile(read(values.programs));
    if (!parsed.ok)
      fail(
        values.programs,
        parsed.errors.map((e) => `${e.field}: ${e.message}`),
      );
    settings = applyProgramsFile(settings, parsed.file);
  }

  const report = buildReport({
    settings,
    events,
    results,
    asOf: asOf ?? today(),
    method,
    demo,
  });
  if (report.errors.length > 0 && !values.json) {
    for (const e of report.errors)
      for (const f of e.errors)
        process.stderr.write(`warning: program ${e.programId}: ${f.field}: ${f.message}\n`);
  }
  process.stdout.write(values.json ? `${JSON.stringify(report, null, 2)}\n` : formatReport(report, lang));
  return 0;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (e) {
  if (e instanceof InputError || (e as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
    process.stderr.write(
      `error: ${(e as Error).message}\n\n${(e as { code?: string }).code ? `${USAGE}\n` : ''}`,
    );
    process.exitCode = 2;
  } else throw e;
}
