import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { demoData } from '../../shared/demo/demo-data';
import { exportEventsCsv } from '../../shared/io/events-csv';
import { buildExportFile, serializeExport } from '../../shared/io/export-json';
import { mergeEvents, mergeResults } from '../../shared/io/merge';
import { type ResultEntry, resultKey } from '../../shared/schemas/result';
import { parseImportText } from './parse-file';
import { incomingKeys, planImport } from './preview';

const demo = demoData();
const exportText = (events = demo.events, results = demo.results) =>
  serializeExport(
    buildExportFile({ events, results, settings: demo.settings, exportedAt: '2025-06-08T12:00:00Z' }),
  );

describe('reading a file to import', () => {
  it('recognises a Promo Ledger export, a log CSV and a results CSV', () => {
    expect(parseImportText('a.json', exportText()).kind).toBe('export-json');
    expect(
      parseImportText('r.csv', 'date,program,metric,count\n2025-05-12,facebook-stars,stars,3\n'),
    ).toMatchObject({
      kind: 'results-csv',
      read: 1,
      rejected: 0,
    });
    const log = parseImportText(
      'l.csv',
      'id,time,platform,surface,action,linkId,pageUrl\ne1,2025-05-12T18:00:00Z,tiktok,comment,posted,l1,https://www.tiktok.com/@x\n',
    );
    expect(log).toMatchObject({ kind: 'events-csv', read: 1, rejected: 0 });
    expect(log.events[0]?.id).toBe('e1');
  });

  it('reports bad rows, bad headers and files that are not ours, without throwing', () => {
    const bad = parseImportText(
      'r.csv',
      'date,program,metric,count\n2025-05-12,facebook-stars,stars,-1\n2025-05-13,facebook-stars,stars,2\n',
    );
    expect(bad).toMatchObject({ read: 2, rejected: 1, unusable: false });
    expect(bad.problems[0]).toMatchObject({ row: 2, field: 'count' });
    const header = parseImportText('r.csv', 'day,what\n1,2\n');
    expect(header.unusable).toBe(true);
    expect(header.problems[0]?.field).toBe('(header)');
    expect(parseImportText('x.json', '{"hello":1}')).toMatchObject({ unusable: true, kind: 'export-json' });
    expect(parseImportText('x.json', '{not json')).toMatchObject({ unusable: true });
    expect(parseImportText('x.csv', '   ')).toMatchObject({ unusable: true });
    const items = JSON.parse(exportText());
    items.events[3].time = 'yesterday';
    items.events[3].platform = 'myspace';
    items.results[0].count = -2;
    const json = parseImportText('x.json', JSON.stringify(items));
    expect(json.rejected).toBe(2);
    expect(json.events).toHaveLength(demo.events.length - 1);
    expect(json.problems.map((p) => p.field)).toEqual([
      'events[3].time',
      'events[3].platform',
      'results[0].count',
    ]);
  });
});

describe('the import plan', () => {
  it('counts new, duplicate, replaced and rejected exactly as the report command merges', () => {
    const first = parseImportText('maya.json', exportText());
    const half = demo.events.slice(0, 100);
    const moved: ResultEntry[] = demo.results
      .slice(0, 10)
      .map((r, i) => (i < 4 ? { ...r, count: r.count + 1 } : r));
    const second = parseImportText('again.json', exportText(half, moved));
    const plan = planImport([first, second], { eventIds: new Set(), results: new Map() });
    expect(plan.files[0]?.events).toEqual({ added: demo.events.length, duplicate: 0 });
    expect(plan.files[1]?.events).toEqual({ added: 0, duplicate: 100 });
    expect(plan.files[1]?.results).toEqual({ added: 0, replaced: 4, unchanged: 6 });
    expect(plan.totals.replaced).toBe(4);
    // What gets written equals shared/io's merge of the same files, in the same order.
    const events = mergeEvents(mergeEvents([], first.events).merged, second.events).merged;
    const results = mergeResults(mergeResults([], first.results).merged, second.results).merged;
    expect(plan.batch.events).toEqual(events);
    expect(new Map(plan.batch.results.map((r) => [resultKey(r), r]))).toEqual(
      new Map(results.map((r) => [resultKey(r), r])),
    );
    expect(plan.settingsFrom).toBe('again.json');
    expect(plan.files[0]?.members).toEqual(['maya']);
  });

  it('counts what the store already holds as duplicates and never rewrites it', () => {
    const file = parseImportText('maya.json', exportText());
    const keys = incomingKeys([file]);
    expect(keys.eventIds).toHaveLength(demo.events.length);
    const known = {
      eventIds: new Set(demo.events.slice(0, 50).map((e) => e.id)),
      results: new Map(demo.results.slice(0, 5).map((r) => [resultKey(r), r])),
    };
    const plan = planImport([file], known);
    expect(plan.files[0]?.events).toEqual({ added: demo.events.length - 50, duplicate: 50 });
    expect(plan.files[0]?.results).toEqual({ added: demo.results.length - 5, replaced: 0, unchanged: 5 });
    expect(plan.batch.events.some((e) => known.eventIds.has(e.id))).toBe(false);
  });

  it('counts each event once across files of any kind and order, whatever the store knows', () => {
    const pool = demo.events.slice(0, 12);
    const fileArb = fc.record({
      json: fc.boolean(),
      // JSON exports may repeat an id within the file; a CSV reader already drops repeats.
      picks: fc.array(fc.nat(pool.length - 1), { maxLength: 10 }),
    });
    fc.assert(
      fc.property(
        fc.array(fileArb, { maxLength: 4 }),
        fc.array(fc.nat(pool.length - 1)),
        (specs, knownPicks) => {
          const files = specs.map(({ json, picks }, i) => {
            const events = picks.map((p) => pool[p] as (typeof pool)[number]);
            return json
              ? parseImportText(`f${i}.json`, exportText(events, []))
              : parseImportText(`f${i}.csv`, exportEventsCsv(events));
          });
          const known = new Set(knownPicks.map((p) => (pool[p] as (typeof pool)[number]).id));
          const plan = planImport(files, { eventIds: known, results: new Map() });
          // The reference: every id once, first come first served, the store's never.
          const seen = new Set(known);
          const expected = files.flatMap((f) => f.events).filter((e) => !seen.has(e.id) && seen.add(e.id));
          expect(plan.batch.events).toEqual(expected);
          expect(plan.rows.events).toBe(expected.length);
          const read = files.reduce((n, f) => n + f.events.length, 0);
          expect(plan.files.reduce((n, f) => n + f.events.added + f.events.duplicate, 0)).toBe(read);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('problem counts past the listed limit', () => {
  it('gives the exact count, so the panel’s “N more” is exact past 1,000 problems', () => {
    const rows = Array.from({ length: 1_500 }, (_, i) => `2025-05-12,bad id ${i},signups,1`);
    const parsed = parseImportText('r.csv', ['date,program,metric,count', ...rows].join('\n'));
    expect(parsed.problemCount).toBe(1_500);
    expect(parsed.rejected).toBe(1_500);
  });
});
