import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { makeEvents } from '../../test/support/events';
import { MAX_BATCH as LIMITS_MAX_BATCH } from './limits';
import { MAX_BATCH } from './protocol';
import { contentSender, EXT_ID, PAGE, testBackground } from './test-background';

// quality.md S1: the sender is checked, every message parsed, privileged requests only from the
// extension's own pages.

const TIKTOK = 'https://www.tiktok.com/tiktokstudio/upload';
let env: ReturnType<typeof testBackground>;
afterEach(() => {
  env?.db.close();
  vi.restoreAllMocks();
});

function setup(options?: Parameters<typeof testBackground>[0]) {
  env = testBackground(options);
  return env;
}

const tiktokEvents = (n: number, prefix = 'tt') =>
  makeEvents(n, prefix, { platform: 'tiktok', surface: 'caption', pageUrl: TIKTOK });

describe('router: senders', () => {
  it('answers the extension’s own pages', async () => {
    const { app } = setup();
    expect(await app.route({ type: 'settings-get' }, PAGE)).toMatchObject({ ok: true });
    expect(await app.route({ type: 'today' }, { ...PAGE, tab: { id: 3 } })).toMatchObject({ ok: true });
  });

  it.each([
    ['another extension', { id: 'someone-else', url: `chrome-extension://someone-else/page.html` }],
    ['no id', { url: PAGE.url }],
    ['no url', { id: EXT_ID }],
    ['an extension page whose origin disagrees', { ...PAGE, origin: 'https://www.tiktok.com' }],
    ['a look-alike extension URL', { id: EXT_ID, url: `chrome-extension://${EXT_ID}.evil.com/x.html` }],
  ])('refuses %s', async (_, sender) => {
    const { app } = setup();
    const reply = await app.route({ type: 'settings-get' }, sender);
    expect(reply).toEqual({ ok: false, error: expect.stringContaining('did not come from') });
  });

  it.each([
    'https://www.tiktok.com/@creator/video/1',
    'https://www.youtube.com/watch?v=dQw4w9WgXcQ',
    'https://studio.youtube.com/video/x/edit',
    'https://discord.com/channels/1/2',
    'https://substack.com/notes',
    'https://mayamakes.substack.com/p/studio-notes',
  ])('lets a content script on %s ask for its widget', async (url) => {
    const { app } = setup();
    const platform = url.includes('tiktok')
      ? 'tiktok'
      : url.includes('youtube')
        ? 'youtube'
        : url.includes('discord')
          ? 'discord'
          : 'substack';
    expect(await app.route({ type: 'widget-state', platform }, contentSender(url))).toMatchObject({
      ok: true,
    });
  });

  it.each([
    ['plain http', 'http://www.tiktok.com/upload'],
    ['another site', 'https://example.com/'],
    ['a look-alike host', 'https://www.tiktok.com.evil.example/'],
    ['a port', 'https://discord.com:8443/channels/1/2'],
    ['a non-www TikTok', 'https://tiktok.com/upload'],
    ['a data URL', 'data:text/html,hi'],
    ['an ungranted custom domain', 'https://www.mayamakes.com/p/x'],
  ])('refuses a content script on %s', async (_, url) => {
    const { app } = setup();
    const reply = await app.route({ type: 'widget-state', platform: 'substack' }, contentSender(url));
    expect(reply.ok).toBe(false);
  });

  it('refuses a "content script" outside any tab, or whose origin disagrees with its URL', async () => {
    const { app } = setup();
    const req = { type: 'widget-state', platform: 'tiktok' };
    expect((await app.route(req, { id: EXT_ID, url: TIKTOK })).ok).toBe(false);
    expect((await app.route(req, contentSender(TIKTOK, { origin: 'https://evil.example' }))).ok).toBe(false);
  });

  it('accepts a Substack custom domain once the user granted it', async () => {
    const { app, granted } = setup();
    const sender = contentSender('https://www.mayamakes.com/p/studio');
    const req = { type: 'widget-state', platform: 'substack' };
    expect((await app.route(req, sender)).ok).toBe(false);
    granted.push('https://www.mayamakes.com/*');
    await app.syncCustomDomains(); // what permissions.onAdded triggers
    expect((await app.route(req, sender)).ok).toBe(true);
    // …and only as Substack.
    expect((await app.route({ type: 'widget-state', platform: 'youtube' }, sender)).ok).toBe(false);
  });
});

