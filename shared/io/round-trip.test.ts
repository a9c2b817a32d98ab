import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RESULT_PLATFORMS } from '../schemas/common';
import { ACTIONS, type PromotionEvent, promotionEventSchema, SURFACES } from '../schemas/event';
import { type ResultEntry, resultEntrySchema, resultKey } from '../schemas/result';
import { defaultSettings } from '../schemas/settings';
import { exportEventsCsv, parseEventsCsv } from './events-csv';
import { buildExportFile, parseExportFile, serializeExport } from './export-json';
import { mergeEvents, mergeResults } from './merge';
import { exportResultsCsv, parseResultsCsv } from './results-csv';

// Property runs are kept small: the suite shares two cores with e2e runs.
const RUNS = { numRuns: 150 };

const day = fc
  .date({ min: new Date('1970-01-01T00:00:00Z'), max: new Date('9999-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const slug = fc.stringMatching(/^[a-z0-9]{1,20}(?:[-_][a-z0-9]{1,20}){0,2}$/);
// Free text that the schemas keep as is (already trimmed), with the characters CSV and spreadsheets
// care about: quotes, commas, line breaks, formula starters, apostrophes, NUL, lone surrogates.
const tricky = fc.constantFrom(
  '=1+1',
  "'=x",
  "''",
  "'",
  '@a',
  '-5',
  '+',
  '"q, "',
  'a\r\nb',
  '\u0000x',
  "'\u0000",
  'é🎉',
);
const freeText = fc
  .oneof(
    tricky,
    fc.string({ unit: 'binary', minLength: 1, maxLength: 64 }),
    fc.string({ minLength: 1, maxLength: 64 }),
  )
  .filter((s) => s.trim() === s && s.length >= 1 && s.length <= 64);
const optional = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });

function withoutUndefined<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}

const resultArb = (source: fc.Arbitrary<'manual' | 'import'>) =>
  fc
    .record({
      day,
      program: slug,
      metric: slug,
      count: fc.oneof(fc.nat(1000), fc.bigInt({ min: 0n, max: 10n ** 12n }).map(Number)),
      platform: optional(fc.constantFrom(...RESULT_PLATFORMS)),
      source,
      member: optional(freeText),
    })
    .map((r) => resultEntrySchema.parse(withoutUndefined(r)));

const id = fc.stringMatching(/^[A-Za-z0-9_-]{1,64}$/);
const eventArb: fc.Arbitrary<PromotionEvent> = fc
  .record({
    id,
    time: fc
      .date({
        min: new Date('2000-01-01T00:00:00Z'),
        max: new Date('2100-01-01T00:00:00Z'),
        noInvalidDate: true,
      })
      .chain((d) => fc.constantFrom(d.toISOString(), d.toISOString().replace(/\.\d{3}Z$/, 'Z'))),
    platform: fc.constantFrom('tiktok', 'youtube', 'discord', 'substack' as const),
    surface: fc.constantFrom(...SURFACES),
    action: fc.constantFrom(...ACTIONS),
    linkId: id,
    pageUrl: fc.webUrl({ validSchemes: ['https'], withQueryParameters: true, withFragments: true }),
    member: optional(freeText),
  })
  .map((e) => promotionEventSchema.safeParse(withoutUndefined(e)))
  .filter((r) => r.success)
  .map((r) => r.data as PromotionEvent);

const results = (source: fc.Arbitrary<'manual' | 'import'>) =>
  fc.uniqueArray(resultArb(source), { selector: resultKey, maxLength: 20 });
const events = fc.uniqueArray(eventArb, { selector: (e) => e.id, maxLength: 20 });
// Incoming data as another app might send it: mostly valid items, some junk.
const junk = fc.oneof(
  fc.constant(null),
  fc.string(),
  fc.dictionary(fc.string(), fc.string(), { maxKeys: 3 }),
);

describe('round trips', () => {
  it('results: CSV export → import gives the same results', () => {
    fc.assert(
      fc.property(results(fc.constant('import')), (rs) => {
        const back = parseResultsCsv(exportResultsCsv(rs));
        expect(back.errors).toEqual([]);
        expect(back.results).toStrictEqual(rs);
      }),
      RUNS,
    );
  });

  it('events: CSV export → import gives the same events', () => {
    fc.assert(
      fc.property(events, (es) => {
        const back = parseEventsCsv(exportEventsCsv(es));
        expect(back.errors).toEqual([]);
        expect(back.events).toStrictEqual(es);
      }),
      RUNS,
    );
  });

  it('JSON export → import gives the same file', () => {
    fc.assert(
      fc.property(
        events,
        results(fc.constantFrom('manual', 'import')),
        optional(fc.constant(defaultSettings())),
        // `__proto__` is the one key that does not come back: see the test below.
        optional(
          fc.dictionary(
            fc.string({ maxLength: 10 }).filter((k) => k !== '__proto__'),
            fc.string({ maxLength: 10 }),
            { maxKeys: 3 },
          ),
        ),
        (es, rs, settings, filter) => {
          const file = buildExportFile({
            events: es,
            results: rs,
            settings,
            filter,
            exportedAt: '2025-06-01T09:00:00Z',
          });
          const back = parseExportFile(serializeExport(file));
          expect(back).toStrictEqual({ ok: true, file, rejected: [] });
        },
      ),
      RUNS,
    );
  });
});

describe('merging', () => {
  it('drops a `__proto__` key of an imported filter instead of using it as a prototype', () => {
    const text = serializeExport(
      buildExportFile({
        events: [],
        results: [],
        exportedAt: '2025-06-01T09:00:00Z',
        filter: { from: '2025-05-01' },
      }),
    ).replace('"from": "2025-05-01"', '"from": "2025-05-01", "__proto__": { "polluted": "yes" }');
    expect(text).toContain('"__proto__"');
    const back = parseExportFile(text);
    expect(back.ok).toBe(true);
    if (!back.ok) return;
    expect(back.file.filter).toEqual({ from: '2025-05-01' });
    expect(Object.getPrototypeOf(back.file.filter)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
  it('events: merging the same incoming twice adds nothing the second time', () => {
    fc.assert(
      fc.property(events, fc.array(fc.oneof(eventArb, junk), { maxLength: 20 }), (existing, incoming) => {
        const once = mergeEvents(existing, incoming);
        const twice = mergeEvents(once.merged, incoming);
        expect(twice.added).toBe(0);
        expect(twice.merged).toStrictEqual(once.merged);
        expect(twice.rejected).toStrictEqual(once.rejected);
        expect(once.added + once.duplicate + new Set(once.rejected.map((r) => r.index)).size).toBe(
          incoming.length,
        );
      }),
      RUNS,
    );
  });

  it('results: merging the same incoming twice adds and changes nothing the second time', () => {
    fc.assert(
      fc.property(
        results(fc.constant('manual')),
        fc.array(fc.oneof(resultArb(fc.constant('import')), junk), { maxLength: 20 }),
        (existing, incoming) => {
          const once = mergeResults(existing, incoming);
          const twice = mergeResults(once.merged, incoming);
          expect(twice.added).toBe(0);
          expect(twice.merged).toStrictEqual(once.merged);
          const valid = incoming.filter((x) => resultEntrySchema.safeParse(x).success) as ResultEntry[];
          if (new Set(valid.map(resultKey)).size === valid.length) expect(twice.replaced).toBe(0);
          expect(once.merged).toHaveLength(new Set([...existing, ...valid].map(resultKey)).size);
        },
      ),
      RUNS,
    );
  });
});
