import type { LedgerDb } from '../db/db';
import { createEventWriter, type EventWriterOptions } from '../db/event-writer';
import type { LedgerIdentity } from '../db/identity';
import { type Locale, uiLocale } from '../i18n/locale';
import { type ContextMenuApi, createContextMenu } from './context-menu';
import { type CustomDomainsApi, createCustomDomains } from './custom-domains';
import { createHandlers } from './handlers';
import { type InjectApi, injectIntoOpenTabs } from './inject-granted';
import { createRouter } from './router';
import type { MessageSenderLike } from './senders';
import { onShortcut, type ShortcutApi } from './shortcut';

// The background put together from its parts, with the browser passed in: background.ts only adds
// the listeners, and the unit tests drive this with fakes.

export interface BackgroundApi extends CustomDomainsApi, ShortcutApi {
  runtime: CustomDomainsApi['runtime'] & { id: string; getURL(path: string): string };
  tabs: ShortcutApi['tabs'] &
    InjectApi['tabs'] &
    ContextMenuApi['tabs'] & { create(options: { url: string }): Promise<unknown> };
  // The context-menu item's APIs: optional, so that tests of the other parts need not fake them.
  contextMenus?: ContextMenuApi['contextMenus'];
  i18n?: ContextMenuApi['i18n'];
  scripting: CustomDomainsApi['scripting'] & InjectApi['scripting'];
}

export interface BackgroundOptions {
  browser: BackgroundApi;
  db: LedgerDb;
  now?: () => Date;
  locale?: (preference: 'auto' | Locale) => Locale;
  writer?: EventWriterOptions;
  identity?: LedgerIdentity;
}

export function createBackgroundApp({
  browser,
  db,
  now = () => new Date(),
  locale = uiLocale,
  writer,
  identity,
}: BackgroundOptions) {
  const domains = createCustomDomains(browser);
  const { contextMenus, i18n } = browser;
  const menu =
    contextMenus && i18n
      ? createContextMenu(
          { contextMenus, i18n, runtime: browser.runtime, tabs: browser.tabs },
          domains.origins,
        )
      : null;
  const route = createRouter({
    policy: {
      extensionId: browser.runtime.id,
      extensionBaseUrl: browser.runtime.getURL('/'),
      customOrigins: domains.origins,
    },
    handlers: createHandlers({
      db,
      writer: createEventWriter(db, writer),
      now,
      dashboardUrl: browser.runtime.getURL('/dashboard.html'),
      locale,
      identity,
      openPage: async (page, section) => {
        await browser.tabs.create({
          url: browser.runtime.getURL(`/${page}.html${section ? `#${section}` : ''}`),
        });
      },
    }),
    // Refusals are read where the browser's language is set; the settings' choice needs a db read.
    locale: () => locale('auto'),
  });
  return {
    route: (message: unknown, sender: MessageSenderLike) => route(message, sender),
    onCommand: (command: string, tab?: { id?: number }) => onShortcut(browser, command, tab),
    syncCustomDomains: () => domains.sync(),
    /** Sites just allowed: their open tabs get the widget without a reload. */
    onGranted: (origins: readonly string[]) => injectIntoOpenTabs(browser, origins),
    /** The context-menu item: created at every start, re-created when permissions change. */
    syncMenu: () => menu?.sync() ?? Promise.resolve(),
    onMenuClick: (info: { menuItemId: string | number; frameId?: number }, tab?: { id?: number }) =>
      menu?.onClicked(info, tab) ?? Promise.resolve(),
  };
}
