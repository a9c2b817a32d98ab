import { type ResultEntry, resultEntrySchema } from '../schemas/result';
import { CsvText, isPlainCell } from './csv';
import { type CsvImportOptions, importCsvTable, lowerCase, type RowError } from './csv-table';
import type { Converted } from './row-check';

// What a creator copies from a program's dashboard, one row per day, program and metric:
//   date,program,metric,count,platform,member
//   2025-05-14,instagram-referrals-2025,signups,3,tiktok,

export const RESULTS_CSV_COLUMNS = ['date', 'program', 'metric', 'count', 'platform', 'member'] as const;
export type ResultsCsvColumn = (typeof RESULTS_CSV_COLUMNS)[number];
const REQUIRED: readonly ResultsCsvColumn[] = ['date', 'program', 'metric', 'count'];

export interface ResultsCsvImport {
  results: ResultEntry[];
  errors: RowError[];
  /** Every problem found (errors lists up to maxErrors, then sums up the rest). */
  errorCount: number;
  /** Data rows read, good and bad. */
  rows: number;
}

export function exportResultsCsv(results: readonly ResultEntry[]): string {
  const out = new CsvText();
  out.row(RESULTS_CSV_COLUMNS);
  for (const r of results) {
    const { day, program, metric, count, platform, member } = r;
    // One row array less per result: a template of the cells when all are plain, csvLine otherwise.
    if (
      isPlainCell(day) &&
      isPlainCell(program) &&
      isPlainCell(metric) &&
      isPlainCell(count) &&
      isPlainCell(platform) &&
      isPlainCell(member)
    )
      out.line(`${day},${program},${metric},${count},${platform ?? ''},${member ?? ''}`);
    else out.row([day, program, metric, count, platform, member]);
  }
  return out.toString();
}

/**
 * Results from CSV text: header required (any order, any case), each row checked with
 * resultEntrySchema and marked `source: 'import'`. A row repeating the (day, program, metric,
 * platform, member) of an earlier row is reported, not merged: two different counts for one fact
 * in one file is a mistake the creator should see.
 */
export function parseResultsCsv(text: string, options?: CsvImportOptions): ResultsCsvImport {
  const { items, errors, errorCount, rows } = importCsvTable<ResultEntry, ResultsCsvColumn>(
    text,
    {
      columns: RESULTS_CSV_COLUMNS,
      required: REQUIRED,
      schema: resultEntrySchema,
      keyOf: (r) => [r.day, r.program, r.metric, r.platform, r.member],
      make(v) {
        const r = { day: v[0], program: v[1], metric: v[2], count: v[3] } as ResultEntry;
        if (v[4] !== undefined) r.platform = v[4] as ResultEntry['platform'];
        r.source = v[5] as ResultEntry['source'];
        if (v[6] !== undefined) r.member = v[6] as string;
        return r;
      },
      fields: {
        day: { column: 'date' },
        program: { column: 'program', convert: lowerCase },
        metric: { column: 'metric', convert: lowerCase },
        count: { column: 'count', convert: countCandidate },
        platform: { column: 'platform', convert: lowerCase },
        source: { constant: 'import' },
        member: { column: 'member' },
      },
    },
    options,
  );
  return { results: items, errors, errorCount, rows };
}

// 1,234  1.234.567  1 234  1'234  1’234 (narrow and non-breaking spaces too): the same separator each time.
const THOUSANDS = /^\d{1,3}([,. '\u00a0\u202f\u2019])\d{3}(?:\1\d{3})*$/;
// Plain decimal notation; anything else ("abc", "1e5", "NaN", "0x10") is left as text for the schema to refuse.
const DECIMAL_NUMBER = /^-?(?:\d+(?:\.\d*)?|\.\d+)$/;

/**
 * The value the schema checks for a count cell. Numbers in plain notation become numbers, so that the
 * schema's own messages explain a negative, fractional or huge count; a thousands separator gets a
 * message of its own because the schema would only see "not a number".
 */
export function countCandidate(text: string): Converted {
  if (THOUSANDS.test(text))
    return { error: 'write the number without thousands separators (1234, not 1,234)' };
  if (!DECIMAL_NUMBER.test(text)) return { value: text };
  // Beyond 2^53 zod would call 1e26 "not a whole number"; capped, it says "at most …", the real problem.
  const n = Number(text);
  return { value: Math.min(n, Number.MAX_SAFE_INTEGER) };
}
