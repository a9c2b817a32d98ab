// Health that is true (issue 9 §2): pages in a state where the real site has no composer (a
// TikTok upload before a video is chosen, a signed-out viewer, a read-only Discord channel,
// Notes before its dialog opens) raise no warning, however long they stay open; a page in the
// state where the composer must exist, without it, does — in the popup, in words.
import { FIXTURES, fixtureById, NO_COMPOSER_STATES } from '../fixtures/sites';
import { BUILT_EXTENSION, expect, gotoFixture, test, waitForFixture } from './fixtures';
import { saveLinkInOptions } from './widget-helpers';

test.use({ extensionPath: BUILT_EXTENSION });

/** The longest `withinMs` of the adapters' checks (TikTok upload, Studio), with a margin. */
const OUTLAST_CHECKS_MS = 15_000 + 4_000;

test('no composer where the real site has none: no health warning; a missing message box: one', async ({
  context,
  extensionId,
  page,
}) => {
  test.setTimeout(120_000);
  await saveLinkInOptions(context, extensionId);
  const tabs = [];
  for (const state of NO_COMPOSER_STATES) {
    const tab = await context.newPage();
    await tab.goto(state.url);
    await waitForFixture(tab);
    for (const step of state.open) await tab.locator(step).click();
    // Really without a composer, as the fixture registry says.
    for (const f of FIXTURES.filter((x) => x.site === state.site)) {
      await expect(tab.locator(f.selectors.editor), `${state.id}: ${f.id}`).toHaveCount(0);
    }
    tabs.push(tab);
  }
  await page.waitForTimeout(OUTLAST_CHECKS_MS);
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  await expect(popup.locator('.today-list')).toBeVisible();
  await expect(popup.locator('.notice-warning')).toHaveCount(0);

  // The control: a writable channel whose message box is not recognised any more (a redesign),
  // while its form is there. The check's window is 10 s.
  const discord = await context.newPage();
  await gotoFixture(discord, fixtureById('discord-message'));
  await discord.evaluate(() => {
    document.querySelector('[data-slate-editor="true"]')?.setAttribute('data-slate-editor', 'renamed');
    document.body.append(document.createElement('div'));
  });
  await expect
    .poll(
      async () => {
        await popup.reload();
        return popup.locator('.notice-warning').allInnerTexts();
      },
      { timeout: 30_000, intervals: [2_000] },
    )
    .toEqual([expect.stringContaining('Discord (message)')]);
  for (const tab of tabs) await tab.close();
});
