import type { Handler } from '../router';
import type { HandlerDeps } from './deps';

// The widget's "Open dashboard": Chrome blocks a page's links to extension pages, so the background
// opens them. Only these two fixed pages, and a fixed dashboard section, can be asked for; nothing
// else from the page reaches the URL.
export function openPageHandler({ openPage }: HandlerDeps): Handler<'open-page'> {
  return async ({ page, section }) => {
    await openPage(page, page === 'dashboard' ? section : undefined);
    return null;
  };
}
