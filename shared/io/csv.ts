import Papa from 'papaparse/papaparse.min.js';

// One CSV writer and one reader for the project. The writer follows RFC 4180 (CRLF line ends;
// fields holding `,`, `"`, CR or LF are quoted with `"` doubled) and guards against formula
// injection (quality.md S4, OWASP ASVS 1.2.10). The reader is PapaParse, which is fast and handles
// the quoting corner cases; we add the spreadsheet row numbers and blank-line skipping around it.

export type CsvCell = string | number | null | undefined;

const APOSTROPHE = 39;

/** First characters that make a spreadsheet read a cell as a formula: = + - @ tab CR NUL. */
function isFormulaTrigger(code: number): boolean {
  return code === 61 || code === 43 || code === 45 || code === 64 || code === 9 || code === 13 || code === 0;
}

/**
 * Prefix `'` to text a spreadsheet would run as a formula. Text that already starts with `'` and then
 * a trigger or another `'` gets one too, so that `unescapeFormulaCell` can undo exactly what this did
 * and an export → import round trip is lossless.
 */
export function escapeFormulaCell(text: string): string {
  if (text.length === 0) return text;
  const first = text.charCodeAt(0);
  if (isFormulaTrigger(first)) return `'${text}`;
  if (first === APOSTROPHE && text.length > 1) {
    const second = text.charCodeAt(1);
    if (isFormulaTrigger(second) || second === APOSTROPHE) return `'${text}`;
  }
  return text;
}

/** Undo `escapeFormulaCell`: drop one leading `'` when a trigger or another `'` follows it. */
export function unescapeFormulaCell(text: string): string {
  if (text.length > 1 && text.charCodeAt(0) === APOSTROPHE) {
    const second = text.charCodeAt(1);
    if (isFormulaTrigger(second) || second === APOSTROPHE) return text.slice(1);
  }
  return text;
}

const NEEDS_QUOTES = /[",\r\n]/;

/**
 * Whether a cell is written exactly as `String(cell)` would write it, as `Array.prototype.join` does:
 * text needing neither quotes nor a formula escape, a number in plain digits, or nothing (null and
 * undefined join as ''). Most cells of an export are such, and a row of them is just joined.
 */
export function isPlainCell(cell: CsvCell): boolean {
  if (typeof cell === 'string') {
    if (cell.length === 0) return true;
    const first = cell.charCodeAt(0);
    // A leading `'` is escaped only before a trigger or another `'`: the full path decides.
    return !isFormulaTrigger(first) && first !== APOSTROPHE && !NEEDS_QUOTES.test(cell);
  }
  // String() writes finite numbers below 1e21 in plain notation (larger ones are integers, see writeCell).
  if (typeof cell === 'number') return Math.abs(cell) < 1e21;
  return cell === null || cell === undefined;
}

function writeCell(cell: CsvCell): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'number') {
    // A number can't hold a formula, so it is not escaped (a negative count stays `-5`). Integers are
    // written in plain digits: String() switches to exponent form from 1e21.
    if (!Number.isFinite(cell)) return '';
    if (Number.isInteger(cell)) return Math.abs(cell) < 1e21 ? String(cell) : BigInt(cell).toString();
    return String(cell);
  }
  const text = escapeFormulaCell(cell);
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** One CSV record, without its line end: cells quoted and escaped where needed, joined with commas. */
export function csvLine(row: readonly CsvCell[]): string {
  let plain = true;
  for (let i = 0; i < row.length; i++) {
    if (!isPlainCell(row[i])) {
      plain = false;
      break;
    }
  }
  if (plain) return row.join(',');
  let line = '';
  for (let i = 0; i < row.length; i++) line += i === 0 ? writeCell(row[i]) : `,${writeCell(row[i])}`;
  return line;
}

/** Records joined at a time into one flat piece of the text (see CsvText). */
const LINES_PER_PIECE = 1_000;

/**
 * Collects CSV records into one text, each followed by CRLF. Records are joined a thousand at a time
 * into flat pieces, and the pieces once at the end: a record built from a template is a chain of
 * string parts until something flattens it, and keeping 200,000 such chains alive (one growing
 * string, or one array of records) costs the collector three times what the writing itself costs
 * (measured on a 200,000-row export, quality.md P8).
 */
export class CsvText {
  private readonly pieces: string[] = [];
  private lines: string[] = [];

  /** Adds a record from its cells (see csvLine). */
  row(row: readonly CsvCell[]): void {
    this.line(csvLine(row));
  }

  /** Adds a record already written, e.g. a template of cells that all passed isPlainCell. */
  line(line: string): void {
    this.lines.push(line);
    if (this.lines.length === LINES_PER_PIECE) {
      this.pieces.push(`${this.lines.join('\r\n')}\r\n`);
      this.lines = [];
    }
  }

  toString(): string {
    if (this.lines.length > 0) {
      this.pieces.push(`${this.lines.join('\r\n')}\r\n`);
      this.lines = [];
    }
    return this.pieces.join('');
  }
}

/**
 * RFC 4180 CSV with a CRLF after every row. A row whose cells are all empty would read back as a blank
 * line and be skipped, which our files never contain (every row has required fields).
 */
export function writeCsv(rows: readonly (readonly CsvCell[])[]): string {
  const out = new CsvText();
  for (const row of rows) out.row(row);
  return out.toString();
}

