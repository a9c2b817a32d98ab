import { fixtureById } from '../fixtures/sites';
import { BUILT_EXTENSION, expect, gotoFixture, test } from './fixtures';
import { type ChromeLike, logReader, saveLinkInOptions } from './widget-helpers';

test.use({ extensionPath: BUILT_EXTENSION });

test('the extension going away (reload, update, removal) takes its widget with it, quietly', async ({
  page,
  context,
  extensionId,
}) => {
  await saveLinkInOptions(context, extensionId);
  await page.bringToFront();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  await gotoFixture(page, fixtureById('discord-message'));
  await expect(page.locator('promo-ledger-widget')).toHaveCount(1);
  // (In this headless Chromium an extension loaded from the command line does not come back
  // after runtime.reload(): the test stops at the old widget's removal.)
  const [worker] = context.serviceWorkers();
  await worker?.evaluate(() => {
    (globalThis as unknown as { chrome: ChromeLike }).chrome.runtime.reload();
  });
  await expect(page.locator('promo-ledger-widget')).toHaveCount(0, { timeout: 5_000 });
  await page.waitForTimeout(500);
  expect(errors).toEqual([]);
});

test('a composer that stops matching turns the feature off and is reported once', async ({
  page,
  context,
  extensionId,
}) => {
  test.setTimeout(40_000);
  const reader = await logReader(context, extensionId);
  await page.bringToFront();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  // A redesign: the message box is no longer the Slate editor the adapter knows.
  await page.addInitScript(() => {
    new MutationObserver(() => {
      for (const el of document.querySelectorAll('[data-slate-editor]'))
        el.removeAttribute('data-slate-editor');
    }).observe(document, { childList: true, subtree: true });
  });
  const fixture = fixtureById('discord-message');
  await gotoFixture(page, fixture, { reveal: false });
  await expect(page.locator('ol[data-list-id="chat-messages"]')).toBeVisible();

  const broken = async () => {
    const reply = (await reader.evaluate(() =>
      (globalThis as unknown as { chrome: ChromeLike }).chrome.runtime.sendMessage({ type: 'today' }),
    )) as { ok: boolean; data?: { broken: { platform: string; feature: string; surface: string }[] } };
    return (reply.data?.broken ?? []).map((b) => `${b.platform}:${b.feature}:${b.surface}`);
  };
  await expect.poll(broken, { timeout: 20_000, intervals: [1_000] }).toEqual(['discord:composer:message']);
  await expect(page.locator('promo-ledger-widget')).toHaveCount(0);
  expect(errors).toEqual([]);
});
