import type { Handler } from '../router';
import type { HandlerDeps } from './deps';

// The widget's "Open dashboard": Chrome blocks a page's links to extension pages, so the background
// opens them. Only these two fixed pages can be asked for; nothing from the page reaches the URL.
export function openPageHandler({ openPage }: HandlerDeps): Handler<'open-page'> {
  return async ({ page }) => {
    await openPage(page);
    return null;
  };
}
