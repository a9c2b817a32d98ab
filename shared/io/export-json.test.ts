import { describe, expect, it } from 'vitest';
import type { PromotionEvent } from '../schemas/event';
import { EXPORT_VERSION } from '../schemas/export-file';
import type { ResultEntry } from '../schemas/result';
import { defaultSettings } from '../schemas/settings';
import { buildExportFile, type ExportMigrations, parseExportFile, serializeExport } from './export-json';

const event: PromotionEvent = {
  id: 'ev1',
  time: '2025-05-12T14:03:00Z',
  platform: 'tiktok',
  surface: 'caption',
  action: 'posted',
  linkId: 'l1',
  pageUrl: 'https://www.tiktok.com/@maya/video/1',
};
const result: ResultEntry = {
  day: '2025-05-14',
  program: 'instagram-referrals-2025',
  metric: 'signups',
  count: 3,
  platform: 'tiktok',
  source: 'manual',
};
const exportedAt = '2025-06-01T09:00:00Z';

function fileText(overrides: Record<string, unknown> = {}): string {
  return JSON.stringify({
    format: 'promo-ledger',
    version: 1,
    exportedAt,
    events: [event],
    results: [result],
    ...overrides,
  });
}

describe('buildExportFile and serializeExport', () => {
  it('round-trips through parseExportFile', () => {
    const file = buildExportFile({
      events: [event],
      results: [result],
      settings: defaultSettings(),
      filter: { program: 'instagram-referrals-2025' },
      exportedAt: new Date(exportedAt),
    });
    expect(file).toMatchObject({
      format: 'promo-ledger',
      version: EXPORT_VERSION,
      exportedAt: '2025-06-01T09:00:00.000Z',
    });
    expect(parseExportFile(serializeExport(file))).toEqual({ ok: true, file, rejected: [] });
  });

  it('leaves optional parts out rather than writing undefined', () => {
    const file = buildExportFile({ events: [], results: [], exportedAt });
    expect(Object.keys(file)).toEqual(['format', 'version', 'exportedAt', 'events', 'results']);
  });

  it('writes the same bytes whatever order the objects were built in', () => {
    const shuffled = Object.fromEntries(Object.entries(event).reverse()) as PromotionEvent;
    const a = serializeExport(
      buildExportFile({ events: [event], results: [], filter: { b: '2', a: '1' }, exportedAt }),
    );
    const b = serializeExport(
      buildExportFile({ events: [shuffled], results: [], filter: { a: '1', b: '2' }, exportedAt }),
    );
    expect(a).toBe(b);
    expect(a.endsWith('}\n')).toBe(true);
    expect(a).toContain('{\n  "format": "promo-ledger",\n  "version": 1,\n  "exportedAt"');
    expect(a.indexOf('"id"')).toBeLessThan(a.indexOf('"time"'));
    expect(a.indexOf('"a"')).toBeLessThan(a.indexOf('"b"'));
  });
});

