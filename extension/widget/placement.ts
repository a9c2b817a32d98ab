// Where the widget goes: next to its composer, never over it (issue: "it never covers the
// composer"). To its right first, top-aligned (beside the text, covering nothing the user is
// answering), then above its right end, below it, or to its left; when the full widget fits
// nowhere, its compact form is tried; a composer scrolled out of view hides the widget.

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

export interface Placement {
  x: number;
  y: number;
  visible: boolean;
  /** The full widget fits nowhere: show the compact one. */
  compact: boolean;
}

const GAP = 6;
const MARGIN = 4;

export function placeWidget(box: Box, full: Size, compact: Size, viewport: Size): Placement {
  if (box.bottom <= 0 || box.top >= viewport.height || box.right <= 0 || box.left >= viewport.width) {
    return { x: 0, y: 0, visible: false, compact: false };
  }
  if (box.right - box.left === 0 && box.bottom - box.top === 0) {
    return { x: 0, y: 0, visible: false, compact: false };
  }
  const spot = spotFor(box, full, viewport) ?? spotFor(box, compact, viewport);
  if (spot) return { ...spot, visible: true, compact: spot.size === compact };
  // Nowhere free: the compact widget in the viewport's corner nearest the composer's end.
  return {
    x: clamp(box.right - compact.width, viewport.width - compact.width),
    y: clamp(box.top - GAP - compact.height, viewport.height - compact.height),
    visible: true,
    compact: true,
  };
}

function spotFor(box: Box, size: Size, viewport: Size): { x: number; y: number; size: Size } | null {
  const alignedX = clamp(box.right - size.width, viewport.width - size.width);
  const alignedY = clamp(box.top, viewport.height - size.height);
  const right = box.right + GAP;
  if (right + size.width <= viewport.width - MARGIN) return { x: right, y: alignedY, size };
  const above = box.top - GAP - size.height;
  if (above >= MARGIN) return { x: alignedX, y: above, size };
  const below = box.bottom + GAP;
  if (below + size.height <= viewport.height - MARGIN) return { x: alignedX, y: below, size };
  const left = box.left - GAP - size.width;
  if (left >= MARGIN) return { x: left, y: alignedY, size };
  return null;
}

function clamp(value: number, max: number): number {
  return Math.round(Math.max(MARGIN, Math.min(value, max - MARGIN)));
}

/** Whether two boxes overlap (tests and the e2e check that the widget never covers its composer). */
export function overlaps(a: Box, b: Box): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}
