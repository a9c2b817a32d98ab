import { describe, expect, it } from 'vitest';
import { escapeFormulaCell, parseCsv, unescapeFormulaCell, writeCsv } from './csv';

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
