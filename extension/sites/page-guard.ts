import { browser } from 'wxt/browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';

// WXT stops an older copy of a content script when a newer one starts in the same frame: the new
// copy dispatches a CustomEvent on `document` named `<extension id>:<entrypoint>:wxt:content-script-
// started`, and every older copy that hears it invalidates itself. A page can dispatch that event
// too (extension ids are public on the stores), and it removed our widgets and the shortcut until a
// reload (quality.md S6). So the event reaches WXT's listener only when it can be real: a newer copy
// of our scripts has started in this isolated world (it counts itself in a global the page cannot
// see), or this copy's extension is gone (updated or removed). Anything else stops at `window`,
// whose capturing listeners run before `document`'s.

const world = globalThis as { __promoLedgerCopies?: number };
/** This copy's number among the copies of our scripts run in this frame's isolated world. */
world.__promoLedgerCopies = (world.__promoLedgerCopies ?? 0) + 1;
const copy = world.__promoLedgerCopies;

/**
 * WXT also announces every start to the page with `window.postMessage({ type: '<extension
 * id>:…:wxt:content-script-started' }, '*')`, telling any page the extension's id (WXT 0.21.4's
 * `noScriptStartedPostMessage` turns it off, but that release's build put zod's `Function('')`
 * probe into the bundles, which addons-linter flags). Nothing of ours listens for it: this copy's
 * world drops it. This runs when the module loads, before WXT creates the script's context.
 * (`window` here is the isolated world's own view: the page's postMessage is untouched.)
 */
const post = window.postMessage.bind(window) as (message: unknown, ...rest: unknown[]) => void;
window.postMessage = ((message: unknown, ...rest: unknown[]) => {
  const type = (message as { type?: unknown } | null)?.type;
  if (typeof type === 'string' && type.endsWith(':wxt:content-script-started')) return;
  post(message, ...rest);
}) as typeof window.postMessage;

export function refuseForgedRestarts(ctx: ContentScriptContext): void {
  // Public at run time, private in WXT's types; e2e (test/e2e/hostile-page.spec.ts) replays it.
  const type = (ContentScriptContext as unknown as { SCRIPT_STARTED_MESSAGE_TYPE: string })
    .SCRIPT_STARTED_MESSAGE_TYPE as keyof WindowEventMap;
  ctx.addEventListener(
    window,
    type,
    (event: Event) => {
      const newerCopy = (world.__promoLedgerCopies ?? 0) > copy;
      const orphaned = browser.runtime?.id === undefined;
      if (!newerCopy && !orphaned) event.stopImmediatePropagation();
    },
    { capture: true },
  );
}
