import Papa from 'papaparse/papaparse.min.js';
import { unescapeFormulaCell } from '../../shared/io/csv';
import type { RowError } from '../../shared/io/csv-table';
import { EVENTS_CSV_COLUMNS, parseEventsCsv } from '../../shared/io/events-csv';
import { countCandidate, parseResultsCsv, RESULTS_CSV_COLUMNS } from '../../shared/io/results-csv';
import { type PromotionEvent, promotionEventSchema } from '../../shared/schemas/event';
import { type ResultEntry, resultEntrySchema } from '../../shared/schemas/result';
import { fieldwiseValidator } from './fieldwise';

// The dashboard's CSV import: the same answer as shared/io's parseResultsCsv / parseEventsCsv, at
// least twice as fast on clean files, in pieces so that a worker can report progress.
//
// A clean file (good header, every row valid, no repeated key) takes the fast path: PapaParse on
// ~4 MB pieces cut at record boundaries, the same cell reading as shared/io's csv-table (trim, formula
// escape undone, blank records skipped), and each row checked field by field (fieldwise.ts). The
// moment anything is not clean, the whole text goes through shared/io instead, whose per-row error
// report is then exactly what the user sees. Tests check both paths give the same items (fast-csv.test.ts).
//
// Why this is not in shared/io: see the report to the lead — csv-table's per-row zod parse and its
// flat string keys for duplicate detection are what cost the time; this file shows the fix.

export type CsvKind = 'results' | 'events';

export interface CsvImport<T> {
  items: T[];
  errors: RowError[];
  rows: number;
  /** Whether the fast path read the file (false: shared/io did, because something was not clean). */
  fast: boolean;
}

export interface CsvImportProgress {
  /** Characters read so far, of `total`. */
  done: number;
  total: number;
}

export interface FastCsvOptions {
  onProgress?: (p: CsvImportProgress) => void;
  /** Piece size in characters (default 4 MiB; tests use small ones to put cuts everywhere). */
  pieceSize?: number;
  maxErrors?: number;
}

const MIB = 1024 * 1024;

/** PapaParse's own guess (papaparse.js, `guessLineEndings`), run once on the whole text's first MiB. */
export function guessLineEndings(input: string): '\n' | '\r\n' | '\r' {
  const head = input.substring(0, MIB).replace(/"([\s\S]*?)"/gm, '');
  const r = head.split('\r');
  const n = head.split('\n');
  const nAppearsFirst = n.length > 1 && (n[0] as string).length < (r[0] as string).length;
  if (r.length === 1 || nAppearsFirst) return '\n';
  let numWithN = 0;
  for (const part of r) if (part[0] === '\n') numWithN++;
  return numWithN >= r.length / 2 ? '\r\n' : '\r';
}

/**
 * Cut points after a line ending outside quotes (an even number of `"` before it), about every
 * `size` characters. A cut inside a quoted cell of a malformed file makes a piece end in an open
 * quote, which PapaParse reports — and any report sends the file to shared/io whole.
 */
export function pieceBounds(text: string, newline: string, size: number): number[] {
  const bounds = [0];
  let quotes = 0;
  let scanned = 0;
  let target = size;
  while (target < text.length) {
    for (let i = text.indexOf('"', scanned); i !== -1 && i < target; i = text.indexOf('"', i + 1)) {
      quotes++;
      scanned = i + 1;
    }
    scanned = Math.max(scanned, target);
    let cut = -1;
    let at = target;
    // The next line ending at even quote parity, counting quotes as we pass them.
    for (;;) {
      const nl = text.indexOf(newline, at);
      if (nl === -1) break;
      for (let i = text.indexOf('"', scanned); i !== -1 && i < nl; i = text.indexOf('"', i + 1)) {
        quotes++;
        scanned = i + 1;
      }
      scanned = Math.max(scanned, nl);
      if (quotes % 2 === 0) {
        cut = nl + newline.length;
        break;
      }
      at = nl + newline.length;
    }
    if (cut === -1 || cut >= text.length) break;
    bounds.push(cut);
    target = cut + size;
  }
  bounds.push(text.length);
  return bounds;
}

function isBlank(record: readonly string[]): boolean {
  for (const cell of record) if (cell.trim() !== '') return false;
  return true;
}

