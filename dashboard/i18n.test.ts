import { describe, expect, it } from 'vitest';
import { MESSAGES, VIEWS } from './i18n';

/** Every leaf of a dictionary: strings as they are, functions called with sample arguments. */
function leaves(value: unknown, path = ''): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  if (typeof value === 'function') {
    const args = Array.from({ length: value.length }, (_, i) => (i % 2 === 0 ? 3 : 'X'));
    return [[path, String((value as (...a: unknown[]) => unknown)(...args))]];
  }
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => leaves(v, path ? `${path}.${k}` : k));
  return [];
}

describe('the dashboard’s dictionaries', () => {
  it('have the same keys in English and French, none empty', () => {
    const en = leaves(MESSAGES.en);
    const fr = leaves(MESSAGES.fr);
    expect(fr.map(([k]) => k)).toEqual(en.map(([k]) => k));
    for (const [key, text] of [...en, ...fr]) expect(text.trim(), key).not.toBe('');
  });

  it('name every view', () => {
    for (const lang of ['en', 'fr'] as const)
      for (const v of VIEWS) expect(MESSAGES[lang].nav[v]).toBeTruthy();
  });

  it('are really translated (French differs from English in most places)', () => {
    const en = new Map(leaves(MESSAGES.en));
    const same = leaves(MESSAGES.fr)
      .filter(([k, v]) => en.get(k) === v)
      .map(([k]) => k);
    // Brand and platform names, and a few words that are the same in both languages.
    expect(same.length).toBeLessThan(40);
  });
});
