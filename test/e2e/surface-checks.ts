// The checks every browser runs on the site fixtures, written once against the driver interface
// (drivers/types.ts): test/e2e/insert.spec.ts runs them in Chromium, test/e2e/firefox/*.spec.ts in
// Firefox. They judge by the editor's own state, what the page posted and what the extension
// logged, not by what the DOM shows.
import { expect } from '@playwright/test';
import { MESSAGES } from '../../dashboard/i18n';
import { fixtureById, type SiteFixture } from '../fixtures/sites';
import type { BrowserDriver, ExtensionTab, Tab } from './drivers/types';
import { fixtureUrl } from './fixtures';
import {
  insertButtonOf,
  type LoggedEvent,
  readLog,
  saveLink,
  taggedLink,
  widgetHost,
} from './widget-helpers';

/** The widget and the extension's pages are in English unless a test picks another language. */
const WORDS = MESSAGES.en;

export interface OpenFixtureOptions {
  theme?: 'light' | 'dark';
  /** Also click the fixture's `open` steps so its composer is on screen (default true). */
  reveal?: boolean;
}

/** Opens a site fixture in the driver's site tab and waits until its page says it is ready. */
export async function openFixture(
  driver: BrowserDriver,
  fixture: SiteFixture,
  options: OpenFixtureOptions = {},
): Promise<Tab> {
  const tab = await driver.openSite(fixtureUrl(fixture, options.theme));
  await expect
    .poll(() => tab.evaluate(() => window.__fixture?.ready === true), { timeout: 15_000 })
    .toBe(true);
  if (options.reveal ?? true) {
    if (fixture.lazy) await tab.scrollIntoView(fixture.lazy);
    for (const step of fixture.open) await tab.click(step);
    await tab.waitFor(fixture.selectors.editor);
  }
  return tab;
}

/** The editor's own text, read through the page's test API. */
export function editorText(tab: Tab, surface?: string): Promise<string> {
  return tab.evaluate((s) => window.__fixture?.editorText(s) ?? '', surface);
}

/** Sends the composer the way a user would (clicks, or Enter in the editor). */
export async function sendComposer(tab: Tab, fixture: SiteFixture): Promise<void> {
  if ('press' in fixture.send) {
    await tab.press(fixture.selectors.editor, fixture.send.press);
    return;
  }
  for (const step of fixture.send.click) await tab.click(step);
}

/** How many widgets the page holds for a surface. */
function widgetCount(tab: Tab, surface: string): Promise<number> {
  return tab.evaluate((host) => document.querySelectorAll(host).length, widgetHost(surface));
}

/** What the widget's status line says (its shadow root is open to the page). */
function widgetStatus(tab: Tab, surface: string): Promise<string[]> {
  return tab.evaluate(
    (host) =>
      [...(document.querySelector(host)?.shadowRoot?.querySelectorAll('[role="status"]') ?? [])]
        .map((el) => (el.textContent ?? '').replace(/\s+/g, ' ').trim())
        .filter(Boolean),
    widgetHost(surface),
  );
}

function occurrences(text: string, needle: string): number {
  return text.split(needle).length - 1;
}

const logged = (events: LoggedEvent[]) => events.map((e) => `${e.action}:${e.platform}:${e.surface}`).sort();

/**
 * The widget on one fixture: one click puts the tagged link into the editor's model, at the end
 * of the text it holds; a second click does not add it again; the page posts it once; the log has
 * one insertion and one post; the page threw nothing.
 */
export async function checkInsertion(driver: BrowserDriver, fixture: SiteFixture): Promise<void> {
  await saveLink(driver);
  const reader = await driver.openExtensionPage('options.html');
  const tab = await openFixture(driver, fixture);
  const link = taggedLink(fixture.site);
  await tab.click(insertButtonOf(fixture.surface));
  // At the end of the text, with a space before it when it follows text, and one after it.
  const expected = fixture.initialText ? `${fixture.initialText} ${link} ` : `${link} `;
  await expect.poll(() => editorText(tab, fixture.surface), { timeout: 10_000 }).toBe(expected);
  // A second click does not insert it twice.
  await tab.click(insertButtonOf(fixture.surface));
  await expect
    .poll(() => widgetStatus(tab, fixture.surface), { timeout: 10_000 })
    .toEqual(['The link is already in this composer.']);
  expect(await editorText(tab, fixture.surface)).toBe(expected);
  expect(await widgetCount(tab, fixture.surface)).toBe(1);
  await sendComposer(tab, fixture);
  const post = await driver.sites.waitForPost((p) => p.surface === fixture.surface, 10_000);
  expect(occurrences(post.text, link), `the posted text: ${post.text}`).toBe(1);
  await expect
    .poll(async () => logged((await readLog(reader)).events), { timeout: 10_000 })
    .toEqual([
      `link_inserted:${fixture.site}:${fixture.surface}`,
      `posted:${fixture.site}:${fixture.surface}`,
    ]);
  expect(tab.pageErrors).toEqual([]);
}

