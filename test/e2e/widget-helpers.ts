// Helpers of the extension's in-page specs (insert, navigation): set the link through Options as
// a user would, find a composer's widget, and read the promotion log through the extension's own
// 'export' message from one of its pages. Each works through a driver (drivers/types.ts), so the
// Firefox specs use the same ones; the Playwright-typed wrappers serve the Chromium-only specs.
import type { BrowserContext, Locator, Page } from '@playwright/test';
import { expect } from '@playwright/test';
import { chromiumDriver, chromiumExtensionTab } from './drivers/chromium';
import type { BrowserDriver, ExtensionTab, Target } from './drivers/types';

/** The parts of the `chrome` API the specs call inside extension pages and the service worker. */
export interface ChromeLike {
  runtime: { sendMessage(message: unknown): Promise<unknown>; reload(): void };
  tabs: {
    query(query: { active?: boolean; currentWindow?: boolean }): Promise<{ id?: number }[]>;
    sendMessage(tabId: number, message: unknown): Promise<unknown>;
  };
}

export const INSTAGRAM = 'https://www.instagram.com/mayamakes/';
/** The default preset: utm_source=<platform>, utm_medium=referral, utm_campaign=<program>. */
export function taggedLink(platform: string): string {
  return `${INSTAGRAM}?utm_source=${platform}&utm_medium=referral&utm_campaign=instagram-referrals-2025`;
}

/**
 * The fixture routes close the network to everything but the four sites, which includes the
 * extension's own pages and their scripts: let those through (routes added last are asked first).
 */
export async function allowExtensionPages(context: BrowserContext): Promise<void> {
  await context.route(/^chrome-extension:\/\//, (route) => route.continue());
}

/** Opens Options in a tab of its own, types the link into "Instagram link" and presses Save. */
export async function saveLink(driver: BrowserDriver, url = INSTAGRAM): Promise<void> {
  const options = await driver.openExtensionPage('options.html');
  await options.type({ role: 'textbox', name: 'Instagram link' }, url, { timeout: 15_000 });
  await options.click({ role: 'button', name: 'Save' });
  // Saved once the background confirmed it: the link shows up in the list of links.
  await expect.poll(async () => (await readLog(options)).settingsLinks, { timeout: 10_000 }).toContain(url);
  await options.close();
}

/** {@link saveLink} in a Playwright context of test/e2e/fixtures.ts. */
export async function saveLinkInOptions(
  context: BrowserContext,
  extensionId: string,
  url = INSTAGRAM,
): Promise<void> {
  await saveLink(chromiumDriver({ context, extensionId }), url);
}

export interface LoggedEvent {
  id: string;
  action: 'link_inserted' | 'link_copied' | 'posted';
  platform: string;
  surface: string;
  linkId: string;
  pageUrl: string;
  time: string;
}

/** The log and settings as the extension exports them, read from an extension page. */
export async function readLog(
  extensionPage: ExtensionTab,
): Promise<{ events: LoggedEvent[]; settingsLinks: string[] }> {
  const [exported, settings] = await Promise.all([
    extensionPage.sendMessage<{ json: string }>({ type: 'export' }),
    extensionPage.sendMessage<{ settings: { links: { url: string }[] } }>({ type: 'settings-get' }),
  ]);
  if (!exported.ok || !exported.data) throw new Error(`export refused: ${exported.error}`);
  const file = JSON.parse(exported.data.json) as { events?: LoggedEvent[] };
  return {
    events: file.events ?? [],
    settingsLinks: (settings.data?.settings.links ?? []).map((l) => l.url),
  };
}

/** {@link readLog} from a Playwright page showing an extension page. */
export function exportLog(extensionPage: Page): Promise<{ events: LoggedEvent[]; settingsLinks: string[] }> {
  return readLog(chromiumExtensionTab(extensionPage));
}

/** An extension page kept open to read the log from (Options: light, it computes nothing itself). */
export async function logReader(context: BrowserContext, extensionId: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  return page;
}

/** The widget mounted for a surface (its shadow root is open: locators pierce it). */
export function widgetFor(page: Page, surface: string): Locator {
  return page.locator(widgetHost(surface));
}

export function insertButton(page: Page, surface: string): Locator {
  return widgetFor(page, surface).getByRole('button', { name: 'Insert referral link' });
}

/** The host element of a surface's widget (its shadow root is open). */
export function widgetHost(surface: string): string {
  return `promo-ledger-widget[data-surface="${surface}"]`;
}

/** The widget's insert button, as a driver target. */
export function insertButtonOf(surface: string): Target {
  return { role: 'button', name: 'Insert referral link', within: widgetHost(surface) };
}
