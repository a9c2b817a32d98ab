// Issue 9 §4, "a widget that docks instead of covering": on every fixture, at 1280 and 800 px,
// the widget's box intersects neither the editor, nor the site's submit control, nor anything the
// fixture marks `data-fixture-keep-visible` (Studio's preview, a list's first item…) that is on
// screen; and after a scroll and a resize it has followed its composer and still covers none of
// them. Measured with getBoundingClientRect in the page; polled, since the widget is re-placed
// on the next animation frame and this machine is often busy. One screenshot per fixture at
// 800 px into test-results/screenshots/geometry/.
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { FIXTURES, type SiteFixture } from '../fixtures/sites';
import { BUILT_EXTENSION, expect, gotoFixture, ROOT, test } from './fixtures';
import {
  ADJACENT,
  type Geometry,
  geometryArgs,
  measureWidget,
  type Rect,
  textSelector,
} from './widget-geometry';
import { insertButton, saveLinkInOptions } from './widget-helpers';

test.use({ extensionPath: BUILT_EXTENSION });

const OUT = resolve(ROOT, 'test-results/screenshots/geometry');
const WIDTHS = [1280, 800] as const;
const HEIGHT = 800;
/** Reads the boxes in the page and lists every overlap the issue forbids. */
function measure(page: Page, fixture: SiteFixture): Promise<Geometry> {
  return page.evaluate(measureWidget, geometryArgs(fixture));
}

/** The submit controls found by Playwright selectors the page's querySelector cannot read. */
async function textSubmitCovered(page: Page, fixture: SiteFixture, widget: Rect): Promise<string[]> {
  const submit = fixture.selectors.submit;
  if (!submit || !textSelector(submit)) return [];
  const problems: string[] = [];
  for (const control of await page.locator(submit).all()) {
    const b = await control.boundingBox();
    if (!b || b.width === 0) continue;
    if (
      widget.left < b.x + b.width &&
      b.x < widget.right &&
      widget.top < b.y + b.height &&
      b.y < widget.bottom
    )
      problems.push(`covers the submit control ${submit} ${JSON.stringify(b)}`);
  }
  return problems;
}

/** Polls until the widget is shown, docked within ADJACENT px of its editor and covering nothing. */
async function expectDocked(page: Page, fixture: SiteFixture, when: string): Promise<Geometry> {
  let last: Geometry = { problems: ['not measured'], widget: null, editor: null, gap: Infinity };
  await pollDocked(page, fixture, when, (g) => {
    last = g;
  }).catch(async (err: unknown) => {
    const size = page.viewportSize();
    mkdirSync(OUT, { recursive: true });
    await page
      .screenshot({ path: resolve(OUT, `${fixture.id}-${size?.width}-failed.png`) })
      .catch(() => undefined);
    throw err;
  });
  return last;
}

function pollDocked(page: Page, fixture: SiteFixture, when: string, seen: (g: Geometry) => void) {
  return expect
    .poll(
      async () => {
        const last = await measure(page, fixture);
        if (last.widget) last.problems.push(...(await textSubmitCovered(page, fixture, last.widget)));
        if (last.widget && last.gap > ADJACENT)
          last.problems.push(`${Math.round(last.gap)} px from the composer`);
        seen(last);
        return last.problems;
      },
      { message: `${fixture.id} ${when}`, timeout: 20_000, intervals: [100, 250, 500, 1_000] },
    )
    .toEqual([]);
}

/** Scrolls the editor's scrolling ancestor (or the page) by `dy`, keeping the editor on screen. */
function scrollAround(page: Page, fixture: SiteFixture, dy: number): Promise<boolean> {
  return page.evaluate(
    ({ editor, dy }) => {
      const el = document.querySelector(editor);
      if (!el) return false;
      let node: Element | null = el.parentElement;
      while (node) {
        const style = getComputedStyle(node);
        if (/(auto|scroll)/.test(style.overflowY) && node.scrollHeight > node.clientHeight) break;
        node = node.parentElement;
      }
      const scroller = node ?? document.scrollingElement ?? document.documentElement;
      const before = scroller.scrollTop;
      scroller.scrollBy(0, dy);
      if (scroller.scrollTop === before) scroller.scrollBy(0, -dy);
      const r = el.getBoundingClientRect();
      if (r.bottom <= 0 || r.top >= window.innerHeight) scroller.scrollTop = before;
      return scroller.scrollTop !== before;
    },
    { editor: fixture.selectors.editor, dy },
  );
}

for (const fixture of FIXTURES) {
  for (const width of WIDTHS) {
    test(`${fixture.id} at ${width} px: the widget docks beside its composer and covers nothing`, async ({
      page,
      context,
      extensionId,
    }) => {
      test.setTimeout(120_000);
      await saveLinkInOptions(context, extensionId);
      await page.setViewportSize({ width, height: HEIGHT });
      await page.bringToFront();
      await gotoFixture(page, fixture);
      await expect(insertButton(page, fixture.surface)).toBeVisible({ timeout: 20_000 });
      await page.locator(fixture.selectors.editor).click();
      const first = await expectDocked(page, fixture, 'when shown');
      if (width === 800) {
        mkdirSync(OUT, { recursive: true });
        await page.screenshot({ path: resolve(OUT, `${fixture.id}-${width}.png`) });
      }

      // Scrolled a little: the widget moves with the composer.
      if (await scrollAround(page, fixture, 60)) {
        // Followed: it kept its offset from the editor, or (clamped to the screen) moved at all.
        const offset = (g: Geometry) => (g.widget && g.editor ? g.widget.top - g.editor.top : Number.NaN);
        await expect
          .poll(
            async () => {
              const now = await measure(page, fixture);
              return Math.abs(offset(now) - offset(first)) <= 2 || now.widget?.top !== first.widget?.top;
            },
            { message: `${fixture.id}: the widget follows a scroll`, timeout: 15_000 },
          )
          .toBe(true);
        await expectDocked(page, fixture, 'after a scroll');
      }

      // Resized narrower and shorter: still docked, still covering nothing.
      await page.setViewportSize({ width: width - 120, height: HEIGHT - 100 });
      await expectDocked(page, fixture, 'after a resize');
    });
  }
}
