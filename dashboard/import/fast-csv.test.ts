import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exportEventsCsv, parseEventsCsv } from '../../shared/io/events-csv';
import { exportResultsCsv, parseResultsCsv } from '../../shared/io/results-csv';
import type { PromotionEvent } from '../../shared/schemas/event';
import type { ResultEntry } from '../../shared/schemas/result';
import { guessLineEndings, importEventsCsv, importResultsCsv, pieceBounds } from './fast-csv';

// The dashboard's CSV import must answer exactly what shared/io answers — same items, same errors,
// same row count — whether it took its fast path or fell back. These tests throw generated files at
// both, with cuts between pieces put everywhere (pieceSize 1..64).

const quote = (cell: string) => (/[",\r\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell);

/** A cell as someone might have typed it: mostly good values, some of every kind of trouble. */
function cellArb(good: fc.Arbitrary<string>): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 12, arbitrary: good },
    { weight: 1, arbitrary: good.map((v) => ` ${v.toUpperCase()} `) },
    { weight: 1, arbitrary: fc.constant('') },
    {
      weight: 1,
      arbitrary: fc.constantFrom(
        '=SUM(A1)',
        "'=x",
        '@x',
        '-3',
        '1,234',
        '1e5',
        'NaN',
        '12.5',
        '2025-02-30',
        '"q"',
        'a"b',
        'x\ny',
      ),
    },
    { weight: 1, arbitrary: fc.string({ maxLength: 6 }) },
  );
}

const day = fc
  .integer({ min: 0, max: 60 })
  .map((i) => new Date(Date.UTC(2025, 4, 1 + i)).toISOString().slice(0, 10));
const count = fc.oneof(fc.integer({ min: 0, max: 50 }).map(String), fc.constant('1000000000000000'));

const RESULT_COLUMNS = ['date', 'program', 'metric', 'count', 'platform', 'member'];
const resultRow = fc.tuple(
  cellArb(day),
  cellArb(fc.constantFrom('instagram-referrals-2025', 'facebook-stars')),
  cellArb(fc.constantFrom('signups', 'visits', 'stars')),
  cellArb(count),
  cellArb(fc.constantFrom('tiktok', 'youtube', 'facebook', '')),
  cellArb(fc.constantFrom('ana', 'ben', 'chloé', '')),
);

const EVENT_COLUMNS = ['id', 'time', 'platform', 'surface', 'action', 'linkId', 'pageUrl', 'member'];
const eventRow = fc.tuple(
  cellArb(fc.integer({ min: 1, max: 40 }).map((i) => `ev-${i}`)),
  cellArb(
    fc.integer({ min: 0, max: 1e6 }).map((s) => new Date(Date.UTC(2025, 4, 12) + s * 1000).toISOString()),
  ),
  cellArb(fc.constantFrom('tiktok', 'youtube', 'discord', 'substack')),
  cellArb(fc.constantFrom('comment', 'caption', 'message', 'note')),
  cellArb(fc.constantFrom('posted', 'link_inserted', 'link_copied')),
  cellArb(fc.constantFrom('link-1', 'link_2')),
  cellArb(
    fc.constantFrom(
      'https://www.tiktok.com/@maya',
      'https://discord.com/channels/1/2',
      'http://x.com',
      'https://exa mple.com',
    ),
  ),
  cellArb(fc.constantFrom('ana', 'ben', '')),
);

/** A whole file: header (maybe reordered, re-cased, short of optional columns), rows, blank lines, line endings. */
function fileArb(columns: string[], row: fc.Arbitrary<string[]>, optional: number) {
  return fc
    .record({
      keep: fc.integer({ min: columns.length - optional, max: columns.length }),
      order: fc.shuffledSubarray([...columns.keys()], {
        minLength: columns.length,
        maxLength: columns.length,
      }),
      upper: fc.boolean(),
      extraColumn: fc.oneof(
        { weight: 9, arbitrary: fc.constant(false) },
        { weight: 1, arbitrary: fc.constant(true) },
      ),
      rows: fc.array(fc.tuple(row, fc.boolean(), fc.boolean()), { maxLength: 30 }),
      newline: fc.constantFrom('\n', '\r\n', '\r'),
      bom: fc.boolean(),
      trailing: fc.boolean(),
      raw: fc.oneof(
        { weight: 19, arbitrary: fc.constant(false) },
        { weight: 1, arbitrary: fc.constant(true) },
      ),
    })
    .map((f) => {
      const used = f.order.filter((i) => i < f.keep);
      const header = used.map((i) =>
        f.upper ? (columns[i] as string).toUpperCase() : (columns[i] as string),
      );
      if (f.extraColumn) header.push('extra');
      const lines = [header.join(',')];
      for (const [cells, blank, shortRow] of f.rows) {
        if (blank) lines.push('');
        let out = used.map((i) => cells[i] as string);
        if (shortRow) out = out.slice(0, Math.max(1, out.length - 1));
        // `raw`: cells written as typed, quotes and all, so that some rows are malformed CSV.
        lines.push(out.map((c) => (f.raw ? c : quote(c))).join(','));
      }
      return `${f.bom ? '\uFEFF' : ''}${lines.join(f.newline)}${f.trailing ? f.newline : ''}`;
    });
}