/** Today's posted promotions per site as the toolbar popup lists them (`{ YouTube: 2, … }`). */
export function popupCounts(popup: Tab): Promise<Record<string, number>> {
  return popup.evaluate(() =>
    Object.fromEntries(
      [...document.querySelectorAll('.today-list li')].map((li) => [
        li.querySelector('span')?.textContent?.trim() ?? '',
        Number(li.querySelector('strong')?.textContent?.trim()),
      ]),
    ),
  );
}

/**
 * The dashboard's Promotion activity: its summary line and the rows of "By platform and surface",
 * as `platform|surface|posted|inserted|copied`. Empty until the view has rendered its figures.
 */
export function activity(dashboard: Tab): Promise<{ summary: string; rows: string[] }> {
  return dashboard.evaluate((title) => {
    const sections = [...document.querySelectorAll('section')].filter((s) => s.textContent?.includes(title));
    // The innermost section with that title: the last one in document order.
    const section = sections[sections.length - 1];
    const rows = [...(section?.querySelectorAll('tbody tr') ?? [])].map((r) =>
      [...r.querySelectorAll('th, td')].map((c) => c.textContent?.trim()).join('|'),
    );
    return { summary: document.querySelector('.chart-summary')?.textContent?.trim() ?? '', rows };
  }, WORDS.activity.byPlatform);
}

/** The sites `checkCountsMatchLog` promotes on: three sites, three kinds of editor. */
export const COUNTED_FIXTURES = ['youtube-comment', 'discord-message', 'substack-comment'] as const;

/**
 * Promotions made through the widget on a few sites show in the toolbar popup (today, per site)
 * and in the dashboard's Promotion activity with the counts of the log.
 */
export async function checkCountsMatchLog(
  driver: BrowserDriver,
  fixtureIds: readonly string[],
): Promise<void> {
  await saveLink(driver);
  const used = fixtureIds.map(fixtureById);
  let siteTab: Tab | undefined;
  const reader = await driver.openExtensionPage('options.html');
  for (const [i, fixture] of used.entries()) {
    const tab = await openFixture(driver, fixture);
    siteTab = tab;
    await tab.click(insertButtonOf(fixture.surface));
    await expect
      .poll(() => editorText(tab, fixture.surface), { timeout: 10_000 })
      .toContain(taggedLink(fixture.site));
    await sendComposer(tab, fixture);
    await driver.sites.waitForPost((p) => p.site === fixture.site && p.surface === fixture.surface, 10_000);
    // Stay on the page, as a creator who sees the post would, until its insertion and post are
    // logged (a failure names the site whose events are missing).
    await expect
      .poll(async () => (await readLog(reader)).events.map((e) => `${e.action}:${e.platform}`).sort(), {
        timeout: 10_000,
        message: `${fixture.id}: its insertion and post are logged`,
      })
      .toEqual(
        used
          .slice(0, i + 1)
          .flatMap((f) => [`link_inserted:${f.site}`, `posted:${f.site}`])
          .sort(),
      );
  }
  // The site tab (one for all the sites) threw nothing.
  expect(siteTab?.pageErrors).toEqual([]);
  const events = (await readLog(reader)).events;
  const count = (match: (e: LoggedEvent) => boolean) => events.filter(match).length;

  // The popup: what was posted today, per site (every site listed, 0 where nothing was posted).
  const popup: ExtensionTab = await driver.openExtensionPage('popup.html');
  const today = Object.fromEntries(
    (['tiktok', 'youtube', 'discord', 'substack'] as const).map((p) => [
      WORDS.platforms[p],
      count((e) => e.action === 'posted' && e.platform === p),
    ]),
  );
  await expect.poll(() => popupCounts(popup), { timeout: 10_000 }).toEqual(today);

  // The dashboard's Promotion activity: the totals and one row per platform and surface.
  const totals = WORDS.activity.totals(
    count((e) => e.action === 'posted'),
    count((e) => e.action === 'link_inserted'),
    count((e) => e.action === 'link_copied'),
  );
  const pairs = [...new Set(events.map((e) => `${e.platform}|${e.surface}`))];
  const rows = pairs.map((pair) => {
    const [platform, surface] = pair.split('|') as [
      keyof typeof WORDS.platforms,
      keyof typeof WORDS.surfaces,
    ];
    const here = (action: LoggedEvent['action']) =>
      count((e) => e.platform === platform && e.surface === surface && e.action === action);
    return [
      WORDS.platforms[platform],
      WORDS.surfaces[surface],
      here('posted'),
      here('link_inserted'),
      here('link_copied'),
    ].join('|');
  });
  const dashboard = await driver.openExtensionPage('dashboard.html#activity');
  await expect
    .poll(
      async () => {
        const shown = await activity(dashboard);
        return { summary: shown.summary, rows: [...shown.rows].sort() };
      },
      { timeout: 20_000 },
    )
    .toEqual({ summary: expect.stringContaining(totals), rows: rows.sort() });
}