/**
 * Duplicate detection on a key's parts with nested maps: joining the parts into one string per row
 * (as csv-table does with resultKey) costs more than PapaParse's whole parse of the row. Neighbouring
 * rows usually share their first parts (program, metric, member), so the path of the previous key
 * is kept and only the parts that differ are looked up.
 */
class KeySet {
  private readonly root = new Map<string, unknown>();
  private lastParts: string[] = [];
  private lastNodes: Map<string, unknown>[] = [];

  /** Adds the key made of `parts` (most repeated first); false when it was there already. */
  add(parts: readonly string[]): boolean {
    const last = parts.length - 1;
    let node = this.root;
    let i = 0;
    // Reuse the previous key's path as far as the parts are the same.
    while (i < last && i < this.lastParts.length - 1 && parts[i] === this.lastParts[i]) {
      node = this.lastNodes[i + 1] as Map<string, unknown>;
      i++;
    }
    const nodes = this.lastNodes;
    nodes[0] = this.root;
    for (; i < last; i++) {
      const part = parts[i] as string;
      let next = node.get(part) as Map<string, unknown> | undefined;
      if (!next) {
        next = new Map();
        node.set(part, next);
      }
      node = next;
      nodes[i + 1] = node;
    }
    this.lastParts = parts as string[];
    const leaf = parts[last] as string;
    if (node.has(leaf)) return false;
    node.set(leaf, true);
    return true;
  }
}

interface FastSpec<T> {
  columns: readonly string[];
  required: readonly string[];
  /** The candidate object shared/io's spec builds from the row's cells (same fields, same conversions). */
  candidate(cell: (column: number) => string | undefined, bad: { count: boolean }): Record<string, unknown>;
  validate: (candidate: Record<string, unknown>) => T | undefined;
  /** The item's key in parts, the parts that repeat most from row to row first. */
  keyParts(item: T): string[];
  fallback(text: string, maxErrors?: number): { items: T[]; errors: RowError[]; rows: number };
}

// Column positions in the spec's `columns` order, as the candidate builders below read them.
const R = { date: 0, program: 1, metric: 2, count: 3, platform: 4, member: 5 } as const;
const E = { id: 0, time: 1, platform: 2, surface: 3, action: 4, linkId: 5, pageUrl: 6, member: 7 } as const;

const resultsSpec: FastSpec<ResultEntry> = {
  columns: RESULTS_CSV_COLUMNS,
  required: ['date', 'program', 'metric', 'count'],
  candidate(cell, bad) {
    // As results-csv.ts builds it: ids lower-cased, the count through countCandidate.
    const count = countCandidate(cell(R.count));
    if ('error' in count) bad.count = true;
    const c: Record<string, unknown> = {
      day: cell(R.date),
      program: cell(R.program)?.toLowerCase(),
      metric: cell(R.metric)?.toLowerCase(),
      count: 'error' in count ? 0 : count.value,
      source: 'import',
    };
    const platform = cell(R.platform);
    if (platform !== undefined) c.platform = platform.toLowerCase();
    const member = cell(R.member);
    if (member !== undefined) c.member = member;
    return c;
  },
  validate: fieldwiseValidator(resultEntrySchema, {
    candidateKeys: ['day', 'program', 'metric', 'count', 'source', 'platform', 'member'],
  }),
  keyParts: (r) => [r.program, r.metric, r.member ?? '', r.platform ?? '', r.day],
  fallback: (text, maxErrors) => {
    const r = parseResultsCsv(text, maxErrors === undefined ? {} : { maxErrors });
    return { items: r.results, errors: r.errors, rows: r.rows };
  },
};

const eventsSpec: FastSpec<PromotionEvent> = {
  columns: EVENTS_CSV_COLUMNS,
  required: EVENTS_CSV_COLUMNS.filter((c) => c !== 'member'),
  candidate(cell) {
    const c: Record<string, unknown> = {
      id: cell(E.id),
      time: cell(E.time),
      platform: cell(E.platform)?.toLowerCase(),
      surface: cell(E.surface)?.toLowerCase(),
      action: cell(E.action)?.toLowerCase(),
      linkId: cell(E.linkId),
      pageUrl: cell(E.pageUrl),
    };
    const member = cell(E.member);
    if (member !== undefined) c.member = member;
    return c;
  },
  validate: fieldwiseValidator(promotionEventSchema, {
    candidateKeys: ['id', 'time', 'platform', 'surface', 'action', 'linkId', 'pageUrl', 'member'],
  }),
  keyParts: (e) => [e.id],
  fallback: (text, maxErrors) => {
    const r = parseEventsCsv(text, maxErrors === undefined ? {} : { maxErrors });
    return { items: r.events, errors: r.errors, rows: r.rows };
  },
};

