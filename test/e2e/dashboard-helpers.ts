// What the dashboard specs share: moving around the app as a user does (sections, the as-of day, the
// top bar's selects, the import panel), and the figures of `npm run report` to compare it with.
import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { expect as baseExpect, type Page } from '@playwright/test';
import type { SampleFile } from '../../dashboard/testing/sample-data';
import type { Report } from '../../shared/report/build-report';
import { formatCents } from '../../shared/report/format-report';
import { ROOT } from './fixtures';

// The dashboard's figures come from its workers; on a loaded 2-core CI machine they can take longer
// than Playwright's default 5 s. These tests are about behaviour; the bench measures speed.
export const expect = baseExpect.configure({ timeout: 15_000 });

const run = promisify(execFile);

export async function settled(page: Page): Promise<void> {
  await expect(page.locator('[role="tabpanel"][aria-busy="false"]')).toBeVisible();
}

export async function setAsOf(page: Page, day: string): Promise<void> {
  const input = page.locator('.topbar input[type="date"]');
  await input.fill(day);
  await input.blur();
  await settled(page);
}

/** A select of the top bar, by its label. */
export function control(page: Page, label: RegExp | string) {
  return page.locator('.topbar label.control', { hasText: label }).locator('select');
}

export async function goTo(page: Page, tab: RegExp | string): Promise<void> {
  await page.getByRole('tab', { name: tab }).click();
  await settled(page);
}

export function asUpload(files: SampleFile[]) {
  return files.map((f) => ({
    name: f.name,
    mimeType: f.name.endsWith('.json') ? 'application/json' : 'text/csv',
    buffer: Buffer.from(f.text, 'utf8'),
  }));
}

/** Picks files in the Export / Import view, waits for the preview, confirms. */
export async function importFiles(
  page: Page,
  files: SampleFile[],
  options: { confirm?: boolean } = {},
): Promise<void> {
  await goTo(page, /Export \/ Import|Export \/ Import/);
  await page.locator('#transfer-import input[type="file"]').setInputFiles(asUpload(files));
  await expect(page.locator('#transfer-import .preview-table')).toBeVisible({ timeout: 20_000 });
  if (options.confirm === false) return;
  await page
    .locator('#transfer-import')
    .getByRole('button', { name: /^Import .* rows$|^Importer .* lignes$/ })
    .click();
  await expect(page.locator('#transfer-import .notice-success')).toBeVisible({ timeout: 20_000 });
  await settled(page);
}

/** `npm run report -- --json` on files written to disk. */
export async function reportCommand(files: SampleFile[], asOf: string): Promise<Report> {
  const dir = mkdtempSync(join(tmpdir(), 'pl-report-'));
  const args = ['dashboard/cli/report.ts', '--json', '--as-of', asOf];
  for (const f of files) {
    writeFileSync(join(dir, f.name), f.text);
    args.push(f.name.endsWith('.json') ? '--log' : '--results', join(dir, f.name));
  }
  const { stdout } = await run(resolve(ROOT, 'node_modules/.bin/tsx'), args, {
    cwd: ROOT,
    maxBuffer: 64 * 1024 * 1024,
  });
  return JSON.parse(stdout) as Report;
}

/** The dashboard's Overview figures for each program equal the report's. */
export async function expectOverviewMatches(page: Page, report: Report): Promise<void> {
  const money = (c: number) => formatCents(c, 'en');
  for (const p of report.programs) {
    const card = page.locator(`[data-program="${p.id}"]`);
    await expect(card.locator('[data-field="earned"]')).toHaveText(money(p.earnedCents));
    await expect(card.locator('[data-field="projected"]')).toHaveText(money(p.projectedCents));
    await expect(card.locator('[data-field="band"]')).toContainText(
      `${money(p.lowCents)} – ${money(p.highCents)}`,
    );
    await expect(card.locator('[data-field="next-payout"]')).toContainText(
      p.nextPayout ? money(p.nextPayout.cents) : 'None',
    );
    await expect(card.locator('[data-field="days-left"]')).toContainText(
      p.window ? (p.daysLeft > 0 ? `${p.daysLeft} day` : 'ended') : 'No end',
    );
  }
  await expect(page.locator('.tile', { hasText: 'Earned in all' }).locator('.tile-value')).toHaveText(
    money(report.totals.earnedCents),
  );
  await expect(page.locator('.tile', { hasText: 'Projected in all' }).locator('.tile-value')).toHaveText(
    money(report.totals.projectedCents),
  );
}
