import { describe, expect, it } from 'vitest';
import { checkLinkTarget, isAllowedHost } from './link-target';

describe('checkLinkTarget', () => {
  it.each([
    'https://instagram.com/maya',
    'https://www.instagram.com/maya/',
    'https://instagr.am/maya',
    'https://facebook.com/maya',
    'https://www.facebook.com/maya',
    'https://m.facebook.com/maya',
    'https://fb.com/maya',
  ])('accepts %s', (url) => {
    expect(checkLinkTarget(url)).toEqual({ ok: true, url });
  });

  it('trims and normalizes', () => {
    expect(checkLinkTarget('  HTTPS://WWW.Instagram.COM/maya?x=1#y \n')).toEqual({
      ok: true,
      url: 'https://www.instagram.com/maya?x=1#y',
    });
    expect(checkLinkTarget('https://instagram.com')).toEqual({ ok: true, url: 'https://instagram.com/' });
    expect(checkLinkTarget('https://instagram.com./maya')).toEqual({
      ok: true,
      url: 'https://instagram.com/maya',
    });
  });

  it('returns the address the browser will follow, not the text as typed', () => {
    expect(checkLinkTarget('https://insta\tgram.com/ma\nya')).toEqual({
      ok: true,
      url: 'https://instagram.com/maya',
    });
  });

  it('reads an address typed without a scheme as https', () => {
    expect(checkLinkTarget('instagram.com/maya')).toEqual({ ok: true, url: 'https://instagram.com/maya' });
    expect(checkLinkTarget('evil.example/x')).toMatchObject({ ok: false, reason: 'host_not_allowed' });
  });

  it.each([
    '',
    '   ',
    'hello',
    'https://',
    'https://exa mple.com/',
    `https://instagram.com/${'a'.repeat(2100)}`,
  ])('rejects %j as not an address', (url) => {
    const r = checkLinkTarget(url);
    expect(r).toMatchObject({ ok: false, reason: 'not_url' });
    if (!r.ok) expect(r.message).toMatch(/address/);
  });

  it.each([
    ['http://instagram.com/maya', /https:\/\//],
    ['javascript:alert(1)', /https:\/\//],
    ['JavaScript:alert(document.cookie)//instagram.com', /https:\/\//],
    ['data:text/html,<script>alert(1)</script>', /https:\/\//],
    ['ftp://instagram.com/maya', /https:\/\//],
    ['mailto:maya@instagram.com', /https:\/\//],
  ])('rejects %s as not https', (url, message) => {
    const r = checkLinkTarget(url);
    expect(r).toMatchObject({ ok: false, reason: 'not_https' });
    if (!r.ok) expect(r.message).toMatch(message);
  });

  it.each([
    'https://user:pass@instagram.com/maya',
    'https://instagram.com@evil.example/maya',
    'https://:secret@www.instagram.com/',
  ])('rejects credentials in %s', (url) => {
    expect(checkLinkTarget(url)).toMatchObject({ ok: false, reason: 'credentials' });
  });

  it.each([
    'https://evil.example/instagram.com',
    'https://instagram.com.evil.example/',
    'https://notinstagram.com/',
    'https://business.instagram.com/',
    'https://l.facebook.com/l.php?u=https://evil.example',
    'https://1.2.3.4/',
    'https://instagram.com:8443/maya',
    'https://\u0456nstagram.com/maya', // Cyrillic і: a look-alike host, punycoded by the parser
    'https:\\\\evil.example\\instagram.com', // browsers read backslashes as slashes here
    'https://instagram.com%2eevil.example/',
  ])('rejects the host of %s', (url) => {
    const r = checkLinkTarget(url);
    expect(r).toMatchObject({ ok: false, reason: 'host_not_allowed' });
  });

  it('names the host in its message', () => {
    const r = checkLinkTarget('https://linktr.ee/maya');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toContain('linktr.ee');
  });

  it('accepts hosts the user added, and their subdomains', () => {
    const allowed = ['linktr.ee', ' Example.ORG '];
    expect(checkLinkTarget('https://linktr.ee/maya', allowed)).toEqual({
      ok: true,
      url: 'https://linktr.ee/maya',
    });
    expect(checkLinkTarget('https://shop.example.org/x', allowed)).toMatchObject({ ok: true });
    expect(checkLinkTarget('https://example.org/x', allowed)).toMatchObject({ ok: true });
    expect(checkLinkTarget('https://badlinktr.ee/maya', allowed)).toMatchObject({
      reason: 'host_not_allowed',
    });
    expect(checkLinkTarget('https://linktr.ee.evil.example/', allowed)).toMatchObject({
      reason: 'host_not_allowed',
    });
    expect(checkLinkTarget('http://linktr.ee/maya', allowed)).toMatchObject({ reason: 'not_https' });
  });

  it('never lets a bare suffix or empty entry allow every site', () => {
    expect(isAllowedHost('evil.com', ['com', '', '.'])).toBe(false);
  });
});
