import type { ContentScriptContext } from 'wxt/utils/content-script-context';

// The one MutationObserver of the tab (quality.md P4): child lists under <body>, and the attributes
// of <html> and <body> alone (where sites switch their theme) — never attributes of a subtree,
// which on YouTube fire many times a second. Changes are batched to one callback per animation
// frame; scrolling and resizing only ask for a new layout.

export interface DomWatch {
  /** Called once per frame after the page's nodes changed (or `refresh()` asked). */
  onChange(cb: () => void): void;
  /** Called once per frame after a scroll, resize or change. */
  onLayout(cb: () => void): void;
  /** Called when <html>/<body> attributes changed (theme switches). */
  onTheme(cb: () => void): void;
  refresh(): void;
}

export function createDomWatch(ctx: ContentScriptContext, ignoreUnder?: string): DomWatch {
  const change: Array<() => void> = [];
  const layout: Array<() => void> = [];
  const theme: Array<() => void> = [];
  let pending = { change: false, layout: false, theme: false };
  let frame = 0;

  const flush = () => {
    frame = 0;
    const run = pending;
    pending = { change: false, layout: false, theme: false };
    if (run.change) for (const cb of change) cb();
    if (run.theme) for (const cb of theme) cb();
    if (run.change || run.layout || run.theme) for (const cb of layout) cb();
  };
  const schedule = (what: 'change' | 'layout' | 'theme') => {
    pending[what] = true;
    // rAF does not run in background tabs: the page is not visible there anyway.
    if (frame === 0) frame = ctx.requestAnimationFrame(flush);
  };

  let ignored: Element | null = null;
  const isIgnored = (node: Node): boolean => {
    if (!ignoreUnder) return false;
    if (!ignored?.isConnected) ignored = document.querySelector(ignoreUnder);
    return ignored?.contains(node) ?? false;
  };

  const observer = new MutationObserver((records) => {
    for (const record of records) {
      if (record.type === 'attributes') schedule('theme');
      else if (!isIgnored(record.target)) schedule('change');
    }
  });
  // One registration per target (a second observe() of the same node replaces the first): the
  // document for child lists, <html> and <body> for their own attributes only.
  observer.observe(document, { childList: true, subtree: true });
  observer.observe(document.documentElement, { attributes: true });
  if (document.body) observer.observe(document.body, { attributes: true });
  ctx.onInvalidated(() => observer.disconnect());

  // Composers often appear by an attribute change we do not watch (`hidden` removed from a
  // dialog, YouTube's comment box): the user's click is the cue to look again (focus too, see
  // run-site.ts, which looks at once when an editor gets it).
  ctx.addEventListener(document, 'click', () => schedule('change'), { capture: true, passive: true });

  const onScroll = () => schedule('layout');
  ctx.addEventListener(window, 'scroll', onScroll, { capture: true, passive: true });
  ctx.addEventListener(window, 'resize', onScroll, { passive: true });

  return {
    onChange: (cb) => change.push(cb),
    onLayout: (cb) => layout.push(cb),
    onTheme: (cb) => theme.push(cb),
    refresh: () => schedule('change'),
  };
}
