import { resolve } from 'node:path';
import { FIXTURES } from '../fixtures/sites';
import { BUILT_EXTENSION, expect, gotoFixture, ROOT, test } from './fixtures';
import { COUNTED_FIXTURES, checkCountsMatchLog, checkInsertion } from './surface-checks';
import { insertButton, saveLinkInOptions } from './widget-helpers';

test.use({ extensionPath: BUILT_EXTENSION });

// The same checks run in Firefox: test/e2e/firefox/insert.spec.ts.
for (const fixture of FIXTURES) {
  test(`${fixture.id}: one click inserts the tagged link, the post is logged once`, async ({ driver }) => {
    await checkInsertion(driver, fixture);
  });
}

test('promotions on three sites show in the popup and the dashboard with the counts of the log', async ({
  driver,
}) => {
  test.setTimeout(60_000);
  await checkCountsMatchLog(driver, COUNTED_FIXTURES);
});

test.describe('screenshots of the widget on each fixture', () => {
  for (const fixture of FIXTURES) {
    for (const theme of ['light', 'dark'] as const) {
      test(`${fixture.id} (${theme})`, async ({ page, context, extensionId }) => {
        await saveLinkInOptions(context, extensionId);
        await page.bringToFront();
        await gotoFixture(page, fixture, { theme });
        await expect(insertButton(page, fixture.surface)).toBeVisible();
        await page.locator(fixture.selectors.editor).click();
        await page.screenshot({
          path: resolve(ROOT, `test-results/screenshots/widget-${fixture.id}-${theme}.png`),
        });
      });
    }
  }
});