class NotClean extends Error {}

function fastTable<T>(
  input: string,
  spec: FastSpec<T>,
  options: FastCsvOptions,
): { items: T[]; rows: number } {
  const newline = guessLineEndings(input);
  // The line ending is guessed once, on the whole text, exactly as PapaParse guesses it for the whole
  // text, and given to every piece: pieces never guess on their own.
  const bounds = pieceBounds(input, newline, Math.max(1, options.pieceSize ?? 4 * MIB));
  const items: T[] = [];
  const keys = new KeySet();
  let rows = 0;
  /** Cell index of each spec column, -1 when the file has no such column. */
  let columnAt: number[] | null = null;
  let width = 0;
  let cells: string[] = [];
  const cell = (column: number): string | undefined => {
    const i = (columnAt as number[])[column] as number;
    if (i < 0 || i >= cells.length) return undefined;
    const value = unescapeFormulaCell((cells[i] as string).trim());
    return value === '' ? undefined : value;
  };
  const bad = { count: false };

  for (let p = 0; p + 1 < bounds.length; p++) {
    const piece = input.slice(bounds[p], bounds[p + 1]);
    const parsed = Papa.parse(piece, {
      delimiter: ',',
      quoteChar: '"',
      escapeChar: '"',
      newline,
      header: false,
      dynamicTyping: false,
      skipEmptyLines: false,
    });
    if (parsed.errors.length > 0) throw new NotClean();
    for (const record of parsed.data) {
      if (isBlank(record)) continue;
      if (columnAt === null) {
        columnAt = readHeader(record, spec);
        width = record.length;
        continue;
      }
      rows++;
      if (record.length > width) {
        for (let i = width; i < record.length; i++)
          if ((record[i] as string).trim() !== '') throw new NotClean();
      }
      cells = record;
      bad.count = false;
      const candidate = spec.candidate(cell, bad);
      const item = bad.count ? undefined : spec.validate(candidate);
      if (item === undefined || !keys.add(spec.keyParts(item))) throw new NotClean();
      items.push(item);
    }
    options.onProgress?.({ done: bounds[p + 1] as number, total: input.length });
  }
  if (columnAt === null) throw new NotClean(); // empty file: shared/io says what a header should be
  return { items, rows };
}

/** Column positions, or NotClean for any header shared/io would complain about (or an unnamed column). */
function readHeader(record: readonly string[], spec: FastSpec<unknown>): number[] {
  const byName = new Map(spec.columns.map((c, i) => [c.toLowerCase(), i]));
  const columnAt = spec.columns.map(() => -1);
  record.forEach((raw, i) => {
    const name = unescapeFormulaCell(raw.trim()).toLowerCase();
    const column = byName.get(name);
    if (name === '' || column === undefined || (columnAt[column] as number) >= 0) throw new NotClean();
    columnAt[column] = i;
  });
  for (const required of spec.required)
    if ((columnAt[spec.columns.indexOf(required)] as number) < 0) throw new NotClean();
  return columnAt;
}

function importCsv<T>(text: string, spec: FastSpec<T>, options: FastCsvOptions = {}): CsvImport<T> {
  const input = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  try {
    const { items, rows } = fastTable(input, spec, options);
    return { items, errors: [], rows, fast: true };
  } catch (err) {
    if (!(err instanceof NotClean)) throw err;
  }
  const { items, errors, rows } = spec.fallback(text, options.maxErrors);
  options.onProgress?.({ done: input.length, total: input.length });
  return { items, errors, rows, fast: false };
}

export function importResultsCsv(text: string, options?: FastCsvOptions): CsvImport<ResultEntry> {
  return importCsv(text, resultsSpec, options);
}

export function importEventsCsv(text: string, options?: FastCsvOptions): CsvImport<PromotionEvent> {
  return importCsv(text, eventsSpec, options);
}
