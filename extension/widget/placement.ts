// Where the widget goes: docked to its composer, never over it, its submit control or what the
// site's adapter names as content the user needs (issue 9 §4: "a widget that docks instead of
// covering"). The sides are tried in the adapter's order (default: right, above, below, left),
// each with the widget aligned to the composer's end, then its start, then slid past whatever is
// in the way; first the full widget on every side, then the compact one; then the compact one
// inside the composer's box at a corner clear of the editor and the submit control. A composer
// scrolled out of view hides the widget. Pure: the unit tests are geometry cases.

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface Size {
  width: number;
  height: number;
}

export type Side = 'right' | 'above' | 'below' | 'left';

export interface Surroundings {
  /** The sides the widget may dock on, best first (default: right, above, below, left). */
  dock?: readonly Side[];
  /** Never covered: the submit control and the content the adapter lists (a preview, comments). */
  avoid?: readonly Box[];
  /** The editable node in the composer's box: the compact fallback at the box's edge keeps off it. */
  editor?: Box;
}

export interface Placement {
  x: number;
  y: number;
  visible: boolean;
  /** The full widget fits nowhere: show the compact one. */
  compact: boolean;
}

const GAP = 6;
const MARGIN = 4;
/** How far past an obstacle next to the composer the widget may slide and still be docked. */
const SLIDE = 96;
const SIDES: readonly Side[] = ['right', 'above', 'below', 'left'];

export function placeWidget(
  box: Box,
  full: Size,
  compact: Size,
  viewport: Size,
  around: Surroundings = {},
): Placement {
  const hidden = { x: 0, y: 0, visible: false, compact: false };
  if (box.bottom <= 0 || box.top >= viewport.height || box.right <= 0 || box.left >= viewport.width)
    return hidden;
  if (box.right - box.left === 0 && box.bottom - box.top === 0) return hidden;
  const sides = around.dock?.length ? around.dock : SIDES;
  const avoid = around.avoid ?? [];
  const blocked = [box, ...avoid];
  for (const size of full === compact ? [full] : [full, compact]) {
    for (const side of sides) {
      const spot = spotOn(side, box, size, viewport, blocked);
      if (spot) return { ...spot, visible: true, compact: size === compact };
    }
  }
  const edge = edgeSpot(box, compact, viewport, around.editor ? [around.editor, ...avoid] : avoid);
  if (edge) return { ...edge, visible: true, compact: true };
  // Nowhere free: the compact widget above the composer's end, kept on screen.
  return {
    x: clamp(box.right - compact.width, viewport.width - compact.width),
    y: clamp(box.top - GAP - compact.height, viewport.height - compact.height),
    visible: true,
    compact: true,
  };
}

type Spot = { x: number; y: number };

/** The first free spot on one side of the composer, or null. */
function spotOn(side: Side, box: Box, size: Size, viewport: Size, blocked: readonly Box[]): Spot | null {
  // Alignment uses the part of the composer on screen (a tall editor scrolled half away).
  const seen = {
    left: Math.max(box.left, MARGIN),
    top: Math.max(box.top, MARGIN),
    right: Math.min(box.right, viewport.width - MARGIN),
    bottom: Math.min(box.bottom, viewport.height - MARGIN),
  };
  const candidates: Spot[] = [];
  if (side === 'right' || side === 'left') {
    const xs = [side === 'right' ? box.right + GAP : box.left - GAP - size.width];
    const ys = [seen.top, seen.bottom - size.height];
    for (const b of blocked) {
      ys.push(b.bottom + GAP, b.top - GAP - size.height);
      // Past something jutting out beside the composer (a list wider than the text area).
      if (side === 'right' && b.right > box.right && b.right - box.right < SLIDE) xs.push(b.right + GAP);
      if (side === 'left' && b.left < box.left && box.left - b.left < SLIDE)
        xs.push(b.left - GAP - size.width);
    }
    for (const x of xs) for (const y of ys) candidates.push({ x, y });
  } else {
    const y0 = side === 'below' ? box.bottom + GAP : box.top - GAP - size.height;
    const ys = [y0];
    // Past a control row right under (or over) the composer, e.g. its submit button.
    for (const b of blocked) {
      if (b === blocked[0]) continue;
      if (side === 'below' && b.top >= box.bottom - 1 && b.top - box.bottom < SLIDE) ys.push(b.bottom + GAP);
      if (side === 'above' && b.bottom <= box.top + 1 && box.top - b.bottom < SLIDE)
        ys.push(b.top - GAP - size.height);
    }
    const xs = [seen.right - size.width, seen.left];
    for (const b of blocked) xs.push(b.left - GAP - size.width, b.right + GAP);
    for (const y of ys) for (const x of xs) candidates.push({ x, y });
  }
  const screen = {
    left: MARGIN,
    top: MARGIN,
    right: viewport.width - MARGIN,
    bottom: viewport.height - MARGIN,
  };
  const across = side === 'right' || side === 'left';
  return (
    first(candidates, size, screen, blocked, (r) =>
      // Still docked: beside the composer's on-screen span, not slid along the page.
      across ? r.bottom > seen.top && r.top < seen.bottom : r.right > seen.left && r.left < seen.right,
    ) ?? null
  );
}

/** The first candidate inside `bounds` that covers nothing blocked (and passes `docked`). */
function first(
  candidates: readonly Spot[],
  size: Size,
  bounds: Box,
  blocked: readonly Box[],
  docked: (r: Box) => boolean = () => true,
): Spot | undefined {
  for (const c of candidates) {
    const x = Math.round(c.x);
    const y = Math.round(c.y);
    const r = { left: x, top: y, right: x + size.width, bottom: y + size.height };
    if (r.left < bounds.left || r.top < bounds.top || r.right > bounds.right || r.bottom > bounds.bottom)
      continue;
    if (docked(r) && !blocked.some((b) => overlaps(r, b))) return { x, y };
  }
  return undefined;
}

/** The compact widget inside the composer's box, at a corner clear of the editor and controls. */
function edgeSpot(box: Box, size: Size, viewport: Size, blocked: readonly Box[]): Spot | null {
  const inset = 2;
  const corners: Spot[] = [
    { x: box.right - inset - size.width, y: box.top + inset },
    { x: box.right - inset - size.width, y: box.bottom - inset - size.height },
    { x: box.left + inset, y: box.bottom - inset - size.height },
    { x: box.left + inset, y: box.top + inset },
  ];
  const onScreen = {
    left: Math.max(box.left, 0),
    top: Math.max(box.top, 0),
    right: Math.min(box.right, viewport.width),
    bottom: Math.min(box.bottom, viewport.height),
  };
  return first(corners, size, onScreen, blocked) ?? null;
}

function clamp(value: number, max: number): number {
  return Math.round(Math.max(MARGIN, Math.min(value, max - MARGIN)));
}

/** Whether two boxes overlap (tests and the e2e check that the widget never covers its composer). */
export function overlaps(a: Box, b: Box): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}
