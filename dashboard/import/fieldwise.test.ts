import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { promotionEventSchema } from '../../shared/schemas/event';
import { resultEntrySchema } from '../../shared/schemas/result';
import { fieldChecks, INVALID, OMIT, REQUIRED, remembered } from './fieldwise';

/**
 * The field checks composed as the import composes them (fast-csv.ts): a whole candidate object is
 * accepted exactly when every field's check accepts its value, with zod's output; anything else is
 * `undefined` (the import then asks zod for the real message). The tests below hold it to zod.
 */
function fieldwiseValidator<T>(schema: z.ZodType<T>): (candidate: Record<string, unknown>) => T | undefined {
  const fields = fieldChecks(schema);
  const known = new Set(fields.map((f) => f.key));
  return (candidate) => {
    for (const key in candidate) {
      if (!known.has(key) || candidate[key] === undefined) return undefined;
    }
    const out: Record<string, unknown> = {};
    let same = true;
    for (const f of fields) {
      if (!(f.key in candidate)) {
        if (f.absent === REQUIRED) return undefined;
        if (f.absent !== OMIT) {
          same = false;
          out[f.key] = f.absent;
        }
        continue;
      }
      const value = candidate[f.key];
      const parsed = f.parse(value);
      if (parsed === INVALID) return undefined;
      if (parsed !== value) same = false;
      out[f.key] = parsed;
    }
    // Every field came out as it went in (no trim, no default): the candidate is the output as it
    // stands, and one object per row less is garbage the collector never sees.
    return (same ? candidate : out) as T;
  };
}

describe('the field-by-field validator', () => {
  it('accepts exactly what the object schema accepts, with the same output', () => {
    const check = fieldwiseValidator(resultEntrySchema);
    const value = fc.oneof(
      fc.string({ maxLength: 8 }),
      fc.integer({ min: -5, max: 1e13 }),
      fc.double(),
      fc.constant(undefined),
      fc.constantFrom('2025-05-12', 'signups', 'tiktok', ' ana ', 'import', 'manual'),
    );
    const candidate = fc.dictionary(
      fc.constantFrom('day', 'program', 'metric', 'count', 'platform', 'source', 'member', 'extra'),
      value,
    );
    fc.assert(
      fc.property(candidate, (c) => {
        const got = check(c);
        const zod = resultEntrySchema.safeParse(c);
        if (got !== undefined) {
          expect(zod.success).toBe(true);
          expect(got).toEqual(zod.data);
        }
        // The other way round it may say "don't know" (undefined) for a key present with undefined.
        if (zod.success && !Object.values(c).includes(undefined)) expect(got).toEqual(zod.data);
      }),
      { numRuns: 2_000 },
    );
  });

  it('remembers outcomes per value but never confuses rows', () => {
    const check = fieldwiseValidator(promotionEventSchema);
    const e = {
      id: 'a',
      time: '2025-05-12T18:00:00Z',
      platform: 'tiktok',
      surface: 'comment',
      action: 'posted',
      linkId: 'l',
      pageUrl: 'https://www.tiktok.com/@x',
    };
    expect(check(e)).toEqual(e);
    expect(check({ ...e, pageUrl: 'http://www.tiktok.com/@x' })).toBeUndefined();
    expect(check({ ...e, member: '  ana ' })).toEqual({ ...e, member: 'ana' });
    expect(check({ ...e, id: 'b' })).toEqual({ ...e, id: 'b' });
  });

  it('refuses schemas it cannot mirror', () => {
    expect(() => fieldwiseValidator(z.object({ a: z.string() }))).toThrow();
    expect(() => fieldwiseValidator(z.strictObject({ a: z.string() }).refine(() => true))).toThrow();
  });

  it('checks each field as its own schema would, and says what absence means', () => {
    const checks = new Map(fieldChecks(resultEntrySchema).map((c) => [c.key, c]));
    expect(checks.get('day')?.absent).toBe(REQUIRED);
    expect(checks.get('platform')?.absent).toBe(OMIT);
    expect(checks.get('source')?.absent).toBe('manual');
    const values = fc.oneof(
      fc.string({ maxLength: 12 }),
      fc.integer({ min: -3, max: 2e12 }),
      fc.constantFrom('2025-05-12', '2025-02-29', 'signups', 'tiktok', ' ana ', 'import', 1.5, null),
    );
    fc.assert(
      fc.property(fc.constantFrom(...checks.keys()), values, (key, value) => {
        const field = resultEntrySchema.shape[key as keyof typeof resultEntrySchema.shape];
        const zod = field.safeParse(value);
        // Asked twice: the second answer may come from what was remembered.
        for (let i = 0; i < 2; i++)
          expect(checks.get(key)?.parse(value)).toEqual(zod.success ? zod.data : INVALID);
      }),
      { numRuns: 2_000 },
    );
  });

  it('remembers outcomes only while they repeat, and never answers for another key', () => {
    let computed = 0;
    const twice = remembered((n: number) => {
      computed++;
      return n * 2;
    });
    for (let i = 0; i < 100; i++) expect(twice(i % 10)).toBe((i % 10) * 2);
    expect(computed).toBe(10);
    // Keys that never repeat: after its probation it stops keeping them, and stays right.
    computed = 0;
    const unique = remembered((n: number) => {
      computed++;
      return n + 1;
    });
    for (let i = 0; i < 2_000; i++) expect(unique(i)).toBe(i + 1);
    expect(computed).toBe(2_000);
    for (let i = 0; i < 10; i++) expect(unique(3)).toBe(4);
  });

  it('ends its probation even when the lookup that ends it is a hit', () => {
    let computed = 0;
    const ids = remembered((n: number) => {
      computed++;
      return n;
    });
    // 511 distinct keys, then a repeat exactly at the 512th lookup, then distinct keys again.
    for (let i = 0; i < 511; i++) ids(i);
    ids(0);
    for (let i = 511; i < 1_000; i++) ids(i);
    // A field of ids: it no longer remembers, so a repeated key is computed again.
    computed = 0;
    ids(5);
    ids(5);
    expect(computed).toBe(2);
  });
});
