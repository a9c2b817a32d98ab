import type { Composer, SiteAdapter } from './types';

// Finds the composers an adapter describes in a document. An element matched by several surfaces
// belongs to the first (adapters list the most specific first); hidden editors (a collapsed
// reply box, a dialog kept in the DOM) are left out so that no widget floats over nothing.

export function findComposers(adapter: SiteAdapter, doc: Document, path = doc.location.pathname): Composer[] {
  const found: Composer[] = [];
  const taken = new Set<Element>();
  for (const spec of adapter.surfaces) {
    if (spec.path && !spec.path.test(path)) continue;
    for (const el of doc.querySelectorAll<HTMLElement>(spec.selector)) {
      if (taken.has(el) || !isShown(el)) continue;
      // A fallback selector can match a node inside an editor another part already matched.
      if (found.some((c) => c.editor.contains(el) || el.contains(c.editor))) continue;
      taken.add(el);
      const box = (spec.box ? el.closest<HTMLElement>(spec.box) : null) ?? el;
      found.push({ spec, editor: el, box });
    }
  }
  return found;
}

/** Rendered and not hidden: `hidden` ancestors and `display: none` leave no client rects. */
function isShown(el: HTMLElement): boolean {
  if (el.closest('[hidden]')) return false;
  // Unit tests run on a DOM without layout: what cannot be measured counts as shown.
  return typeof el.getClientRects !== 'function' || el.getClientRects().length > 0;
}
