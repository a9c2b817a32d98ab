// The dashboard inside the extension (dashboard.html): the same app as the standalone site, over the
// extension's own IndexedDB. Promotions made on the site fixtures through the widget reach the
// background, which logs them; the open dashboard follows those writes without a reload and shows
// the right counts; results entered there are kept in the extension's database; settings go through
// the background. Screenshots of its views in English and French, light and dark.
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { teamFiles } from '../../dashboard/testing/sample-data';
import { DEMO_AS_OF } from '../../shared/demo/demo-data';
import { fixtureById } from '../fixtures/sites';
import { expectOverviewMatches, goTo, importFiles, reportCommand, setAsOf } from './dashboard-helpers';
import { chromiumTab } from './drivers/chromium';
import {
  BUILT_EXTENSION,
  expect as baseExpect,
  editorText,
  gotoFixture,
  ROOT,
  sendComposer,
  test,
} from './fixtures';
import { activity } from './surface-checks';
import { exportLog, INSTAGRAM, insertButton, saveLinkInOptions, taggedLink } from './widget-helpers';

// Figures come from the dashboard's worker; on a loaded 2-core machine give them time.
const expect = baseExpect.configure({ timeout: 15_000 });
const SHOTS = resolve(ROOT, 'test-results/screenshots/extension-dashboard');

test.use({ extensionPath: BUILT_EXTENSION, isolate: true });

async function openDashboard(page: Page, extensionId: string, hash = ''): Promise<void> {
  await page.goto(`chrome-extension://${extensionId}/dashboard.html${hash}`);
  await page.locator('.pl-dashboard[data-ready="true"]').waitFor({ timeout: 20_000 });
  await settled(page);
}

async function settled(page: Page): Promise<void> {
  await expect(page.locator('[role="tabpanel"][aria-busy="false"]')).toBeVisible();
}

