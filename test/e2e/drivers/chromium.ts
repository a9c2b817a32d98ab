// The Chromium side of the shared checks: a thin layer over the Playwright page and context that
// test/e2e/fixtures.ts launches (persistent context, unpacked extension, fixture routes). Targets map
// to Playwright locators one to one, so a shared check behaves as the Chromium specs always have.
import type { BrowserContext, Locator, Page } from '@playwright/test';
import type { FixtureServer } from '../../fixtures/sites';
import type { BrowserDriver, ExtensionTab, Reply, Tab, Target } from './types';

export function locate(page: Page, target: Target): Locator {
  if (typeof target === 'string') return page.locator(target);
  const scope = target.within ? page.locator(target.within) : page;
  return scope.getByRole(target.role, target.name === undefined ? {} : { name: target.name, exact: true });
}

const timeoutOf = (options?: { timeout?: number }) =>
  options?.timeout === undefined ? {} : { timeout: options.timeout };

const tabs = new WeakMap<Page, ExtensionTab>();

/**
 * A tab over a Playwright page; uncaught page errors are counted from the first time the page is
 * wrapped (a page is wrapped once: helpers that poll may call this again and again).
 */
export function chromiumTab(page: Page): Tab {
  return chromiumExtensionTab(page);
}

/** A tab over a Playwright page that shows one of the extension's pages. */
export function chromiumExtensionTab(page: Page): ExtensionTab {
  let tab = tabs.get(page);
  if (!tab) {
    tab = wrap(page);
    tabs.set(page, tab);
  }
  return tab;
}

function wrap(page: Page): ExtensionTab {
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  return {
    // Arguments and results cross as JSON in both browsers; the interface types them.
    evaluate: <R, A>(fn: (arg: A) => R | Promise<R>, arg?: A) =>
      page.evaluate(fn as (arg: unknown) => R | Promise<R>, arg),
    click: (target, options) => locate(page, target).click(timeoutOf(options)),
    press: (target, key, options) => locate(page, target).press(key, timeoutOf(options)),
    type: (target, text, options) => locate(page, target).fill(text, timeoutOf(options)),
    waitFor: (target, options) => locate(page, target).waitFor({ state: 'visible', ...timeoutOf(options) }),
    scrollIntoView: (target, options) => locate(page, target).scrollIntoViewIfNeeded(timeoutOf(options)),
    bringToFront: () => page.bringToFront(),
    setViewport: (size) => page.setViewportSize(size),
    pageErrors,
    close: () => page.close(),
    // Only meaningful on an extension page (elsewhere `chrome.runtime` is not the extension's).
    sendMessage: <T>(message: unknown) =>
      page.evaluate(
        (m) =>
          (
            globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<Reply<T>> } } }
          ).chrome.runtime.sendMessage(m),
        message,
      ),
  };
}

export interface ChromiumParts {
  context: BrowserContext;
  extensionId: string;
  /** The tab sites open in (the test's `page`); without it, `openSite` opens a new one. */
  page?: Page;
  /** The context's fixture routes; without them, `sites` throws. */
  sites?: FixtureServer;
}

export function chromiumDriver({ context, extensionId, page, sites }: ChromiumParts): BrowserDriver {
  let siteTab: { page: Page; tab: Tab } | undefined;
  let extensionPagesAllowed = false;
  return {
    name: 'chromium',
    get sites(): FixtureServer {
      if (!sites) throw new Error('this Chromium driver was made without the fixture server');
      return sites;
    },
    async openSite(url) {
      if (!siteTab) {
        const sitePage = page ?? (await context.newPage());
        siteTab = { page: sitePage, tab: chromiumTab(sitePage) };
      }
      await siteTab.page.bringToFront();
      await siteTab.page.goto(url);
      return siteTab.tab;
    },
    async openExtensionPage(path) {
      // The fixture routes close the network to everything but the four sites, the extension's
      // own pages included: let those through (routes added last are asked first).
      if (!extensionPagesAllowed) {
        await context.route(/^chrome-extension:\/\//, (route) => route.continue());
        extensionPagesAllowed = true;
      }
      const extensionPage = await context.newPage();
      const tab = chromiumExtensionTab(extensionPage);
      await extensionPage.goto(`chrome-extension://${extensionId}/${path}`);
      return tab;
    },
  };
}
