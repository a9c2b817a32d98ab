import type { CsvImportProgress } from '../../shared/io/csv-table';
import { DEFAULT_MAX_ERRORS, FILE_FIELD } from '../../shared/io/csv-table';
import { parseEventsCsv } from '../../shared/io/events-csv';
import { parseExportFile } from '../../shared/io/export-json';
import { parseResultsCsv } from '../../shared/io/results-csv';
import { decodeUtf8Strict } from '../../shared/io/utf8';
import type { PromotionEvent } from '../../shared/schemas/event';
import type { ResultEntry } from '../../shared/schemas/result';
import type { Settings } from '../../shared/schemas/settings';

// One imported file, read and checked but not yet compared with what is stored: a results CSV
// (`date,program,metric,count[,platform][,member]`), a log CSV (`id,time,platform,…`, as the
// dashboard exports it) or a Promo Ledger export (versioned JSON). Nothing here throws on bad input.

export type ImportKind = 'results-csv' | 'events-csv' | 'export-json';

/** A problem with one row (CSV, spreadsheet numbering) or one item (`events[12].time`, JSON). */
export interface ImportProblem {
  row?: number;
  field: string;
  message: string;
}

export interface ParsedImport {
  name: string;
  kind: ImportKind | null;
  events: PromotionEvent[];
  results: ResultEntry[];
  settings?: Settings;
  /** Rows (CSV) or items (JSON) read, good and bad. */
  read: number;
  /** Rows or items left out because they are invalid. */
  rejected: number;
  /** What is wrong, row by row; long lists end with one line summing up the rest. */
  problems: ImportProblem[];
  /** How many problems there are in all, listed or summed up: exact past any limit. */
  problemCount: number;
  /** The file as a whole could not be used (not JSON, not ours, not UTF-8, bad header…). */
  unusable: boolean;
}

export type ParseProgress = (p: CsvImportProgress) => void;

const JSON_START = /^\s*[[{]/;

/** Which CSV a header row belongs to: a log has `id` and `time` columns, results have `date`. */
export function csvKindOf(text: string): 'results-csv' | 'events-csv' {
  const start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const lineEnd = text.slice(start, start + 4096).search(/[\r\n]/);
  const header = text.slice(start, lineEnd === -1 ? start + 4096 : start + lineEnd);
  const names = new Set(header.split(',').map((c) => c.trim().replace(/^"|"$/g, '').toLowerCase()));
  return names.has('id') && names.has('time') ? 'events-csv' : 'results-csv';
}

/** Decodes a file's bytes as strict UTF-8 (shared/io/utf8.ts), naming the first invalid byte. */
export function decodeUtf8(bytes: ArrayBuffer): { ok: true; text: string } | { ok: false; message: string } {
  return decodeUtf8Strict(new Uint8Array(bytes));
}

export function unusableFile(name: string, message: string): ParsedImport {
  return {
    name,
    kind: null,
    events: [],
    results: [],
    read: 0,
    rejected: 0,
    problems: [{ field: FILE_FIELD, message }],
    problemCount: 1,
    unusable: true,
  };
}

/** Distinct items named by JSON problems (`events[3].time`, `events[3].id` → one item). */
function rejectedItems(fields: readonly string[]): number {
  const items = new Set<string>();
  for (const field of fields) {
    const m = /^(events|results)\[(\d+)\]/.exec(field);
    if (m) items.add(`${m[1]}[${m[2]}]`);
  }
  return items.size;
}

export function parseImportText(
  name: string,
  text: string,
  options: { onProgress?: ParseProgress; maxErrors?: number } = {},
): ParsedImport {
  const maxErrors = options.maxErrors ?? DEFAULT_MAX_ERRORS;
  if (text.trim() === '') return unusableFile(name, 'the file is empty');
  if (JSON_START.test(text.slice(0, 64).replace(/^\uFEFF/, ''))) {
    // Every rejected field is listed (no limit) so that rejected items can be counted exactly.
    const parsed = parseExportFile(text, { maxErrors: Number.MAX_SAFE_INTEGER });
    options.onProgress?.({ done: text.length, total: text.length });
    if (!parsed.ok) {
      return {
        ...unusableFile(name, ''),
        kind: 'export-json',
        problems: parsed.errors,
        problemCount: parsed.errors.length,
      };
    }
    const rejected = rejectedItems(parsed.rejected.map((e) => e.field));
    const problems: ImportProblem[] = parsed.rejected.slice(0, maxErrors);
    if (parsed.rejected.length > maxErrors)
      problems.push({
        field: FILE_FIELD,
        message: `${parsed.rejected.length - maxErrors} more problems not listed`,
      });
    const out: ParsedImport = {
      name,
      kind: 'export-json',
      events: parsed.file.events,
      results: parsed.file.results,
      read: parsed.file.events.length + parsed.file.results.length + rejected,
      rejected,
      problems,
      problemCount: parsed.rejected.length,
      unusable: false,
    };
    if (parsed.file.settings) out.settings = parsed.file.settings;
    return out;
  }

  const kind = csvKindOf(text);
  const csvOptions = {
    maxErrors,
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
  };
  const parsed =
    kind === 'events-csv'
      ? { ...parseEventsCsv(text, csvOptions), results: [] }
      : { ...parseResultsCsv(text, csvOptions), events: [] };
  // A header problem means no row was read as what it says: the file as a whole is unusable.
  const unusable = parsed.errors.some(
    (e) => e.field === '(header)' || (e.field === FILE_FIELD && parsed.rows === 0),
  );
  return {
    name,
    kind,
    events: parsed.events,
    results: parsed.results,
    read: parsed.rows,
    rejected: unusable ? parsed.rows : parsed.rows - parsed.events.length - parsed.results.length,
    problems: parsed.errors,
    problemCount: parsed.errorCount,
    unusable,
  };
}
