// The extension pages in Chromium with the built extension: Options (links, validation, default,
// delete/undo, tags, QR), the toolbar popup (today, copy, dashboard) and the dashboard's log.
// Screenshots of each state, English and French, light and dark, go to test-results/screenshots/.
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { chromiumTab } from './drivers/chromium';
import { BUILT_EXTENSION, expect, ROOT, test } from './fixtures';
import { popupCounts } from './surface-checks';
import { allowExtensionPages } from './widget-helpers';

test.use({ extensionPath: BUILT_EXTENSION });

const SHOTS = resolve(ROOT, 'test-results/screenshots');
const PROFILE = 'https://www.instagram.com/mayamakes/';
const REEL = 'https://www.instagram.com/reel/C7xYz123AbC/';

async function openPage(context: BrowserContext, extensionId: string, path: string): Promise<Page> {
  await allowExtensionPages(context);
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(`chrome-extension://${extensionId}/${path}`);
  return page;
}

/** Sends a raw message from an extension page, the way the pages' `send()` does. */
function message<T>(page: Page, request: unknown): Promise<{ ok: boolean; data?: T; error?: string }> {
  return page.evaluate(
    (m) =>
      (
        globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }
      ).chrome.runtime.sendMessage(m) as Promise<{ ok: boolean; data?: never; error?: string }>,
    request,
  );
}

async function storedLinks(page: Page): Promise<{ url: string; label: string; id: string }[]> {
  const reply = await message<{ settings: { links: { url: string; label: string; id: string }[] } }>(page, {
    type: 'settings-get',
  });
  expect(reply.ok, reply.error).toBe(true);
  return reply.data?.settings.links ?? [];
}

async function addLink(page: Page, url: string, label = ''): Promise<void> {
  await page.getByLabel('Instagram link').fill(url);
  if (label) await page.getByLabel('Label (optional)').fill(label);
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByText(url, { exact: true })).toBeVisible();
  await expect(page.getByLabel('Instagram link')).toHaveValue('');
}

/** Pastes the clipboard into a fresh field of the page and returns what arrived. */
async function pasted(page: Page): Promise<string> {
  await page.evaluate(() => {
    const field = document.createElement('textarea');
    field.id = 'e2e-paste';
    document.body.append(field);
    field.focus();
  });
  await page.keyboard.press('ControlOrMeta+V');
  return page.locator('#e2e-paste').inputValue();
}

function event(i: number, platform: string, linkId: string, action = 'posted') {
  return {
    id: `e2e-${platform}-${action}-${i}`,
    time: new Date(Date.now() - i * 60_000).toISOString(),
    platform,
    surface: platform === 'discord' ? 'message' : 'comment',
    action,
    linkId,
    pageUrl:
      platform === 'discord'
        ? 'https://discord.com/channels/1000/2000'
        : 'https://www.youtube.com/watch?v=dQw4w9WgXcQ',
  };
}

async function seedLog(page: Page, events: ReturnType<typeof event>[]): Promise<void> {
  const reply = await message<{ acked: string[] }>(page, { type: 'log', events });
  expect(reply.ok, reply.error).toBe(true);
  expect(reply.data?.acked).toHaveLength(events.length);
}

test('Options: a pasted link is saved and still there after a reload', async ({ context, extensionId }) => {
  const page = await openPage(context, extensionId, 'options.html');
  await page.getByLabel('Instagram link').fill(PROFILE);
  // What the address points at, before saving.
  await expect(page.getByText('Instagram profile @mayamakes')).toBeVisible();
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Link saved.' })).toBeVisible();
  await page.reload();
  await expect(page.getByText(PROFILE, { exact: true })).toBeVisible();
  await expect(page.getByRole('radio', { name: /Default/ })).toBeChecked();
  const links = await storedLinks(page);
  expect(links.map((l) => l.url)).toEqual([PROFILE]);
});

test('Options: an invalid link shows why and saves nothing', async ({ context, extensionId }) => {
  const page = await openPage(context, extensionId, 'options.html');
  const field = page.getByLabel('Instagram link');
  for (const [input, says] of [
    ['not a link', 'This is not a web address'],
    ['http://instagram.com/mayamakes', 'Use the https:// address'],
    ['https://evil.example/phish', 'this one goes to evil.example'],
  ] as const) {
    await field.fill(input);
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await expect(page.getByRole('alert')).toContainText(says);
    await expect(field).toHaveAttribute('aria-invalid', 'true');
    // Nothing typed is lost.
    await expect(field).toHaveValue(input);
  }
  expect(await storedLinks(page)).toEqual([]);
  await field.fill('');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByRole('alert')).toContainText('Paste the full address');
  expect(await storedLinks(page)).toEqual([]);
});

