import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { promotionEventSchema } from '../../shared/schemas/event';
import { resultEntrySchema } from '../../shared/schemas/result';
import { fieldwiseValidator } from './fieldwise';

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
});
