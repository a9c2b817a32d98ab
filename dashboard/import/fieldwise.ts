import type { z } from 'zod';

// zod costs about 8 µs per imported row (its object machinery, `new URL` for a page address, the
// datetime pattern), four to six times PapaParse's own parse of that row, which keeps a CSV import
// below half PapaParse's speed (quality.md P8). Rows of a log repeat most of their values (one page
// address, one link, a handful of members, platforms and days), so these checks parse each field
// with that field's own schema from the object's shape and remembers the outcome per distinct value.
//
// It is the object schema, field by field: a strict object with no object-level checks accepts a
// candidate exactly when every field's schema accepts its value, and outputs those values. Anything
// else — an unknown key, a key present with `undefined`, a field that fails — returns `undefined`, and
// the caller parses the row with the whole schema, which then gives the real messages.

type AnyObjectSchema = z.ZodObject<z.ZodRawShape>;

/** Distinct values remembered per field; beyond this, values are parsed but not kept. */
const CACHE_LIMIT = 8_192;
/** Lookups after which a field whose values rarely repeat (ids, times) stops being remembered. */
const PROBATION = 512;

/** What a field check answers for a value its schema refuses. */
export const INVALID: unique symbol = Symbol('invalid');
/** `FieldCheck.absent` of an optional field: the key is left out of the output. */
export const OMIT: unique symbol = Symbol('omit');
/** `FieldCheck.absent` of a required field: absence is an error. */
export const REQUIRED: unique symbol = Symbol('required');

/** One field of a strict object schema, checked on its own. */
export interface FieldCheck {
  key: string;
  /** The field's output for a present value, or INVALID: what the field's schema would answer. */
  parse(value: unknown): unknown;
  /** The field's output when the key is absent (a default), OMIT, or REQUIRED. */
  absent: unknown;
}

/**
 * The fields of a strict object schema without object-level checks, each with its own check: such
 * an object accepts a candidate exactly when every field's schema accepts its value (an absent key
 * counting as `undefined`), and outputs those values. Outcomes are remembered per distinct value
 * (`cache`), except for fields whose values rarely repeat and for the simplest string schemas,
 * which get a plain test instead (compileString).
 */
export function fieldChecks(schema: z.ZodType, options: { cache?: boolean } = {}): FieldCheck[] {
  const object = schema as unknown as AnyObjectSchema;
  const def = object._zod.def as {
    type: string;
    checks?: unknown[];
    catchall?: { _zod: { def: { type: string } } };
  };
  // Equivalence holds only for a strict object without refinements of the whole (see above).
  if (def.type !== 'object' || (def.checks?.length ?? 0) > 0 || def.catchall?._zod.def.type !== 'never')
    throw new Error('field-by-field checks need a z.strictObject without object-level checks');
  const remember = options.cache ?? true;
  return Object.keys(object.shape).map((key): FieldCheck => {
    const fieldSchema = object.shape[key] as z.ZodType;
    const r = fieldSchema.safeParse(undefined);
    const absent = r.success ? (r.data === undefined ? OMIT : r.data) : REQUIRED;
    const test = compileString(fieldSchema);
    // A compiled test is cheaper than any cache lookup.
    if (test !== null) return { key, absent, parse: (value) => (test(value) ? value : INVALID) };
    const zodParse = (value: unknown): unknown => {
      const out = fieldSchema.safeParse(value);
      return out.success ? out.data : INVALID;
    };
    return { key, absent, parse: remember ? remembered(zodParse) : zodParse };
  });
}

/**
 * `compute`, with its outcomes remembered per distinct argument. Values that hardly ever repeat
 * (ids, times) would cost a hash and a miss each time: after PROBATION lookups with fewer than half
 * of them hits, it stops remembering.
 */
export function remembered<K, V>(compute: (key: K) => V, limit: number = CACHE_LIMIT): (key: K) => V {
  let cache: Map<K, V> | null = new Map();
  let lookups = 0;
  let hits = 0;
  let onProbation = true;
  return (key) => {
    if (cache === null) return compute(key);
    lookups++;
    const hit = cache.get(key);
    if (hit !== undefined) {
      hits++;
      return hit;
    }
    // Once, at the first miss after probation: a field whose values rarely repeat stops being
    // remembered (checking only at the PROBATION-th lookup missed it whenever that one was a hit).
    if (onProbation && lookups >= PROBATION) {
      onProbation = false;
      if (hits * 2 < lookups) cache = null;
    }
    const out = compute(key);
    if (cache !== null && cache.size < limit && out !== undefined) cache.set(key, out);
    return out;
  };
}

interface CheckDef {
  check: string;
  format?: string;
  minimum?: number;
  maximum?: number;
  pattern?: RegExp;
}

/**
 * For ids and times, whose values never repeat, a cache only costs: this turns the two simplest
 * kinds of string schema into a plain test that zod itself would do — a string whose checks are
 * only lengths and patterns (`idSchema`), or a string format defined by its pattern alone with no
 * further checks (`z.iso.datetime()`). Anything else (trim, refinements, URLs) returns null and is
 * parsed by zod. fieldwise.test.ts checks the tests against zod on generated values.
 */
function compileString(schema: z.ZodType): ((value: unknown) => boolean) | null {
  const def = schema._zod.def as {
    type: string;
    format?: string;
    pattern?: RegExp;
    checks?: { _zod: { def: CheckDef } }[];
  };
  if (def.type !== 'string') return null;
  let min = 0;
  let max = Number.POSITIVE_INFINITY;
  const patterns: RegExp[] = [];
  if (def.format !== undefined) {
    if (def.format !== 'datetime' || !(def.pattern instanceof RegExp) || (def.checks?.length ?? 0) > 0)
      return null;
    patterns.push(def.pattern);
  }
  for (const check of def.checks ?? []) {
    const c = check._zod.def;
    if (c.check === 'min_length' && typeof c.minimum === 'number') min = Math.max(min, c.minimum);
    else if (c.check === 'max_length' && typeof c.maximum === 'number') max = Math.min(max, c.maximum);
    else if (c.check === 'string_format' && c.format === 'regex' && c.pattern instanceof RegExp)
      patterns.push(c.pattern);
    else return null;
  }
  // Patterns with state (g or y flags) would depend on lastIndex: leave those to zod.
  if (patterns.some((p) => p.global || p.sticky)) return null;
  return (value) => {
    if (typeof value !== 'string' || value.length < min || value.length > max) return false;
    for (const p of patterns) if (!p.test(value)) return false;
    return true;
  };
}
