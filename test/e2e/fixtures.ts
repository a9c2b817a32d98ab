// Playwright fixtures shared by every e2e spec: a persistent Chromium context (the installed
// /usr/bin/chromium), optionally with the unpacked extension loaded, with the site fixtures
// served on their real URLs and the network otherwise closed.
// After wxt-dev/wxt examples/playwright-e2e-testing/e2e/fixtures.ts.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type BrowserContext, test as base, chromium, expect, type Page } from '@playwright/test';
import { type FixtureServer, fixtureById, type SiteFixture, serveFixtures } from '../fixtures/sites';
import { chromiumDriver } from './drivers/chromium';
import type { BrowserDriver } from './drivers/types';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** The built Chrome extension the specs load: `npm run build`, or E2E_EXTENSION_PATH=<dir>. */
export const BUILT_EXTENSION = resolve(ROOT, process.env.E2E_EXTENSION_PATH ?? '.output/chrome-mv3');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/**
 * Which unpacked extension to load: `E2E_EXTENSION_PATH=<dir>`, or `E2E_EXTENSION=1` for the
 * Chrome build in .output/chrome-mv3 (`npm run build` first). Off by default: the fixture
 * specs run without any extension.
 */
function extensionFromEnv(): string | undefined {
  if (process.env.E2E_EXTENSION_PATH) return resolve(process.env.E2E_EXTENSION_PATH);
  if (process.env.E2E_EXTENSION === '1') return resolve(ROOT, '.output/chrome-mv3');
  return undefined;
}

export interface OpenOptions {
  theme?: 'light' | 'dark';
  /** Also click the fixture's `open` steps so its composer is on screen (default true). */
  reveal?: boolean;
}

interface WorkerFixtures {
  /** The unpacked extension to load, or undefined for none (`test.use({ extensionPath })`). */
  extensionPath: string | undefined;
  /** One browser per worker, launched on first use and shared by non-isolated tests. */
  sharedBrowser: { get(): Promise<BrowserContext> };
}

interface TestFixtures {
  /**
   * A fresh profile for this test instead of the worker's shared browser. Defaults to true when
   * an extension is loaded (its storage must not leak between tests), false otherwise (a
   * Chromium launch costs about a second on this machine).
   */
  isolate: boolean | undefined;
  /** The persistent Chromium context of this test. */
  context: BrowserContext;
  /** The id of the loaded extension (fails when none is loaded). */
  extensionId: string;
  /** The fixture routes of this context and what the pages POSTed during this test. */
  sites: FixtureServer;
  /** Opens a site fixture by id and waits until its page says it is ready. */
  openFixture: (id: string, options?: OpenOptions) => Promise<SiteFixture>;
  /** The shared checks' driver (surface-checks.ts) over this test's page, context and extension. */
  driver: BrowserDriver;
}

const servers = new WeakMap<BrowserContext, FixtureServer>();
const sharedContexts = new WeakSet<BrowserContext>();

/**
 * Chromium refuses a broken unpacked extension silently (no service worker ever appears), so the
 * usual causes are checked up front with a message that says what is wrong.
 */
function checkUnpackedExtension(dir: string): void {
  const manifestPath = resolve(dir, 'manifest.json');
  if (!existsSync(manifestPath)) throw new Error(`no unpacked extension at ${dir} (run \`npm run build\`)`);
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as {
    default_locale?: string;
    background?: { service_worker?: string };
  };
  if (
    manifest.default_locale &&
    !existsSync(resolve(dir, '_locales', manifest.default_locale, 'messages.json'))
  ) {
    throw new Error(
      `${manifestPath} sets default_locale "${manifest.default_locale}" but _locales/${manifest.default_locale}/messages.json is missing: Chromium will not load it`,
    );
  }
  const worker = manifest.background?.service_worker;
  if (worker && !existsSync(resolve(dir, worker)))
    throw new Error(`${manifestPath}: service worker ${worker} is missing`);
}

async function launch(extensionPath: string | undefined): Promise<BrowserContext> {
  const args = [...CHROMIUM_ARGS];
  if (extensionPath) {
    checkUnpackedExtension(extensionPath);
    args.push(`--disable-extensions-except=${extensionPath}`, `--load-extension=${extensionPath}`);
  }
  const context = await chromium.launchPersistentContext('', {
    executablePath: CHROMIUM,
    headless: true,
    args,
    viewport: { width: 1280, height: 800 },
    // Playwright adds --disable-extensions unless told otherwise.
    ignoreDefaultArgs: extensionPath ? ['--disable-extensions'] : [],
  });
  // Routes go in before any page loads, so even the first navigation is served by the fixtures.
  servers.set(context, await serveFixtures(context));
  return context;
}

