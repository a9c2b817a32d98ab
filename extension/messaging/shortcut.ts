import type { TabMessage } from './protocol';

// The keyboard shortcut (manifest `commands`): the browser tells the background, which asks the
// active tab's content script to insert the link into the focused composer. The key press is the
// user's own action, which is what lets the content script insert (quality.md S2).

export const INSERT_COMMAND = 'insert-referral-link';

export interface ShortcutApi {
  tabs: {
    query(query: { active: true; currentWindow: true }): Promise<{ id?: number }[]>;
    sendMessage(tabId: number, message: TabMessage): Promise<unknown>;
  };
}

export async function onShortcut(
  api: ShortcutApi,
  command: string,
  tab: { id?: number } | undefined,
): Promise<void> {
  if (command !== INSERT_COMMAND) return;
  const tabId = tab?.id ?? (await api.tabs.query({ active: true, currentWindow: true }))[0]?.id;
  if (tabId === undefined) return;
  try {
    await api.tabs.sendMessage(tabId, { type: 'insert-shortcut' });
  } catch {
    // No content script in that tab (another site, a browser page): the shortcut has nothing to do.
  }
}
