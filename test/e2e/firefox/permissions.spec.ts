// Firefox's own permission model, as a user meets it: with extensions.originControls.grantByDefault
// off (what some Firefox users have), Manifest V3 host permissions are not granted at install, so
// no widget can appear. The popup and Options must say so and ask from a click; once allowed, the
// widget appears in the tab already open, without a reload.
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser } from 'puppeteer-core';
import { fixtureById } from '../../fixtures/sites';
import { ROOT } from '../fixtures';
import { expect, test } from './fixtures';

test.use({
  firefoxPrefs: {
    'extensions.originControls.grantByDefault': false,
    // Accepts the permission prompt that permissions.request opens (a test cannot click it).
    'extensions.webextOptionalPermissionPrompts': false,
  },
});

const ALL = 'TikTok, YouTube, Discord and Substack';
const NOTICE = `Promo Ledger is not allowed on ${ALL} yet, so its widget cannot appear there.`;
const WIDGET = 'promo-ledger-widget[data-surface="message"]';
const SHOTS = resolve(ROOT, 'test-results/screenshots/firefox');

/** A screenshot of the open extension page `path` (Firefox leaves page.url() at about:blank there). */
async function shootExtensionPage(firefox: Browser, path: string, file: string): Promise<void> {
  mkdirSync(SHOTS, { recursive: true });
  for (const page of await firefox.pages()) {
    const href = await page.evaluate(() => location.href).catch(() => '');
    if (href.endsWith(path)) {
      await page.screenshot({ path: resolve(SHOTS, file) });
      return;
    }
  }
  throw new Error(`no open ${path} to take a screenshot of`);
}

test('not allowed on the sites: popup and Options say so, Allow asks, the open tab gets its widget without a reload', async ({
  driver,
  firefox,
}) => {
  const discord = fixtureById('discord-message');
  const site = await driver.openSite(discord.url);
  await site.waitFor(discord.selectors.editor);
  await site.evaluate(() => {
    (window as unknown as { __notReloaded: boolean }).__notReloaded = true;
  });
  // No content script runs: no widget, however long one waits for it.
  await new Promise((resolve) => setTimeout(resolve, 1_500));
  expect(await site.evaluate((sel) => document.querySelectorAll(sel).length, WIDGET)).toBe(0);

  const popup = await driver.openExtensionPage('popup.html');
  await popup.waitFor({ role: 'button', name: `Allow on ${ALL}` }, { timeout: 15_000 });
  expect(await popup.evaluate(() => document.querySelector('.site-access')?.textContent ?? '')).toContain(
    NOTICE,
  );
  await shootExtensionPage(firefox, '/popup.html', 'popup-site-access.png');
  await popup.close();

  const options = await driver.openExtensionPage('options.html');
  await options.waitFor({ role: 'button', name: `Allow on ${ALL}` }, { timeout: 15_000 });
  await shootExtensionPage(firefox, '/options.html', 'options-site-access.png');
  await options.click({ role: 'button', name: `Allow on ${ALL}` }, { timeout: 15_000 });
  await expect
    .poll(() => options.evaluate(() => document.querySelector('.site-access') === null), { timeout: 10_000 })
    .toBe(true);
  expect(await options.evaluate(() => document.body.textContent ?? '')).toContain(
    `Allowed on ${ALL}: the widget appears on those pages, open tabs included.`,
  );
  const granted = await options.evaluate(async () => {
    const api = (
      globalThis as unknown as { browser: { permissions: { getAll(): Promise<{ origins?: string[] }> } } }
    ).browser;
    return (await api.permissions.getAll()).origins ?? [];
  });
  expect(granted).toEqual(expect.arrayContaining(['https://discord.com/*', 'https://www.tiktok.com/*']));

  // The Discord tab, never reloaded, now has exactly one widget.
  await site.bringToFront();
  await site.waitFor({ role: 'button', name: 'Insert referral link', within: WIDGET }, { timeout: 15_000 });
  expect(
    await site.evaluate(
      (sel) => ({
        widgets: document.querySelectorAll(sel).length,
        notReloaded: (window as unknown as { __notReloaded?: boolean }).__notReloaded === true,
      }),
      WIDGET,
    ),
  ).toEqual({ widgets: 1, notReloaded: true });
  await new Promise((resolve) => setTimeout(resolve, 1_000));
  expect(await site.evaluate((sel) => document.querySelectorAll(sel).length, WIDGET)).toBe(1);
  expect(site.pageErrors).toEqual([]);
  await driver.sitePage?.screenshot({ path: resolve(SHOTS, 'discord-widget-after-allow.png') });
});