export const test = base.extend<TestFixtures, WorkerFixtures>({
  extensionPath: [extensionFromEnv(), { option: true, scope: 'worker' }],

  sharedBrowser: [
    async ({ extensionPath }, use) => {
      let shared: Promise<BrowserContext> | undefined;
      await use({
        get: () => {
          shared ??= launch(extensionPath).then((context) => {
            sharedContexts.add(context);
            return context;
          });
          return shared;
        },
      });
      if (shared) await (await shared).close().catch(() => undefined);
    },
    { scope: 'worker' },
  ],

  isolate: [undefined, { option: true }],

  context: async ({ extensionPath, sharedBrowser, isolate }, use) => {
    if (isolate ?? extensionPath !== undefined) {
      const context = await launch(extensionPath);
      await use(context);
      await context.close();
      return;
    }
    const context = await sharedBrowser.get();
    await use(context);
    // Leave the shared browser as the next test expects it: only its first blank tab, no cookies.
    for (const extra of context.pages().slice(1)) await extra.close();
    await context.clearCookies();
  },

  sites: async ({ context }, use) => {
    const server = servers.get(context);
    if (!server) throw new Error('this context was not launched by test/e2e/fixtures.ts');
    server.reset();
    await use(server);
  },

  // A fresh tab per test in the shared browser; in an isolated one, the tab it opened with.
  page: async ({ context, sites: _sites }, use) => {
    if (sharedContexts.has(context)) {
      const page = await context.newPage();
      await use(page);
      await page.close();
      return;
    }
    await use(context.pages()[0] ?? (await context.newPage()));
  },

  extensionId: async ({ context, extensionPath }, use) => {
    if (!extensionPath)
      throw new Error('no extension loaded: set E2E_EXTENSION=1 or test.use({ extensionPath })');
    let [worker] = context.serviceWorkers();
    worker ??= await context.waitForEvent('serviceworker', { timeout: 10_000 }).catch(() => {
      throw new Error(
        `no service worker from ${extensionPath} within 10 s: the extension did not load or has no background`,
      );
    });
    await use(new URL(worker.url()).host);
  },

  driver: async ({ context, page, extensionId, sites }, use) => {
    await use(chromiumDriver({ context, page, extensionId, sites }));
  },

  openFixture: async ({ page }, use) => {
    await use(async (id, options = {}) => {
      const fixture = fixtureById(id);
      await gotoFixture(page, fixture, options);
      return fixture;
    });
  },
});

export { expect };

export function fixtureUrl(fixture: SiteFixture, theme?: 'light' | 'dark'): string {
  if (!theme) return fixture.url;
  const url = new URL(fixture.url);
  url.searchParams.set('theme', theme);
  return url.href;
}

/** Navigates to a fixture, waits for `window.__fixture.ready`, and optionally reveals the composer. */
export async function gotoFixture(
  page: Page,
  fixture: SiteFixture,
  options: OpenOptions = {},
): Promise<void> {
  await page.goto(fixtureUrl(fixture, options.theme));
  await waitForFixture(page);
  if (options.reveal ?? true) await revealComposer(page, fixture);
}

export async function waitForFixture(page: Page): Promise<void> {
  await page.waitForFunction(() => window.__fixture?.ready === true);
}

export async function revealComposer(page: Page, fixture: SiteFixture): Promise<void> {
  if (fixture.lazy) await page.locator(fixture.lazy).scrollIntoViewIfNeeded();
  for (const step of fixture.open) await page.locator(step).click();
  await page.locator(fixture.selectors.editor).waitFor();
}

/** The editor's own text, read through the page's test API. */
export function editorText(page: Page, surface?: string): Promise<string> {
  return page.evaluate((s) => window.__fixture?.editorText(s) ?? '', surface);
}

export function submitEnabled(page: Page, surface?: string): Promise<boolean> {
  return page.evaluate((s) => window.__fixture?.submitEnabled(s) ?? false, surface);
}

/** Sends the composer the way a user would (clicks, or Enter in the editor). */
export async function sendComposer(page: Page, fixture: SiteFixture): Promise<void> {
  if ('press' in fixture.send) {
    await page.locator(fixture.selectors.editor).press(fixture.send.press);
    return;
  }
  for (const step of fixture.send.click) await page.locator(step).click();
}

/** Puts the caret at the end of the editor, the way a click at its end would. */
export async function focusEnd(page: Page, fixture: SiteFixture): Promise<void> {
  const editor = page.locator(fixture.selectors.editor);
  await editor.click();
  await page.keyboard.press('ControlOrMeta+End');
}
