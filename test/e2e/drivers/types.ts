// What the shared browser checks (surface-checks.ts) need from a browser, so one list of surfaces
// and checks runs in Chromium (Playwright, drivers/chromium.ts) and in Firefox (puppeteer over
// WebDriver BiDi, drivers/firefox.ts). Everything is asked of the page the way a user or the page
// itself would: trusted input, main-world evaluation, the extension's own messages.
import type { FixtureServer } from '../../fixtures/sites';

export type BrowserName = 'chromium' | 'firefox';

/** Roles the checks look controls up by (Playwright's getByRole with an exact name). */
export type Role = 'button' | 'textbox' | 'status' | 'link' | 'tab';

/**
 * Where to act:
 * - a CSS selector, as the site fixtures write them: plain CSS plus Playwright's `:has-text("…")`
 *   (contains, case-insensitive) and `:text-is("…")` (whole text) at the end of the selector;
 * - a control by role and exact accessible name, optionally inside `within` (a CSS selector of a
 *   host: open shadow roots under it are searched too, as the widget's is).
 * Like Playwright's locators, a target that matches more than one element is an error.
 */
export type Target = string | { role: Role; name?: string; within?: string };

export interface WaitOptions {
  timeout?: number;
}

/** A tab of the browser under test. */
export interface Tab {
  /** Runs `fn` in the page's main world (where `window.__fixture` lives) and returns its JSON result. */
  evaluate<R>(fn: () => R | Promise<R>): Promise<R>;
  evaluate<R, A>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  /** A trusted click in the middle of the target, once it is visible and enabled. */
  click(target: Target, options?: WaitOptions): Promise<void>;
  /** Focuses the target and presses a key (`Enter`, `Control+End`, `ControlOrMeta+V`). */
  press(target: Target, key: string, options?: WaitOptions): Promise<void>;
  /** Replaces the text of a field with `text`, typed. */
  type(target: Target, text: string, options?: WaitOptions): Promise<void>;
  /** Waits until the target is on the page and visible. */
  waitFor(target: Target, options?: WaitOptions): Promise<void>;
  scrollIntoView(target: Target, options?: WaitOptions): Promise<void>;
  bringToFront(): Promise<void>;
  /** Resizes the page's viewport (the widget's geometry at 1280 and 800 px). */
  setViewport(size: { width: number; height: number }): Promise<void>;
  /** Uncaught errors of this tab's pages since it was opened (messages). */
  readonly pageErrors: readonly string[];
  close(): Promise<void>;
}

export type Reply<T = unknown> = { ok: boolean; data?: T; error?: string };

/** A tab showing one of the extension's pages (options.html, popup.html, dashboard.html…). */
export interface ExtensionTab extends Tab {
  /** `runtime.sendMessage(message)` from this page, as the page's own `send()` does it. */
  sendMessage<T = unknown>(message: unknown): Promise<Reply<T>>;
}

/** One browser with the built extension loaded and the site fixtures served at their real URLs. */
export interface BrowserDriver {
  readonly name: BrowserName;
  /** What the site pages POSTed, as the fixtures' fake servers captured it. */
  readonly sites: FixtureServer;
  /**
   * Loads `url` (a site fixture) in this driver's site tab, brought to the front, and returns it once
   * the page has loaded. The same tab is reused by later calls.
   */
  openSite(url: string): Promise<Tab>;
  /** Opens `path` of the extension (`options.html`, `dashboard.html#log`…) in a new tab, loaded. */
  openExtensionPage(path: string): Promise<ExtensionTab>;
}
