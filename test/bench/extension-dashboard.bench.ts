// P7 in the extension's own home: the dashboard page of the built extension (dashboard.html, the
// same app as the standalone site over the extension's IndexedDB, events one row each) with 100,000
// logged events, opened until the Overview's figures are painted — next to opening a page of the
// extension that runs nothing and reading the same events from IndexedDB, bare.
//
// Needs the Chrome build: BENCH_EXTENSION_PATH=<dir>, else .output/chrome-mv3 (`npm run build`).
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { type BrowserContext, chromium, type Page } from '@playwright/test';
import { bigEvents } from '../../dashboard/testing/sample-data';
import { DB_NAME } from '../../extension/db/db';
import { demoData } from '../../shared/demo/demo-data';
import type { PromotionEvent } from '../../shared/schemas/event';
import { resultKey } from '../../shared/schemas/result';
import { CHROMIUM, CHROMIUM_ARGS, ROOT } from '../e2e/fixtures';
import type { BenchCase } from './harness';

const EVENTS = 100_000;

interface Session {
  context: BrowserContext;
  page: Page;
  /** chrome-extension://<id> */
  base: string;
  /** The dashboard page. */
  url: string;
}

/** Puts rows into one of the extension database's object stores, in one transaction. */
function putRows(page: Page, store: string, rows: unknown[]): Promise<void> {
  return page.evaluate(
    async ({ name, store, rows }) => {
      const db = await new Promise<IDBDatabase>((ok, fail) => {
        const req = indexedDB.open(name);
        req.onsuccess = () => ok(req.result);
        req.onerror = () => fail(req.error);
      });
      await new Promise<void>((ok, fail) => {
        const tx = db.transaction(store, 'readwrite');
        for (const row of rows) tx.objectStore(store).put(row);
        tx.oncomplete = () => ok();
        tx.onerror = () => fail(tx.error);
      });
      db.close();
    },
    { name: DB_NAME, store, rows },
  );
}

async function openSession(): Promise<Session> {
  const dir = resolve(process.env.BENCH_EXTENSION_PATH ?? resolve(ROOT, '.output/chrome-mv3'));
  if (!existsSync(resolve(dir, 'manifest.json')))
    throw new Error(`extension dashboard bench: no Chrome build at ${dir} (run \`npm run build\` first)`);
  const context = await chromium.launchPersistentContext('', {
    executablePath: CHROMIUM,
    headless: true,
    args: [...CHROMIUM_ARGS, `--disable-extensions-except=${dir}`, `--load-extension=${dir}`],
    ignoreDefaultArgs: ['--disable-extensions'],
    viewport: { width: 1280, height: 900 },
  });
  const worker =
    context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 10_000 }));
  const page = context.pages()[0] ?? (await context.newPage());
  // The page opens (and so creates) the extension's database; then the log is filled directly.
  const base = `chrome-extension://${new URL(worker.url()).host}`;
  const url = `${base}/dashboard.html`;
  await page.goto(url);
  await page.locator('.pl-dashboard[data-ready="true"]').waitFor({ timeout: 30_000 });
  // A creator's own log: no member names.
  const events: PromotionEvent[] = bigEvents(EVENTS, 1).map(({ member: _member, ...e }) => e);
  for (let i = 0; i < events.length; i += 20_000) await putRows(page, 'events', events.slice(i, i + 20_000));
  await putRows(
    page,
    'results',
    demoData().results.map((r) => ({ ...r, id: resultKey(r) })),
  );
  return { context, page, base, url };
}

/** Milliseconds from navigation to the Overview's figures, per run (the first is the warm-up). */
const toFigures: number[] = [];
/** The same, until the promotions are counted too (the worker has read the whole log). */
const toEverything: number[] = [];

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
}

const firstRender: BenchCase = {
  name: 'extension dashboard first render with 100,000 logged events (open → Overview figures painted)',
  bar: '≤ 700 ms (P7)',
  // Each run opens the page, records when the figures are painted, then lets the page finish reading
  // the log (promotions counted) before the next run: a read left running by a page just closed
  // would otherwise hold up the next page's first reads. The figure is the median of the recorded
  // times, not of whole runs.
  figure: () => ({ value: median(toFigures.slice(1)), unit: 'ms' }),
  timed: false,
  meets: (ms) => ms <= 700,
  runs: 5,
  setup: openSession,
  async run(input) {
    const { page, url } = input as Session;
    const t0 = performance.now();
    await page.goto(url);
    await page.locator('.pl-dashboard[data-ready="true"]').waitFor({ timeout: 30_000 });
    toFigures.push(performance.now() - t0);
    await page.locator('[role="tabpanel"][aria-busy="false"]').waitFor({ timeout: 30_000 });
    toEverything.push(performance.now() - t0);
  },
  baseline: {
    name: 'open a page of the extension + bare IndexedDB read of the 100k events',
    async run(input) {
      const { page, base } = input as Session;
      // The extension's own manifest: a page of its origin that runs nothing.
      await page.goto(`${base}/manifest.json`);
      await page.evaluate(async (name) => {
        const db = await new Promise<IDBDatabase>((ok) => {
          const req = indexedDB.open(name);
          req.onsuccess = () => ok(req.result);
        });
        await new Promise((ok) => {
          const req = db.transaction('events').objectStore('events').getAll();
          req.onsuccess = ok;
        });
        db.close();
      }, DB_NAME);
    },
  },
  async teardown(input) {
    await (input as Session).context.close();
  },
};

/**
 * The strict reading of P7, recorded by the same runs: until the promotions are counted too, which
 * needs the whole log read (one record per event in the extension, where the standalone site keeps
 * chunks). Reported, not re-run: the figure comes from the runs of the case above.
 */
const everything: BenchCase = {
  name: 'extension dashboard with 100,000 logged events, open → promotions counted too',
  bar: '≤ 700 ms (P7, strict reading)',
  figure: () => ({ value: median(toEverything.slice(1)), unit: 'ms' }),
  timed: false,
  meets: (ms) => ms <= 700,
  runs: 0,
  run: () => undefined,
};

export const extensionDashboardCases: BenchCase[] = [firstRender, everything];
