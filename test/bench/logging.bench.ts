// P5: promotion-event logging through the real path — an extension page's outbox (the content
// scripts' code) → runtime.sendMessage → the service worker's batched Dexie writes, acknowledged
// after commit — against a raw IndexedDB loop putting the same number of records in one
// transaction, in the same browser and the same extension origin.
//
// Needs the Chrome build: BENCH_EXTENSION_PATH=<dir>, else .output/chrome-mv3 (`npm run build`).
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { type BrowserContext, chromium, type Page } from '@playwright/test';
import { SCHEMA_VERSIONS } from '../../extension/db/versions';
import { CHROMIUM, CHROMIUM_ARGS, ROOT } from '../e2e/fixtures';
import { installPageOutbox } from '../e2e/logging-harness';
import type { BenchCase } from './harness';

const EVENTS = 5_000;
const RUNS = 5;

interface Session {
  context: BrowserContext;
  page: Page;
}

async function openSession(): Promise<Session> {
  const dir = resolve(process.env.BENCH_EXTENSION_PATH ?? resolve(ROOT, '.output/chrome-mv3'));
  if (!existsSync(resolve(dir, 'manifest.json'))) {
    throw new Error(`logging bench: no Chrome build at ${dir} (run \`npm run build\` first)`);
  }
  const context = await chromium.launchPersistentContext('', {
    executablePath: CHROMIUM,
    headless: true,
    args: [...CHROMIUM_ARGS, `--disable-extensions-except=${dir}`, `--load-extension=${dir}`],
    ignoreDefaultArgs: ['--disable-extensions'],
  });
  const worker =
    context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 10_000 }));
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(`chrome-extension://${new URL(worker.url()).host}/popup.html`);
  await installPageOutbox(page);
  return { context, page };
}

let run = 0;

/** Logs EVENTS new events and resolves once every one is acknowledged (= committed). */
function logThroughBackground({ page }: Session): Promise<void> {
  return page.evaluate(
    async ({ n, prefix }) => {
      const log = (
        globalThis as never as {
          __log: { add(n: number, p: string): void; idle(): Promise<void> };
        }
      ).__log;
      log.add(n, prefix);
      await log.idle();
    },
    { n: EVENTS, prefix: `bench${++run}` },
  );
}

/**
 * The floor: the same records put by hand in one transaction into an object store laid out like
 * ours (same key, same indexes), so that the ratio is what messaging, batching and Dexie add.
 */
function rawPutLoop({ page }: Session): Promise<void> {
  const [, ...indexes] = (SCHEMA_VERSIONS.at(-1)?.stores.events ?? '').split(',').map((s) => s.trim());
  return page.evaluate(
    async ({ n, prefix, indexes }) => {
      const db = await new Promise<IDBDatabase>((ok, fail) => {
        const open = indexedDB.open('bench-raw', 1);
        open.onupgradeneeded = () => {
          const store = open.result.createObjectStore('events', { keyPath: 'id' });
          for (const name of indexes) store.createIndex(name, name);
        };
        open.onsuccess = () => ok(open.result);
        open.onerror = () => fail(open.error);
      });
      const tx = db.transaction('events', 'readwrite');
      const store = tx.objectStore('events');
      const t0 = Date.now();
      for (let i = 0; i < n; i++) {
        store.put({
          id: `${prefix}-${i}`,
          time: new Date(t0 + i).toISOString(),
          platform: 'discord',
          surface: 'message',
          action: 'posted',
          linkId: 'link-main',
          pageUrl: 'https://discord.com/channels/1000/2000',
        });
      }
      await new Promise<void>((ok, fail) => {
        tx.oncomplete = () => ok();
        tx.onerror = () => fail(tx.error);
        tx.onabort = () => fail(tx.error);
      });
      db.close();
    },
    { n: EVENTS, prefix: `raw${++run}`, indexes },
  );
}

let closed = false;

async function teardown(input: unknown): Promise<void> {
  if (closed) return;
  closed = true;
  await (input as Session).context.close();
}

export const loggingCases: BenchCase[] = [
  {
    name: `logging ${EVENTS.toLocaleString('en-US')} events page → background → IndexedDB`,
    bar: '≥ 2,000 events/s and ≥ 50 % of a raw put loop, i.e. ratio ≤ 2 (P5)',
    figure: (ms) => ({ value: (EVENTS / ms) * 1_000, unit: 'events/s', digits: 0 }),
    meets: (perSecond, ratio) => perSecond >= 2_000 && ratio !== null && ratio <= 2,
    runs: RUNS,
    setup: openSession,
    run: (input) => logThroughBackground(input as Session),
    baseline: {
      name: 'raw IndexedDB put loop, one transaction',
      run: (input) => rawPutLoop(input as Session),
    },
    teardown,
  },
];
