// The geometry the widget-geometry specs check (Chromium: widget-geometry.spec.ts, Firefox:
// firefox/widget-geometry.spec.ts): measured in the page with getBoundingClientRect, listing every
// overlap issue 9 §4 forbids (the editor, the submit control, what a fixture marks
// `data-fixture-keep-visible`) and how far the widget is from its composer.
import type { SiteFixture } from '../fixtures/sites';
import { widgetHost } from './widget-helpers';

/** How far (px) the widget may be from its composer's box and still count as docked to it. */
export const ADJACENT = 160;

export interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface Geometry {
  /** What the widget covers, or why it cannot be judged (not shown yet, off screen). */
  problems: string[];
  widget: Rect | null;
  editor: Rect | null;
  /** Gap between the widget and the composer's box, else its editor (0 when they touch). */
  gap: number;
}

export interface GeometryArgs {
  host: string;
  editor: string;
  box: string | null;
  submit: string | null;
}

/** What {@link measureWidget} needs about a fixture. */
export function geometryArgs(fixture: SiteFixture): GeometryArgs {
  const { editor, box, submit } = fixture.selectors;
  // Playwright-only selector suffixes are not CSS: those controls are checked by the spec itself.
  return {
    host: widgetHost(fixture.surface),
    editor,
    box: box ?? null,
    submit: textSelector(submit) ? null : submit,
  };
}

/** Whether a submit selector is Playwright-only (`:text-is`, `:has-text`): not CSS for the page. */
export function textSelector(selector: string | null): boolean {
  return selector !== null && /:(has-)?text/.test(selector);
}

/** Runs in the page (self-contained: it is serialized): reads the boxes and lists every overlap. */
export const measureWidget = ({ host, editor, box, submit }: GeometryArgs): Geometry => {
  const rectOf = (el: Element) => {
    const r = el.getBoundingClientRect();
    return { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
  };
  const overlaps = (a: Rect, b: Rect) =>
    a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
  const viewport = { left: 0, top: 0, right: window.innerWidth, bottom: window.innerHeight };
  const shown = (el: Element) => {
    const r = el.getBoundingClientRect();
    return r.width > 0 && r.height > 0 && overlaps(rectOf(el), viewport) && el.checkVisibility();
  };
  const hostEl = document.querySelector(host);
  const content = hostEl?.shadowRoot?.querySelector('fieldset');
  if (!hostEl || !content) return { problems: ['no widget'], widget: null, editor: null, gap: Infinity };
  if (getComputedStyle(hostEl).visibility !== 'visible')
    return { problems: ['widget hidden'], widget: null, editor: null, gap: Infinity };
  const widget = rectOf(content);
  const problems: string[] = [];
  const label = (el: Element) =>
    `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${
      el.getAttribute('data-e2e') ? `[data-e2e=${el.getAttribute('data-e2e')}]` : ''
    } ${JSON.stringify(rectOf(el))}`;
  if (widget.left < 0 || widget.top < 0 || widget.right > viewport.right || widget.bottom > viewport.bottom)
    problems.push(`widget off screen ${JSON.stringify(widget)}`);
  const editorEl = document.querySelector(editor);
  if (!editorEl) return { problems: ['no editor'], widget, editor: null, gap: Infinity };
  const e = rectOf(editorEl);
  if (overlaps(widget, e)) problems.push(`covers the editor ${label(editorEl)}`);
  if (submit) {
    for (const el of document.querySelectorAll(submit))
      if (shown(el) && overlaps(widget, rectOf(el))) problems.push(`covers the submit control ${label(el)}`);
  }
  for (const el of document.querySelectorAll('[data-fixture-keep-visible]'))
    if (shown(el) && overlaps(widget, rectOf(el))) problems.push(`covers ${label(el)}`);
  const boxEl = box ? editorEl.closest(box) : null;
  // The page's own controls (a file card's "Replace", a toolbar, the composer's emoji button),
  // but for the editor and what holds it.
  for (const el of document.querySelectorAll(
    'button, a[href], input:not([type="hidden"]), select, textarea, [role="button"], [role="link"]',
  )) {
    if (editorEl.contains(el) || el.contains(editorEl)) continue;
    if (shown(el) && overlaps(widget, rectOf(el))) problems.push(`covers the page's control ${label(el)}`);
  }
  const dock = boxEl ? rectOf(boxEl) : e;
  const dx = Math.max(0, dock.left - widget.right, widget.left - dock.right);
  const dy = Math.max(0, dock.top - widget.bottom, widget.top - dock.bottom);
  return { problems, widget, editor: e, gap: Math.max(dx, dy) };
};
