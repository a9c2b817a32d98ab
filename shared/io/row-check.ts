import type { z } from 'zod';

// A CSV import checks every row with its schema (a million rows for a team's results). zod's
// object machinery costs more per row than PapaParse's whole parse of it, while the rows of a file
// repeat most of their values (a handful of days, programs, metrics, platforms, members, one page
// address). So a row is checked field by field, each cell converted and checked with its field's
// own schema (from the object's public `shape`), and the outcome remembered per distinct raw cell.
//
// That is the object schema exactly when the object is strict and has no checks of the whole,
// which the row schemas we import with are (z.strictObject of fields; row-check.test.ts compares
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

/**
 * A checker for stored objects of a strict object schema without checks of the whole (rows read
 * back from a database): the parsed object, or `undefined` when the whole schema refuses it. Each
 * field's outcome is remembered per distinct value; `accepts` gives plain tests for fields whose
 * values never repeat (row-check.test.ts compares the result with the whole schema's).
 */
export function objectChecker<S extends z.ZodObject>(
  schema: S,
  accepts: Readonly<Partial<Record<string, (text: string) => boolean>>> = {},
): (value: unknown) => z.output<S> | undefined {
  const plans = new Map<string, FieldPlan>();
  const keys = Object.keys(schema.shape);
  for (const key of keys) plans.set(key, fieldPlan(schema, key, undefined, accepts[key]));
  return (value) => {
    if (value === null || typeof value !== 'object' || Array.isArray(value)) return undefined;
    const input = value as Record<string, unknown>;
    const out: Record<string, unknown> = {};
    let present = 0;
    for (const key in input) {
      const v = input[key];
      const plan = plans.get(key);
      // Unknown keys and values that are not text go to the whole schema (plans check cells).
      if (plan === undefined) return fallback(schema, value);
      if (v === undefined) continue;
      if (typeof v !== 'string') return fallback(schema, value);
      const parsed = plan.check(v);
      if (parsed === INVALID) return undefined;
      out[key] = parsed;
      present++;
    }
    if (present < keys.length)
      for (const key of keys) {
        if (key in out) continue;
        const { absent } = plans.get(key) as FieldPlan;
        if (absent === REQUIRED) return undefined;
        if (absent !== OMIT) out[key] = absent;
      }
    return out as z.output<S>;
  };
}

function fallback<S extends z.ZodObject>(schema: S, value: unknown): z.output<S> | undefined {
  const r = schema.safeParse(value);
  return r.success ? r.data : undefined;
}
