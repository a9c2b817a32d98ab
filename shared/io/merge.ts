import type { FieldError } from '../schemas/errors';
import { type PromotionEvent, promotionEventSchema } from '../schemas/event';
import { type ResultEntry, resultEntrySchema, resultKey } from '../schemas/result';
import { issuesToFieldErrors, safeParseFriendly } from './issues';

/** An incoming item left out, by its index in `incoming`. */
export interface RejectedItem extends FieldError {
  index: number;
}

export interface EventsMerge {
  merged: PromotionEvent[];
  added: number;
  /** Incoming events whose id was already known (in `existing` or earlier in `incoming`). */
  duplicate: number;
  rejected: RejectedItem[];
}

/**
 * Add incoming events (e.g. a teammate's export) to the existing ones. Events carry ids and are
 * immutable facts, so the same id is the same event: the one already there wins, and merging the same
 * file twice adds nothing.
 */
export function mergeEvents(existing: readonly PromotionEvent[], incoming: readonly unknown[]): EventsMerge {
  const merged = [...existing];
  const ids = new Set(existing.map((e) => e.id));
  const rejected: RejectedItem[] = [];
  let added = 0;
  let duplicate = 0;
  incoming.forEach((item, index) => {
    const r = safeParseFriendly(promotionEventSchema, item);
    if (!r.success) {
      for (const e of issuesToFieldErrors(r.error)) rejected.push({ index, ...e });
      return;
    }
    if (ids.has(r.data.id)) {
      duplicate++;
      return;
    }
    ids.add(r.data.id);
    merged.push(r.data);
    added++;
  });
  return { merged, added, duplicate, rejected };
}

export interface ResultsMerge {
  merged: ResultEntry[];
  added: number;
  /** Same (day, program, metric, platform, member) with a different count: the incoming one is kept. */
  replaced: number;
  /** Same key and same count: the existing entry is kept as it is. */
  unchanged: number;
  rejected: RejectedItem[];
}

/**
 * Add incoming results to the existing ones. A result is the latest reading of one fact, so an
 * incoming entry replaces the existing one with the same key (in place, keeping the order); a later
 * incoming entry also replaces an earlier one with the same key.
 */
export function mergeResults(existing: readonly ResultEntry[], incoming: readonly unknown[]): ResultsMerge {
  const merged = [...existing];
  const position = new Map<string, number>();
  merged.forEach((r, i) => {
    position.set(resultKey(r), i);
  });
  const rejected: RejectedItem[] = [];
  let added = 0;
  let replaced = 0;
  let unchanged = 0;
  incoming.forEach((item, index) => {
    const r = safeParseFriendly(resultEntrySchema, item);
    if (!r.success) {
      for (const e of issuesToFieldErrors(r.error)) rejected.push({ index, ...e });
      return;
    }
    const key = resultKey(r.data);
    const at = position.get(key);
    if (at === undefined) {
      position.set(key, merged.length);
      merged.push(r.data);
      added++;
    } else if ((merged[at] as ResultEntry).count === r.data.count) {
      unchanged++;
    } else {
      merged[at] = r.data;
      replaced++;
    }
  });
  return { merged, added, replaced, unchanged, rejected };
}