/** A problem in the CSV text itself; `row` is the spreadsheet row (header = 1, blank lines count). */
export interface CsvParseError {
  row: number;
  message: string;
}

export interface ParsedCsv {
  /** Non-blank records, cells as written (not trimmed, not unescaped). */
  rows: string[][];
  /** The spreadsheet row number of each entry of `rows`. */
  rowNumbers: number[];
  errors: CsvParseError[];
}

const QUOTE_MESSAGES: Record<string, string> = {
  MissingQuotes:
    'a quoted cell is never closed: a " is missing, so the rest of the file was read into this cell',
  InvalidQuotes: 'text follows the closing " of a quoted cell; write a " inside a quoted cell as ""',
};

/** Characters per piece handed to PapaParse (see readCsv). */
const PIECE = 1 << 20;

/** One piece of a file: its non-blank records, their spreadsheet row numbers, its CSV problems. */
export interface CsvPiece {
  rows: string[][];
  rowNumbers: number[];
  errors: CsvParseError[];
  /** Characters of the text read once this piece is done. */
  end: number;
}

/**
 * Where the piece starting at `from` should end: the first line end at or after `from + size` that
 * is outside quotes. In RFC 4180 every `"` inside a quoted cell is doubled, so a line end is outside
 * quotes exactly when the `"`s before it are even in number. Without such a line end (an unclosed
 * quote swallows the rest), the piece is the rest of the text, as PapaParse would read it.
 */
function pieceEnd(text: string, from: number, size: number): number {
  if (from + size >= text.length) return text.length;
  let quotes = 0;
  let q = text.indexOf('"', from);
  let at = from + size;
  for (;;) {
    const nl = text.indexOf('\n', at);
    if (nl === -1) return text.length;
    while (q !== -1 && q < nl) {
      quotes++;
      q = text.indexOf('"', q + 1);
    }
    if (quotes % 2 === 0) return nl + 1;
    at = nl + 1;
  }
}

/**
 * Read CSV text (comma-separated, CRLF or LF, optional UTF-8 byte order mark) a piece at a time.
 * Each piece ends at a record boundary and is parsed by PapaParse on its own, so that a
 * million-row file never holds a million row arrays at once (they die young, which the collector
 * handles cheaply; measured here about as fast as one parse of the whole text). Blank and
 * whitespace-only records are skipped like PapaParse's `skipEmptyLines: 'greedy'`, but here, after
 * parsing, so that every kept record still knows its spreadsheet row number.
 */
export function readCsv(text: string, onPiece: (piece: CsvPiece) => void, pieceSize: number = PIECE): void {
  let from = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let records = 0;
  let size = pieceSize;
  for (;;) {
    const to = pieceEnd(text, from, size);
    let data: string[][];
    let papaErrors: { code: string; message: string; row?: number }[];
    try {
      // The delimiter is fixed: guessing it could pick `;` or `|` in a one-column file.
      const result = Papa.parse(from === 0 && to === text.length ? text : text.slice(from, to), {
        delimiter: ',',
        quoteChar: '"',
        escapeChar: '"',
        header: false,
        dynamicTyping: false,
        skipEmptyLines: false,
      });
      data = result.data;
      papaErrors = result.errors;
    } catch (err) {
      onPiece({
        rows: [],
        rowNumbers: [],
        errors: [{ row: records + 1, message: `could not read the file as CSV: ${errorText(err)}` }],
        end: text.length,
      });
      return;
    }
    // Past a quoting error, line ends no longer tell where records end (PapaParse reads on inside
    // the broken cell): read the rest in one piece, as one parse of the whole text would.
    if (papaErrors.length > 0 && to < text.length) {
      size = Number.POSITIVE_INFINITY;
      continue;
    }
    // A piece that ends with its line end reads as one more, empty record: not a row of the file.
    if (to < text.length && data.length > 0 && isBlank(data[data.length - 1] as string[])) data.pop();
    const rows: string[][] = [];
    const rowNumbers: number[] = [];
    for (let i = 0; i < data.length; i++) {
      const record = data[i] as string[];
      if (isBlank(record)) continue;
      rows.push(record);
      rowNumbers.push(records + i + 1);
    }
    const errors: CsvParseError[] = [];
    const seen = new Set<string>();
    for (const e of papaErrors) {
      const row = records + (e.row ?? 0) + 1;
      const message = QUOTE_MESSAGES[e.code] ?? e.message;
      const key = `${row}\u0000${message}`;
      if (seen.has(key)) continue;
      seen.add(key);
      errors.push({ row, message });
    }
    records += data.length;
    onPiece({ rows, rowNumbers, errors, end: to });
    if (to >= text.length) return;
    from = to;
  }
}

/** The whole file at once (see readCsv): for small files and tests. */
export function parseCsv(text: string, pieceSize?: number): ParsedCsv {
  const out: ParsedCsv = { rows: [], rowNumbers: [], errors: [] };
  readCsv(
    text,
    (piece) => {
      for (const r of piece.rows) out.rows.push(r);
      for (const n of piece.rowNumbers) out.rowNumbers.push(n);
      for (const e of piece.errors) out.errors.push(e);
    },
    pieceSize,
  );
  return out;
}

function isBlank(record: readonly string[]): boolean {
  for (const cell of record) if (cell.trim() !== '') return false;
  return true;
}

export function errorText(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
