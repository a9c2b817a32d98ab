// Firefox's own background lifecycle. Chromium's reliability.spec.ts stops the extension's service
// worker through the DevTools protocol; Firefox runs an MV3 background as an event page instead,
// which it suspends once idle (`extensions.background.idle.timeout`, 30 s by default) and starts
// again on the next message. Here it is made to idle out after 1 s, and the suspension is observed:
// a mark left on the background page's window is gone once a new one has started.
import { fixtureById } from '../../fixtures/sites';
import type { ExtensionTab } from '../drivers/types';
import { editorText, openFixture, popupCounts, sendComposer } from '../surface-checks';
import { insertButtonOf, readLog, saveLink, taggedLink } from '../widget-helpers';
import { expect, test } from './fixtures';

const IDLE_MS = 1_000;
test.use({ firefoxPrefs: { 'extensions.background.idle.timeout': IDLE_MS } });

interface BackgroundWindow {
  __e2eMark?: string;
}

type Runtime = { runtime: { getBackgroundPage(): Promise<BackgroundWindow | null> } };

/** Leaves `mark` on the running background page (starting it if it is suspended). */
function markBackground(page: ExtensionTab, mark: string): Promise<void> {
  return page.evaluate(async (m) => {
    const background = await (
      globalThis as unknown as { browser: Runtime }
    ).browser.runtime.getBackgroundPage();
    if (!background) throw new Error('no background page');
    background.__e2eMark = m;
  }, mark);
}

/** Waits until the background page that carried `mark` has been suspended and a new one started. */
async function backgroundRestarted(page: ExtensionTab, mark: string): Promise<void> {
  await expect
    .poll(
      () =>
        page.evaluate(async () => {
          const runtime = (globalThis as unknown as { browser: Runtime }).browser.runtime;
          return (await runtime.getBackgroundPage())?.__e2eMark ?? 'a new background page';
        }),
      // Each look starts the background if it is suspended: look less often than it idles out.
      { timeout: 30_000, intervals: [2 * IDLE_MS] },
    )
    .not.toBe(mark);
}

test('Firefox: background is an event page — suspended between insertion and post (instead of stopping a service worker), the log stays exact', async ({
  driver,
}) => {
  const fixture = fixtureById('discord-message');
  await saveLink(driver);
  const reader = await driver.openExtensionPage('options.html');
  await markBackground(reader, 'before-insert');

  const tab = await openFixture(driver, fixture);
  const link = taggedLink(fixture.site);
  await tab.click(insertButtonOf(fixture.surface));
  await expect.poll(() => editorText(tab, fixture.surface)).toBe(`${link} `);
  await backgroundRestarted(reader, 'before-insert');
  await markBackground(reader, 'before-post');
  await backgroundRestarted(reader, 'before-post');

  // The post is logged by a background that never saw the insertion.
  await sendComposer(tab, fixture);
  const post = await driver.sites.waitForPost((p) => p.surface === fixture.surface, 10_000);
  expect(post.text).toBe(`${link} `);
  await expect
    .poll(async () => (await readLog(reader)).events.map((e) => `${e.action}:${e.platform}`).sort(), {
      timeout: 10_000,
    })
    .toEqual(['link_inserted:discord', 'posted:discord']);

  // Suspended once more, the background still counts today's post from the database.
  await markBackground(reader, 'before-popup');
  await backgroundRestarted(reader, 'before-popup');
  const popup = await driver.openExtensionPage('popup.html');
  await expect.poll(() => popupCounts(popup)).toEqual({ TikTok: 0, YouTube: 0, Discord: 1, Substack: 0 });
  expect(tab.pageErrors).toEqual([]);
});
