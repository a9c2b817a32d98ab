import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseExportFile } from '../../../shared/io/export-json';
import { effectiveProgram } from '../../../shared/programs/catalog';
import { settingsSchema } from '../../../shared/schemas/settings';
import { makeEvents } from '../../../test/support/events';
import { updateRequest } from '../../../test/support/settings';
import { putResults } from '../../db/results-store';
import { CURRENT_SETTINGS } from '../../db/settings-store';
import { ask, contentSender, PAGE, testBackground } from '../test-background';

const NOW = new Date('2025-05-20T15:00:00Z');
const DISCORD = 'https://discord.com/channels/1000/2000';
let env: ReturnType<typeof testBackground>;
afterEach(() => {
  env?.db.close();
  vi.restoreAllMocks();
});

const settings = settingsSchema.parse({
  locale: 'fr',
  links: [
    {
      id: 'profile',
      label: 'Profile',
      url: 'https://www.instagram.com/mayamakes/',
      createdAt: '2025-05-12T10:00:00Z',
    },
    {
      id: 'reel',
      label: 'Reel',
      url: 'https://www.instagram.com/reel/C7abc/?igsh=x%20y',
      createdAt: '2025-05-12T10:00:00Z',
      tags: { discord: { utm_source: 'dc', utm_medium: 'chat', utm_campaign: '{program}' } },
    },
  ],
  defaultLinkId: 'reel',
});

/** What Options does to make the stored settings `next`: read them, send what it changed. */
async function save(app: ReturnType<typeof setup>['app'], next: typeof settings) {
  return app.route(updateRequest(await ask(app, { type: 'settings-get' }, PAGE), next), PAGE);
}

function setup() {
  env = testBackground({ now: () => NOW });
  return env;
}

describe('log', () => {
  it('acks every committed id, and writing them again adds no row', async () => {
    const { app, db } = setup();
    const events = makeEvents(40);
    const first = await ask(app, { type: 'log', events }, contentSender(DISCORD));
    expect(first.acked).toEqual(events.map((e) => e.id));
    await ask(app, { type: 'log', events }, contentSender(DISCORD));
    expect(await db.events.count()).toBe(40);
  });
});

describe('settings', () => {
  it('saves valid settings and reads them back', async () => {
    const { app } = setup();
    expect(await save(app, settings)).toEqual({ ok: true, data: { settings, revision: 1 } });
    expect(await ask(app, { type: 'settings-get' }, PAGE)).toEqual({ settings, revision: 1 });
    expect(await ask(app, { type: 'settings-recovery' }, PAGE)).toBeNull();
  });

  it('refuses a link to a host the user did not allow, naming it', async () => {
    const { app } = setup();
    const bad = {
      ...settings,
      locale: 'en' as const,
      links: [{ ...settings.links[0], url: 'https://evil.example/x' }],
    };
    const reply = await save(app, { ...bad, defaultLinkId: null } as typeof settings);
    expect(reply).toEqual({ ok: false, error: expect.stringMatching(/Link “Profile”: .*evil\.example/) });
    expect((await ask(app, { type: 'settings-get' }, PAGE)).settings.links).toEqual([]);
  });

  it('refuses a default link that is not in the list', async () => {
    const { app } = setup();
    const missing = await save(app, { ...settings, defaultLinkId: 'gone' });
    expect(missing).toEqual({ ok: false, error: expect.stringContaining('lien par défaut') });
    // Links change one id at a time (settings-patch.ts): two links with one id cannot even be sent.
  });

  it('keeps a change made in the dashboard when Options saves another from an older copy', async () => {
    const { app } = setup();
    await save(app, settings);
    const options = await ask(app, { type: 'settings-get' }, PAGE);
    const dashboard = await ask(app, { type: 'settings-get' }, PAGE);
    const stars = { ...dashboard.settings.programs, 'facebook-stars': { enabled: true, params: {} } };
    await ask(app, updateRequest(dashboard, { ...dashboard.settings, programs: stars }), PAGE);
    const link = { ...settings.links[0], id: 'story', label: 'Story' } as (typeof settings.links)[number];
    const reply = await ask(
      app,
      updateRequest(options, { ...options.settings, links: [...options.settings.links, link] }),
      PAGE,
    );
    expect(reply.settings.links.map((l) => l.id)).toEqual(['profile', 'reel', 'story']);
    expect(reply.settings.programs['facebook-stars']).toEqual({ enabled: true, params: {} });
  });

  it('says in the user’s language which setting another page changed meanwhile', async () => {
    const { app } = setup();
    await save(app, settings);
    const stale = await ask(app, { type: 'settings-get' }, PAGE);
    await save(app, { ...settings, defaultLinkId: 'profile' });
    const reply = await app.route(updateRequest(stale, { ...stale.settings, defaultLinkId: null }), PAGE);
    expect(reply).toEqual({
      ok: false,
      error: expect.stringContaining('le lien par défaut a changé dans une autre page'),
    });
    expect((await ask(app, { type: 'settings-get' }, PAGE)).settings.defaultLinkId).toBe('profile');
  });

  it('tells Options where an unreadable record was kept', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const { app, db } = setup();
    await db.settings.put({
      id: CURRENT_SETTINGS,
      value: { links: 'oops' },
      savedAt: '2025-05-01T00:00:00.000Z',
    });
    expect((await ask(app, { type: 'settings-get' }, PAGE)).settings.links).toEqual([]);
    expect(await ask(app, { type: 'settings-recovery' }, PAGE)).toMatchObject({
      backupId: 'backup:2025-05-01T00:00:00.000Z',
      problems: [{ field: 'links' }],
    });
  });
});

