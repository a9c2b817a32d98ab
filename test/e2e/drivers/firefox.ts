// The Firefox side of the shared checks: Debian's Firefox ESR driven by puppeteer-core over WebDriver
// BiDi (Playwright cannot install its own Firefox here; see shared/docs/firefox.md). Targets are
// resolved in the page by findTarget and acted on with BiDi's trusted input (input.performActions).
import type { Browser, ElementHandle, KeyInput, Page } from 'puppeteer-core';
import { type FixtureResponder, serveFixturesOnPage } from '../../fixtures/sites';
import { type Found, findTarget } from './find-in-page';
import type { BrowserDriver, ExtensionTab, Reply, Tab, Target, WaitOptions } from './types';

/** Actions wait this long for their target by default: widgets mount late on a loaded 2-core machine. */
export const FIREFOX_ACTION_TIMEOUT = 15_000;
const POLL_MS = 100;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Polls the page until `target` resolves to one visible element (enabled, for `enabled`). */
async function resolveTarget(
  page: Page,
  target: Target,
  enabled: boolean,
  options?: WaitOptions,
): Promise<ElementHandle<Element>> {
  const timeout = options?.timeout ?? FIREFOX_ACTION_TIMEOUT;
  const deadline = Date.now() + timeout;
  let last = 'not looked up yet';
  for (;;) {
    try {
      const handle = await page.evaluateHandle(findTarget, target, { enabled });
      const element = handle.asElement() as ElementHandle<Element> | null;
      if (element) return element;
      const found = (await handle.jsonValue()) as Exclude<Found, Element>;
      await handle.dispose();
      if ('error' in found) throw new Error(found.error);
      last = found.wait;
    } catch (error) {
      // A navigation in progress destroys the realm the lookup ran in: look again in the new one.
      if (!/context|destroyed|navigat|detached/i.test(String(error))) throw error;
      last = String(error);
    }
    if (Date.now() > deadline)
      throw new Error(`waiting ${timeout} ms for ${JSON.stringify(target)}: ${last}`);
    await sleep(POLL_MS);
  }
}

/** Whether the element's box stays the same over two animation frames' worth of time. */
async function stable(element: ElementHandle<Element>): Promise<boolean> {
  const before = await element.boundingBox();
  await sleep(50);
  const after = await element.boundingBox();
  return JSON.stringify(before) === JSON.stringify(after);
}

/** Retries an action on an element the page may re-render under it (React, Slate, ProseMirror). */
async function act(
  page: Page,
  target: Target,
  enabled: boolean,
  options: WaitOptions | undefined,
  action: (element: ElementHandle<Element>) => Promise<void>,
): Promise<void> {
  const deadline = Date.now() + (options?.timeout ?? FIREFOX_ACTION_TIMEOUT);
  for (;;) {
    const element = await resolveTarget(page, target, enabled, {
      timeout: Math.max(0, deadline - Date.now()),
    });
    try {
      // Stable first, as Playwright's actionability checks are: a widget that re-docks once its
      // content has loaded must not be clicked where it was a frame ago.
      if (!(await stable(element)) && Date.now() < deadline) continue;
      await action(element);
      return;
    } catch (error) {
      if (Date.now() > deadline || !/not clickable|detached|not an Element|not visible/i.test(String(error)))
        throw error;
    } finally {
      await element.dispose().catch(() => undefined);
    }
    await sleep(POLL_MS);
  }
}

/** `Control+End`, `ControlOrMeta+V`, `Enter`: modifiers held while the last key is pressed. */
async function pressKeys(page: Page, keys: string): Promise<void> {
  const parts = keys.split('+').map((k) => (k === 'ControlOrMeta' ? 'Control' : k) as KeyInput);
  const key = parts.pop();
  if (!key) throw new Error(`no key in "${keys}"`);
  for (const modifier of parts) await page.keyboard.down(modifier);
  try {
    await page.keyboard.press(key);
  } finally {
    for (const modifier of parts.reverse()) await page.keyboard.up(modifier);
  }
}

export function firefoxTab(page: Page): Tab {
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error instanceof Error ? error.message : String(error)));
  return {
    evaluate: <R, A>(fn: (arg: A) => R | Promise<R>, arg?: A) =>
      page.evaluate(fn as (arg: unknown) => R | Promise<R>, arg) as Promise<R>,
    click: (target, options) => act(page, target, true, options, (el) => el.click()),
    press: (target, key, options) =>
      act(page, target, true, options, async (el) => {
        await el.focus();
        await pressKeys(page, key);
      }),
    type: (target, text, options) =>
      act(page, target, true, options, async (el) => {
        // Select what the field holds, so the typing replaces it (as Playwright's fill does).
        await el.evaluate((field) => {
          (field as HTMLElement).focus();
          if (field instanceof HTMLInputElement || field instanceof HTMLTextAreaElement) field.select();
        });
        await page.keyboard.type(text);
      }),
    waitFor: async (target, options) => {
      await (await resolveTarget(page, target, false, options)).dispose();
    },
    scrollIntoView: (target, options) => act(page, target, false, options, (el) => el.scrollIntoView()),
    bringToFront: () => page.bringToFront(),
    setViewport: (size) => page.setViewport(size),
    pageErrors,
    close: () => page.close(),
  };
}

/**
 * Extension pages: Firefox loads them but BiDi never reports the navigation as done (`page.goto`
 * does not resolve, `page.url()` stays about:blank), so the load is awaited through the page itself.
 */
async function loadExtensionPage(page: Page, url: string, timeout = 20_000): Promise<void> {
  page.goto(url, { timeout }).catch(() => undefined);
  const deadline = Date.now() + timeout;
  let last = '';
  for (;;) {
    last = await page
      .evaluate(() => `${document.readyState} ${location.href}`)
      .catch((error: unknown) => String(error));
    if (last === `complete ${url}`) return;
    if (Date.now() > deadline) throw new Error(`${url} did not load within ${timeout} ms (${last})`);
    await sleep(POLL_MS);
  }
}

export interface FirefoxParts {
  browser: Browser;
  /** The moz-extension:// origin of the installed extension (fixed by `extensions.webextensions.uuids`). */
  extensionOrigin: string;
  responder: FixtureResponder;
}

export interface FirefoxDriver extends BrowserDriver {
  /** The site tab's puppeteer page, once a site was opened (screenshots on failure). */
  readonly sitePage: Page | undefined;
}

export function firefoxDriver({ browser, extensionOrigin, responder }: FirefoxParts): FirefoxDriver {
  let site: { page: Page; tab: Tab } | undefined;
  return {
    name: 'firefox',
    sites: responder,
    get sitePage() {
      return site?.page;
    },
    async openSite(url) {
      if (!site) {
        const page = await browser.newPage();
        await serveFixturesOnPage(page, responder);
        site = { page, tab: firefoxTab(page) };
      }
      await site.page.bringToFront();
      await site.page.goto(url);
      return site.tab;
    },
    async openExtensionPage(path) {
      const page = await browser.newPage();
      const tab = firefoxTab(page);
      await loadExtensionPage(page, `${extensionOrigin}/${path}`);
      return {
        ...tab,
        sendMessage: <T>(message: unknown) =>
          page.evaluate(
            (m) =>
              (
                globalThis as unknown as {
                  browser: { runtime: { sendMessage(m: unknown): Promise<unknown> } };
                }
              ).browser.runtime.sendMessage(m),
            message,
          ) as Promise<Reply<T>>,
      } satisfies ExtensionTab;
    },
  };
}
