// What the content script costs the pages it runs on (quality.md P2, P9), measured in Chromium
// with the built extension against the same fixture pages in a browser without it, in one run:
//
// - P2: main-thread time (CDP Performance.getMetrics TaskDuration, the renderer's busy time) over
//   the same window after a page load — the Discord fixture, where the widget mounts, and a page
//   of a site the extension does not match (it should add nothing there);
// - P9: the page's JS heap after garbage collection (CDP Runtime.getHeapUsage; content scripts
//   share the page's isolate, so the difference with the extension-less browser is theirs), and
//   its growth over 200 client-side navigations (Discord channel switches), beyond the fixture's
//   own growth without the extension.
//
// Needs the Chrome build: BENCH_EXTENSION_PATH=<dir>, else .output/chrome-mv3 (`npm run build`).
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { type BrowserContext, chromium, type Page } from '@playwright/test';
import { CHROMIUM, CHROMIUM_ARGS, ROOT } from '../e2e/fixtures';
import { buildFixtures } from '../fixtures/build';
import { serveFixtures } from '../fixtures/sites';
import type { BenchCase } from './harness';

const DISCORD = 'https://discord.com/channels/1000/2000';
/** A site no content script matches, served like the fixtures. */
const UNMATCHED = 'https://www.example.org/article';
/** How long after `load` the main thread's work is counted: the widget's mount and first sweeps. */
const WINDOW_MS = 1_500;
const NAVIGATIONS = 200;
const MB = 1024 * 1024;

function extensionDir(): string {
  const dir = resolve(process.env.BENCH_EXTENSION_PATH ?? resolve(ROOT, '.output/chrome-mv3'));
  if (!existsSync(resolve(dir, 'manifest.json')))
    throw new Error(`page-cost bench: no Chrome build at ${dir} (run \`npm run build\` first)`);
  return dir;
}

interface Browsers {
  with: BrowserContext;
  without: BrowserContext;
}

async function launch(extension: boolean): Promise<BrowserContext> {
  const dir = extensionDir();
  const context = await chromium.launchPersistentContext('', {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1280, height: 800 },
    args: extension
      ? [...CHROMIUM_ARGS, `--disable-extensions-except=${dir}`, `--load-extension=${dir}`]
      : CHROMIUM_ARGS,
    ...(extension ? { ignoreDefaultArgs: ['--disable-extensions'] } : {}),
  });
  await serveFixtures(context);
  // Registered last, so it answers before the fixtures' catch-all abort.
  await context.route(`${UNMATCHED}**`, (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: '<!doctype html><title>Article</title><main><h1>An article</h1><p>Text.</p><textarea></textarea></main>',
    }),
  );
  return context;
}

async function openBoth(): Promise<Browsers> {
  await buildFixtures();
  const [withExt, without] = await Promise.all([launch(true), launch(false)]);
  if (withExt.serviceWorkers().length === 0) await withExt.waitForEvent('serviceworker');
  return { with: withExt, without };
}

async function closeBoth(input: unknown): Promise<void> {
  const b = input as Browsers;
  await Promise.all([b.with.close(), b.without.close()]);
}

/** Main-thread milliseconds of one load of `url`, from navigation to WINDOW_MS after `load`. */
async function loadCost(context: BrowserContext, url: string, widget: boolean): Promise<number> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  const busy = async () => {
    const { metrics } = await cdp.send('Performance.getMetrics');
    return (metrics.find((m) => m.name === 'TaskDuration')?.value ?? 0) * 1000;
  };
  const before = await busy();
  await page.goto(url, { waitUntil: 'load' });
  if (widget) await page.locator('promo-ledger-widget').waitFor({ state: 'attached', timeout: 10_000 });
  await page.waitForTimeout(WINDOW_MS);
  const ms = (await busy()) - before;
  await page.close();
  return ms;
}

function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
}

/** Median absolute deviation: how much loads of the same page differ by themselves. */
function mad(xs: readonly number[]): number {
  const m = median(xs);
  return median(xs.map((x) => Math.abs(x - m)));
}

function loadCase(kind: 'matched' | 'unmatched'): BenchCase {
  const withExt: number[] = [];
  const without: number[] = [];
  const url = kind === 'matched' ? DISCORD : UNMATCHED;
  return {
    name:
      kind === 'matched'
        ? 'main-thread time the content script adds to a Discord page load'
        : 'main-thread time added to a page of an unmatched site',
    bar:
      kind === 'matched'
        ? '≤ 15 ms added (P2)'
        : '0 ms added: within the loads’ own spread (2 × MAD without the extension) (P2)',
    // The harness's warm-up load (a cold cache) is left out of both.
    figure: () => ({ value: median(withExt.slice(1)) - median(without.slice(1)), unit: 'ms added' }),
    meets: (ms) => (kind === 'matched' ? ms <= 15 : ms <= 2 * mad(without.slice(1))),
    timed: false,
    runs: 9,
    setup: openBoth,
    run: async (input) => {
      withExt.push(await loadCost((input as Browsers).with, url, kind === 'matched'));
    },
    baseline: {
      name: 'the same load without the extension',
      run: async (input) => {
        without.push(await loadCost((input as Browsers).without, url, false));
      },
    },
    teardown: closeBoth,
  };
}

/** The page's JS heap after a full garbage collection, in bytes. */
async function heapAfterGc(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  return usedSize;
}

const CHANNELS = ['2000', '2002', '2003', '2999'] as const;

/** The Discord fixture's heap after load, then after NAVIGATIONS channel switches. */
async function heapOver(context: BrowserContext, widget: boolean): Promise<{ start: number; end: number }> {
  const page = await context.newPage();
  await page.goto(DISCORD);
  await page.waitForFunction(() => window.__fixture?.ready === true);
  if (widget) await page.locator('promo-ledger-widget').waitFor({ state: 'attached' });
  await page.waitForTimeout(1_000);
  const start = await heapAfterGc(page);
  for (let i = 1; i <= NAVIGATIONS; i++) {
    await page.evaluate(
      (path) => window.__fixture?.navigate(path),
      `/channels/1000/${CHANNELS[i % CHANNELS.length]}`,
    );
    if (widget) await page.locator('promo-ledger-widget').waitFor({ state: 'attached' });
  }
  await page.waitForTimeout(1_000);
  const end = await heapAfterGc(page);
  await page.close();
  return { start, end };
}

function heapCase(): BenchCase {
  let heap = Number.NaN;
  let growth = Number.NaN;
  return {
    name: `content-script heap on Discord, and its growth over ${NAVIGATIONS} navigations`,
    bar: '≤ 5 MB, and < 1 MB growth over 200 navigations (P9)',
    figure: () => ({
      value: heap / MB,
      unit: `MB heap, ${(growth / MB).toFixed(2)} MB growth`,
      digits: 2,
    }),
    meets: () => heap <= 5 * MB && growth < 1 * MB,
    timed: false,
    runs: 1,
    setup: openBoth,
    run: async (input) => {
      const b = input as Browsers;
      const [withExt, without] = [await heapOver(b.with, true), await heapOver(b.without, false)];
      heap = withExt.start - without.start;
      growth = withExt.end - withExt.start - (without.end - without.start);
    },
    teardown: closeBoth,
  };
}

export const pageCostCases: BenchCase[] = [loadCase('matched'), loadCase('unmatched'), heapCase()];
