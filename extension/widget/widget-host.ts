import { controlsIn } from '../sites/cues';
import type { SubmitCue } from '../sites/types';
import { render } from './dom/jsx-runtime';
import { type Box, placeWidget, type Side, type Size } from './placement';
import { WIDGET_CSS } from './styles';
import { pageTheme, type Theme } from './theme';
import { WidgetView, type WidgetViewProps } from './widget-view';

// One widget = one shadow root in its own host element on document.body, in fixed position next
// to its composer (sites.md: never inside the site's containers — YouTube strips foreign nodes
// from them). Page events stop at the host: keystrokes in the widget do not trigger the site's
// shortcuts, and clicks in it do not count as "outside" for the site's dialogs.

export const HOST_TAG = 'promo-ledger-widget';

const ISOLATED_EVENTS = [
  'click',
  'dblclick',
  'mousedown',
  'mouseup',
  'pointerdown',
  'pointerup',
  'touchstart',
  'touchend',
  'keydown',
  'keyup',
  'keypress',
  'focusin',
  'focusout',
  'wheel',
] as const;

/** The compact widget's size (two 30 px round buttons); the full one is measured. */
const COMPACT_SIZE: Size = { width: 70, height: 38 };
const FULL_GUESS: Size = { width: 274, height: 100 };

/** What the widget docks to besides the composer's box: its editor and the adapter's spec. */
export interface Anchor {
  editor: Element;
  spec: { dock?: readonly Side[]; submit: SubmitCue; form?: string; avoid?: string };
}

export type ViewInput = Omit<WidgetViewProps, 'theme' | 'compact'> & {
  collapsed: boolean;
  /** Read at each placement, so that a composer the page re-created is followed. */
  anchor?: () => Anchor;
};

/** At most this many boxes of one selector are kept clear (a long comment list). */
const MAX_AVOID = 40;

/** The on-screen boxes of `elements`, but for the editor's ancestors. */
function boxesOf(elements: Iterable<Element>, editor: Element, viewport: Size, out: Box[]) {
  let n = 0;
  for (const el of elements) {
    if (el.contains(editor)) continue;
    const r = el.getBoundingClientRect();
    if (r.width === 0 || r.height === 0) continue;
    if (r.bottom <= 0 || r.top >= viewport.height || r.right <= 0 || r.left >= viewport.width) continue;
    out.push(r);
    if (++n >= MAX_AVOID) return;
  }
}

/** The page's own controls: the widget docks where it covers none of them. */
const PAGE_CONTROLS =
  'button, a[href], input:not([type="hidden"]), select, textarea, [role="button"], [role="link"], [role="textbox"]';
/** At most this many controls around a composer are kept clear (beyond that, the compact widget). */
const MAX_CONTROLS = 60;

/** Controls are looked for again at most this often; in between, those found are re-measured. */
const SWEEP_MS = 500;
/** How far beyond the widget's reach a sweep keeps controls, so that a scroll finds them in the cache. */
const SWEEP_MARGIN = 400;

interface Area {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

function around(rect: Box, reach: Size, margin: number): Area {
  return {
    left: rect.left - reach.width - margin,
    right: rect.right + reach.width + margin,
    top: rect.top - reach.height - margin,
    bottom: rect.bottom + reach.height + margin,
  };
}

const outside = (r: Box, a: Area) =>
  r.right <= a.left || r.left >= a.right || r.bottom <= a.top || r.top >= a.bottom;

/**
 * The page's controls within a widget's reach of the composer's box (a file card's "Replace",
 * a toolbar, a title field, the box's own emoji and GIF buttons): the widget docks where it
 * covers none, else goes compact at the box's edge. Measuring every control of a long page costs
 * about 10 ms per 3,000 (measured in Chromium), too much for each frame of a scroll: a sweep of the
 * whole page runs at most every SWEEP_MS and keeps those within SWEEP_MARGIN more; the placements
 * in between only re-measure those.
 */
function createControlsNear() {
  let cached: Element[] = [];
  let sweptAt = Number.NEGATIVE_INFINITY;
  /** Adds the boxes to `out`; false when it used the last sweep's controls (a new one may be missed). */
  return (box: Element, editor: Element, rect: Box, reach: Size, viewport: Size, out: Box[]): boolean => {
    const now = performance.now();
    const sweep = now - sweptAt > SWEEP_MS;
    if (sweep) {
      sweptAt = now;
      const wide = around(rect, reach, SWEEP_MARGIN);
      cached = [];
      for (const el of document.querySelectorAll(PAGE_CONTROLS)) {
        // The box's own buttons count too (they can overflow it: Discord's at narrow widths);
        // what holds the composer, or sits in its editor, does not.
        if (el.contains(box) || editor.contains(el)) continue;
        if (!outside(el.getBoundingClientRect(), wide)) cached.push(el);
      }
    }
    const band = around(rect, reach, 12);
    const screen = { left: 0, top: 0, right: viewport.width, bottom: viewport.height };
    let n = 0;
    for (const el of cached) {
      if (!el.isConnected) continue;
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0 || outside(r, band) || outside(r, screen)) continue;
      out.push(r);
      if (++n >= MAX_CONTROLS) break;
    }
    return sweep;
  };
}

