// The harness itself: an unpacked MV3 extension loads into the persistent context, its service
// worker gives the extension id, and its content scripts run on the fixture pages. Uses a tiny
// stub extension so the harness is proven before the real extension exists
// (`E2E_EXTENSION=1 npm run test:e2e` loads .output/chrome-mv3 for every spec instead).
import { mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FIXTURES } from '../fixtures/sites';
import { expect, gotoFixture, test } from './fixtures';

const STUB = join(tmpdir(), 'promo-ledger-e2e-stub-extension');
mkdirSync(STUB, { recursive: true });
writeFileSync(
  join(STUB, 'manifest.json'),
  JSON.stringify({
    manifest_version: 3,
    name: 'e2e stub',
    version: '0.0.1',
    background: { service_worker: 'background.js' },
    content_scripts: [
      {
        matches: [
          'https://www.tiktok.com/*',
          'https://www.youtube.com/*',
          'https://discord.com/*',
          'https://*.substack.com/*',
          'https://substack.com/*',
        ],
        js: ['content.js'],
        run_at: 'document_idle',
      },
    ],
  }),
);
writeFileSync(join(STUB, 'background.js'), 'self.addEventListener("install", () => {});\n');
writeFileSync(
  join(STUB, 'content.js'),
  'document.documentElement.dataset.stubExtension = chrome.runtime.id;\n',
);

test.use({ extensionPath: STUB });

test('an unpacked extension loads, exposes its id and runs on every fixture site', async ({
  page,
  extensionId,
}) => {
  expect(extensionId).toMatch(/^[a-p]{32}$/);
  for (const site of ['tiktok', 'youtube', 'discord', 'substack']) {
    const fixture = FIXTURES.find((f) => f.site === site);
    if (!fixture) throw new Error(site);
    await gotoFixture(page, fixture, { reveal: false });
    await expect(page.locator('html')).toHaveAttribute('data-stub-extension', extensionId);
  }
});
