import { resolve } from 'node:path';
import { FIXTURES } from '../fixtures/sites';
import { BUILT_EXTENSION, editorText, expect, gotoFixture, ROOT, sendComposer, test } from './fixtures';
import {
  exportLog,
  insertButton,
  logReader,
  saveLinkInOptions,
  taggedLink,
  widgetFor,
} from './widget-helpers';

test.use({ extensionPath: BUILT_EXTENSION });

for (const fixture of FIXTURES) {
  test(`${fixture.id}: one click inserts the tagged link, the post is logged once`, async ({
    page,
    context,
    extensionId,
    sites,
  }) => {
    await saveLinkInOptions(context, extensionId);
    const reader = await logReader(context, extensionId);
    await page.bringToFront();
    await gotoFixture(page, fixture);
    const link = taggedLink(fixture.site);
    await insertButton(page, fixture.surface).click();
    // At the end of the text, with a space before it when it follows text, and one after it.
    const expected = fixture.initialText ? `${fixture.initialText} ${link} ` : `${link} `;
    await expect.poll(() => editorText(page, fixture.surface)).toBe(expected);
    // A second click does not insert it twice.
    await insertButton(page, fixture.surface).click();
    await expect(widgetFor(page, fixture.surface).getByRole('status')).toHaveText(
      'The link is already in this composer.',
    );
    expect(await editorText(page, fixture.surface)).toBe(expected);
    await expect(page.locator(`promo-ledger-widget[data-surface="${fixture.surface}"]`)).toHaveCount(1);
    await sendComposer(page, fixture);
    const post = await sites.waitForPost((p) => p.surface === fixture.surface);
    expect(post.text).toContain(link);
    await expect
      .poll(
        async () =>
          (await exportLog(reader)).events.map((e) => `${e.action}:${e.platform}:${e.surface}`).sort(),
        {
          timeout: 10_000,
        },
      )
      .toEqual([
        `link_inserted:${fixture.site}:${fixture.surface}`,
        `posted:${fixture.site}:${fixture.surface}`,
      ]);
  });
}

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
