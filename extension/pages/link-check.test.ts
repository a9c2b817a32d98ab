import { describe, expect, it } from 'vitest';
import { PAGES } from '../i18n/pages';
import { describeTarget, linkName } from './describe';
import { errorMessage } from './errors';
import { domainOfOrigin, hostFromInput } from './hosts';
import type { T } from './i18n';
import { checkLinkInput } from './link-check';

// pages/i18n.ts reaches the browser through i18n/locale.ts; the same lookup, without it.
const tFor =
  (locale: 'en' | 'fr'): T =>
  (key, vars = {}) =>
    PAGES[locale][key].replace(/\{(\w+)\}/g, (_, n: string) => String(vars[n] ?? `{${n}}`));
const en = tFor('en');
const fr = tFor('fr');

describe('checkLinkInput', () => {
  it('accepts Instagram addresses, with or without https://', () => {
    expect(checkLinkInput('instagram.com/creator', [], en)).toEqual({
      ok: true,
      url: 'https://instagram.com/creator',
    });
  });

  it('says what is wrong in the page language, with the same verdict as checkLinkTarget', () => {
    expect(checkLinkInput('', [], en)).toMatchObject({ ok: false, message: PAGES.en['linkError.empty'] });
    expect(checkLinkInput('hello', [], fr)).toMatchObject({
      ok: false,
      message: PAGES.fr['linkError.notUrl'],
    });
    expect(checkLinkInput('http://instagram.com/x', [], en)).toMatchObject({
      message: PAGES.en['linkError.http'],
    });
    expect(checkLinkInput('javascript:alert(1)', [], en)).toMatchObject({
      message: PAGES.en['linkError.scheme'],
    });
    expect(checkLinkInput('https://me@instagram.com/x', [], en)).toMatchObject({
      message: PAGES.en['linkError.credentials'],
    });
    expect(checkLinkInput('https://instagram.com:8443/x', [], en)).toMatchObject({
      message: en('linkError.port', { port: '8443' }),
    });
  });

  it('offers to allow the host of a link that goes elsewhere, and then accepts it', () => {
    const refused = checkLinkInput('https://linktr.ee/creator', [], fr);
    expect(refused).toMatchObject({ ok: false, host: 'linktr.ee' });
    expect(refused.ok ? '' : refused.message).toContain('linktr.ee');
    expect(checkLinkInput('https://linktr.ee/creator', ['linktr.ee'], fr).ok).toBe(true);
  });
});

describe('describeTarget and linkName', () => {
  it('names what an address points at', () => {
    expect(describeTarget('https://www.instagram.com/creator/', en)).toBe('Instagram profile @creator');
    expect(describeTarget('https://www.instagram.com/reel/C1abc/', fr)).toBe('Reel Instagram');
    expect(describeTarget('https://www.instagram.com/stories/highlights/1789/', en)).toBe(
      'Instagram story highlight',
    );
    expect(describeTarget('https://www.facebook.com/page', en)).toBe('Facebook page');
    expect(describeTarget('https://linktr.ee/x', en)).toBe('Link to linktr.ee');
  });

  it('prefers the label', () => {
    expect(linkName({ label: ' Main ', url: 'https://instagram.com/x' }, en)).toBe('Main');
    expect(linkName({ label: '', url: 'https://instagram.com/x' }, en)).toBe('Instagram profile @x');
  });
});

describe('hosts', () => {
  it('reads the host the user means', () => {
    expect(hostFromInput(' https://News.Example.com/p/1 ')).toBe('news.example.com');
    expect(hostFromInput('*.example.com')).toBe('example.com');
    expect(hostFromInput('linktr.ee/name')).toBe('linktr.ee');
  });

  it('lists only single-domain https origins', () => {
    expect(domainOfOrigin('https://news.example.com/*')).toBe('news.example.com');
    expect(domainOfOrigin('https://*/*')).toBeNull();
    expect(domainOfOrigin('https://*.substack.com/*')).toBeNull();
  });
});

describe('errorMessage', () => {
  it('turns any error into a sentence', () => {
    expect(errorMessage(new Error('the extension did not answer'))).toBe('The extension did not answer.');
    expect(errorMessage('Already a sentence.')).toBe('Already a sentence.');
    expect(errorMessage('')).toBe('');
  });
});