describe('widget-state', () => {
  it('is empty-handed before any link is saved', async () => {
    const { app } = setup();
    expect(
      await ask(
        app,
        { type: 'widget-state', platform: 'youtube' },
        contentSender('https://www.youtube.com/watch?v=x'),
      ),
    ).toEqual({
      link: null,
      summary: null,
      programProblem: null,
      locale: 'en',
      dashboardUrl: expect.stringMatching(/^chrome-extension:\/\/.+\/dashboard\.html$/),
      dataLost: null,
    });
  });

  it('says the program’s parameters do not hold, with the dashboard’s message, instead of default figures', async () => {
    const { app } = setup();
    const bad = {
      ...settings,
      programs: { 'instagram-referrals-2025': { enabled: true, params: { capCents: -5 } } },
    };
    await save(app, bad);
    const state = await ask(app, { type: 'widget-state', platform: 'discord' }, contentSender(DISCORD));
    expect(state.summary).toBeNull();
    const expected = effectiveProgram(bad, 'instagram-referrals-2025');
    expect(expected?.ok).toBe(false);
    expect(state.programProblem).toEqual({
      programName: expect.stringContaining('Referrals'),
      message: expect.stringContaining(expected?.ok === false ? (expected.errors[0]?.message ?? '?') : '?'),
    });
  });

  it('gives the default link tagged for the platform and the program at a glance', async () => {
    const { app } = setup();
    await save(app, settings);
    const state = await ask(app, { type: 'widget-state', platform: 'discord' }, contentSender(DISCORD));
    expect(state.locale).toBe('fr');
    expect(state.link).toEqual({
      id: 'reel',
      label: 'Reel',
      url: 'https://www.instagram.com/reel/C7abc/?igsh=x%20y&utm_source=dc&utm_medium=chat&utm_campaign=instagram-referrals-2025',
    });
    // No results yet: nothing earned, the cap, the days left until 22 June, no rate.
    expect(state.summary).toMatchObject({
      programId: 'instagram-referrals-2025',
      earnedCents: 0,
      projectedCents: 0,
      capCents: 2_000_000,
      ratePerDay: null,
      daysLeft: 33,
    });
  });

  it('computes earnings and pace from the stored results', async () => {
    const { app, db } = setup();
    await save(app, { ...settings, defaultLinkId: null });
    await putResults(db, [
      {
        day: '2025-05-12',
        program: 'instagram-referrals-2025',
        metric: 'signups',
        count: 4,
        source: 'manual',
      },
      {
        day: '2025-05-14',
        program: 'instagram-referrals-2025',
        metric: 'signups',
        count: 3,
        source: 'manual',
      },
    ]);
    const state = await ask(
      app,
      { type: 'widget-state', platform: 'tiktok' },
      contentSender('https://www.tiktok.com/x'),
    );
    expect(state.link?.id).toBe('profile');
    expect(state.link?.url).toContain('utm_source=tiktok');
    expect(state.summary?.earnedCents).toBe(70_000);
    expect(state.summary?.ratePerDay).toBeGreaterThan(0);
    expect(state.summary?.projectedCents).toBeGreaterThan(70_000);
    expect(state.summary?.metric).toBe('signups');
  });
});

