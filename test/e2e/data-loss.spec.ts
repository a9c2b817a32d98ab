// The database removed while the extension runs (issue 10 §1): tried with `indexedDB.deleteDatabase`
// from an extension page, it wiped the saved links with no message anywhere while the widget kept
// inserting its cached link. Now the popup, Options and the widget say so in words, the widget
// stops inserting the link that no longer exists, and setting a link up again ends the notice.
import { resolve } from 'node:path';
import { fixtureById } from '../fixtures/sites';
import { BUILT_EXTENSION, editorText, expect, gotoFixture, ROOT, test } from './fixtures';
import { insertButton, saveLinkInOptions, taggedLink, widgetFor } from './widget-helpers';

test.use({ extensionPath: BUILT_EXTENSION });

const LOST = /data was removed by the browser/;

test('the database removed by the browser: said in the popup, Options, the dashboard and the widget; the old link is not inserted', async ({
  context,
  extensionId,
  page,
}) => {
  test.setTimeout(90_000);
  await saveLinkInOptions(context, extensionId);
  // The dashboard is open when it happens: it must say so too, not show an empty log as if real.
  const dashboard = await context.newPage();
  await dashboard.goto(`chrome-extension://${extensionId}/dashboard.html`);
  await dashboard.locator('.pl-dashboard[data-ready="true"]').waitFor({ timeout: 20_000 });
  await expect(dashboard.getByRole('alert').filter({ hasText: LOST })).toHaveCount(0);
  const fixture = fixtureById('discord-message');
  await page.bringToFront();
  await gotoFixture(page, fixture);
  await expect(insertButton(page, 'message')).toBeVisible();

  // Another page removes the database (the background's connection lets go on versionchange).
  const other = await context.newPage();
  await other.goto(`chrome-extension://${extensionId}/options.html`);
  const deleted = await other.evaluate(
    () =>
      new Promise<string>((done) => {
        const request = indexedDB.deleteDatabase('promo-ledger');
        request.onsuccess = () => done('deleted');
        request.onerror = () => done(`error: ${request.error?.message}`);
        request.onblocked = () => undefined; // connections close on versionchange; wait
      }),
  );
  expect(deleted).toBe('deleted');

  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  await expect(popup.getByRole('alert')).toContainText(LOST);
  await popup.screenshot({ path: resolve(ROOT, 'test-results/screenshots/popup-data-lost.png') });
  await other.reload();
  await expect(other.getByRole('alert').filter({ hasText: LOST })).toBeVisible();
  await dashboard.bringToFront();
  await expect(dashboard.getByRole('alert').filter({ hasText: LOST })).toBeVisible({ timeout: 15_000 });
  await dashboard.screenshot({ path: resolve(ROOT, 'test-results/screenshots/dashboard-data-lost.png') });

  // Back on the site: the widget says it, and Insert does not put the old link in.
  await page.bringToFront();
  await page.locator(fixture.selectors.editor).click();
  await insertButton(page, 'message').click();
  const widget = widgetFor(page, 'message');
  await expect(widget.getByText(LOST)).toBeVisible();
  await page.screenshot({ path: resolve(ROOT, 'test-results/screenshots/widget-discord-data-lost.png') });
  expect(await editorText(page, 'message')).not.toContain(taggedLink('discord'));

  // Set up again: the notice has done its job, and Insert works.
  await saveLinkInOptions(context, extensionId);
  await popup.reload();
  await expect(popup.getByText(LOST)).toHaveCount(0);
  await dashboard.bringToFront();
  await expect(dashboard.getByRole('alert').filter({ hasText: LOST })).toHaveCount(0, { timeout: 15_000 });
  // The tab has not heard of it yet: its Insert is still greyed out, and a click asks again.
  await page.bringToFront();
  await insertButton(page, 'message').click({ force: true });
  await expect.poll(() => editorText(page, 'message')).toContain(taggedLink('discord'));
  await expect(widgetFor(page, 'message').getByText(LOST)).toHaveCount(0);
});
