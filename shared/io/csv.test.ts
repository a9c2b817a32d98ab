import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { PromotionEvent } from '../schemas/event';
import type { ResultEntry } from '../schemas/result';
import {
  type CsvCell,
  CsvText,
  csvLine,
  escapeFormulaCell,
  isPlainCell,
  parseCsv,
  unescapeFormulaCell,
  writeCsv,
} from './csv';
import { exportEventsCsv } from './events-csv';
import { exportResultsCsv } from './results-csv';

describe('writeCsv (RFC 4180)', () => {
  it('ends every row with CRLF and leaves plain cells bare', () => {
    expect(
      writeCsv([
        ['a', 'b'],
        ['c', 'd'],
      ]),
    ).toBe('a,b\r\nc,d\r\n');
    expect(writeCsv([])).toBe('');
  });

  it('quotes cells holding a comma, quote, CR or LF, doubling quotes', () => {
    expect(writeCsv([['a,b', 'say "hi"', 'line\nbreak', 'cr\rhere', 'crlf\r\nhere']])).toBe(
      '"a,b","say ""hi""","line\nbreak","cr\rhere","crlf\r\nhere"\r\n',
    );
    expect(writeCsv([['"']])).toBe('""""\r\n');
  });

  it('writes null and undefined as empty cells', () => {
    expect(writeCsv([['a', null, undefined, '']])).toBe('a,,,\r\n');
  });

  it('writes numbers as plain integers, never in exponent form', () => {
    expect(
      writeCsv([[0, 3, 1e12, -0, Number.MAX_SAFE_INTEGER, 1e21, 1.5, Number.NaN, Number.POSITIVE_INFINITY]]),
    ).toBe('0,3,1000000000000,0,9007199254740991,1000000000000000000000,1.5,,\r\n');
  });

  it('does not formula-escape numbers (a negative number is not a formula)', () => {
    expect(writeCsv([[-5]])).toBe('-5\r\n');
  });
});

// The writer's fast path (a row of plain cells is just joined) must write exactly what writing every
// cell the careful way writes. `careful` is that way, spelled out independently of csv.ts.
function careful(cell: CsvCell): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'number') {
    if (!Number.isFinite(cell)) return '';
    return Number.isInteger(cell) && Math.abs(cell) >= 1e21 ? BigInt(cell).toString() : String(cell);
  }
  const text = escapeFormulaCell(cell);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

const cellArb: fc.Arbitrary<CsvCell> = fc.oneof(
  fc.string({ maxLength: 6 }),
  fc.constantFrom('=1+1', "'=x", "''", "'a", '-3', '@x', '\tx', 'a,b', 'a"b', 'x\ny', 'x\r', ' ', "'"),
  fc.string({ unit: fc.constantFrom('a', ',', '"', '\r', '\n', "'", '=', ' ', 'é'), maxLength: 5 }),
  fc.integer(),
  fc.double(),
  fc.constantFrom(1e21, -1e22, 2 ** 70, Number.NaN, Number.POSITIVE_INFINITY, -0),
  fc.constantFrom(null, undefined),
);

