import Papa from 'papaparse/papaparse.min.js';
import type { z } from 'zod';
import { unescapeFormulaCell } from '../../shared/io/csv';
import type { RowError } from '../../shared/io/csv-table';
import { EVENTS_CSV_COLUMNS, parseEventsCsv } from '../../shared/io/events-csv';
import { countCandidate, parseResultsCsv, RESULTS_CSV_COLUMNS } from '../../shared/io/results-csv';
import { type PromotionEvent, promotionEventSchema } from '../../shared/schemas/event';
import { type ResultEntry, resultEntrySchema } from '../../shared/schemas/result';
import { type FieldCheck, fieldChecks, INVALID, OMIT, REQUIRED, remembered } from './fieldwise';

// The dashboard's CSV import: the same answer as shared/io's parseResultsCsv / parseEventsCsv, about
// as fast as a bare PapaParse parse on clean files (quality.md P8), in pieces so that a worker can
// report progress.
//
// A clean file (good header, every row valid, no repeated key) takes the fast path, on ~4 MB pieces
// cut at record boundaries: a piece without any `"` is split on line ends and commas exactly as
// PapaParse's own "fast mode" splits it (without keeping every row's array), any other piece goes
// through PapaParse. Cells are read as shared/io's csv-table reads them (trim, formula escape undone,
// blank records skipped), converted as its specs convert them, and checked field by field with each
// field's own schema (fieldwise.ts), outcomes remembered per raw cell — or, for the part of a line
// after its id and time (or day), per raw rest of line (RestReader). Repeated keys are found with
// nested maps (KeySet). The moment anything is not clean, the whole text goes through shared/io
// instead, whose per-row error report is then exactly what the user sees. Tests check both paths give
// the same items and errors on generated files (fast-csv.test.ts).
//
// Why this is not in shared/io: csv-table's per-row zod parse and its flat string keys for duplicate
// detection are what cost the time there; its clear per-row messages are what it is for.

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

/** Whether a record is blank (every cell whitespace), as shared/io skips it; quick for usual rows. */
function isBlank(record: readonly string[]): boolean {
  const first = (record[0] as string).charCodeAt(0);
  // A printable ASCII character is never whitespace.
  if (first > 32 && first < 127) return false;
  for (const cell of record) if (cell.trim() !== '') return false;
  return true;
}

/**
 * Duplicate detection on a key's parts with nested maps: joining the parts into one string per row
 * (as csv-table does with resultKey) costs more than PapaParse's whole parse of the row. Neighbouring
 * rows usually share their first parts (program, metric, member), so the path of the previous key
 * is kept and only the parts that differ are looked up.
 */
export class KeySet {
  private readonly root = new Map<string, unknown>();
  private readonly lastParts: string[] = [];
  private readonly lastNodes: Map<string, unknown>[] = [];

  /**
   * Adds the key made of `parts` (most repeated first, always as many); false when it was there
   * already. `parts` may be reused by the caller for the next key.
   */
  add(parts: readonly string[]): boolean {
    const last = parts.length - 1;
    const lastParts = this.lastParts;
    const nodes = this.lastNodes;
    let node = this.root;
    let i = 0;
    // Reuse the previous key's path as far as the parts are the same.
    while (i < last && i < lastParts.length - 1 && parts[i] === lastParts[i]) {
      node = nodes[i + 1] as Map<string, unknown>;
      i++;
    }
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
    for (let j = 0; j <= last; j++) lastParts[j] = parts[j] as string;
    // Setting an array's length is a slow builtin call: only when the key has another length.
    if (lastParts.length !== last + 1) lastParts.length = last + 1;
    const leaf = parts[last] as string;
    if (node.has(leaf)) return false;
    node.set(leaf, true);
    return true;
  }
}

/** A cell with nothing in it (after trimming): the field is absent from the row's candidate. */
const ABSENT: unique symbol = Symbol('absent');

/** How shared/io turns a cell into the value its schema checks (results-csv.ts, events-csv.ts). */
type Convert = 'text' | 'lower' | 'count';

