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

describe('placeWidget, docked with things to keep clear', () => {
  it('docks on the first side the adapter names', () => {
    const composer = boxOf(100, 200, 600, 120);
    const p = placeWidget(composer, FULL, COMPACT, VIEW, { dock: ['below'] });
    expect(p).toMatchObject({ visible: true, compact: false, y: 326 });
    expect(p.x + FULL.width).toBe(700);
  });

  it("puts Studio's description below the field, not right where the preview is", () => {
    const field = boxOf(300, 150, 600, 200);
    const preview = boxOf(930, 140, 310, 240);
    const p = placeWidget(field, FULL, COMPACT, VIEW, { dock: ['below', 'above', 'left'], avoid: [preview] });
    const w = widgetBox(p);
    expect(overlaps(w, preview)).toBe(false);
    expect(overlaps(w, field)).toBe(false);
    expect(w.top).toBeGreaterThanOrEqual(field.bottom);
  });

  it('slides past the submit button right under the composer', () => {
    const composer = boxOf(100, 200, 600, 60);
    const submit = boxOf(600, 266, 100, 36);
    const p = placeWidget(composer, FULL, COMPACT, VIEW, { dock: ['below'], avoid: [submit] });
    const w = widgetBox(p);
    expect(p.compact).toBe(false);
    expect(overlaps(w, submit)).toBe(false);
    expect(w.top).toBeGreaterThanOrEqual(composer.bottom);
    expect(w.top - composer.bottom).toBeLessThan(100);
  });

  it('keeps off content to keep visible, compact when only a small spot is left', () => {
    // A chat: messages fill the space above the text area, which runs along the screen's bottom.
    const composer = boxOf(330, 730, 700, 50);
    const messages = [boxOf(310, 100, 740, 300), boxOf(310, 400, 740, 320)];
    const p = placeWidget(composer, FULL, COMPACT, VIEW, { dock: ['above', 'right'], avoid: messages });
    expect(p).toMatchObject({ visible: true, compact: true });
    const w = widgetBox(p);
    for (const b of [composer, ...messages]) expect(overlaps(w, b)).toBe(false);
    expect(w.left).toBeGreaterThanOrEqual(composer.right);
  });

  it('falls back to the compact widget inside the box, clear of the editor and submit', () => {
    const box = boxOf(0, 0, 1280, 800);
    const editor = boxOf(20, 60, 1000, 700);
    const submit = boxOf(1150, 740, 100, 40);
    const p = placeWidget(box, FULL, COMPACT, VIEW, { avoid: [submit], editor });
    expect(p).toMatchObject({ visible: true, compact: true });
    const w = widgetBox(p);
    expect(overlaps(w, editor)).toBe(false);
    expect(overlaps(w, submit)).toBe(false);
  });

  it('never covers the composer or what it must avoid, wherever it is on screen', () => {
    const keep = boxOf(900, 100, 340, 240);
    for (let top = 0; top < 760; top += 41) {
      for (const [left, width, height] of [
        [40, 800, 60],
        [300, 500, 200],
        [100, 700, 40],
      ] as const) {
        const composer = boxOf(left, top, width, height);
        const submit = boxOf(left + width - 90, top + height + 4, 90, 32);
        const p = placeWidget(composer, FULL, COMPACT, VIEW, { avoid: [keep, submit] });
        const w = widgetBox(p);
        expect(overlaps(w, composer)).toBe(false);
        expect(overlaps(w, keep)).toBe(false);
        expect(overlaps(w, submit)).toBe(false);
      }
    }
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
