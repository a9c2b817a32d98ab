import type { z } from 'zod';
import { readCsv, unescapeFormulaCell } from './csv';
import { issuesToFieldErrors, safeParseFriendly } from './issues';
import { type Converted, fieldPlan, INVALID, OMIT, REQUIRED } from './row-check';

/** One problem in an imported file: the spreadsheet row (header = 1), the column, what is wrong. */
export interface RowError {
  row: number;
  field: string;
  message: string;
}

export interface CsvImportOptions {
  /**
   * How many errors to list; later ones are summed up in one last entry. A million bad rows should
   * give a readable report, not a million objects.
   */
  maxErrors?: number;
  /** Called as the file is read (a million rows take seconds): `done` of `total` characters. */
  onProgress?: (progress: CsvImportProgress) => void;
}

export interface CsvImportProgress {
  done: number;
  total: number;
}

export const DEFAULT_MAX_ERRORS = 1000;

/** Field names for problems that concern a whole row, the header or the whole file. */
export const ROW_FIELD = '(row)';
export const HEADER_FIELD = '(header)';
export const FILE_FIELD = '(file)';

/** How one field of an item is read from a row: a column (converted), or a constant. */
export type CsvField<C extends string> =
  | {
      column: C;
      /** The cell's text (trimmed, formula escape undone) → what the schema checks. Default: the text. */
      convert?: (text: string) => Converted;
      /**
       * A plain test that the schema accepts the text unchanged (only for fields without
       * `convert`); false means "ask the schema". For fields whose values never repeat.
       */
      accepts?: (text: string) => boolean;
    }
  | { constant: unknown };

export interface CsvTableSpec<T, C extends string> {
  /** Column names as written in the header, in export order. Matched case-insensitively. */
  columns: readonly C[];
  required: readonly C[];
  /** A strict object of fields, without checks of the whole (see row-check.ts). */
  schema: z.ZodObject & z.ZodType<T>;
  /**
   * Every field of the item and where it comes from. A conversion's own problem (a count written
   * `1,234`) is reported for that column, and the schema's finding for it dropped.
   */
  fields: Readonly<Record<string, CsvField<C>>>;
  /**
   * Identity of an item, in parts (day, program, …): a second row with the same parts is reported
   * as a duplicate. Parts rather than one joined string: nested maps of a few distinct values each
   * are three times faster than a map of a million joined keys.
   */
  keyOf(item: T): readonly (string | undefined)[];
  /**
   * The item from its fields' outputs, in the order of `fields` (`undefined`: an optional field
   * left out, so its key must be too). Written out per file kind because an object literal is
   * several times cheaper than properties added one by one at a million rows; row-check.test.ts
   * checks it gives what the schema gives.
   */
  make(values: readonly unknown[]): T;
}

/** Lower-case text: ids of programs, metrics and platforms are, and "Signups" means "signups". */
export function lowerCase(text: string): Converted {
  return { value: text.toLowerCase() };
}

export interface CsvTableImport<T> {
  items: T[];
  errors: RowError[];
  /** Every problem found, listed or summed up in the last entry: exact however many there are. */
  errorCount: number;
  /** Data rows read (blank lines and the header not counted). */
  rows: number;
}

/**
 * Read a CSV file with a header row into validated items, reporting every problem per row and never
 * throwing. A bad header (unknown, missing or repeated columns) stops the import with file-level
 * errors on row 1, since no row can be trusted to mean what its columns say.
 */
