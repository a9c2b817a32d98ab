import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { idSchema, instantSchema, isCanonicalInstant, isId } from '../schemas/common';
import { EVENT_PLAIN_TESTS, promotionEventSchema } from '../schemas/event';
import { resultEntrySchema } from '../schemas/result';
import { parseCsv, unescapeFormulaCell, writeCsv } from './csv';
import { parseEventsCsv } from './events-csv';
import { countCandidate, parseResultsCsv } from './results-csv';
import { objectChecker } from './row-check';

// The import checks good rows field by field (row-check.ts) and reads files a piece at a time
// (csv.ts readCsv). Both are only allowed to be faster, never different: these compare them with
// the plain reading — every row through the whole zod schema, the whole text through one parse.

/** Cells that are good, bad, odd or empty, in the proportions that find the edges. */
function cellOf(good: fc.Arbitrary<string>): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 6, arbitrary: good },
    { weight: 1, arbitrary: fc.constantFrom('', ' ', 'X', 'NaN', '-1', '1e5', '1,234', "'=1", '"q"', 'a b') },
    { weight: 1, arbitrary: fc.string({ maxLength: 8 }) },
    { weight: 1, arbitrary: good.map((g) => ` ${g.toUpperCase()} `) },
  );
}

const resultRow = fc.tuple(
  cellOf(fc.constantFrom('2025-05-12', '2025-02-29', '2024-02-29', '2025-13-01')),
  cellOf(fc.constantFrom('instagram-referrals-2025', 'facebook-stars', 'Bad Id')),
  cellOf(fc.constantFrom('signups', 'visits', 'stars')),
  cellOf(fc.constantFrom('0', '3', '12', '1000000000000', '1000000000001', '2.5')),
  cellOf(fc.constantFrom('tiktok', 'youtube', 'instagram', 'other', 'mastodon')),
  cellOf(fc.constantFrom('Maya', 'Léo', 'm0')),
);

const eventRow = fc.tuple(
  cellOf(fc.constantFrom('e1', 'e2', 'e3', 'big-9', 'has space', 'x'.repeat(65))),
  cellOf(
    fc.constantFrom(
      '2025-05-12T18:00:00Z',
      '2025-05-12T18:00:00.123Z',
      '2024-02-29T00:00:00Z',
      '2025-02-29T00:00:00Z',
      '2025-05-12T24:00:00Z',
      '2025-05-12T18:00:00+02:00',
    ),
  ),
  cellOf(fc.constantFrom('tiktok', 'youtube', 'discord', 'substack')),
  cellOf(fc.constantFrom('comment', 'message', 'caption', 'post')),
  cellOf(fc.constantFrom('link_inserted', 'posted', 'clicked')),
  cellOf(fc.constantFrom('link-1', 'l2')),
  cellOf(fc.constantFrom('https://www.tiktok.com/@x', 'http://www.tiktok.com/@x', 'notaurl')),
  cellOf(fc.constantFrom('Maya', 'm0')),
);

/** The plain reading of one results row: the cell conversions, then the whole schema. */
function plainResult(cells: readonly string[]): unknown {
  const [day, program, metric, count, platform, member] = cells.map((c) => c.trim() || undefined);
  if (count === undefined) return undefined;
  const c = countCandidate(count);
  if ('error' in c) return undefined;
  const candidate: Record<string, unknown> = {
    day,
    program: program?.toLowerCase(),
    metric: metric?.toLowerCase(),
    count: c.value,
    source: 'import',
  };
  if (platform !== undefined) candidate.platform = platform.toLowerCase();
  if (member !== undefined) candidate.member = member;
  const r = resultEntrySchema.safeParse(candidate);
  return r.success ? r.data : undefined;
}

function plainEvent(cells: readonly string[]): unknown {
  const [id, time, platform, surface, action, linkId, pageUrl, member] = cells.map(
    (c) => c.trim() || undefined,
  );
  const candidate: Record<string, unknown> = {
    id,
    time,
    platform: platform?.toLowerCase(),
    surface: surface?.toLowerCase(),
    action: action?.toLowerCase(),
    linkId,
    pageUrl,
  };
  if (member !== undefined) candidate.member = member;
  const r = promotionEventSchema.safeParse(candidate);
  return r.success ? r.data : undefined;
}

/** Good rows in order, each key once: what the import must give, key order and all. */
function expected(
  rows: readonly (readonly string[])[],
  read: (c: readonly string[]) => unknown,
  key: (x: never) => string,
) {
  const seen = new Set<string>();
  const out: unknown[] = [];
  for (const row of rows) {
    const item = read(row);
    if (item === undefined) continue;
    const k = key(item as never);
    if (seen.has(k)) continue;
    seen.add(k);
    out.push(item);
  }
  return out;
}