describe('the writer fast path', () => {
  it('writes every row exactly as cell-by-cell writing does', () => {
    fc.assert(
      fc.property(fc.array(fc.array(cellArb, { minLength: 1, maxLength: 8 }), { maxLength: 20 }), (rows) => {
        const expected = rows.map((r) => `${r.map(careful).join(',')}\r\n`).join('');
        expect(writeCsv(rows)).toBe(expected);
        for (const r of rows) expect(csvLine(r)).toBe(r.map(careful).join(','));
      }),
      { numRuns: 1_000 },
    );
  });

  it('calls a cell plain only when String() writes it as the careful way does', () => {
    fc.assert(
      fc.property(cellArb, (cell) => {
        if (isPlainCell(cell))
          expect(cell === null || cell === undefined ? '' : String(cell)).toBe(careful(cell));
      }),
      { numRuns: 2_000 },
    );
  });

  it('keeps records in order across the pieces it joins them in', () => {
    const text = new CsvText();
    const lines = Array.from({ length: 2_345 }, (_, i) => [`r${i}`, i % 7 === 0 ? '=x' : 'y', i]);
    for (const line of lines) text.row(line);
    expect(text.toString()).toBe(lines.map((l) => `${l.map(careful).join(',')}\r\n`).join(''));
    expect(text.toString()).toBe(text.toString());
  });

  it('gives the same export files as writing each row through writeCsv', () => {
    const text = fc.oneof(
      fc.constantFrom('ana', 'ben, "b"', '=boss', "'x", '-1', '', 'line\nbreak'),
      fc.string({ maxLength: 5 }),
    );
    const event = fc.record(
      {
        id: fc.stringMatching(/^[a-z0-9-]{1,8}$/),
        time: fc.constant('2025-05-12T18:00:00.000Z'),
        platform: fc.constantFrom('tiktok', 'discord'),
        surface: fc.constantFrom('comment', 'message'),
        action: fc.constantFrom('posted', 'link_copied'),
        linkId: fc.constantFrom('link-1', 'l'),
        pageUrl: fc.constantFrom('https://www.tiktok.com/@x', 'https://x.com/a,b', 'https://x.com/"q"'),
        member: text,
      },
      { requiredKeys: ['id', 'time', 'platform', 'surface', 'action', 'linkId', 'pageUrl'] },
    ) as fc.Arbitrary<PromotionEvent>;
    const result = fc.record(
      {
        day: fc.constant('2025-05-12'),
        program: fc.constantFrom('instagram-referrals-2025', 'p'),
        metric: fc.constantFrom('signups', 'm'),
        count: fc.oneof(fc.nat(), fc.constantFrom(1e12, 1e21, 2 ** 80)),
        platform: fc.constantFrom('tiktok', 'other'),
        source: fc.constant('import'),
        member: text,
      },
      { requiredKeys: ['day', 'program', 'metric', 'count', 'source'] },
    ) as fc.Arbitrary<ResultEntry>;
    fc.assert(
      fc.property(
        fc.array(event, { maxLength: 30 }),
        fc.array(result, { maxLength: 30 }),
        (events, results) => {
          expect(exportEventsCsv(events)).toBe(
            writeCsv([
              ['id', 'time', 'platform', 'surface', 'action', 'linkId', 'pageUrl', 'member'],
              ...events.map((e) => [
                e.id,
                e.time,
                e.platform,
                e.surface,
                e.action,
                e.linkId,
                e.pageUrl,
                e.member,
              ]),
            ]),
          );
          expect(exportResultsCsv(results)).toBe(
            writeCsv([
              ['date', 'program', 'metric', 'count', 'platform', 'member'],
              ...results.map((r) => [r.day, r.program, r.metric, r.count, r.platform, r.member]),
            ]),
          );
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('formula injection (S4)', () => {
  it.each([
    ['=1+1', "'=1+1"],
    ['+1', "'+1"],
    ['-1', "'-1"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tx', "'\tx"],
    ['\rx', "'\rx"],
    ['\0x', "'\0x"],
    ['=HYPERLINK("https://evil.example","x")', `'=HYPERLINK("https://evil.example","x")`],
  ])('prefixes %j with an apostrophe', (cell, escaped) => {
    expect(escapeFormulaCell(cell)).toBe(escaped);
    expect(unescapeFormulaCell(escaped)).toBe(cell);
  });

  it('escapes an apostrophe that would otherwise be stripped on import', () => {
    expect(escapeFormulaCell("'=x")).toBe("''=x");
    expect(escapeFormulaCell("''")).toBe("'''");
    expect(escapeFormulaCell("'-")).toBe("''-");
    expect(unescapeFormulaCell("''=x")).toBe("'=x");
  });

  it('leaves other text alone, both ways', () => {
    for (const cell of ['', "'", "'abc", 'a=b', ' =x', 'x-', "it's"]) {
      expect(escapeFormulaCell(cell)).toBe(cell);
      expect(unescapeFormulaCell(cell)).toBe(cell);
    }
  });

  it('quotes an escaped cell that also needs quoting', () => {
    expect(writeCsv([['=a,b', '-"x"', '\r\n']])).toBe(`"'=a,b","'-""x""","'\r\n"\r\n`);
  });
});

describe('parseCsv', () => {
  it('reads what writeCsv wrote', () => {
    const rows = [
      ['a,b', 'say "hi"', 'multi\r\nline', 'lf\nonly', ''],
      ['x', "'=1", ' spaced ', 'é 🎉', ','],
    ];
    const parsed = parseCsv(writeCsv(rows));
    expect(parsed.errors).toEqual([]);
    expect(parsed.rows).toEqual([
      rows[0],
      ['x', "''=1", ' spaced ', 'é 🎉', ','], // still escaped: unescaping is the importer's job
    ]);
    expect(parsed.rowNumbers).toEqual([1, 2]);
  });

  it('strips a UTF-8 byte order mark', () => {
    expect(parseCsv('\ufeffdate,count\r\n2025-05-01,3').rows).toEqual([
      ['date', 'count'],
      ['2025-05-01', '3'],
    ]);
  });

  it('handles LF, CRLF and a missing final line break alike', () => {
    const expected = [
      ['a', 'b'],
      ['c', 'd'],
    ];
    expect(parseCsv('a,b\nc,d\n').rows).toEqual(expected);
    expect(parseCsv('a,b\r\nc,d\r\n').rows).toEqual(expected);
    expect(parseCsv('a,b\r\nc,d').rows).toEqual(expected);
  });

  it('skips blank and whitespace-only lines but counts them, like a spreadsheet', () => {
    const parsed = parseCsv('h1,h2\n\n  ,  \na,"b\nc"\n\nd,e\n');
    expect(parsed.rows).toEqual([
      ['h1', 'h2'],
      ['a', 'b\nc'],
      ['d', 'e'],
    ]);
    // A line break inside quotes stays in its row, as in a spreadsheet.
    expect(parsed.rowNumbers).toEqual([1, 4, 6]);
  });

  it('reports an unclosed quote on the row where it starts', () => {
    const parsed = parseCsv('a,b\n\nc,"d\ne,f\n');
    expect(parsed.errors).toEqual([{ row: 3, message: expect.stringContaining('never closed') }]);
  });

  it('reports text after a closing quote', () => {
    const parsed = parseCsv('a,b\nc,"d"x\n');
    expect(parsed.errors.map((e) => e.row)).toContain(2);
    expect(parsed.errors[0]?.message).toMatch(/""/);
  });

  it('reads an empty text as no rows', () => {
    expect(parseCsv('')).toEqual({ rows: [], rowNumbers: [], errors: [] });
    expect(parseCsv('\ufeff\r\n\r\n')).toEqual({ rows: [], rowNumbers: [], errors: [] });
  });

  it('keeps U+FFFD replacement characters (invalid UTF-8) as text for the schema to judge', () => {
    expect(parseCsv('a\ufffd,b').rows).toEqual([['a\ufffd', 'b']]);
  });

  it('parses 100k rows', () => {
    const line = '2025-05-14,instagram-referrals-2025,signups,3,tiktok,"Maya, the maker"\r\n';
    const parsed = parseCsv(`date,program,metric,count,platform,member\r\n${line.repeat(100_000)}`);
    expect(parsed.rows).toHaveLength(100_001);
    expect(parsed.rowNumbers[100_000]).toBe(100_001);
    expect(parsed.rows[100_000]?.[5]).toBe('Maya, the maker');
  });
});
