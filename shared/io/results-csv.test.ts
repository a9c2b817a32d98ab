import { describe, expect, it } from 'vitest';
import type { ResultEntry } from '../schemas/result';
import { countCandidate, exportResultsCsv, parseResultsCsv } from './results-csv';

const HEADER = 'date,program,metric,count,platform,member';
const PROGRAM = 'instagram-referrals-2025';

function csv(...lines: string[]): string {
  return `${lines.join('\r\n')}\r\n`;
}

describe('parseResultsCsv', () => {
  it('reads good rows as imported results', () => {
    const r = parseResultsCsv(
      csv(HEADER, `2025-05-14,${PROGRAM},signups,3,tiktok,`, `2025-05-15,${PROGRAM},signups,0,,Maya`),
    );
    expect(r.errors).toEqual([]);
    expect(r.rows).toBe(2);
    expect(r.results).toEqual([
      {
        day: '2025-05-14',
        program: PROGRAM,
        metric: 'signups',
        count: 3,
        platform: 'tiktok',
        source: 'import',
      },
      { day: '2025-05-15', program: PROGRAM, metric: 'signups', count: 0, source: 'import', member: 'Maya' },
    ]);
    // Empty optional cells are left out, not stored as undefined keys.
    expect(Object.keys(r.results[1] ?? {})).not.toContain('platform');
  });

  it('accepts the header in any case and order, without optional columns, and a BOM', () => {
    const r = parseResultsCsv(`\ufeff Count ,METRIC,Date,program\n12,signups,2025-05-14,${PROGRAM}\n`);
    expect(r.errors).toEqual([]);
    expect(r.results).toEqual([
      { day: '2025-05-14', program: PROGRAM, metric: 'signups', count: 12, source: 'import' },
    ]);
  });

  it('lower-cases ids typed with capitals and trims cells', () => {
    const r = parseResultsCsv(
      csv(HEADER, ` 2025-05-14 , Instagram-Referrals-2025 ,Signups, 12 ,TikTok, Maya `),
    );
    expect(r.errors).toEqual([]);
    expect(r.results[0]).toMatchObject({
      program: PROGRAM,
      metric: 'signups',
      count: 12,
      platform: 'tiktok',
      member: 'Maya',
    });
  });

  it('reports unknown columns by name, as a file-level error', () => {
    const r = parseResultsCsv(csv('date,program,metric,cuont,notes', `2025-05-14,${PROGRAM},signups,3,x`));
    expect(r.results).toEqual([]);
    expect(r.rows).toBe(1);
    expect(r.errors).toEqual([
      { row: 1, field: '(header)', message: expect.stringContaining('unknown columns: cuont, notes') },
      { row: 1, field: '(header)', message: expect.stringContaining('missing column: count') },
    ]);
  });

  it('reports a missing header and repeated columns', () => {
    expect(parseResultsCsv(csv(`2025-05-14,${PROGRAM},signups,3`)).errors[0]).toMatchObject({
      row: 1,
      field: '(header)',
      message: expect.stringContaining('unknown columns: 2025-05-14'),
    });
    expect(parseResultsCsv(csv('date,program,metric,count,Count')).errors[0]?.message).toMatch(
      /column given twice: count/,
    );
    expect(parseResultsCsv('').errors).toEqual([
      { row: 1, field: '(file)', message: expect.stringContaining('the file is empty') },
    ]);
  });

  it('allows trailing empty columns (a trailing comma) but not values in them', () => {
    const r = parseResultsCsv(
      csv(
        'date,program,metric,count,',
        `2025-05-14,${PROGRAM},signups,3,`,
        `2025-05-15,${PROGRAM},signups,4,x`,
      ),
    );
    expect(r.results).toHaveLength(1);
    expect(r.errors).toEqual([{ row: 3, field: '(row)', message: expect.stringContaining('no name') }]);
  });

  it.each([
    ['12', 12],
    [' 12 ', 12],
    ['007', 7],
    ['12.0', 12],
    ['1000000000000', 1e12],
  ])('accepts the count %j', (cell, count) => {
    const r = parseResultsCsv(csv(HEADER, `2025-05-14,${PROGRAM},signups,"${cell}",,`));
    expect(r.errors).toEqual([]);
    expect(r.results[0]?.count).toBe(count);
  });

  it.each([
    ['1,234', /thousands separators/],
    ['1.234.567', /thousands separators/],
    ['1 234', /thousands separators/],
    ['-3', /0 or more/],
    ['12.5', /whole number/],
    ['NaN', /number/],
    ['abc', /number/],
    ['1e5', /number/],
    ['Infinity', /number/],
    ['0x10', /number/],
    ['1000000000001', /at most 1000000000000/],
    ['99999999999999999999999999', /at most/],
    ['', /required/],
  ])('rejects the count %j', (cell, message) => {
    const r = parseResultsCsv(
      csv(HEADER, `2025-05-14,${PROGRAM},signups,3,,`, `2025-05-14,${PROGRAM},visits,"${cell}",,`),
    );
    expect(r.results).toHaveLength(1);
    expect(r.errors).toEqual([{ row: 3, field: 'count', message: expect.stringMatching(message) }]);
  });

  it('says that an unquoted 1,234 split into two cells', () => {
    const r = parseResultsCsv(csv('date,program,metric,count', `2025-05-14,${PROGRAM},signups,1,234`));
    expect(r.errors).toEqual([
      { row: 2, field: '(row)', message: expect.stringContaining('thousands separator') },
    ]);
  });

  it.each(['2025-02-30', '2025-13-01', '14/05/2025', '2025-5-14', '20250514', '1969-12-31', ''])(
    'rejects the date %j in the date column',
    (day) => {
      const r = parseResultsCsv(csv(HEADER, `${day},${PROGRAM},signups,3,,`));
      expect(r.results).toEqual([]);
      expect(r.errors).toEqual([{ row: 2, field: 'date', message: expect.any(String) }]);
    },
  );

  it('rejects __proto__, constructor tricks and other bad ids per row', () => {
    const before = Object.keys(Object.prototype);
    const r = parseResultsCsv(
      csv(
        HEADER,
        '2025-05-14,__proto__,signups,3,,',
        '2025-05-14,prototype.polluted,signups,3,,',
        `2025-05-14,${PROGRAM},__proto__,3,,`,
        `2025-05-14,${PROGRAM},signups,3,myspace,`,
      ),
    );
    expect(r.results).toEqual([]);
    expect(r.errors.map((e) => [e.row, e.field])).toEqual([
      [2, 'program'],
      [3, 'program'],
      [4, 'metric'],
      [5, 'platform'],
    ]);
    expect(r.errors[3]?.message).toMatch(/expected one of: tiktok, youtube/);
    expect(Object.keys(Object.prototype)).toEqual(before);
  });

  it('reports every bad field of a row, with the column names the user sees', () => {
    const r = parseResultsCsv(csv(HEADER, '2025-02-30,Bad Program,,-1,,'));
    expect(r.errors).toEqual([
      { row: 2, field: 'date', message: expect.stringContaining('YYYY-MM-DD') },
      { row: 2, field: 'program', message: expect.stringContaining('lower-case') },
      { row: 2, field: 'metric', message: 'required' },
      { row: 2, field: 'count', message: expect.stringContaining('0 or more') },
    ]);
  });

  it('reports rows repeating the key of an earlier row', () => {
    const r = parseResultsCsv(
      csv(
        HEADER,
        `2025-05-14,${PROGRAM},signups,3,tiktok,`,
        `2025-05-14,${PROGRAM},signups,3,youtube,`,
        '',
        `2025-05-14,${PROGRAM},signups,5,tiktok,`,
        `2025-05-14,${PROGRAM},signups,5,tiktok,Maya`,
      ),
    );
    expect(r.results).toHaveLength(3);
    expect(r.errors).toEqual([{ row: 5, field: '(row)', message: 'duplicates row 2' }]);
  });

  it('undoes the formula escape of its own export, and rejects formulas where the schema forbids them', () => {
    const r = parseResultsCsv(
      csv(HEADER, `2025-05-14,${PROGRAM},signups,3,,'=cmd|' /C calc'!A0`, `=1+1,${PROGRAM},signups,3,,`),
    );
    expect(r.results[0]?.member).toBe("=cmd|' /C calc'!A0");
    expect(r.errors).toEqual([{ row: 3, field: 'date', message: expect.any(String) }]);
  });

  it('rejects U+FFFD (invalid UTF-8) where the schema forbids it and keeps it in free text', () => {
    const r = parseResultsCsv(
      csv(HEADER, `2025-05-14,instagram\ufffd,signups,3,,`, `2025-05-14,${PROGRAM},signups,3,,Ma\ufffdya`),
    );
    expect(r.errors).toEqual([{ row: 2, field: 'program', message: expect.any(String) }]);
    expect(r.results[0]?.member).toBe('Ma\ufffdya');
  });

  it('reports a quoting error once, on its row, without also validating that row', () => {
    const r = parseResultsCsv(
      `${HEADER}\n2025-05-14,${PROGRAM},signups,"3,,\n2025-05-15,${PROGRAM},signups,4,,\n`,
    );
    expect(r.errors).toEqual([{ row: 2, field: '(row)', message: expect.stringContaining('never closed') }]);
    expect(r.results).toEqual([]);
  });

  it('lists at most maxErrors problems and sums up the rest', () => {
    const bad = `2025-02-30,${PROGRAM},signups,3,,`;
    const r = parseResultsCsv(csv(HEADER, ...Array.from({ length: 10 }, () => bad)), { maxErrors: 3 });
    expect(r.errors).toHaveLength(4);
    expect(r.errors[3]).toEqual({
      row: 5,
      field: '(file)',
      message: '7 more problems from row 5 on not listed',
    });
  });

  it('imports 100k rows', () => {
    const lines = Array.from({ length: 100_000 }, (_, i) => {
      const day = `2025-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`;
      return `${day},${PROGRAM},m${i},${i},tiktok,`;
    });
    const r = parseResultsCsv(csv(HEADER, ...lines));
    expect(r.errors).toEqual([]);
    expect(r.rows).toBe(100_000);
    expect(r.results).toHaveLength(100_000);
  });
});

