// Browser e2e tests: `npm run test:e2e` (= `playwright test -c test/e2e/playwright.config.ts`).
// Two projects, one report: `chromium` runs the specs under test/e2e/ in the installed
// /usr/bin/chromium (launched by test/e2e/fixtures.ts); `firefox` runs test/e2e/firefox/ in the
// installed /usr/bin/firefox-esr, driven by puppeteer-core over WebDriver BiDi (firefox/fixtures.ts).
// The site fixtures are rebuilt by the global setup so a fresh clone needs no extra step.
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from '@playwright/test';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

export default defineConfig({
  testDir: '.',
  testMatch: '**/*.spec.ts',
  projects: [
    { name: 'chromium', testIgnore: 'firefox/**' },
    {
      name: 'firefox',
      testMatch: 'firefox/**/*.spec.ts',
      // One Firefox per test (about 3 s to start); a surface took 5-10 s on a loaded 2-core machine.
      timeout: 90_000,
    },
  ],
  globalSetup: './global-setup.ts',
  globalTeardown: './global-teardown.ts',
  // The machine has two cores; each worker runs one browser (Chromium or Firefox) at a time.
  workers: 2,
  fullyParallel: true,
  // No retries: a flaky fixture is a bug to fix, not to hide.
  retries: 0,
  forbidOnly: !!process.env.CI,
  timeout: 30_000,
  expect: { timeout: 5_000 },
  reporter: [['list'], ['json', { outputFile: resolve(root, 'test-results/playwright.json') }]],
  // Playwright empties outputDir at start: keep it apart from other reports in test-results/.
  outputDir: resolve(root, 'test-results/e2e'),
  use: {
    screenshot: 'only-on-failure',
    // Traces would be recorded on the worker's shared browser across tests: off unless asked.
    trace: process.env.E2E_TRACE ? 'retain-on-failure' : 'off',
    actionTimeout: 5_000,
  },
});
