// The Firefox driver itself, where a check would otherwise pass for the wrong reason: an uncaught
// page error must reach `pageErrors` (the matrix asserts it is empty), and a target that matches
// several elements must fail instead of clicking one of them.
import { fixtureById } from '../../fixtures/sites';
import { openFixture } from '../surface-checks';
import { expect, test } from './fixtures';

test('Firefox driver: uncaught page errors are collected, an ambiguous target fails at once', async ({
  driver,
}) => {
  const fixture = fixtureById('substack-note');
  const tab = await openFixture(driver, fixture);
  expect(tab.pageErrors).toEqual([]);
  await tab.evaluate(() => {
    setTimeout(() => {
      throw new Error('e2e: thrown on purpose');
    });
  });
  await expect.poll(() => [...tab.pageErrors]).toEqual([expect.stringContaining('thrown on purpose')]);
  // The Notes page has many buttons: a bare `button` is not one of them.
  await expect(tab.click('button', { timeout: 5_000 })).rejects.toThrow(/elements match, expected one/);
  // `:text-is` is the whole text, `:has-text` a part of it, as in Playwright.
  await tab.waitFor('[role="dialog"] button:text-is("Post")');
  await expect(tab.waitFor('[role="dialog"] button:text-is("Pos")', { timeout: 1_000 })).rejects.toThrow(
    /no element yet/,
  );
  await tab.waitFor('[role="dialog"] button:has-text("pos")');
});
