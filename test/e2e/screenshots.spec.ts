// Screenshots of every fixture page, light and dark, with its composer open and in use, into
// test-results/fixtures/: the pages our widget will be drawn on must look like the real sites.
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { FIXTURES, type FixtureSite } from '../fixtures/sites';
import { expect, focusEnd, gotoFixture, ROOT, test } from './fixtures';

const OUT = resolve(ROOT, 'test-results/fixtures');
const SITES: FixtureSite[] = ['tiktok', 'youtube', 'discord', 'substack'];

for (const site of SITES) {
  test(`screenshots: ${site}`, async ({ page }) => {
    mkdirSync(OUT, { recursive: true });
    for (const fixture of FIXTURES.filter((f) => f.site === site)) {
      for (const theme of ['light', 'dark'] as const) {
        await gotoFixture(page, fixture, { theme });
        expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe(theme);
        await focusEnd(page, fixture);
        await page.keyboard.type(fixture.initialText ? ' Check my Instagram' : 'Check my Instagram');
        await page.screenshot({ path: resolve(OUT, `${fixture.id}-${theme}.png`) });
      }
    }
  });
}

test('the theme follows prefers-color-scheme when ?theme= is absent', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('https://discord.com/channels/1000/2000');
  expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('https://discord.com/channels/1000/2000');
  expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('light');
});
