// The insertion matrix in Firefox: the same fixtures and checks as test/e2e/insert.spec.ts
// (Chromium), through the Firefox driver, with the built .output/firefox-mv3 installed.
import { FIXTURES } from '../../fixtures/sites';
import { COUNTED_FIXTURES, checkCountsMatchLog, checkInsertion } from '../surface-checks';
import { test } from './fixtures';

for (const fixture of FIXTURES) {
  test(`${fixture.id}: one click inserts the tagged link, the post is logged once`, async ({ driver }) => {
    await checkInsertion(driver, fixture);
  });
}

test('promotions on three sites show in the popup and the dashboard with the counts of the log', async ({
  driver,
}) => {
  await checkCountsMatchLog(driver, COUNTED_FIXTURES);
});
