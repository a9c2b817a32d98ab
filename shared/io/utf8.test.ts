import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeUtf8Strict, firstInvalidUtf8 } from './utf8';

describe('strict UTF-8', () => {
  it('finds the first invalid byte exactly where the decoder refuses the text', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 40 }), fc.string({ maxLength: 10 }), (noise, text) => {
        const bytes = new Uint8Array([...new TextEncoder().encode(text), ...noise]);
        let valid = true;
        try {
          new TextDecoder('utf-8', { fatal: true }).decode(bytes);
        } catch {
          valid = false;
        }
        const at = firstInvalidUtf8(bytes);
        expect(at === -1).toBe(valid);
        if (!valid) {
          // Everything before the offset decodes; the offset itself starts a bad sequence.
          expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes.slice(0, at))).not.toThrow();
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('names the offset in its message', () => {
    const r = decodeUtf8Strict(new Uint8Array([0x61, 0x62, 0xe9, 0x63]));
    expect(r).toEqual({ ok: false, offset: 2, message: expect.stringContaining('invalid byte at offset 2') });
    expect(decodeUtf8Strict(new TextEncoder().encode('Léo 👋'))).toEqual({ ok: true, text: 'Léo 👋' });
  });
});