export function importCsvTable<T, C extends string>(
  text: string,
  spec: CsvTableSpec<T, C>,
  options: CsvImportOptions = {},
): CsvTableImport<T> {
  const report = new ErrorReport(options.maxErrors ?? DEFAULT_MAX_ERRORS);
  const items: T[] = [];
  const expected = describeColumns(spec);
  const { onProgress } = options;

  let header: HeaderInfo<C> | null = null;
  let headerBad = false;
  let dataRows = 0;
  // The loop below runs once per row of files with up to a million rows (P8: import at ≥ 0.5× a bare
  // PapaParse parse): one reader closure and one error list serve every row.
  // A plain object with a fixed set of keys is a faster lookup than a Map on this path.
  const columnIndex: Record<string, number> = {};
  let cells: readonly string[] = [];
  /** The cell at column index `i` of the current row: trimmed, formula escape undone, or undefined. */
  const cellAt = (i: number): string | undefined => {
    if (i < 0 || i >= cells.length) return undefined;
    let value = cells[i] as string;
    if (value.length === 0) return undefined;
    // Most cells have no space around them: trim() would still cost a call and a check each.
    if (value.charCodeAt(0) <= 32 || value.charCodeAt(value.length - 1) <= 32) value = value.trim();
    if (value.charCodeAt(0) === 39) value = unescapeFormulaCell(value);
    return value === '' ? undefined : value;
  };
  const firstRowOfKey = new KeyIndex();
  // Problems are reported under the column's name where the field's differs (`day` → `date`).
  const columnOfField = new Map<string, string>();
  for (const [key, field] of Object.entries(spec.fields))
    if ('column' in field) columnOfField.set(key, field.column);
  const plans = Object.entries(spec.fields).map(([key, field]) => ({
    key,
    field,
    plan: 'column' in field ? fieldPlan(spec.schema, key, field.convert, field.accepts) : null,
    column: -1,
  }));

  /** The row as an item, field by field, or undefined when the whole schema must say what is wrong. */
  const values: unknown[] = new Array(plans.length);
  function checked(): T | undefined {
    for (let f = 0; f < plans.length; f++) {
      const { field, plan, column } = plans[f] as (typeof plans)[number];
      if (plan === null) {
        values[f] = (field as { constant: unknown }).constant;
        continue;
      }
      const text = cellAt(column);
      if (text === undefined) {
        if (plan.absent === REQUIRED) return undefined;
        values[f] = plan.absent === OMIT ? undefined : plan.absent;
        continue;
      }
      const out = plan.check(text);
      if (out === INVALID) return undefined;
      values[f] = out;
    }
    return spec.make(values);
  }

  /**
   * The row read with the whole schema: its problems reported (each conversion's, then the
   * schema's), or the item when there are none after all.
   */
  function wholeRow(row: number): T | undefined {
    const candidate: Record<string, unknown> = {};
    const found: RowError[] = [];
    const reported = new Set<string>();
    const note = (field: string, message: string) => {
      if (reported.has(field)) return;
      reported.add(field);
      found.push({ row, field, message });
    };
    for (const { key, field, plan, column } of plans) {
      if ('constant' in field) {
        candidate[key] = field.constant;
        continue;
      }
      const text = cellAt(column);
      if (text === undefined) {
        // An empty required cell says "required", whatever the field's schema says of nothing.
        if (plan?.absent === REQUIRED) note(field.column, 'required');
        continue;
      }
      const c = field.convert ? field.convert(text) : { value: text };
      if ('error' in c) note(field.column, c.error);
      else candidate[key] = c.value;
    }
    const result = safeParseFriendly(spec.schema, candidate);
    if (result.success && found.length === 0) return result.data as T;
    // One message per cell is enough (1e26 is both "not whole" to zod and "too large").
    if (!result.success)
      for (const e of issuesToFieldErrors(result.error))
        note(columnOfField.get(e.field) ?? e.field, e.message);
    // In the order of the columns, as the user reads the row.
    found.sort((x, y) => order(x.field) - order(y.field));
    for (const e of found) report.add(e);
    return undefined;
  }
  const order = (field: string): number => {
    const i = spec.columns.indexOf(field as C);
    return i === -1 ? spec.columns.length : i;
  };

  readCsv(text, (piece) => {
    const badRows = new Set<number>();
    for (const e of piece.errors) {
      badRows.add(e.row);
      report.add({ row: e.row, field: ROW_FIELD, message: e.message });
    }
    const { rows, rowNumbers } = piece;
    let r = 0;
    if (header === null && rows.length > 0) {
      header = readHeader(rows[0] as string[], spec);
      r = 1;
      if (header.problems.length > 0) {
        headerBad = true;
        for (const message of header.problems) {
          report.add({
            row: rowNumbers[0] ?? 1,
            field: HEADER_FIELD,
            message: `${message}; expected a header row: ${expected}`,
          });
        }
      }
      for (const column of spec.columns) columnIndex[column] = header.index.get(column) ?? -1;
      for (const p of plans) if ('column' in p.field) p.column = columnIndex[p.field.column] ?? -1;
    }
    dataRows += rows.length - r;
    if (header === null || headerBad) return;
    const { width, unnamed } = header;
    for (; r < rows.length; r++) {
      cells = rows[r] as string[];
      const row = rowNumbers[r] as number;
      // The CSV error already explains this row; its cells are not what the user meant.
      if (badRows.size > 0 && badRows.has(row)) continue;
      if (cells.length !== width || unnamed.size > 0) {
        const stray = strayCellProblem(cells, width, unnamed);
        if (stray) {
          report.add({ row, field: ROW_FIELD, message: stray });
          continue;
        }
      }
      // The common case, a good row, is settled field by field; any doubt goes to the whole schema.
      const item = checked() ?? wholeRow(row);
      if (item === undefined) continue;
      const first = firstRowOfKey.claim(spec.keyOf(item), row);
      if (first !== row) {
        report.add({ row, field: ROW_FIELD, message: `duplicates row ${first}` });
        continue;
      }
      items.push(item);
    }
    onProgress?.({ done: piece.end, total: text.length });
  });

  if (header === null) {
    report.add({
      row: 1,
      field: FILE_FIELD,
      message: `the file is empty; expected a header row: ${expected}`,
    });
    return { items, errors: report.finish(), errorCount: report.total, rows: 0 };
  }
  return { items, errors: report.finish(), errorCount: report.total, rows: dataRows };
}