/**
 * A column's cell, raw as the CSV parser gives it, to the field's output: read as csv-table reads
 * it (trimmed, formula escape undone, empty → absent), converted as the spec's toCandidate does
 * (ids lower-cased, counts through countCandidate), then checked with the field's own schema
 * (fieldwise.ts). ABSENT for an empty cell, INVALID for a value shared/io would report.
 * Outcomes are remembered per raw cell, so that a repeated page address, member or day costs one
 * lookup for the whole chain.
 */
function cellReader(check: FieldCheck, convert: Convert): (raw: string) => unknown {
  const compute = (raw: string): unknown => {
    let text = raw;
    const n = raw.length;
    if (n === 0) return ABSENT;
    const first = raw.charCodeAt(0);
    const last = raw.charCodeAt(n - 1);
    // Printable ASCII at both ends, no leading `'`: trim and unescapeFormulaCell would change nothing.
    if (!(first > 32 && first < 127 && first !== 39 && last > 32 && last < 127)) {
      text = unescapeFormulaCell(raw.trim());
      if (text === '') return ABSENT;
    }
    if (convert === 'lower') return check.parse(text.toLowerCase());
    if (convert === 'count') {
      const count = countCandidate(text);
      return 'error' in count ? INVALID : check.parse(count.value);
    }
    return check.parse(text);
  };
  return remembered(compute);
}

interface FastField {
  /** The CSV column, as in the spec's `columns`. */
  column: string;
  /** The schema field it fills. */
  key: string;
  convert: Convert;
  /**
   * Values that vary most from row to row (an event's id and time, a result's day). When such
   * columns come first in the file, as the dashboard exports them, the rest of each line — which
   * repeats — is read as one (see RestReader).
   */
  unique?: boolean;
}

interface FastSpec<T> {
  columns: readonly string[];
  required: readonly string[];
  schema: z.ZodType<T>;
  /** One per column, in `columns` order. */
  fields: readonly FastField[];
  /**
   * The item from its fields' outputs (in `fields` order; `undefined` for an optional field left
   * out), as an object literal of one shape. Fields the file cannot set (a result's `source`) are
   * set as shared/io's toCandidate sets them.
   */
  make(values: readonly unknown[]): T;
  /** A duplicate check: false when the item's key was seen before (see KeySet). */
  dedupe(): (item: T) => boolean;
  fallback(text: string, maxErrors?: number): { items: T[]; errors: RowError[]; rows: number };
}

const resultsSpec: FastSpec<ResultEntry> = {
  columns: RESULTS_CSV_COLUMNS,
  required: ['date', 'program', 'metric', 'count'],
  schema: resultEntrySchema,
  // As results-csv.ts builds the candidate: ids lower-cased, the count through countCandidate.
  fields: [
    { column: 'date', key: 'day', convert: 'text', unique: true },
    { column: 'program', key: 'program', convert: 'lower' },
    { column: 'metric', key: 'metric', convert: 'lower' },
    { column: 'count', key: 'count', convert: 'count' },
    { column: 'platform', key: 'platform', convert: 'lower' },
    { column: 'member', key: 'member', convert: 'text' },
  ],
  make(v) {
    const r: ResultEntry = {
      day: v[0] as string,
      program: v[1] as string,
      metric: v[2] as string,
      count: v[3] as number,
      source: 'import',
    };
    if (v[4] !== undefined) r.platform = v[4] as ResultEntry['platform'];
    if (v[5] !== undefined) r.member = v[5] as string;
    return r;
  },
  dedupe() {
    const keys = new KeySet();
    const parts = ['', '', '', '', ''];
    return (r) => {
      parts[0] = r.program;
      parts[1] = r.metric;
      parts[2] = r.member ?? '';
      parts[3] = r.platform ?? '';
      parts[4] = r.day;
      return keys.add(parts);
    };
  },
  fallback: (text, maxErrors) => {
    const r = parseResultsCsv(text, maxErrors === undefined ? {} : { maxErrors });
    return { items: r.results, errors: r.errors, rows: r.rows };
  },
};