describe('field-by-field checking gives what the whole schema gives', () => {
  it('for results, good and bad rows alike', () => {
    fc.assert(
      fc.property(fc.array(resultRow, { maxLength: 40 }), (rows) => {
        const text = writeCsv([['date', 'program', 'metric', 'count', 'platform', 'member'], ...rows]);
        // writeCsv escapes formula-like cells; cells are read back as the import reads them.
        const cells = parseCsv(text).rows.slice(1);
        const got = parseResultsCsv(text);
        const want = expected(
          cells.map((r) => r.map((c) => unescapeFormulaCell(c.trim()))),
          plainResult,
          (r: { day: string; program: string; metric: string; platform?: string; member?: string }) =>
            `${r.day}|${r.program}|${r.metric}|${r.platform ?? ''}|${r.member ?? ''}`,
        );
        expect(got.results).toStrictEqual(want);
        // Every row is either imported or explained.
        const explained = new Set(got.errors.map((e) => e.row));
        expect(got.results.length + explained.size).toBe(got.rows);
      }),
      { numRuns: 300 },
    );
  });

  it('for promotion events, good and bad rows alike', () => {
    fc.assert(
      fc.property(fc.array(eventRow, { maxLength: 40 }), (rows) => {
        const header = ['id', 'time', 'platform', 'surface', 'action', 'linkId', 'pageUrl', 'member'];
        const text = writeCsv([header, ...rows]);
        const cells = parseCsv(text).rows.slice(1);
        const got = parseEventsCsv(text);
        const want = expected(
          cells.map((r) => r.map((c) => unescapeFormulaCell(c.trim()))),
          plainEvent,
          (e: { id: string }) => e.id,
        );
        expect(got.events).toStrictEqual(want);
        const explained = new Set(got.errors.map((e) => e.row));
        expect(got.events.length + explained.size).toBe(got.rows);
      }),
      { numRuns: 300 },
    );
  });
});

describe('stored rows checked field by field give what the whole schema gives', () => {
  it('for promotion events read back from a database, good, bad and odd', () => {
    const check = objectChecker(promotionEventSchema, EVENT_PLAIN_TESTS);
    const keys = ['id', 'time', 'platform', 'surface', 'action', 'linkId', 'pageUrl', 'member'] as const;
    const row = fc
      .tuple(
        eventRow,
        fc.subarray([...keys]),
        fc.oneof(fc.constant(undefined), fc.constantFrom<unknown>(1, null, {}, ['x'], 'extra')),
      )
      .map(([cells, drop, odd]) => {
        const obj: Record<string, unknown> = {};
        keys.forEach((k, i) => {
          if (!drop.includes(k) || k === 'member') obj[k] = cells[i]?.trim() || undefined;
        });
        if (odd !== undefined) obj[odd === 'extra' ? 'extra' : 'platform'] = odd;
        return obj;
      });
    fc.assert(
      fc.property(row, (obj) => {
        const whole = promotionEventSchema.safeParse(obj);
        const fields = check(structuredClone(obj));
        expect(fields).toStrictEqual(whole.success ? whole.data : undefined);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('plain tests that stand in for a schema', () => {
  it('isId accepts exactly what idSchema accepts', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 70 }), fc.stringMatching(/^[A-Za-z0-9_-]{0,70}$/)), (s) => {
        expect(isId(s)).toBe(idSchema.safeParse(s).success);
      }),
      { numRuns: 2000 },
    );
  });

  it('isCanonicalInstant accepts only what instantSchema accepts unchanged', () => {
    const instant = fc
      .tuple(
        fc.integer({ min: 0, max: 9999 }),
        fc.integer({ min: 0, max: 13 }),
        fc.integer({ min: 0, max: 32 }),
        fc.integer({ min: 0, max: 25 }),
        fc.integer({ min: 0, max: 61 }),
        fc.constantFrom('', '.5', '.123', '.123456789', '.1234567890'),
        fc.constantFrom('Z', 'z', '+00:00', ''),
      )
      .map(([y, mo, d, h, mi, frac, zone]) => {
        const p = (n: number, w = 2) => String(n).padStart(w, '0');
        return `${p(y, 4)}-${p(mo)}-${p(d)}T${p(h)}:${p(mi)}:${p(mi % 60)}${frac}${zone}`;
      });
    let accepted = 0;
    fc.assert(
      fc.property(instant, (s) => {
        if (!isCanonicalInstant(s)) return;
        accepted++;
        const r = instantSchema.safeParse(s);
        expect(r.success && r.data === s).toBe(true);
      }),
      { numRuns: 3000 },
    );
    // The generator reaches the accepting side too, so the check above is not empty.
    expect(accepted).toBeGreaterThan(100);
    expect(isCanonicalInstant('2024-02-29T23:59:59.999Z')).toBe(true);
    expect(isCanonicalInstant('2025-02-29T00:00:00Z')).toBe(false);
  });
});

describe('reading a file a piece at a time gives what one parse gives', () => {
  const cell = fc.oneof(
    fc.constantFrom('', ' ', 'a', 'b,c', 'q"q', 'line\nbreak', 'cr\r\nlf', '"'),
    fc.string({ maxLength: 6 }),
  );
  it('for any cells, blank lines and line ends, at any piece size', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(cell, { minLength: 1, maxLength: 4 }), { maxLength: 20 }),
        fc.constantFrom('\n', '\r\n'),
        fc.boolean(),
        fc.integer({ min: 1, max: 40 }),
        (rows, eol, blankLines, pieceSize) => {
          let text = writeCsv(rows);
          if (eol === '\n') text = text.replaceAll('\r\n', '\n');
          if (blankLines) text = text.replace(/\n/, `\n${eol}${eol}`);
          expect(parseCsv(text, pieceSize)).toStrictEqual(parseCsv(text, Number.MAX_SAFE_INTEGER));
        },
      ),
      { numRuns: 500 },
    );
  });

  it('keeps the row numbers and messages of bad quotes', () => {
    const text = 'a,b\nx,"y"z\nok,1\n\nq,"never closed\nr,s\n';
    const whole = parseCsv(text, Number.MAX_SAFE_INTEGER);
    expect(parseCsv(text, 3)).toStrictEqual(whole);
    // PapaParse reads on inside the broken cell of row 2, to the end: both problems are on row 2.
    expect(whole.errors.map((e) => e.row)).toEqual([2, 2]);
  });
});
