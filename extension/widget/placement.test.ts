import { describe, expect, it } from 'vitest';
import { type Box, overlaps, placeWidget } from './placement';

const VIEW = { width: 1280, height: 800 };
const FULL = { width: 280, height: 120 };
const COMPACT = { width: 84, height: 36 };

const boxOf = (left: number, top: number, width: number, height: number): Box => ({
  left,
  top,
  right: left + width,
  bottom: top + height,
});

function widgetBox(p: { x: number; y: number; compact: boolean }): Box {
  const size = p.compact ? COMPACT : FULL;
  return boxOf(p.x, p.y, size.width, size.height);
}

describe('placeWidget', () => {
  it('sits to the right of the composer, top-aligned, when there is room', () => {
    const composer = boxOf(100, 300, 600, 80);
    expect(placeWidget(composer, FULL, COMPACT, VIEW)).toMatchObject({
      visible: true,
      compact: false,
      x: 706,
      y: 300,
    });
  });

  it('sits above a wide composer, aligned with its right end', () => {
    const composer = boxOf(400, 600, 800, 80);
    const p = placeWidget(composer, FULL, COMPACT, VIEW);
    expect(p).toMatchObject({ visible: true, compact: false, x: 920 });
    expect(p.y + FULL.height).toBeLessThanOrEqual(composer.top);
  });

  it('goes below a wide composer at the top of the screen', () => {
    const composer = boxOf(400, 20, 800, 80);
    const p = placeWidget(composer, FULL, COMPACT, VIEW);
    expect(p.y).toBeGreaterThanOrEqual(composer.bottom);
  });

  it('goes beside a composer as tall as the screen, compact if it must', () => {
    const tall = boxOf(276, 0, 728, 800);
    const p = placeWidget(tall, FULL, COMPACT, VIEW);
    expect(p.visible).toBe(true);
    expect(overlaps(widgetBox(p), tall)).toBe(false);
    const wide = boxOf(40, 0, 1200, 800);
    const q = placeWidget(wide, FULL, COMPACT, VIEW);
    expect(q.compact).toBe(true);
  });

  it('never covers the composer wherever it is on screen', () => {
    for (let top = -50; top < 800; top += 37) {
      for (const [left, width, height] of [
        [0, 1280, 60],
        [300, 500, 200],
        [900, 380, 40],
      ] as const) {
        const composer = boxOf(left, top, width, height);
        const p = placeWidget(composer, FULL, COMPACT, VIEW);
        if (!p.visible) continue;
        const onScreen = boxOf(Math.max(0, left), Math.max(0, top), width, height);
        if (fitsSomewhere(onScreen)) expect(overlaps(widgetBox(p), composer)).toBe(false);
      }
    }
  });

  it('hides the widget when the composer is scrolled out of view', () => {
    expect(placeWidget(boxOf(0, -300, 600, 80), FULL, COMPACT, VIEW).visible).toBe(false);
    expect(placeWidget(boxOf(0, 900, 600, 80), FULL, COMPACT, VIEW).visible).toBe(false);
    expect(placeWidget(boxOf(0, 0, 0, 0), FULL, COMPACT, VIEW).visible).toBe(false);
  });
});

/** Whether any free strip around the composer can hold the compact widget. */
function fitsSomewhere(b: Box): boolean {
  return (
    b.top - 6 - COMPACT.height >= 4 ||
    b.bottom + 6 + COMPACT.height <= VIEW.height - 4 ||
    b.right + 6 + COMPACT.width <= VIEW.width - 4 ||
    b.left - 6 - COMPACT.width >= 4
  );
}