describe('exportResultsCsv', () => {
  it('writes the header and one row per result, optional cells empty', () => {
    const results: ResultEntry[] = [
      {
        day: '2025-05-14',
        program: PROGRAM,
        metric: 'signups',
        count: 1e12,
        platform: 'tiktok',
        source: 'manual',
      },
      {
        day: '2025-05-15',
        program: PROGRAM,
        metric: 'visits',
        count: 0,
        source: 'import',
        member: '@maya, "the maker"',
      },
    ];
    expect(exportResultsCsv(results)).toBe(
      `${HEADER}\r\n2025-05-14,${PROGRAM},signups,1000000000000,tiktok,\r\n2025-05-15,${PROGRAM},visits,0,,"'@maya, ""the maker"""\r\n`,
    );
  });
});

describe('countCandidate', () => {
  it('turns plain numbers into numbers and leaves other text to the schema', () => {
    expect(countCandidate('42')).toEqual({ value: 42 });
    expect(countCandidate('-4.5')).toEqual({ value: -4.5 });
    expect(countCandidate('1e5')).toEqual({ value: '1e5' });
    expect(countCandidate('12,345,678')).toEqual({ error: expect.stringContaining('thousands') });
  });
});

describe('error counts past the listed limit', () => {
  it('counts every bad row exactly, however many are listed', () => {
    const rows = Array.from({ length: 2_500 }, (_, i) => `2025-05-12,bad id ${i},signups,1`);
    const r = parseResultsCsv(['date,program,metric,count', ...rows].join('\n'));
    expect(r.errorCount).toBe(2_500);
    expect(r.errors).toHaveLength(1_001);
    expect(r.errors.at(-1)?.message).toBe('1500 more problems from row 1002 on not listed');
  });
});