describe('the dashboard CSV import answers what shared/io answers', () => {
  it('for results files, whatever is in them', () => {
    fc.assert(
      fc.property(
        fileArb(RESULT_COLUMNS, resultRow, 2),
        fc.integer({ min: 1, max: 64 }),
        (text, pieceSize) => {
          const fast = importResultsCsv(text, { pieceSize });
          const shared = parseResultsCsv(text);
          expect(fast.items).toEqual(shared.results);
          expect(fast.errors).toEqual(shared.errors);
          expect(fast.rows).toBe(shared.rows);
          if (shared.errors.length === 0) expect(fast.fast).toBe(true);
        },
      ),
      { numRuns: 400 },
    );
  });

  it('for log files, whatever is in them', () => {
    fc.assert(
      fc.property(fileArb(EVENT_COLUMNS, eventRow, 1), fc.integer({ min: 1, max: 64 }), (text, pieceSize) => {
        const fast = importEventsCsv(text, { pieceSize });
        const shared = parseEventsCsv(text);
        expect(fast.items).toEqual(shared.events);
        expect(fast.errors).toEqual(shared.errors);
        expect(fast.rows).toBe(shared.rows);
        if (shared.errors.length === 0) expect(fast.fast).toBe(true);
      }),
      { numRuns: 400 },
    );
  });

  it('takes the fast path for clean files cut anywhere, with the same items', () => {
    const clean = fc
      .record({
        rows: fc.uniqueArray(
          fc.tuple(
            day,
            fc.constantFrom('signups', 'Visits', ' stars '),
            fc.constantFrom('ana', 'ben, "b"', '=x', ''),
          ),
          {
            maxLength: 60,
            selector: ([d, m, who]) => `${d}|${m.trim().toLowerCase()}|${who}`,
          },
        ),
        counts: fc.array(fc.integer({ min: 0, max: 1e9 }).map(String), { minLength: 60, maxLength: 60 }),
        newline: fc.constantFrom('\n', '\r\n'),
        pieceSize: fc.integer({ min: 1, max: 200 }),
      })
      .map(({ rows, counts, newline, pieceSize }) => ({
        text: [
          'Date,Program,Metric,Count,Member',
          ...rows.map(([d, m, who], i) =>
            [d, 'instagram-referrals-2025', m, counts[i] as string, who].map(quote).join(','),
          ),
        ].join(newline),
        pieceSize,
      }));
    fc.assert(
      fc.property(clean, ({ text, pieceSize }) => {
        const fast = importResultsCsv(text, { pieceSize });
        const shared = parseResultsCsv(text);
        expect(shared.errors).toEqual([]);
        expect(fast.fast).toBe(true);
        expect(fast.items).toEqual(shared.results);
        expect(fast.rows).toBe(shared.rows);
      }),
      { numRuns: 300 },
    );
  });

  it('takes the fast path for what the dashboard exports, and gets every row back', () => {
    const results: ResultEntry[] = Array.from({ length: 500 }, (_, i) => ({
      day: new Date(Date.UTC(2025, 4, 12 + i)).toISOString().slice(0, 10),
      program: 'instagram-referrals-2025',
      metric: 'signups',
      count: i % 7,
      platform: (['tiktok', 'youtube', 'discord', 'substack'] as const)[i % 4],
      source: 'import',
      member: `m${Math.floor(i / 160)}, "the" =boss`,
    }));
    const text = exportResultsCsv(results);
    const fast = importResultsCsv(text, { pieceSize: 1000 });
    expect(fast.fast).toBe(true);
    expect(fast.items).toEqual(parseResultsCsv(text).results);
    expect(fast.items).toEqual(results);

    const events: PromotionEvent[] = Array.from({ length: 300 }, (_, i) => ({
      id: `e-${i}`,
      time: new Date(Date.UTC(2025, 4, 12) + i * 60_000).toISOString(),
      platform: 'discord',
      surface: 'message',
      action: 'posted',
      linkId: 'l',
      pageUrl: 'https://discord.com/channels/1/2',
      member: '@ana',
    }));
    const log = importEventsCsv(exportEventsCsv(events), { pieceSize: 777 });
    expect(log.fast).toBe(true);
    expect(log.items).toEqual(events);
  });

  it('reports progress up to the whole text', () => {
    const text = exportResultsCsv(
      Array.from({ length: 200 }, (_, i) => ({
        day: '2025-05-12',
        program: 'p',
        metric: `m${i}`,
        count: 1,
        source: 'manual' as const,
      })),
    );
    const seen: number[] = [];
    importResultsCsv(text, { pieceSize: 500, onProgress: (p) => seen.push(p.done / p.total) });
    expect(seen.length).toBeGreaterThan(5);
    expect(seen.at(-1)).toBe(1);
    expect([...seen].sort((a, b) => a - b)).toEqual(seen);
  });
});