export interface WidgetHost {
  readonly host: HTMLElement;
  update(input: ViewInput): void;
  /** Re-places the widget next to `box`; re-attaches the host if the page removed it. */
  place(box: Element): void;
  refreshTheme(box: Element): void;
  destroy(): void;
}

export function createWidgetHost(surface: string): WidgetHost {
  const host = document.createElement(HOST_TAG);
  host.dataset.surface = surface;
  // Inline and !important: page styles for unknown elements must not hide or move it.
  host.style.cssText =
    'all:initial!important;position:fixed!important;top:0!important;left:0!important;' +
    'z-index:2147483646!important;display:block!important;pointer-events:auto!important;visibility:hidden';
  for (const type of ISOLATED_EVENTS) host.addEventListener(type, (event) => event.stopPropagation());
  const shadow = host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  style.textContent = WIDGET_CSS;
  const root = document.createElement('div');
  shadow.append(style, root);
  document.body.append(host);

  let input: ViewInput | null = null;
  let theme: Theme = 'light';
  let compact = false;
  let fullSize: Size = FULL_GUESS;
  let lastBox: Element | null = null;
  const controlsNear = createControlsNear();
  /** A placement that used cached controls is done again once a sweep is due (a control that just appeared). */
  let again = 0;

  // Compact for lack of room (not by the user's choice), Expand shows the full widget over the
  // page until Collapse: a peek that leaves the saved "collapsed" setting alone.
  let peek = false;
  // A message that asks something of the user (a copied link to paste, a link that is missing) is
  // never left to a screen reader only: the small widget opens until it is read and collapsed.
  let dismissed: ViewInput['status'] = null;
  const urgent = () => !!input?.status && input.status.tone !== 'ok' && input.status !== dismissed;
  const small = () => !!input && (input.collapsed || compact) && !peek && !urgent();

  const toggle = (event: MouseEvent) => {
    if (!input) return;
    if (!input.collapsed && !compact) {
      input.onToggle(event);
      return;
    }
    if (!event.isTrusted) return;
    if (urgent()) dismissed = input.status;
    else if (input.collapsed) {
      input.onToggle(event);
      return;
    } else peek = !peek;
    draw();
    if (lastBox) place(lastBox);
  };

  const draw = () => {
    if (!input) return;
    const shownSmall = small();
    render(WidgetView({ ...input, theme, compact: shownSmall, onToggle: toggle }), root);
    const shown = root.firstElementChild?.getBoundingClientRect();
    if (shown && !shownSmall && shown.width > 0) {
      fullSize = { width: Math.ceil(shown.width), height: Math.ceil(shown.height) };
    }
  };

  const place = (box: Element) => {
    lastBox = box;
    if (!host.isConnected) document.body.append(host);
    const rect = box.getBoundingClientRect();
    const viewport = { width: document.documentElement.clientWidth, height: window.innerHeight };
    const full = input?.collapsed ? COMPACT_SIZE : fullSize;
    const anchor = input?.anchor?.();
    const avoid: Box[] = [];
    let editor: Box | undefined;
    if (anchor) {
      const { spec } = anchor;
      const form = (spec.form && anchor.editor.closest(spec.form)) || document;
      // The submit controls (visible ones, found as the submit watch finds them) and what the
      // adapter names as content to keep readable.
      if (spec.submit.press) boxesOf(controlsIn(form, spec.submit.press), anchor.editor, viewport, avoid);
      if (spec.avoid) boxesOf(document.querySelectorAll(spec.avoid), anchor.editor, viewport, avoid);
      if (!controlsNear(box, anchor.editor, rect, full, viewport, avoid) && again === 0) {
        again = window.setTimeout(() => {
          again = 0;
          if (lastBox && host.isConnected) place(lastBox);
        }, SWEEP_MS + 20);
      }
      editor = anchor.editor.getBoundingClientRect();
    }
    const spot = placeWidget(rect, full, COMPACT_SIZE, viewport, { dock: anchor?.spec.dock, avoid, editor });
    const wantCompact = spot.compact && !input?.collapsed;
    if (wantCompact !== compact) {
      compact = wantCompact;
      if (!compact) peek = false;
      draw();
    }
    let { x, y } = spot;
    if ((compact || input?.collapsed) && !small()) {
      // The full widget (peeked, or showing a message) where the compact one was, kept on screen.
      x = Math.max(0, Math.min(x, viewport.width - fullSize.width));
      y = Math.max(0, Math.min(y, viewport.height - fullSize.height));
    }
    host.style.setProperty('transform', `translate(${x}px, ${y}px)`, 'important');
    host.style.setProperty('visibility', spot.visible ? 'visible' : 'hidden', 'important');
  };

  return {
    host,
    update(next) {
      input = next;
      draw();
      if (lastBox) place(lastBox);
    },
    place,
    refreshTheme(box) {
      const next = pageTheme(box);
      if (next !== theme) {
        theme = next;
        draw();
      }
    },
    destroy() {
      clearTimeout(again);
      render(null, root);
      host.remove();
    },
  };
}