const eventsSpec: FastSpec<PromotionEvent> = {
  columns: EVENTS_CSV_COLUMNS,
  required: EVENTS_CSV_COLUMNS.filter((c) => c !== 'member'),
  schema: promotionEventSchema,
  // As events-csv.ts builds the candidate: platform, surface and action lower-cased.
  fields: [
    { column: 'id', key: 'id', convert: 'text', unique: true },
    { column: 'time', key: 'time', convert: 'text', unique: true },
    { column: 'platform', key: 'platform', convert: 'lower' },
    { column: 'surface', key: 'surface', convert: 'lower' },
    { column: 'action', key: 'action', convert: 'lower' },
    { column: 'linkId', key: 'linkId', convert: 'text' },
    { column: 'pageUrl', key: 'pageUrl', convert: 'text' },
    { column: 'member', key: 'member', convert: 'text' },
  ],
  make(v) {
    const e: PromotionEvent = {
      id: v[0] as string,
      time: v[1] as string,
      platform: v[2] as PromotionEvent['platform'],
      surface: v[3] as PromotionEvent['surface'],
      action: v[4] as PromotionEvent['action'],
      linkId: v[5] as string,
      pageUrl: v[6] as string,
    };
    if (v[7] !== undefined) e.member = v[7] as string;
    return e;
  },
  dedupe() {
    const ids = new Set<string>();
    return (e) => {
      const before = ids.size;
      ids.add(e.id);
      return ids.size !== before;
    };
  },
  fallback: (text, maxErrors) => {
    const r = parseEventsCsv(text, maxErrors === undefined ? {} : { maxErrors });
    return { items: r.events, errors: r.errors, rows: r.rows };
  },
};

class NotClean extends Error {}

/** A field as the fast path reads it: where its cell is, how it becomes the output, if it may be absent. */
interface BoundField {
  /** The field's index in the spec's `fields`. */
  k: number;
  /** Its cell's index in a record (-1: the file has no such column). */
  at: number;
  read: (raw: string) => unknown;
  /** The output when the cell is empty or missing: undefined (left out), a default, or REQUIRED. */
  absent: unknown;
}

function bindFields<T>(spec: FastSpec<T>, columnAt: readonly number[]): BoundField[] {
  const checks = new Map(fieldChecks(spec.schema, { cache: false }).map((c) => [c.key, c]));
  return spec.fields.map((f, k) => {
    const check = checks.get(f.key);
    if (!check) throw new Error(`fast-csv: ${f.key} is not a field of the schema`);
    return {
      k,
      at: columnAt[k] as number,
      read: cellReader(check, f.convert),
      absent: check.absent === OMIT ? undefined : check.absent,
    };
  });
}

/** A field's output from a record's cells, INVALID for anything shared/io would report. */
function readField(f: BoundField, cells: readonly string[]): unknown {
  const v = f.at >= 0 && f.at < cells.length ? f.read(cells[f.at] as string) : ABSENT;
  if (v === ABSENT) return f.absent === REQUIRED ? INVALID : f.absent;
  return v;
}

/** Whether cells from `from` on are all blank, as shared/io requires of cells beyond the header. */
function strayFrom(cells: readonly string[], from: number): boolean {
  for (let i = from; i < cells.length; i++) if ((cells[i] as string).trim() !== '') return true;
  return false;
}

/**
 * Lines of a quote-free piece whose first cells are the spec's `unique` fields: those cells are cut
 * out one by one, and the rest of the line — an event's platform, surface, action, link, page and
 * member; a result's program, metric, count, platform and member — which repeats from row to row, is
 * read as one text whose outcome (every field's output, or INVALID) is remembered. One lookup then
 * replaces a lookup per cell and the array of the line's cells. It is the same reading as record by
 * record: the rest is split on commas exactly as the whole line would be.
 */
interface RestReader {
  lead: BoundField[];
  read: (rest: string) => unknown;
  /** Output indexes the rest fills, in the order `read` returns them. */
  filled: number[];
}

/**
 * Distinct rests of lines remembered: a team's results file repeats each member's few combinations
 * of program, metric, count and platform, thousands of members over.
 */
const REST_CACHE_LIMIT = 65_536;