test('events logged on the site fixtures appear in the open dashboard with the right numbers', async ({
  context,
  page,
  extensionId,
  sites,
}) => {
  await saveLinkInOptions(context, extensionId);
  const dashboard = await context.newPage();
  await openDashboard(dashboard, extensionId, '#activity');
  await expect(dashboard.getByText('No promotion logged yet.')).toBeVisible();

  // Three posts through the widget on three sites, each a link insertion and the post itself.
  const used = ['youtube-comment', 'discord-message', 'substack-comment'].map(fixtureById);
  await page.bringToFront();
  for (const [i, fixture] of used.entries()) {
    await gotoFixture(page, fixture);
    await insertButton(page, fixture.surface).click();
    // Sent once the link shows in the composer, as a creator would (the widget asks the
    // background for the current link first).
    await baseExpect.poll(() => editorText(page, fixture.surface)).toContain(taggedLink(fixture.site));
    await sendComposer(page, fixture);
    const post = await sites.waitForPost((p) => p.site === fixture.site && p.surface === fixture.surface);
    expect(post.text).toContain(taggedLink(fixture.site));
    // As a creator would, see the post on the page before moving on; its two events are logged.
    await page.locator(fixture.selectors.result).first().waitFor();
    await expect
      .poll(async () => (await exportLog(dashboard)).events.map((e) => `${e.action}:${e.platform}`).sort(), {
        message: `${fixture.id}: its insertion and post are logged`,
      })
      .toEqual(
        used
          .slice(0, i + 1)
          .flatMap((f) => [`link_inserted:${f.site}`, `posted:${f.site}`])
          .sort(),
      );
  }

  // The dashboard, never reloaded, has followed the background's writes.
  await expect(dashboard.locator('.chart-summary').first()).toContainText(
    '3 posted, 3 links inserted, 0 copied.',
  );
  expect((await activity(chromiumTab(dashboard))).rows.sort()).toEqual([
    'Discord|Message|1|1|0',
    'Substack|Comment|1|1|0',
    'YouTube|Comment|1|1|0',
  ]);

  // The log section lists the six events, newest first.
  await dashboard.getByRole('tab', { name: 'Promotion log' }).click();
  await expect(dashboard.locator('.log-table tbody tr')).toHaveCount(6);
  await expect(dashboard.locator('.log-table tbody tr').first()).toContainText('Substack');
  await expect(dashboard.locator('.log-table tbody tr').first()).toContainText('Posted');

  // A creator running this year's campaign sets its window in Programs (saved through the background):
  // six weeks that started a week ago.
  const asOf = await dashboard.locator('.topbar input[type="date"]').inputValue();
  const shift = (days: number) =>
    new Date(Date.parse(`${asOf}T12:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
  // Out of the box, Referrals carries the 2025 campaign's dates: the overview says so and leads to Programs.
  await dashboard.getByRole('tab', { name: 'Overview' }).click();
  const card = dashboard.locator('[data-program="instagram-referrals-2025"]');
  await expect(card.locator('.notice')).toContainText('window ended on Jun 22, 2025 with nothing earned');
  await card.getByRole('button', { name: 'Set the dates' }).click();
  await expect(dashboard.getByRole('tab', { name: 'Programs' })).toHaveAttribute('aria-selected', 'true');
  const referrals = dashboard.locator('article', {
    has: dashboard.getByRole('heading', { name: 'Instagram Referrals (2025)' }),
  });
  await referrals.getByText('Your parameters').click();
  await referrals.getByLabel('Window start').fill(shift(-7));
  await referrals.getByLabel('Window end').fill(shift(34));
  await referrals.getByRole('button', { name: 'Save parameters' }).click();
  await expect(dashboard.getByText('Parameters saved.').first()).toBeVisible();

  // Results entered here are stored in the extension's database: 4 sign-ups today → $400.
  await dashboard.getByRole('tab', { name: 'Results' }).click();
  await dashboard.getByRole('spinbutton', { name: 'Count' }).fill('4');
  await dashboard.getByRole('button', { name: 'Save' }).click();
  await expect(dashboard.locator('.ok-text')).toHaveText('Result saved.');
  await dashboard.getByRole('tab', { name: 'Overview' }).click();
  const earned = dashboard.locator('[data-program="instagram-referrals-2025"] [data-field="earned"]');
  await expect(earned).toHaveText('$400.00');
  await expect(card.locator('.notice')).toHaveCount(0);
  // The conversion the projection uses where results are missing: 4 sign-ups from 3 posted promotions.
  await dashboard.getByRole('tab', { name: 'Promotion activity' }).click();
  await expect(dashboard.locator('.plain-list li').first()).toContainText('3 promotions');
  await expect(dashboard.locator('.plain-list li').first()).toContainText('4 sign-ups');

  // Still there after a reload: it was written to the extension's IndexedDB, not kept in the page.
  await openDashboard(dashboard, extensionId, '#overview');
  await expect(earned).toHaveText('$400.00');
});

test('program settings saved in the extension dashboard go through the background', async ({
  context,
  extensionId,
}) => {
  await saveLinkInOptions(context, extensionId);
  const dashboard = await context.newPage();
  await openDashboard(dashboard, extensionId, '#programs');
  const before = await dashboard.evaluate(() =>
    (
      globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }
    ).chrome.runtime.sendMessage({ type: 'settings-get' }),
  );
  const enabledBefore = Object.entries(
    (before as { data: { settings: { programs: Record<string, { enabled: boolean }> } } }).data.settings
      .programs,
  )
    .filter(([, p]) => p.enabled)
    .map(([id]) => id);
  expect(enabledBefore).toEqual(['instagram-referrals-2025']);

  // Switch on a second program from the catalog.
  await dashboard.getByRole('checkbox', { name: /Breakthrough/ }).check();
  await expect
    .poll(async () => {
      const reply = (await dashboard.evaluate(() =>
        (
          globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }
        ).chrome.runtime.sendMessage({ type: 'settings-get' }),
      )) as { data: { settings: { programs: Record<string, { enabled: boolean }> } } };
      return reply.data.settings.programs['breakthrough-bonus']?.enabled ?? false;
    })
    .toBe(true);
  // The link saved in Options is still there: the dashboard saved the whole settings, not a copy.
  expect((await exportLog(dashboard)).settingsLinks).toHaveLength(1);
});

test('Options and the dashboard edit settings at once: neither change is lost, a clash is said', async ({
  context,
  extensionId,
}) => {
  await saveLinkInOptions(context, extensionId);
  type Stored = {
    data: { settings: { links: { url: string }[]; programs: Record<string, { enabled: boolean }> } };
  };
  const stored = async (page: Page) =>
    (
      (await page.evaluate(() =>
        (
          globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }
        ).chrome.runtime.sendMessage({ type: 'settings-get' }),
      )) as Stored
    ).data.settings;

  // Both pages open on the same settings.
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await expect(options.getByRole('textbox', { name: 'Instagram link' })).toBeVisible();
  const dashboard = await context.newPage();
  await openDashboard(dashboard, extensionId, '#programs');

  // The dashboard switches a program on; Options, still showing what it loaded, adds a link.
  await dashboard.getByRole('checkbox', { name: /Breakthrough/ }).check();
  await expect.poll(async () => (await stored(dashboard)).programs['breakthrough-bonus']?.enabled).toBe(true);
  await options.bringToFront();
  const reel = 'https://www.instagram.com/reel/C7abc/';
  await options.getByRole('textbox', { name: 'Instagram link' }).fill(reel);
  await options.getByRole('button', { name: 'Save' }).click();
  await expect.poll(async () => (await stored(options)).links.map((l) => l.url)).toContain(reel);

  // Both changes are stored: the link did not undo the program, and the other way round.
  const both = await stored(options);
  expect(both.links.map((l) => l.url)).toEqual([INSTAGRAM, reel]);
  expect(both.programs['breakthrough-bonus']?.enabled).toBe(true);
  // Each page shows the other's change once it hears of it (the dashboard follows its store).
  await dashboard.bringToFront();
  await expect(dashboard.getByRole('checkbox', { name: /Breakthrough/ })).toBeChecked();

  // The same program switched in both pages from the same copy: the second is refused, in words,
  // and the page then shows what is stored.
  const second = await context.newPage();
  await openDashboard(second, extensionId, '#programs');
  await dashboard.getByRole('checkbox', { name: /Breakthrough/ }).uncheck();
  await expect
    .poll(async () => (await stored(dashboard)).programs['breakthrough-bonus']?.enabled)
    .toBe(false);
  await second.bringToFront();
  // `second` loaded while Breakthrough was on; it may already have heard of the change. Force the
  // clash by sending its stale copy's patch, as a page that has not heard yet would.
  const clash = await second.evaluate(() =>
    (
      globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }
    ).chrome.runtime.sendMessage({
      type: 'settings-update',
      patch: {
        base: 1,
        changes: [
          {
            op: 'program',
            id: 'breakthrough-bonus',
            from: { enabled: true, params: {} },
            to: { enabled: true, params: { note: 1 } },
          },
        ],
      },
    }),
  );
  expect(clash).toEqual({ ok: false, error: expect.stringMatching(/changed in another Promo Ledger page/) });
  expect((await stored(second)).programs['breakthrough-bonus']?.enabled).toBe(false);
});

test('a team lead merges creators’ exports here: figures match the report, the own link is kept', async ({
  context,
  extensionId,
}) => {
  await saveLinkInOptions(context, extensionId);
  const files = teamFiles();
  const expected = await reportCommand(files, DEMO_AS_OF);
  const dashboard = await context.newPage();
  await openDashboard(dashboard, extensionId, '#transfer');
  await importFiles(dashboard, files, { confirm: false });
  // Nothing is logged yet, so the team's programs from ben.json are offered and taken by default.
  await expect(dashboard.getByLabel(/Also use the programs and parameters saved in ben.json/)).toBeChecked();
  await dashboard
    .locator('#transfer-import')
    .getByRole('button', { name: /^Import .* rows$/ })
    .click();
  await expect(dashboard.locator('#transfer-import .notice-success')).toContainText('Imported');

  await goTo(dashboard, 'Overview');
  await setAsOf(dashboard, DEMO_AS_OF);
  await expectOverviewMatches(dashboard, expected);
  // Only the programs came from the file: the creator's own link (and the rest of Options) stayed.
  expect((await exportLog(dashboard)).settingsLinks).toEqual([INSTAGRAM]);
  // The merged log is in the extension's own database, listed with the rest.
  await goTo(dashboard, 'Promotion log');
  await expect(dashboard.locator('.log-table tbody tr')).toHaveCount(50);
  expect((await exportLog(dashboard)).events.length).toBe(
    expected.promotions.inserted + expected.promotions.posted + expected.promotions.copied,
  );
});

test.describe('screenshots of the extension dashboard', () => {
  for (const lang of ['en', 'fr'] as const) {
    for (const theme of ['light', 'dark'] as const) {
      test(`${lang}, ${theme}`, async ({ context, page, extensionId, sites }) => {
        mkdirSync(SHOTS, { recursive: true });
        await saveLinkInOptions(context, extensionId);
        const fixture = fixtureById('youtube-comment');
        await gotoFixture(page, fixture);
        await insertButton(page, fixture.surface).click();
        await baseExpect.poll(() => editorText(page, fixture.surface)).toContain(taggedLink(fixture.site));
        await sendComposer(page, fixture);
        await sites.waitForPost((p) => p.site === fixture.site && p.surface === fixture.surface);

        const dashboard = await context.newPage();
        await dashboard.addInitScript(
          ([l, th]) => {
            if (!sessionStorage.getItem('prefs-set')) {
              localStorage.setItem(
                'promo-ledger:dashboard:extension',
                JSON.stringify({ lang: l, theme: th }),
              );
              sessionStorage.setItem('prefs-set', '1');
            }
          },
          [lang, theme] as const,
        );
        await dashboard.setViewportSize({ width: 1280, height: 900 });
        for (const view of ['overview', 'activity', 'log']) {
          await openDashboard(dashboard, extensionId, `#${view}`);
          if (view === 'log') await expect(dashboard.locator('.log-table tbody tr')).toHaveCount(2);
          await dashboard.screenshot({
            path: resolve(SHOTS, `${view}-${lang}-${theme}.png`),
            fullPage: true,
          });
        }
      });
    }
  }
});
