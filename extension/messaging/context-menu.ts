import type { TabMessage } from './protocol';

// The context-menu item "Insert referral link" on editable fields of the four sites and of the
// Substack domains the user granted: a click asks the frame that was right-clicked to insert the
// link into that field, recognised composer or not (sites/loose-insert.ts). Like the shortcut, the
// click is the user's own action (quality.md S2).
//
// The item is created with a fixed id whenever the background starts (Chrome's worker and
// Firefox's event page restart often; Chrome keeps items over a restart, then `create` fails with
// a duplicate id and the item is updated instead), and again when permissions change, so that its
// pages follow the granted custom domains.

export const MENU_ID = 'promo-ledger-insert-link';

export interface MenuProperties {
  id?: string;
  title: string;
  contexts: ['editable'];
  documentUrlPatterns: string[];
}

export interface ContextMenuApi {
  contextMenus: {
    /** Errors (a duplicate id) come through `runtime.lastError` inside the callback. */
    create(properties: MenuProperties & { id: string }, callback?: () => void): unknown;
    update(id: string, properties: MenuProperties): Promise<void>;
  };
  runtime: {
    lastError?: { message?: string } | null;
    getManifest(): { content_scripts?: { matches?: string[] }[] };
  };
  i18n: { getMessage(name: string): string };
  tabs: {
    sendMessage(tabId: number, message: TabMessage, options?: { frameId?: number }): Promise<unknown>;
  };
}

/** The pages the item shows on: every content script's matches, and the granted custom origins. */
export function menuPatterns(
  declared: readonly { matches?: string[] }[],
  customOrigins: Iterable<string>,
): string[] {
  const patterns = new Set<string>();
  for (const cs of declared) for (const m of cs.matches ?? []) patterns.add(m);
  for (const origin of customOrigins) patterns.add(`${origin}/*`);
  return [...patterns].sort();
}

export function createContextMenu(api: ContextMenuApi, customOrigins: () => Promise<ReadonlySet<string>>) {
  let syncing: Promise<void> = Promise.resolve();

  async function syncNow(): Promise<void> {
    const properties: MenuProperties = {
      title: api.i18n.getMessage('menuInsert') || 'Insert referral link',
      contexts: ['editable'],
      documentUrlPatterns: menuPatterns(
        api.runtime.getManifest().content_scripts ?? [],
        await customOrigins().catch(() => new Set<string>()),
      ),
    };
    const error = await new Promise<string | null>((resolve) => {
      try {
        api.contextMenus.create({ id: MENU_ID, ...properties }, () => {
          // Reading lastError here is what keeps the browser from reporting it as unchecked.
          resolve(api.runtime.lastError ? (api.runtime.lastError.message ?? 'error') : null);
        });
      } catch (thrown) {
        resolve(String(thrown));
      }
    });
    // The item is there already (created before this restart): bring it up to date.
    if (error !== null) await api.contextMenus.update(MENU_ID, properties);
  }

  return {
    /** Creates the item, or updates it when it exists; calls run one after another. */
    sync(): Promise<void> {
      syncing = syncing
        .catch(() => undefined)
        .then(syncNow)
        .catch((err) => console.error('Promo Ledger: could not set up the context menu', err));
      return syncing;
    },

    /** A click on the item: the right-clicked frame inserts into the right-clicked field. */
    async onClicked(info: { menuItemId: string | number; frameId?: number }, tab?: { id?: number }) {
      if (info.menuItemId !== MENU_ID || tab?.id === undefined || tab.id < 0) return;
      const message: TabMessage = { type: 'insert-shortcut', via: 'context-menu' };
      try {
        if (info.frameId === undefined) await api.tabs.sendMessage(tab.id, message);
        else await api.tabs.sendMessage(tab.id, message, { frameId: info.frameId });
      } catch {
        // The page has no content script (it navigated away, or was opened before the install).
      }
    },
  };
}
