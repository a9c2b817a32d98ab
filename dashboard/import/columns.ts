import type { PromotionEvent } from '../../shared/schemas/event';
import type { ResultEntry } from '../../shared/schemas/result';

// Parsed rows cross from the import worker to the page as columns — one array per field — rather
// than as one object per row: Chromium's structured clone costs per object, and 200k events cost
// 380 ms as objects against 210 ms as columns (measured in this repository's Chromium, P8).

export type Columns<T> = { [K in keyof T]-?: (T[K] | undefined)[] } & { length: number };

const EVENT_KEYS = [
  'id',
  'time',
  'platform',
  'surface',
  'action',
  'linkId',
  'pageUrl',
  'member',
] as const satisfies readonly (keyof PromotionEvent)[];
const RESULT_KEYS = [
  'day',
  'program',
  'metric',
  'count',
  'platform',
  'source',
  'member',
] as const satisfies readonly (keyof ResultEntry)[];

function toColumns<T extends object>(items: readonly T[], keys: readonly (keyof T)[]): Columns<T> {
  const out = { length: items.length } as Columns<T>;
  for (const key of keys) {
    const column = new Array<unknown>(items.length);
    for (let i = 0; i < items.length; i++) column[i] = (items[i] as T)[key];
    (out as Record<keyof T, unknown[]>)[key] = column;
  }
  return out;
}

export const eventsToColumns = (events: readonly PromotionEvent[]) => toColumns(events, EVENT_KEYS);
/** Events again, each with only the fields it had (an absent member stays absent). */
export function eventsFromColumns(c: Columns<PromotionEvent>): PromotionEvent[] {
  const out = new Array<PromotionEvent>(c.length);
  // Object literals of one shape: much faster to build than objects grown key by key.
  for (let i = 0; i < c.length; i++) {
    const e: PromotionEvent = {
      id: c.id[i] as string,
      time: c.time[i] as string,
      platform: c.platform[i] as PromotionEvent['platform'],
      surface: c.surface[i] as PromotionEvent['surface'],
      action: c.action[i] as PromotionEvent['action'],
      linkId: c.linkId[i] as string,
      pageUrl: c.pageUrl[i] as string,
    };
    const member = c.member[i];
    if (member !== undefined) e.member = member;
    out[i] = e;
  }
  return out;
}
export const resultsToColumns = (results: readonly ResultEntry[]) => toColumns(results, RESULT_KEYS);
export function resultsFromColumns(c: Columns<ResultEntry>): ResultEntry[] {
  const out = new Array<ResultEntry>(c.length);
  for (let i = 0; i < c.length; i++) {
    const r: ResultEntry = {
      day: c.day[i] as string,
      program: c.program[i] as string,
      metric: c.metric[i] as string,
      count: c.count[i] as number,
      source: c.source[i] as ResultEntry['source'],
    };
    const platform = c.platform[i];
    if (platform !== undefined) r.platform = platform;
    const member = c.member[i];
    if (member !== undefined) r.member = member;
    out[i] = r;
  }
  return out;
}
