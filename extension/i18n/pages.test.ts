import { describe, expect, it } from 'vitest';
import { PAGES, type PagesKey } from './pages';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('pages dictionary', () => {
  it('gives every key in French, with the same placeholders and no empty string', () => {
    for (const key of Object.keys(PAGES.en) as PagesKey[]) {
      expect(PAGES.fr[key], key).toBeTruthy();
      expect(placeholders(PAGES.fr[key]), key).toEqual(placeholders(PAGES.en[key]));
    }
    expect(Object.keys(PAGES.fr).sort()).toEqual(Object.keys(PAGES.en).sort());
  });

  it('keeps the English names the interface is known by', () => {
    expect(PAGES.en['form.url']).toBe('Instagram link');
    expect(PAGES.en['form.save']).toBe('Save');
    expect(PAGES.en['popup.copy']).toBe('Copy referral link');
    expect(PAGES.en['nav.dashboard']).toBe('Open dashboard');
  });
});
