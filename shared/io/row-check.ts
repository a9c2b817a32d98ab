import type { z } from 'zod';

// A CSV import checks every row with its schema (a million rows for a team's results). zod's
// object machinery costs more per row than PapaParse's whole parse of it, while the rows of a file
// repeat most of their values (a handful of days, programs, metrics, platforms, members, one page
// address). So a row is checked field by field, each cell converted and checked with its field's
// own schema (from the object's public `shape`), and the outcome remembered per distinct raw cell.
//
// That is the object schema exactly when the object is strict and has no checks of the whole,
// which the row schemas we import with are (z.strictObject of fields; csv-table.test.ts compares
// the two on generated rows, good and bad). A cell the field refuses answers INVALID, and the
// caller parses the row with the whole schema, which then gives the real messages.

export const INVALID: unique symbol = Symbol('invalid');
/** `FieldPlan.absent` of an optional field: the key is left out. */
export const OMIT: unique symbol = Symbol('omit');
/** `FieldPlan.absent` of a required field: absence is an error. */
export const REQUIRED: unique symbol = Symbol('required');

/** Distinct values remembered per field; beyond this, values are checked but not kept. */
const CACHE_LIMIT = 8_192;
/** Lookups after which a field whose values rarely repeat (ids, times) stops being remembered. */
const PROBATION = 512;

/** A cell's conversion before the schema sees it: the value, or a problem of its own. */
export type Converted = { value: unknown } | { error: string };

/**
 * `compute` with its outcomes remembered per distinct argument. Values that hardly ever repeat cost
 * a hash and a miss each time: after PROBATION lookups with fewer than half of them hits, it stops.
 */
export function remembered<K, V>(compute: (key: K) => V, limit: number = CACHE_LIMIT): (key: K) => V {
  let cache: Map<K, V> | null = new Map();
  let lookups = 0;
  let hits = 0;
  return (key) => {
    if (cache === null) return compute(key);
    lookups++;
    const hit = cache.get(key);
    if (hit !== undefined) {
      hits++;
      return hit;
    }
    if (lookups >= PROBATION && hits * 2 < lookups) {
      cache = null;
      return compute(key);
    }
    const out = compute(key);
    if (cache.size < limit) cache.set(key, out);
    return out;
  };
}

export interface FieldPlan {
  key: string;
  /** The field's output for a present cell (converted, then checked), or INVALID. Remembered. */
  check(cell: string): unknown;
  /** The field's output when the cell is empty: a default, OMIT or REQUIRED. */
  absent: unknown;
}

/**
 * The plan for one field of a strict object schema: `convert` turns the cell's text into what the
 * schema checks. The outputs are the remembered instances, so rows share one string per distinct
 * value (less memory at a million rows, and a hash computed once for the duplicate check).
 */
export function fieldPlan(
  schema: z.ZodObject,
  key: string,
  convert: ((text: string) => Converted) | undefined,
  accepts?: (text: string) => boolean,
): FieldPlan {
  const fieldSchema = (schema.shape as Record<string, z.ZodType | undefined>)[key];
  if (fieldSchema === undefined) throw new Error(`the row schema has no field ${key}`);
  const r = fieldSchema.safeParse(undefined);
  const absent = r.success ? (r.data === undefined ? OMIT : r.data) : REQUIRED;
  const check = (cell: string): unknown => {
    let value: unknown = cell;
    if (convert) {
      const c = convert(cell);
      if ('error' in c) return INVALID;
      value = c.value;
    }
    const out = fieldSchema.safeParse(value);
    return out.success ? out.data : INVALID;
  };
  const slow = remembered(check);
  // Fields whose values never repeat (ids, times) would miss the cache every time: a plain test
  // that the schema accepts the text as it is settles most of them without zod.
  return { key, absent, check: accepts ? (cell) => (accepts(cell) ? cell : slow(cell)) : slow };
}