describe('parseExportFile', () => {
  it('reports invalid JSON with the parser message', () => {
    const r = parseExportFile('{"format": "promo-ledger",');
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.errors).toEqual([
        { field: '(file)', message: expect.stringMatching(/^this is not valid JSON: .+/) },
      ]);
  });

  it.each(['{}', '{"format":"other","version":1}', '[]', 'null', '"promo-ledger"', '42'])(
    'says %s is not a Promo Ledger export',
    (text) => {
      const r = parseExportFile(text);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.errors[0]?.message).toMatch(/not a Promo Ledger export/);
    },
  );

  it('asks for an update when the file is from a newer version', () => {
    const r = parseExportFile(fileText({ version: EXPORT_VERSION + 1 }));
    expect(r).toEqual({
      ok: false,
      errors: [
        {
          field: 'version',
          message: expect.stringMatching(/made by a newer Promo Ledger.*update to import it/),
        },
      ],
    });
  });

  it.each([['"1"'], ['1.5'], ['null']])('rejects the version %s', (version) => {
    const r = parseExportFile(fileText().replace('"version":1', `"version":${version}`));
    expect(r).toMatchObject({ ok: false, errors: [{ field: 'version' }] });
  });

  it('accepts a byte order mark', () => {
    expect(parseExportFile(`\ufeff${fileText()}`)).toMatchObject({ ok: true, rejected: [] });
  });

  describe('migrations', () => {
    // A made-up version 0 that called events "log" and had no results, to exercise the walk.
    const v0 = JSON.stringify({ format: 'promo-ledger', version: 0, exportedAt, log: [event] });
    const migrations: ExportMigrations = {
      0: (raw) => {
        const { log, ...rest } = raw as { log: unknown[] };
        return { ...rest, version: 1, events: log, results: [] };
      },
    };

    it('walks the migrations from the file version up to the current one', () => {
      expect(parseExportFile(v0, { migrations })).toEqual({
        ok: true,
        file: { format: 'promo-ledger', version: 1, exportedAt, events: [event], results: [] },
        migratedFrom: 0,
        rejected: [],
      });
    });

    it('walks several steps in order', () => {
      const older = JSON.stringify({ format: 'promo-ledger', version: -1, exportedAt, entries: [event] });
      const chain: ExportMigrations = {
        ...migrations,
        [-1]: (raw) => {
          const { entries, ...rest } = raw as { entries: unknown[] };
          return { ...rest, version: 0, log: entries };
        },
      };
      expect(parseExportFile(older, { migrations: chain })).toMatchObject({ ok: true, migratedFrom: -1 });
    });

    it('reports a version no migration starts from', () => {
      expect(parseExportFile(v0)).toEqual({
        ok: false,
        errors: [{ field: 'version', message: expect.stringContaining('never wrote version 0') }],
      });
    });

    it('reports a migration that fails instead of throwing', () => {
      const broken: ExportMigrations = {
        0: () => {
          throw new Error('log is not a list');
        },
      };
      expect(parseExportFile(v0, { migrations: broken })).toEqual({
        ok: false,
        errors: [{ field: 'version', message: expect.stringContaining('log is not a list') }],
      });
    });

    it('checks what a migration returns', () => {
      expect(parseExportFile(v0, { migrations: { 0: () => null } })).toMatchObject({ ok: false });
      expect(parseExportFile(v0, { migrations: { 0: (raw) => raw } })).toMatchObject({
        ok: false,
        errors: [{ field: 'version' }],
      });
    });
  });

  it('keeps good items and lists bad ones by path', () => {
    const events = Array.from({ length: 15 }, (_, i) => ({ ...event, id: `ev${i}` }));
    events[12] = { ...event, id: 'ev12', time: '12 May 2025' };
    const r = parseExportFile(fileText({ events, results: [result, { ...result, count: -1 }, 'x'] }));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.file.events).toHaveLength(14);
    expect(r.file.results).toEqual([result]);
    expect(r.rejected).toEqual([
      { field: 'events[12].time', message: expect.stringContaining('ISO 8601') },
      { field: 'results[1].count', message: expect.stringContaining('0 or more') },
      { field: 'results[2]', message: 'expected an object' },
    ]);
  });

  it('drops invalid settings but keeps the events and results', () => {
    const r = parseExportFile(fileText({ settings: { locale: 'de' } }));
    expect(r).toMatchObject({
      ok: true,
      rejected: [{ field: 'settings.locale', message: expect.stringContaining('en') }],
    });
    if (r.ok) expect(r.file.settings).toBeUndefined();
  });

  it('fails when events or results are not lists, or exportedAt is bad', () => {
    expect(parseExportFile(fileText({ events: {} }))).toEqual({
      ok: false,
      errors: [{ field: 'events', message: 'expected a list' }],
    });
    expect(parseExportFile(fileText({ results: undefined }))).toEqual({
      ok: false,
      errors: [{ field: 'results', message: 'required' }],
    });
    expect(parseExportFile(fileText({ exportedAt: 'yesterday' }))).toMatchObject({
      ok: false,
      errors: [{ field: 'exportedAt' }],
    });
  });

  it('cannot be used to pollute prototypes', () => {
    const text = `{"__proto__":{"polluted":1},"constructor":{"prototype":{"polluted":2}},
      "format":"promo-ledger","version":1,"exportedAt":"${exportedAt}",
      "filter":{"__proto__":{"polluted":3},"constructor":"x","program":"p"},
      "events":[${JSON.stringify(event)},{"__proto__":{"polluted":4},${JSON.stringify(event).slice(1)}],
      "results":[],
      "settings":{"programs":{"__proto__":{"enabled":true}},"links":[],"tagPresets":{"__proto__":{}}}}`;
    const r = parseExportFile(text);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.rejected).toEqual([
      { field: '__proto__', message: 'unexpected field' },
      { field: 'constructor', message: 'unexpected field' },
      { field: 'events[1].__proto__', message: 'unexpected field' },
    ]);
    expect(r.file.events).toEqual([event]);
    expect(r.file.filter).toEqual({ constructor: 'x', program: 'p' });
    expect(Object.getPrototypeOf(r.file.filter)).toBe(Object.prototype);
    expect(Object.getPrototypeOf(r.file.settings?.programs)).toBe(Object.prototype);
    expect(r.file.settings?.programs).toEqual({});
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.keys(Object.prototype)).toEqual([]);
  });

  it('lists at most maxErrors problems', () => {
    const events = Array.from({ length: 50 }, () => ({ ...event, time: 'bad' }));
    const r = parseExportFile(fileText({ events }), { maxErrors: 5 });
    expect(r).toMatchObject({ ok: true });
    if (r.ok) {
      expect(r.rejected).toHaveLength(6);
      expect(r.rejected[5]).toEqual({ field: '(file)', message: '45 more problems not listed' });
    }
  });

  it('never throws on absurd input', () => {
    const deep = `${'['.repeat(200_000)}${']'.repeat(200_000)}`;
    expect(parseExportFile(deep).ok).toBe(false);
    const deepParams = `{"x":${deep}}`;
    expect(() =>
      parseExportFile(
        fileText({ settings: JSON.parse('{}') }).replace('"settings":{}', `"settings":${deepParams}`),
      ),
    ).not.toThrow();
    expect(parseExportFile('').ok).toBe(false);
    expect(parseExportFile('\u0000\ufffd').ok).toBe(false);
  });
});

