import { describe, expect, it } from 'vitest';
import type { PromotionEvent } from '../schemas/event';
import type { ResultEntry } from '../schemas/result';
import { mergeEvents, mergeResults } from './merge';

function ev(id: string, overrides: Partial<PromotionEvent> = {}): PromotionEvent {
  return {
    id,
    time: '2025-05-12T14:03:00Z',
    platform: 'tiktok',
    surface: 'caption',
    action: 'posted',
    linkId: 'l1',
    pageUrl: 'https://www.tiktok.com/@maya',
    ...overrides,
  };
}

function res(metric: string, count: number, overrides: Partial<ResultEntry> = {}): ResultEntry {
  return { day: '2025-05-14', program: 'p', metric, count, source: 'import', ...overrides };
}

describe('mergeEvents', () => {
  it('adds new events, keeps the existing one for a known id, and reports bad items by index', () => {
    const existing = [ev('a', { member: 'old' })];
    const r = mergeEvents(existing, [
      ev('a', { member: 'new' }),
      ev('b'),
      ev('b'),
      { ...ev('c'), time: 'yesterday' },
      null,
    ]);
    expect(r.merged).toEqual([ev('a', { member: 'old' }), ev('b')]);
    expect(r.added).toBe(1);
    expect(r.duplicate).toBe(2);
    expect(r.rejected).toEqual([
      { index: 3, field: 'time', message: expect.stringContaining('ISO 8601') },
      { index: 4, field: '(root)', message: 'expected an object' },
    ]);
    // The input arrays are not touched.
    expect(existing).toEqual([ev('a', { member: 'old' })]);
  });

  it('rejects items carrying extra keys such as __proto__', () => {
    const r = mergeEvents(
      [],
      [JSON.parse('{"__proto__":{"polluted":true},"id":"x"}'), { ...ev('y'), extra: 1 }],
    );
    expect(r.merged).toEqual([]);
    expect(r.rejected).toContainEqual({ index: 0, field: '__proto__', message: 'unexpected field' });
    expect(r.rejected).toContainEqual({ index: 1, field: 'extra', message: 'unexpected field' });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('mergeResults', () => {
  it('adds, replaces in place and leaves unchanged by result key', () => {
    const existing = [res('signups', 3), res('visits', 10), res('signups', 1, { platform: 'tiktok' })];
    const r = mergeResults(existing, [
      res('visits', 12),
      res('signups', 3),
      res('signups', 2, { platform: 'youtube' }),
      res('signups', 4, { platform: 'tiktok', member: 'Maya' }),
      { ...res('sales', 1), count: -1 },
    ]);
    expect(r.merged).toEqual([
      res('signups', 3),
      res('visits', 12),
      res('signups', 1, { platform: 'tiktok' }),
      res('signups', 2, { platform: 'youtube' }),
      res('signups', 4, { platform: 'tiktok', member: 'Maya' }),
    ]);
    expect(r).toMatchObject({ added: 2, replaced: 1, unchanged: 1 });
    expect(r.rejected).toEqual([{ index: 4, field: 'count', message: expect.stringContaining('0 or more') }]);
  });

  it('lets a later incoming entry replace an earlier one with the same key', () => {
    const r = mergeResults([], [res('signups', 1), res('signups', 5)]);
    expect(r.merged).toEqual([res('signups', 5)]);
    expect(r).toMatchObject({ added: 1, replaced: 1, unchanged: 0 });
  });

  it('fills the source default for entries without one', () => {
    const { source: _, ...bare } = res('signups', 1);
    expect(mergeResults([], [bare]).merged).toEqual([{ ...bare, source: 'manual' }]);
  });
});