function restReader(
  fields: readonly BoundField[],
  spec: FastSpec<unknown>,
  width: number,
): RestReader | null {
  const present = fields.filter((f) => f.at >= 0);
  // In the order of the line, as they are cut from it.
  const lead = present.filter((f) => spec.fields[f.k]?.unique).sort((a, b) => a.at - b.at);
  // Only where the unique columns are the first ones of the line (any order among themselves).
  if (lead.length === 0 || lead.some((f) => f.at >= lead.length)) return null;
  const rest = fields.filter((f) => !lead.includes(f));
  const shifted = rest.map((f) => ({ ...f, at: f.at < 0 ? -1 : f.at - lead.length }));
  const restWidth = width - lead.length;
  const compute = (text: string): unknown => {
    const cells = text.split(',');
    if (cells.length > restWidth && strayFrom(cells, restWidth)) return INVALID;
    const out = new Array<unknown>(shifted.length);
    for (let i = 0; i < shifted.length; i++) {
      const v = readField(shifted[i] as BoundField, cells);
      if (v === INVALID) return INVALID;
      out[i] = v;
    }
    return out;
  };
  return { lead, read: remembered(compute, REST_CACHE_LIMIT), filled: rest.map((f) => f.k) };
}

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
  const isNew = spec.dedupe();
  let rows = 0;
  let fields: BoundField[] | null = null;
  let byLine: RestReader | null = null;
  let width = 0;
  const values: unknown[] = new Array(spec.fields.length).fill(undefined);

  const add = (): void => {
    const item = spec.make(values);
    if (!isNew(item)) throw new NotClean();
    items.push(item);
  };

  /** A record as PapaParse gives it (or as a line splits). */
  const take = (record: string[]): void => {
    if (isBlank(record)) return;
    if (fields === null) {
      width = record.length;
      fields = bindFields(spec, readHeader(record, spec));
      byLine = restReader(fields, spec as FastSpec<unknown>, width);
      return;
    }
    rows++;
    if (record.length > width && strayFrom(record, width)) throw new NotClean();
    for (const f of fields) {
      const v = readField(f, record);
      if (v === INVALID) throw new NotClean();
      values[f.k] = v;
    }
    add();
  };

  /** A line of a piece without quotes: what PapaParse would split on commas. */
  const takeLine = (line: string): void => {
    const reader = byLine;
    const first = line.charCodeAt(0);
    // Printable ASCII other than a comma starts a non-blank first cell; anything else (the header,
    // a blank line, a leading space or empty cell) goes the record way.
    if (reader === null || !(first > 32 && first < 127 && first !== 44)) {
      take(line.split(','));
      return;
    }
    let from = 0;
    const lead = reader.lead;
    for (let j = 0; j < lead.length; j++) {
      const comma = line.indexOf(',', from);
      // A short line (no rest): the record way reads its missing cells as absent.
      if (comma === -1) {
        take(line.split(','));
        return;
      }
      const f = lead[j] as BoundField;
      const v = f.read(line.slice(from, comma));
      values[f.k] = v === ABSENT ? (f.absent === REQUIRED ? INVALID : f.absent) : v;
      if (values[f.k] === INVALID) throw new NotClean();
      from = comma + 1;
    }
    rows++;
    const rest = reader.read(line.slice(from));
    if (rest === INVALID) throw new NotClean();
    const filled = reader.filled;
    for (let i = 0; i < filled.length; i++) values[filled[i] as number] = (rest as unknown[])[i];
    add();
  };

  for (let p = 0; p + 1 < bounds.length; p++) {
    const piece = input.slice(bounds[p], bounds[p + 1]);
    if (piece.indexOf('"') === -1) {
      // What PapaParse does with text that holds no quote at all (its "fast mode"): split on the line
      // ending, then on the delimiter — here without keeping every row's array until the end.
      for (const line of piece.split(newline)) takeLine(line);
    } else {
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
      for (const record of parsed.data) take(record);
    }
    options.onProgress?.({ done: bounds[p + 1] as number, total: input.length });
  }
  if (fields === null) throw new NotClean(); // empty file: shared/io says what a header should be
  return { items, rows };
}

/** Column positions, or NotClean for any header shared/io would complain about (or an unnamed column). */
function readHeader(
  record: readonly string[],
  spec: { columns: readonly string[]; required: readonly string[] },
): number[] {
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