test('Options: several links, one default, delete with undo, tags and QR code', async ({
  context,
  extensionId,
}) => {
  const page = await openPage(context, extensionId, 'options.html');
  await addLink(page, PROFILE, 'Main profile');
  await addLink(page, REEL);
  await expect(page.getByRole('radio', { name: 'Default: Main profile' })).toBeChecked();

  await page.getByRole('radio', { name: 'Default: Instagram reel' }).check();
  await expect
    .poll(
      async () =>
        (await message<{ settings: { defaultLinkId: string } }>(page, { type: 'settings-get' })).data
          ?.settings.defaultLinkId,
    )
    .toBe((await storedLinks(page))[1]?.id);

  // Tags: the TikTok link shows its tags as they will be inserted, and an edit is saved.
  await page.getByRole('button', { name: 'Tags of Main profile' }).click();
  await expect(
    page.getByText(`${PROFILE}?utm_source=tiktok&utm_medium=referral&utm_campaign=instagram-referrals-2025`),
  ).toBeVisible();
  const tiktok = page.getByRole('group', { name: 'TikTok' });
  await tiktok.getByLabel('Campaign').fill('spring-drop');
  await expect(
    tiktok.getByText(`${PROFILE}?utm_source=tiktok&utm_medium=referral&utm_campaign=spring-drop`),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Apply tags' }).click();
  await expect(page.getByText('own tags on 1 of 4 sites')).toBeVisible();
  const saved = await message<{ settings: { links: { tags: Record<string, { utm_campaign: string }> }[] } }>(
    page,
    { type: 'settings-get' },
  );
  expect(saved.data?.settings.links[0]?.tags).toEqual({
    tiktok: { utm_source: '{platform}', utm_medium: 'referral', utm_campaign: 'spring-drop' },
  });

  // QR code: a dialog with the code as an image, downloadable as a PNG.
  await page.getByRole('button', { name: 'QR code for Main profile' }).click();
  const dialog = page.getByRole('dialog', { name: 'QR code for Main profile' });
  await expect(
    dialog.getByRole('img', {
      name: /QR code of https:\/\/www\.instagram\.com\/mayamakes\/\?utm_source=tiktok/,
    }),
  ).toBeVisible();
  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Download PNG' }).click();
  expect((await download).suggestedFilename()).toBe('promo-ledger-qr-main-profile-tiktok.png');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();

  // Delete the default: the other link takes over; Undo puts everything back.
  await page.getByRole('button', { name: 'Delete Instagram reel' }).click();
  await expect(page.getByText(REEL, { exact: true })).toBeHidden();
  await expect(page.getByRole('radio', { name: 'Default: Main profile' })).toBeChecked();
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('radio', { name: 'Default: Instagram reel' })).toBeChecked();
  expect((await storedLinks(page)).map((l) => l.url)).toEqual([PROFILE, REEL]);
});

test('Options: a link to another site can be allowed from the error', async ({ context, extensionId }) => {
  const page = await openPage(context, extensionId, 'options.html');
  await page.getByLabel('Instagram link').fill('https://linktr.ee/mayamakes');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await page.getByRole('button', { name: 'Allow linktr.ee' }).click();
  await expect(page.getByRole('button', { name: 'Remove linktr.ee' })).toBeVisible();
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByText('https://linktr.ee/mayamakes', { exact: true })).toBeVisible();
});

