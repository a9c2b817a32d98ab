// Issue 9 §4 in Firefox: on every fixture, at 1280 and 800 px, the widget docks beside its
// composer and covers neither the editor, nor its submit control, nor anything the fixture marks
// `data-fixture-keep-visible`, nor the page's own controls. The same in-page measure as the
// Chromium spec (../widget-geometry.ts), which also checks scrolling and resizing.
import { expect } from '@playwright/test';
import { FIXTURES } from '../../fixtures/sites';
import { openFixture } from '../surface-checks';
import { ADJACENT, type Geometry, geometryArgs, measureWidget } from '../widget-geometry';
import { insertButtonOf, saveLink } from '../widget-helpers';
import { test } from './fixtures';

const WIDTHS = [1280, 800] as const;

for (const fixture of FIXTURES) {
  test(`${fixture.id}: the widget docks beside its composer and covers nothing, at ${WIDTHS.join(' and ')} px`, async ({
    driver,
  }) => {
    await saveLink(driver);
    const tab = await openFixture(driver, fixture);
    for (const width of WIDTHS) {
      await tab.setViewport({ width, height: 800 });
      await expect.poll(() => tab.evaluate(() => window.innerWidth)).toBe(width);
      await tab.waitFor(insertButtonOf(fixture.surface), { timeout: 30_000 });
      await expect
        .poll(
          async () => {
            const g = await tab.evaluate<Geometry, ReturnType<typeof geometryArgs>>(
              measureWidget,
              geometryArgs(fixture),
            );
            if (g.widget && g.gap > ADJACENT) g.problems.push(`${Math.round(g.gap)} px from the composer`);
            return g.problems;
          },
          {
            message: `${fixture.id} at ${width} px in Firefox`,
            timeout: 30_000,
            intervals: [250, 500, 1_000],
          },
        )
        .toEqual([]);
    }
  });
}
