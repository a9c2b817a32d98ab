// Playwright fixtures of the `firefox` project: one Debian Firefox ESR per test, driven by
// puppeteer-core over WebDriver BiDi (shared/docs/firefox.md), with the built .output/firefox-mv3
// installed as a temporary add-on and the site fixtures served at their real URLs.
import { existsSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { test as base, expect } from '@playwright/test';
import puppeteer, { type Browser } from 'puppeteer-core';
import { fixtureResponder } from '../../fixtures/sites';
import { type FirefoxDriver, firefoxDriver } from '../drivers/firefox';
import { ROOT } from '../fixtures';

export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
/** The Firefox build the specs install: `npm run build`, or E2E_FIREFOX_EXTENSION_PATH=<dir>. */
export const FIREFOX_EXTENSION = resolve(
  ROOT,
  process.env.E2E_FIREFOX_EXTENSION_PATH ?? '.output/firefox-mv3',
);
/** browser_specific_settings.gecko.id of the build (wxt.config.ts). */
export const GECKO_ID = 'promo-ledger@promo-ledger.app';
/** Fixed through `extensions.webextensions.uuids`, so the tests know the moz-extension:// origin. */
export const EXTENSION_UUID = '7d3c0f5e-2a41-4b8e-9c6d-5e1f2a3b4c5d';
export const EXTENSION_ORIGIN = `moz-extension://${EXTENSION_UUID}`;

export interface FirefoxOptions {
  /** Extra about:config prefs for this test's Firefox (`test.use({ firefoxPrefs })`). */
  firefoxPrefs: Record<string, unknown>;
}

interface FirefoxFixtures {
  /** The launched Firefox (closed after the test, pass or fail). */
  firefox: Browser;
  /** The shared checks' driver over that Firefox. */
  driver: FirefoxDriver;
}

export const test = base.extend<FirefoxFixtures & FirefoxOptions>({
  firefoxPrefs: [{}, { option: true }],

  firefox: async ({ firefoxPrefs }, use, testInfo) => {
    if (!existsSync(FIREFOX))
      throw new Error(`${FIREFOX} is missing: run \`apt-get install -y firefox-esr\` (as root)`);
    if (!existsSync(resolve(FIREFOX_EXTENSION, 'manifest.json')))
      throw new Error(`no Firefox build at ${FIREFOX_EXTENSION}: run \`npm run build\``);
    const browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: FIREFOX,
      headless: true,
      // The Chromium specs' viewport (test/e2e/fixtures.ts), so widgets are placed alike.
      defaultViewport: { width: 1280, height: 800 },
      // Without it BiDi refuses to navigate to moz-extension:// pages.
      args: ['--remote-allow-system-access'],
      extraPrefsFirefox: {
        'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: EXTENSION_UUID }),
        // Every console message, the content scripts' and the background's too, on Firefox's stdout:
        // the only place they show. Attached to the report when a test fails.
        'devtools.console.stdout.content': true,
        'devtools.console.stdout.chrome': true,
        ...firefoxPrefs,
      },
    });
    const output: string[] = [];
    browser.process()?.stdout?.on('data', (chunk: Buffer) => output.push(chunk.toString()));
    try {
      const id = await browser.installExtension(FIREFOX_EXTENSION);
      expect(id).toBe(GECKO_ID);
      await use(browser);
    } finally {
      if (testInfo.status !== testInfo.expectedStatus && output.length > 0)
        await testInfo.attach('firefox-stdout.txt', { body: output.join(''), contentType: 'text/plain' });
      await browser.close().catch(() => browser.process()?.kill('SIGKILL'));
    }
  },

  driver: async ({ firefox }, use, testInfo) => {
    const driver = firefoxDriver({
      browser: firefox,
      extensionOrigin: EXTENSION_ORIGIN,
      responder: fixtureResponder(),
    });
    await use(driver);
    // The site tab as it was when the test failed (Playwright only shoots its own browsers' pages).
    const page = driver.sitePage;
    if (page && testInfo.status !== testInfo.expectedStatus) {
      const dir = testInfo.outputPath();
      mkdirSync(dir, { recursive: true });
      const path = resolve(dir, 'firefox-site.png');
      if (
        await page.screenshot({ path }).then(
          () => true,
          () => false,
        )
      )
        await testInfo.attach('firefox-site', { path, contentType: 'image/png' });
    }
  },
});

export { expect };