describe('router: privileged requests', () => {
  it.each([
    { type: 'settings-get' },
    { type: 'settings-recovery' },
    { type: 'today' },
    { type: 'export' },
    { type: 'delete-all', confirm: true },
  ])('refuses $type from a content script', async (request) => {
    const { app } = setup();
    const reply = await app.route(request, contentSender(TIKTOK));
    expect(reply).toEqual({ ok: false, error: expect.stringContaining('Only Promo Ledger’s own pages') });
  });

  it('refuses settings-update from a content script and keeps the settings', async () => {
    const { app } = setup();
    const reply = await app.route(
      {
        type: 'settings-update',
        patch: { base: 0, changes: [{ op: 'field', key: 'allowedHosts', from: [], to: ['evil.example'] }] },
      },
      contentSender(TIKTOK),
    );
    expect(reply.ok).toBe(false);
    expect(await app.route({ type: 'settings-get' }, PAGE)).toMatchObject({
      ok: true,
      data: { settings: { allowedHosts: [] }, revision: 0 },
    });
  });

  it('does not delete anything when a content script asks', async () => {
    const { app, db } = setup();
    await app.route({ type: 'log', events: tiktokEvents(3) }, contentSender(TIKTOK));
    await app.route({ type: 'delete-all', confirm: true }, contentSender(TIKTOK));
    expect(await db.events.count()).toBe(3);
  });
});

describe('router: forged and malformed messages', () => {
  it.each([
    ['not an object', 'log'],
    ['null', null],
    ['no type', { events: [] }],
    ['an unknown type', { type: 'eval', code: '1' }],
    ['an extra field', { type: 'today', extra: 1 }],
    ['delete-all without confirm', { type: 'delete-all' }],
    ['an empty log', { type: 'log', events: [] }],
    [
      'an event with a javascript: page',
      { type: 'log', events: [{ ...tiktokEvents(1)[0], pageUrl: 'javascript:alert(1)' }] },
    ],
    [
      'an event with an extra field',
      { type: 'log', events: [{ ...tiktokEvents(1)[0], __proto__: { x: 1 }, extra: 1 }] },
    ],
    ['an event with a bad id', { type: 'log', events: [{ ...tiktokEvents(1)[0], id: '../../etc' }] }],
    ['too many events', { type: 'log', events: tiktokEvents(MAX_BATCH + 1) }],
  ])('refuses %s', async (_, message) => {
    const { app, db } = setup();
    const reply = await app.route(message, PAGE);
    expect(reply).toEqual({ ok: false, error: expect.stringContaining('malformed request') });
    expect(await db.events.count()).toBe(0);
  });

  it('refuses events of another site from a content script', async () => {
    const { app, db } = setup();
    const discord = makeEvents(1, 'd');
    expect((await app.route({ type: 'log', events: discord }, contentSender(TIKTOK))).ok).toBe(false);
    const elsewhere = tiktokEvents(1).map((e) => ({ ...e, pageUrl: 'https://evil.example/' }));
    expect((await app.route({ type: 'log', events: elsewhere }, contentSender(TIKTOK))).ok).toBe(false);
    const site = { type: 'site-health', platform: 'youtube', feature: 'composer', ok: false };
    expect((await app.route(site, contentSender(TIKTOK))).ok).toBe(false);
    expect(await db.events.count()).toBe(0);
  });

  it('answers in French when the browser speaks French', async () => {
    const { app } = setup({ locale: 'fr' });
    const reply = await app.route({ type: 'export' }, contentSender(TIKTOK));
    expect(reply).toEqual({ ok: false, error: expect.stringContaining('Seules les pages de Promo Ledger') });
  });

  it('turns a storage failure into a clear reply (R3)', async () => {
    const { app, db } = setup();
    await db.open();
    vi.spyOn(db.events, 'bulkPut').mockRejectedValueOnce(new DOMException('quota', 'QuotaExceededError'));
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const reply = await app.route({ type: 'log', events: tiktokEvents(2) }, contentSender(TIKTOK));
    expect(reply).toEqual({ ok: false, error: expect.stringContaining('no room left') });
    expect(await db.events.count()).toBe(0);
  });

  it('keeps the content-script batch limit equal to the protocol’s', () => {
    expect(LIMITS_MAX_BATCH).toBe(MAX_BATCH);
  });
});