describe('the database removed by the browser', () => {
  it('today and the widget say so, the widget has no link; saving a link ends it', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const { app, db } = setup();
    await save(app, settings);
    expect((await ask(app, { type: 'today' }, PAGE)).dataLost).toBeNull();
    await Dexie.delete(db.name);
    const today = await ask(app, { type: 'today' }, PAGE);
    expect(today.dataLost).toEqual({ at: NOW.toISOString(), previous: expect.any(String) });
    expect(today.defaultLink).toBeNull();
    const widget = await ask(
      app,
      { type: 'widget-state', platform: 'youtube' },
      contentSender('https://www.youtube.com/watch?v=x'),
    );
    expect(widget).toMatchObject({ link: null, dataLost: { at: NOW.toISOString() } });
    await save(app, settings);
    expect((await ask(app, { type: 'today' }, PAGE)).dataLost).toBeNull();
  });
});

describe('today', () => {
  it('counts today’s posted promotions per platform and lists broken features', async () => {
    const { app } = setup();
    // Today is the ledger's day (Los Angeles): NOW, 15:00 UTC on May 20, is 08:00 there, and
    // the day began at 07:00 UTC — events just before that belong to May 19.
    const start = new Date('2025-05-20T07:00:00.000Z');
    const at = (ms: number) => new Date(start.getTime() + ms).toISOString();
    const events = [
      ...makeEvents(3, 'd', { time: at(1_000) }),
      ...makeEvents(2, 'i', { time: at(2_000), action: 'link_inserted' }),
      ...makeEvents(1, 'y', { time: at(-5_000) }), // yesterday
    ];
    await ask(app, { type: 'log', events }, PAGE);
    const yt = contentSender('https://www.youtube.com/watch?v=x');
    const health = (feature: 'composer' | 'submit', surface: 'comment' | 'reply', ok: boolean) =>
      ask(app, { type: 'site-health', platform: 'youtube', feature, surface, ok }, yt);
    await health('composer', 'comment', false);
    await health('submit', 'comment', false);
    await health('submit', 'comment', true);
    // The reply box working says nothing about the comment box: one check, one state.
    await health('composer', 'reply', true);
    const today = await ask(app, { type: 'today' }, PAGE);
    expect(today.byPlatform).toEqual({ discord: 3 });
    expect(today.broken).toEqual([
      { platform: 'youtube', feature: 'composer', surface: 'comment', since: NOW.toISOString() },
    ]);
    expect(today.day).toBe('2025-05-20');
    expect(today.defaultLink).toBeNull();
  });
});

describe('export and delete-all', () => {
  it('exports a versioned file that reads back, then deletes the log but keeps the links', async () => {
    const { app, db } = setup();
    await save(app, settings);
    await ask(app, { type: 'log', events: makeEvents(12) }, PAGE);
    await putResults(db, [
      {
        day: '2025-05-12',
        program: 'instagram-referrals-2025',
        metric: 'signups',
        count: 2,
        source: 'manual',
      },
    ]);

    const { json, filename } = await ask(app, { type: 'export' }, PAGE);
    expect(filename).toBe('promo-ledger-2025-05-20.json');
    const parsed = parseExportFile(json);
    expect(parsed.ok && parsed.file.events.length).toBe(12);
    expect(parsed.ok && parsed.file.results.length).toBe(1);
    expect(parsed.ok && parsed.file.settings?.links.length).toBe(2);

    expect(await ask(app, { type: 'delete-all', confirm: true }, PAGE)).toEqual({ deleted: 13 });
    expect(await db.events.count()).toBe(0);
    expect((await ask(app, { type: 'settings-get' }, PAGE)).settings.links).toHaveLength(2);
  });

  it('opens the dashboard or Options for a widget, and nothing else', async () => {
    const { app, openedTabs } = setup();
    await ask(app, { type: 'open-page', page: 'dashboard' }, contentSender(DISCORD));
    await ask(app, { type: 'open-page', page: 'options' }, PAGE);
    // "Window closed" on the widget: the dashboard at the programs' dates.
    await ask(app, { type: 'open-page', page: 'dashboard', section: 'programs' }, contentSender(DISCORD));
    expect(openedTabs).toEqual([
      expect.stringMatching(/\/dashboard\.html$/),
      expect.stringMatching(/\/options\.html$/),
      expect.stringMatching(/\/dashboard\.html#programs$/),
    ]);
    await expect(
      ask(app, { type: 'open-page', page: 'https://evil.example/' } as never, contentSender(DISCORD)),
    ).rejects.toThrow();
    await expect(
      ask(app, { type: 'open-page', page: 'dashboard', section: '../evil' } as never, contentSender(DISCORD)),
    ).rejects.toThrow();
    expect(openedTabs).toHaveLength(3);
  });
});
