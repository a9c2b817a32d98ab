// The content scripts' budgets: size per site, minified + gzipped (quality.md P1, ≤ 20 KB), and
// how soon a widget is mounted after a client-side navigation (P3, p95 ≤ 100 ms), measured in
// Chromium with the built extension on the Discord fixture, against the same navigation waiting
// only for the site's own composer.
//
// Needs the Chrome build: BENCH_EXTENSION_PATH=<dir>, else .output/chrome-mv3 (`npm run build`).
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { type BrowserContext, chromium, type Page } from '@playwright/test';
import { PLATFORMS } from '../../shared/schemas/common';
import { CHROMIUM, CHROMIUM_ARGS, ROOT } from '../e2e/fixtures';
import { buildFixtures } from '../fixtures/build';
import { serveFixtures } from '../fixtures/sites';
import type { BenchCase } from './harness';

/** 20 KB, counted in thousands of bytes as bundlers print kB (the stricter reading). */
const SIZE_BAR = 20_000;
const NAVIGATIONS = 40;

function extensionDir(): string {
  const dir = resolve(process.env.BENCH_EXTENSION_PATH ?? resolve(ROOT, '.output/chrome-mv3'));
  if (!existsSync(resolve(dir, 'manifest.json'))) {
    throw new Error(`content-script bench: no Chrome build at ${dir} (run \`npm run build\` first)`);
  }
  return dir;
}

function sizeCase(site: string): BenchCase {
  let gz = Number.NaN;
  return {
    name: `content script ${site}.js, minified + gzipped`,
    bar: '≤ 20 KB min+gz, no Dexie / zod / Chart.js (P1)',
    figure: () => ({ value: gz / 1000, unit: 'KB gz' }),
    meets: (kb) => kb <= SIZE_BAR / 1000,
    timed: false,
    runs: 3,
    setup: () => {
      const code = readFileSync(resolve(extensionDir(), `content-scripts/${site}.js`), 'utf8');
      // The heavy libraries must stay out: their telltale strings.
      for (const [lib, mark] of [
        ['Dexie', 'Dexie'],
        ['zod', 'ZodError'],
        ['Chart.js', 'Chart.register'],
      ] as const) {
        if (code.includes(mark)) throw new Error(`${site}.js contains ${lib}`);
      }
      return code;
    },
    run: (code) => {
      gz = gzipSync(code as string, { level: 9 }).length;
    },
  };
}

interface MountSession {
  context: BrowserContext;
  page: Page;
  latencies: number[];
  channel: number;
}

async function openDiscord(): Promise<MountSession> {
  const dir = extensionDir();
  await buildFixtures();
  const context = await chromium.launchPersistentContext('', {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1280, height: 800 },
    args: [...CHROMIUM_ARGS, `--disable-extensions-except=${dir}`, `--load-extension=${dir}`],
    ignoreDefaultArgs: ['--disable-extensions'],
  });
  await serveFixtures(context);
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto('https://discord.com/channels/1000/2000');
  await page.waitForFunction(() => window.__fixture?.ready === true);
  await page.locator('promo-ledger-widget').waitFor();
  await page.evaluate(() => {
    const w = window as unknown as { __mounts: number[] };
    w.__mounts = [];
    new MutationObserver((records) => {
      for (const r of records) {
        for (const node of r.addedNodes)
          if (node.nodeName === 'PROMO-LEDGER-WIDGET') w.__mounts.push(performance.now());
      }
    }).observe(document.body, { childList: true });
  });
  return { context, page, latencies: [], channel: 0 };
}

/** Switches channel; resolves when `waitFor` says the new page is there; returns ms since the switch. */
function switchChannel(s: MountSession, waitFor: 'widget' | 'editor'): Promise<number> {
  s.channel += 1;
  return s.page.evaluate(
    async ({ path, waitFor }) => {
      const w = window as unknown as { __mounts: number[] };
      const before = w.__mounts.length;
      const oldEditor = document.querySelector('[data-slate-editor="true"]');
      const t0 = performance.now();
      await window.__fixture?.navigate(path);
      // (No helper functions in here: tsx would wrap them in a `__name` the page does not have.)
      while (
        waitFor === 'widget'
          ? w.__mounts.length <= before
          : document.querySelector('[data-slate-editor="true"]') === oldEditor
      ) {
        await new Promise((r) => setTimeout(r, 1));
      }
      return (waitFor === 'widget' ? (w.__mounts[before] as number) : performance.now()) - t0;
    },
    // Channels with a message box (2001, #announcements, is read-only: no widget to wait for).
    { path: `/channels/1000/${WRITABLE_CHANNELS[s.channel % WRITABLE_CHANNELS.length]}`, waitFor },
  );
}

const WRITABLE_CHANNELS = ['2000', '2002', '2003', '2999'] as const;

function p95(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.ceil(s.length * 0.95) - 1] ?? Number.NaN;
}

function mountCase(): BenchCase {
  let latencies: number[] = [];
  return {
    name: 'widget mounted after a Discord channel switch',
    bar: 'p95 ≤ 100 ms from the switch (P3)',
    figure: () => ({ value: p95(latencies), unit: 'ms p95' }),
    meets: (p95ms) => p95ms <= 100,
    runs: NAVIGATIONS,
    setup: openDiscord,
    run: async (input) => {
      const s = input as MountSession;
      s.latencies.push(await switchChannel(s, 'widget'));
      latencies = s.latencies.slice(1); // the first call is the harness's warm-up
    },
    baseline: {
      name: 'the same switch, until the new composer is there',
      run: (input) => switchChannel(input as MountSession, 'editor'),
    },
    teardown: (input) => (input as MountSession).context.close(),
  };
}

export const contentScriptCases: BenchCase[] = [...PLATFORMS.map(sizeCase), mountCase()];