describe('remembered outcomes on long files', () => {
  // Long enough for every cache to fill, pass its probation and be used (fieldwise.ts: 512 lookups),
  // mostly good values (in several spellings) and, at a few random rows, a bad cell: a remembered
  // outcome must never stand for another value, in either direction.
  const pool = <T>(values: T[]) => fc.constantFrom(...values);
  const badCell = pool(['x', 'bad id', 'http://x.com', '-1', '1,5', '=1+1', 'Mars', '2025-02-30']);
  /** Rows (cells as strings), with a bad cell put in at some of them. */
  function withBadCells(rows: fc.Arbitrary<string[][]>) {
    return fc
      .tuple(rows, fc.array(fc.tuple(fc.nat(), fc.nat(), badCell), { maxLength: 2 }))
      .map(([cells, bad]) => {
        for (const [row, column, value] of bad) {
          const r = cells[row % cells.length] as string[];
          r[column % r.length] = value;
        }
        return cells;
      });
  }

  const eventRest = fc.tuple(
    pool(['tiktok', 'youtube', 'Discord', ' substack']),
    pool(['comment', 'caption', 'message']),
    pool(['posted', 'link_inserted', 'LINK_COPIED']),
    pool(['link-1', 'link_2']),
    pool(['https://www.tiktok.com/@maya', 'https://discord.com/channels/1/2']),
    pool(['ana', 'ben', '', "'=boss", '  chloé ']),
  );
  const eventRows = fc
    .array(eventRest, { minLength: 600, maxLength: 1_500 })
    .map((rows) =>
      rows.map((rest, i) => [`ev-${i}`, new Date(Date.UTC(2025, 4, 12) + i * 1000).toISOString(), ...rest]),
    );

  it('log files: the same answer as shared/io, clean or not', () => {
    fc.assert(
      fc.property(withBadCells(eventRows), fc.boolean(), (rows, timeFirst) => {
        const order = timeFirst ? [1, 0, 2, 3, 4, 5, 6, 7] : [0, 1, 2, 3, 4, 5, 6, 7];
        const line = (cells: string[]) => order.map((i) => cells[i]).join(',');
        const text = `${[line(EVENT_COLUMNS), ...rows.map(line)].join('\r\n')}\r\n`;
        const fast = importEventsCsv(text, { pieceSize: 7_000 });
        const shared = parseEventsCsv(text);
        expect(fast.items).toEqual(shared.events);
        expect(fast.errors).toEqual(shared.errors);
        expect(fast.rows).toBe(shared.rows);
        if (shared.errors.length === 0) expect(fast.fast).toBe(true);
      }),
      { numRuns: 60 },
    );
  });

  it('log files as the dashboard exports them take the fast path, whatever the column order', () => {
    const events: PromotionEvent[] = Array.from({ length: 3_000 }, (_, i) => ({
      id: `e-${i}`,
      time: new Date(Date.UTC(2025, 4, 12) + i * 60_000).toISOString(),
      platform: (['tiktok', 'youtube', 'discord', 'substack'] as const)[i % 4] ?? 'tiktok',
      surface: 'comment',
      action: i % 3 === 0 ? 'posted' : 'link_inserted',
      linkId: 'link-1',
      pageUrl: `https://www.tiktok.com/@c${i % 9}`,
      ...(i % 5 === 0 ? {} : { member: `m${i % 11}` }),
    }));
    const text = exportEventsCsv(events);
    expect(importEventsCsv(text)).toMatchObject({ fast: true, items: events });
    // The same file with its columns in another order (time first, member in the middle).
    const move = (line: string) => {
      const c = line.split(',');
      return [c[1], c[0], c[7], ...c.slice(2, 7)].join(',');
    };
    const moved = text.trimEnd().split('\r\n').map(move).join('\n');
    expect(importEventsCsv(moved)).toMatchObject({ fast: true, items: events });
  });

  it('results files: the same answer as shared/io, clean or not', () => {
    // Each member's rows share a few combinations of program, metric, count and platform, so that
    // the rest of a line after its day repeats, as in a team's export; (day, member) never repeats.
    const combination = fc.tuple(
      pool(['instagram-referrals-2025', 'Facebook-Stars']),
      pool(['signups', 'visits']),
      pool(['0', '1', '2', '12', ' 3 ', '1000000000000']),
      pool(['tiktok', 'youtube', 'Facebook', '']),
    );
    const rows = fc
      .record({
        combinations: fc.array(combination, { minLength: 1, maxLength: 4 }),
        picks: fc.array(fc.nat(), { minLength: 600, maxLength: 1_500 }),
        members: fc.array(pool(['ana', 'ben', '', "'=x", 'chloé ']), { minLength: 40, maxLength: 40 }),
      })
      .map(({ combinations, picks, members }) =>
        picks.map((pick, i) => [
          new Date(Date.UTC(2025, 4, 1 + (i % 41))).toISOString().slice(0, 10),
          ...(combinations[pick % combinations.length] as string[]),
          `${members[Math.floor(i / 41) % 40]}${Math.floor(i / 41)}`,
        ]),
      );
    fc.assert(
      fc.property(withBadCells(rows), (cells) => {
        const text = [RESULT_COLUMNS.join(','), ...cells.map((c) => c.join(','))].join('\n');
        const fast = importResultsCsv(text, { pieceSize: 5_000 });
        const shared = parseResultsCsv(text);
        expect(fast.items).toEqual(shared.results);
        expect(fast.errors).toEqual(shared.errors);
        expect(fast.rows).toBe(shared.rows);
        if (shared.errors.length === 0) expect(fast.fast).toBe(true);
      }),
      { numRuns: 60 },
    );
  });
});

