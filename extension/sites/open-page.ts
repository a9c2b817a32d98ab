import { send } from '../messaging/client';

// Links from a web page to extension pages that are not web-accessible are blocked by Chrome
// (ERR_BLOCKED_BY_CLIENT), and a content script's link counts as the page's: the background
// opens the dashboard or Options instead.

export type ExtensionPage = 'dashboard' | 'options';

/** Asks the background to open one of the extension's pages; false when it could not. */
export async function openExtensionPage(page: ExtensionPage, section?: 'programs'): Promise<boolean> {
  try {
    await send(section ? { type: 'open-page', page, section } : { type: 'open-page', page });
    return true;
  } catch {
    return false;
  }
}