interface HeaderInfo<C extends string> {
  index: Map<C, number>;
  width: number;
  /** Columns with an empty header cell (a trailing comma in the header): allowed while empty. */
  unnamed: Set<number>;
  problems: string[];
}

function readHeader<C extends string>(
  cells: readonly string[],
  spec: CsvTableSpec<unknown, C>,
): HeaderInfo<C> {
  const byName = new Map<string, C>(spec.columns.map((c) => [c.toLowerCase(), c]));
  const index = new Map<C, number>();
  const unnamed = new Set<number>();
  const unknown: string[] = [];
  const repeated: string[] = [];
  cells.forEach((raw, i) => {
    const name = unescapeFormulaCell(raw.trim());
    if (name === '') {
      unnamed.add(i);
      return;
    }
    const column = byName.get(name.toLowerCase());
    if (column === undefined) unknown.push(name);
    else if (index.has(column)) repeated.push(column);
    else index.set(column, i);
  });
  const problems: string[] = [];
  if (unknown.length > 0) problems.push(`unknown ${plural(unknown.length, 'column')}: ${unknown.join(', ')}`);
  if (repeated.length > 0)
    problems.push(`${plural(repeated.length, 'column')} given twice: ${repeated.join(', ')}`);
  const missing = spec.required.filter((c) => !index.has(c));
  if (missing.length > 0) problems.push(`missing ${plural(missing.length, 'column')}: ${missing.join(', ')}`);
  return { index, width: cells.length, unnamed, problems };
}

function strayCellProblem(
  cells: readonly string[],
  width: number,
  unnamed: ReadonlySet<number>,
): string | undefined {
  for (let i = 0; i < cells.length; i++) {
    if (i < width && !unnamed.has(i)) continue;
    if ((cells[i] as string).trim() === '') continue;
    if (i >= width) {
      return `this row has ${cells.length} cells but the header has ${width} columns (a number written with a thousands separator, like 1,234, splits into two cells)`;
    }
    return `cell ${i + 1} has a value but its column has no name in the header`;
  }
  return undefined;
}

function describeColumns(spec: CsvTableSpec<unknown, string>): string {
  const optional = spec.columns.filter((c) => !spec.required.includes(c));
  const base = spec.required.join(',');
  return optional.length > 0 ? `${base} (optional: ${optional.join(', ')})` : base;
}

function plural(n: number, word: string): string {
  return n === 1 ? word : `${word}s`;
}

type KeyLevel = Map<string | undefined, KeyLevel | number>;

/** The first row of each key, over nested maps of the key's parts. */
class KeyIndex {
  private readonly root: KeyLevel = new Map();

  /** The first row that had this key: `row` itself when it is new. */
  claim(parts: readonly (string | undefined)[], row: number): number {
    let level = this.root;
    const last = parts.length - 1;
    for (let i = 0; i < last; i++) {
      let next = level.get(parts[i]) as KeyLevel | undefined;
      if (next === undefined) {
        next = new Map();
        level.set(parts[i], next);
      }
      level = next;
    }
    const first = level.get(parts[last]) as number | undefined;
    if (first !== undefined) return first;
    level.set(parts[last], row);
    return row;
  }
}

/** Collects row errors up to a limit and sums up the rest. */
export class ErrorReport {
  private readonly errors: RowError[] = [];
  private omitted = 0;
  private firstOmittedRow = 0;

  constructor(private readonly max: number) {}

  private added = 0;

  /** Every problem added, listed or not. */
  get total(): number {
    return this.added;
  }

  add(error: RowError): void {
    this.added++;
    if (this.errors.length < this.max) {
      this.errors.push(error);
      return;
    }
    if (this.omitted === 0) this.firstOmittedRow = error.row;
    this.omitted++;
  }

  /** The listed errors in row order, then the summary of the rest. */
  finish(): RowError[] {
    this.errors.sort((a, b) => a.row - b.row);
    if (this.omitted > 0) {
      this.errors.push({
        row: this.firstOmittedRow,
        field: FILE_FIELD,
        message: `${this.omitted} more ${plural(this.omitted, 'problem')} from row ${this.firstOmittedRow} on not listed`,
      });
    }
    return this.errors;
  }
}