describe('repeated items in an export', () => {
  const base = buildExportFile({
    events: [],
    results: [],
    exportedAt: '2025-06-08T20:00:00Z',
  });
  const event = {
    id: 'e1',
    time: '2025-05-12T18:00:00Z',
    platform: 'tiktok',
    surface: 'comment',
    action: 'posted',
    linkId: 'l1',
    pageUrl: 'https://www.tiktok.com/@x',
  };
  const result = { day: '2025-05-12', program: 'instagram-referrals-2025', metric: 'signups', count: 3 };

  it('rejects an event id given twice, per item, saying whether the content differs', () => {
    const parsed = parseExportFile(
      JSON.stringify({ ...base, events: [event, event, { ...event, platform: 'youtube' }] }),
    );
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.file.events).toHaveLength(1);
    expect(parsed.rejected).toEqual([
      { field: 'events[1]', message: 'repeats events[0]' },
      { field: 'events[2]', message: 'has the same id as events[0] but different content' },
    ]);
  });

  it('rejects a result key given twice, as the CSV import does', () => {
    const parsed = parseExportFile(JSON.stringify({ ...base, results: [result, { ...result, count: 5 }] }));
    expect(parsed.ok && parsed.file.results).toHaveLength(1);
    expect(parsed.ok && parsed.rejected[0]?.field).toBe('results[1]');
  });
});
