import type { z } from 'zod';
import type { FieldError } from '../schemas/errors';
import { parseCsv, unescapeFormulaCell } from './csv';
import { issuesToFieldErrors, safeParseFriendly } from './issues';

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
}

export const DEFAULT_MAX_ERRORS = 1000;

/** Field names for problems that concern a whole row, the header or the whole file. */
export const ROW_FIELD = '(row)';
export const HEADER_FIELD = '(header)';
export const FILE_FIELD = '(file)';

/** A cell of the current row: trimmed, formula escape undone, `undefined` when empty or missing. */
export type CellReader<C extends string> = (column: C) => string | undefined;

export interface CsvTableSpec<T, C extends string> {
  /** Column names as written in the header, in export order. Matched case-insensitively. */
  columns: readonly C[];
  required: readonly C[];
  schema: z.ZodType<T>;
  /**
   * Build the object the schema checks from a row's cells. Problems found while converting (a count
   * written `1,234`) go into `errors`; the schema's findings for those fields are then dropped.
   */
  toCandidate(cell: CellReader<C>, errors: FieldError[]): unknown;
  /** Column name of a schema path where they differ (`day` → `date`). */
  columnOf?: Partial<Record<string, C>>;
  /** Identity of an item: a second row with the same key is reported as a duplicate. */
  keyOf(item: T): string;
}

export interface CsvTableImport<T> {
  items: T[];
  errors: RowError[];
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
  const parsed = parseCsv(text);
  const items: T[] = [];
  const expected = describeColumns(spec);

  const { rows, rowNumbers } = parsed;
  const dataRowCount = Math.max(0, rows.length - 1);
  const headerCells = rows[0];
  if (headerCells === undefined) {
    report.add({
      row: 1,
      field: FILE_FIELD,
      message: `the file is empty; expected a header row: ${expected}`,
    });
    return { items, errors: report.finish(), rows: 0 };
  }
  const header = readHeader(headerCells, spec);
  const badRows = new Set<number>();
  for (const e of parsed.errors) {
    badRows.add(e.row);
    report.add({ row: e.row, field: ROW_FIELD, message: e.message });
  }
  if (header.problems.length > 0) {
    for (const message of header.problems) {
      report.add({
        row: rowNumbers[0] ?? 1,
        field: HEADER_FIELD,
        message: `${message}; expected a header row: ${expected}`,
      });
    }
    return { items, errors: report.finish(), rows: dataRowCount };
  }

  // The loop below runs once per row of files with up to a million rows (P8: import at ≥ 0.5× a bare
  // PapaParse parse): one reader closure and one error list serve every row.
  const { index, width, unnamed } = header;
  // A plain object with a fixed set of keys is a faster lookup than a Map on this path.
  const columnIndex: Record<string, number> = {};
  for (const column of spec.columns) columnIndex[column] = index.get(column) ?? -1;
  let cells: readonly string[] = headerCells;
  const cell: CellReader<C> = (column) => {
    const i = columnIndex[column] ?? -1;
    if (i < 0 || i >= cells.length) return undefined;
    const value = unescapeFormulaCell((cells[i] as string).trim());
    return value === '' ? undefined : value;
  };
  const convertErrors: FieldError[] = [];
  const firstRowOfKey = new Map<string, number>();
  for (let r = 1; r < rows.length; r++) {
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
    // Setting length is a slow builtin call; only pay for it after a bad row.
    if (convertErrors.length > 0) convertErrors.length = 0;
    const candidate = spec.toCandidate(cell, convertErrors);
    const result = safeParseFriendly(spec.schema, candidate);
    if (!result.success || convertErrors.length > 0) {
      for (const e of convertErrors) report.add({ row, field: e.field, message: e.message });
      if (!result.success) {
        // One message per cell is enough (1e26 is both "not whole" to zod and "too large").
        const reported = new Set(convertErrors.map((e) => e.field));
        for (const e of issuesToFieldErrors(result.error)) {
          const field = spec.columnOf?.[e.field] ?? e.field;
          if (reported.has(field)) continue;
          reported.add(field);
          report.add({ row, field, message: e.message });
        }
      }
      continue;
    }
    const key = spec.keyOf(result.data);
    const first = firstRowOfKey.get(key);
    if (first !== undefined) {
      report.add({ row, field: ROW_FIELD, message: `duplicates row ${first}` });
      continue;
    }
    firstRowOfKey.set(key, row);
    items.push(result.data);
  }
  return { items, errors: report.finish(), rows: dataRowCount };
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

/** Collects row errors up to a limit and sums up the rest. */
export class ErrorReport {
  private readonly errors: RowError[] = [];
  private omitted = 0;
  private firstOmittedRow = 0;

  constructor(private readonly max: number) {}

  add(error: RowError): void {
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