test('Options: Your data exports everything and deletes the log only after a confirmation', async ({
  context,
  extensionId,
}) => {
  const page = await openPage(context, extensionId, 'options.html');
  await addLink(page, PROFILE);
  await seedLog(page, [event(1, 'youtube', 'l'), event(2, 'discord', 'l')]);
  const data = page.getByRole('region', { name: 'Your data' });
  await data.scrollIntoViewIfNeeded();

  const download = page.waitForEvent('download');
  await data.getByRole('button', { name: 'Export everything (JSON)' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^promo-ledger-\d{4}-\d{2}-\d{2}\.json$/);
  const text = await (await file.createReadStream()).toArray();
  const exported = JSON.parse(Buffer.concat(text as Buffer[]).toString('utf8')) as { events: unknown[] };
  expect(exported.events).toHaveLength(2);

  // Asked twice; Cancel keeps everything.
  await data.getByRole('button', { name: 'Delete promotions and results…' }).click();
  await expect(data.getByRole('alertdialog')).toContainText('cannot be undone');
  await page.screenshot({ path: resolve(SHOTS, 'options-delete-confirm.png') });
  await data.getByRole('button', { name: 'Cancel' }).click();
  expect((await message<{ json: string }>(page, { type: 'export' })).data?.json).toContain('"events"');
  await data.getByRole('button', { name: 'Delete promotions and results…' }).click();
  await data.getByRole('button', { name: 'Delete them' }).click();
  await expect(data.getByRole('status')).toContainText('Deleted 2 promotions and results');
  const after = await message<{ json: string }>(page, { type: 'export' });
  expect((JSON.parse(after.data?.json ?? '{}') as { events: unknown[] }).events).toEqual([]);
  // The links stay.
  expect((await storedLinks(page)).map((l) => l.url)).toEqual([PROFILE]);
});

test('Popup: copies the default link, opens the dashboard, counts today', async ({
  context,
  extensionId,
}) => {
  // Chromium refuses to grant permissions to chrome-extension:// origins (opaque to the protocol), so
  // the copy is checked by pasting it into a field: the clipboard is the browser's own either way.
  const page = await openPage(context, extensionId, 'popup.html');
  await expect(page.getByText('No referral link yet')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Add your link' })).toBeVisible();

  await page.goto(`chrome-extension://${extensionId}/options.html`);
  await addLink(page, PROFILE);
  const [link] = await storedLinks(page);
  await seedLog(page, [
    event(0, 'youtube', link?.id ?? 'x'),
    event(1, 'youtube', link?.id ?? 'x'),
    event(2, 'discord', link?.id ?? 'x'),
  ]);

  await page.goto(`chrome-extension://${extensionId}/popup.html`);
  // Read as the Firefox specs read it (surface-checks.ts): every site listed, posted today only.
  await expect
    .poll(() => popupCounts(chromiumTab(page)))
    .toEqual({ TikTok: 0, YouTube: 2, Discord: 1, Substack: 0 });
  await page.getByRole('button', { name: 'Copy referral link' }).click();
  await expect(page.getByText('Copied to the clipboard.')).toBeVisible();
  expect(await pasted(page)).toBe(PROFILE);

  const opened = context.waitForEvent('page');
  await page.getByRole('link', { name: 'Open dashboard' }).click();
  const dashboard = await opened;
  await dashboard.waitForLoadState();
  expect(dashboard.url()).toBe(`chrome-extension://${extensionId}/dashboard.html`);
  // The full dashboard, over the extension's own log: the three YouTube and Discord events are in it.
  await expect(dashboard.getByRole('heading', { name: 'Overview', level: 2 })).toBeVisible();
  await dashboard.getByRole('tab', { name: 'Promotion log' }).click();
  await expect(dashboard.getByRole('heading', { name: 'Promotion log' })).toBeVisible();
  await expect(dashboard.locator('.log-table tbody tr')).toHaveCount(3);
});

test('Dashboard: lists logged events newest first, filters by site, pages', async ({
  context,
  extensionId,
}) => {
  const page = await openPage(context, extensionId, 'dashboard.html#log');
  await expect(page.getByText('No promotions logged yet')).toBeVisible();

  // 55 YouTube comments and 5 Discord messages: two pages of 50.
  const events = [
    ...Array.from({ length: 55 }, (_, i) => event(i, 'youtube', 'gone-link')),
    ...Array.from({ length: 5 }, (_, i) => event(100 + i, 'discord', 'gone-link', 'link_inserted')),
  ];
  await seedLog(page, events);
  // The view follows the database: no reload needed.
  await expect(page.getByText('1–50 of 60 events, newest first')).toBeVisible();
  const rows = page.getByRole('table').getByRole('row');
  await expect(rows).toHaveCount(51);
  await expect(rows.nth(1)).toContainText('YouTube');
  await expect(rows.nth(1)).toContainText('Posted');
  await expect(rows.nth(1)).toContainText('Deleted link');
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(page.getByText('Page 2 of 2')).toBeVisible();
  await expect(rows).toHaveCount(11);
  await expect(rows.last()).toContainText('Inserted');

  await page.getByLabel('Site').selectOption('discord');
  await expect(page.getByText('1–5 of 5 events, newest first')).toBeVisible();
  await expect(rows).toHaveCount(6);
  await page.getByLabel('Site').selectOption('tiktok');
  await expect(page.getByText('No promotions on TikTok yet')).toBeVisible();
  await page.getByRole('button', { name: 'Show all sites' }).click();
  await expect(page.getByText('1–50 of 60 events, newest first')).toBeVisible();
});

// ── Screenshots ──────────────────────────────────────────────────────────────────────────────

for (const locale of ['en', 'fr'] as const) {
  for (const theme of ['light', 'dark'] as const) {
    test(`screenshots: ${locale}, ${theme}`, async ({ context, extensionId }) => {
      mkdirSync(SHOTS, { recursive: true });
      const shot = (page: Page, name: string) =>
        page.screenshot({ path: resolve(SHOTS, `${name}-${locale}-${theme}.png`), fullPage: true });
      const page = await openPage(context, extensionId, 'options.html');
      await page.emulateMedia({ colorScheme: theme });
      if (locale === 'fr') {
        await page.getByLabel('Language', { exact: true }).selectOption('fr');
        await expect(page.getByLabel('Lien Instagram')).toBeVisible();
      }
      const url = page.locator('#link-url');
      const save = page.locator('.link-form button[type="submit"]');
      await expect(url).toBeVisible();
      await shot(page, 'options-empty');
      const popup = await context.newPage();
      await popup.emulateMedia({ colorScheme: theme });
      await popup.setViewportSize({ width: 340, height: 600 });
      await popup.goto(`chrome-extension://${extensionId}/popup.html`);
      await expect(popup.locator('.popup-empty')).toBeVisible();
      await popup
        .locator('.popup')
        .screenshot({ path: resolve(SHOTS, `popup-empty-${locale}-${theme}.png`) });
      await popup.close();

      await url.fill('https://example.org/me');
      await save.click();
      await expect(page.locator('#link-url-error')).toBeVisible();
      await shot(page, 'options-invalid');

      await url.fill(PROFILE);
      await page.locator('#link-label').fill(locale === 'fr' ? 'Profil principal' : 'Main profile');
      await save.click();
      await expect(page.locator('.link-card')).toHaveCount(1);
      await url.fill(REEL);
      await save.click();
      await expect(page.locator('.link-card')).toHaveCount(2);
      await page.locator('.link-card').first().locator('[aria-controls^="tags-"]').click();
      await shot(page, 'options-two-links');

      await page.locator('.link-card').first().getByRole('button', { name: /QR/ }).click();
      await expect(page.locator('dialog[open] svg')).toBeVisible();
      await shot(page, 'options-qr');
      await page.keyboard.press('Escape');

      const [link] = await storedLinks(page);
      await page.setViewportSize({ width: 1180, height: 800 });
      await page.goto(`chrome-extension://${extensionId}/dashboard.html#log`);
      await expect(page.locator('.log .empty')).toBeVisible();
      await shot(page, 'dashboard-empty');
      await seedLog(page, [
        event(0, 'youtube', link?.id ?? 'x'),
        event(1, 'youtube', link?.id ?? 'x', 'link_inserted'),
        event(2, 'discord', link?.id ?? 'x'),
        event(3, 'discord', link?.id ?? 'x', 'link_inserted'),
        event(4, 'youtube', 'gone-link', 'link_copied'),
      ]);
      await expect(page.locator('.log-table tbody tr')).toHaveCount(5);
      await shot(page, 'dashboard-events');

      // A site whose layout is no longer recognised, as its content script would report it.
      const health = await message(page, {
        type: 'site-health',
        platform: 'youtube',
        feature: 'composer',
        surface: 'comment',
        ok: false,
      });
      await page.setViewportSize({ width: 340, height: 600 });
      await page.goto(`chrome-extension://${extensionId}/popup.html`);
      await expect(page.locator('.today-list')).toBeVisible();
      if (health.ok) await expect(page.locator('.notice-warning')).toBeVisible();
      await page.locator('.popup').screenshot({ path: resolve(SHOTS, `popup-${locale}-${theme}.png`) });
    });
  }
}