describe('piece cutting', () => {
  it('cuts only after a line ending outside quotes', () => {
    const text = 'a,b\n"x\ny",z\nc,d\n"e""\nf",g\nh,i\n';
    const bounds = pieceBounds(text, '\n', 1);
    const pieces = bounds.slice(1).map((end, i) => text.slice(bounds[i], end));
    expect(pieces).toEqual(['a,b\n', '"x\ny",z\n', 'c,d\n', '"e""\nf",g\n', 'h,i\n']);
  });

  it('guesses line endings as PapaParse does', () => {
    expect(guessLineEndings('a\r\nb\r\n')).toBe('\r\n');
    expect(guessLineEndings('a\nb')).toBe('\n');
    expect(guessLineEndings('a\rb\r')).toBe('\r');
    expect(guessLineEndings('"x\r\ny"\nb\n')).toBe('\n');
  });
});

describe('rows as columns between the worker and the page', () => {
  it('come back as they went, optional fields absent where they were', async () => {
    const { eventsFromColumns, eventsToColumns, resultsFromColumns, resultsToColumns } = await import(
      './columns'
    );
    const { demoData } = await import('../../shared/demo/demo-data');
    const demo = demoData();
    const events = demo.events.map((e, i) => (i % 3 === 0 ? (({ member: _m, ...rest }) => rest)(e) : e));
    expect(eventsFromColumns(structuredClone(eventsToColumns(events)))).toEqual(events);
    const results = demo.results.map((r, i) => (i % 2 === 0 ? (({ platform: _p, ...rest }) => rest)(r) : r));
    const back = resultsFromColumns(structuredClone(resultsToColumns(results)));
    expect(back).toEqual(results);
    expect(back.filter((r) => 'platform' in r)).toHaveLength(results.filter((r) => 'platform' in r).length);
  });
});
