// Drives the real logging path from an extension page: the content scripts' outbox
// (extension/messaging/outbox.ts, bundled as it ships) sending `log` messages to the real service
// worker, which writes to the extension's IndexedDB. Shared by reliability.spec.ts and the logging
// benchmark (test/bench/logging.bench.ts).
import { resolve } from 'node:path';
import type { CDPSession, Page } from '@playwright/test';
import { build } from 'esbuild';
import { ROOT } from './fixtures';

let bundled: Promise<string> | undefined;

/** outbox.ts as an IIFE defining `globalThis.PromoOutbox` (esbuild, a few ms). */
export function outboxBundle(): Promise<string> {
  bundled ??= build({
    entryPoints: [resolve(ROOT, 'extension/messaging/outbox.ts')],
    bundle: true,
    format: 'iife',
    globalName: 'PromoOutbox',
    platform: 'browser',
    target: 'es2022',
    write: false,
    // Playwright evaluates the text inside a function, where `var PromoOutbox` would stay local.
    footer: { js: 'globalThis.PromoOutbox = PromoOutbox;' },
  }).then((r) => r.outputFiles[0]?.text ?? '');
  return bundled;
}

export interface PageOutboxOptions {
  maxBatch?: number;
  retryDelayMs?: number;
  maxRetryDelayMs?: number;
}

/**
 * Opens an extension page and installs `window.__log`: an outbox whose `send` is
 * `chrome.runtime.sendMessage({ type: 'log', events })`, exactly as the content scripts wire it.
 */
export async function installPageOutbox(page: Page, options: PageOutboxOptions = {}): Promise<void> {
  // tsx (the bench runner) compiles with keepNames, which wraps the functions given to
  // page.evaluate in a `__name(...)` helper the page does not have.
  await page.evaluate('globalThis.__name ??= (fn) => fn');
  // DevTools evaluation is not subject to the extension page's CSP, so the bundle can be run here.
  await page.evaluate(await outboxBundle());
  await page.evaluate((opts) => {
    const g = globalThis as unknown as Record<string, unknown>;
    const { createOutbox } = g.PromoOutbox as typeof import('../../extension/messaging/outbox');
    const { runtime } = g.chrome as {
      runtime: { sendMessage(message: unknown): Promise<{ ok: boolean; data?: unknown; error?: string }> };
    };
    const stats = { sends: 0, acked: 0, failures: 0, errors: [] as string[] };
    const outbox = createOutbox({
      ...opts,
      send: async (events) => {
        stats.sends++;
        const reply = await runtime.sendMessage({ type: 'log', events });
        if (!reply?.ok) throw new Error(reply?.error ?? 'the background did not answer');
        const data = reply.data as { acked: string[] };
        stats.acked += data.acked.length;
        return data;
      },
      schedule: (task, ms) => {
        setTimeout(task, ms);
      },
      onError: (error) => {
        stats.failures++;
        if (stats.errors.length < 5) stats.errors.push(String(error));
      },
    });
    let made = 0;
    // Resolves once every queued event is acknowledged: what the tests wait for, heard through
    // the outbox's own pending count (the product's widgets listen to the same).
    const idle = () =>
      new Promise<void>((resolve) => {
        if (outbox.pending === 0) return resolve();
        const stop = outbox.subscribe((pending) => {
          if (pending !== 0) return;
          stop();
          resolve();
        });
      });
    g.__log = {
      outbox,
      idle,
      stats,
      /** Queues `n` new valid events with ids `<prefix>-<k>`. */
      add(n: number, prefix: string) {
        const t0 = Date.now();
        for (let i = 0; i < n; i++, made++) {
          outbox.add({
            id: `${prefix}-${made}`,
            time: new Date(t0 + i).toISOString(),
            platform: 'discord',
            surface: 'message',
            action: 'posted',
            linkId: 'link-main',
            pageUrl: 'https://discord.com/channels/1000/2000',
          });
        }
      },
    };
  }, options);
}

/** The primary keys of the promotion log, read straight from the extension's IndexedDB. */
export function storedEventIds(page: Page): Promise<string[]> {
  return page.evaluate(
    () =>
      new Promise<string[]>((resolve, reject) => {
        const open = indexedDB.open('promo-ledger');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const req = db.transaction('events').objectStore('events').getAllKeys();
          req.onsuccess = () => {
            db.close();
            resolve(req.result as string[]);
          };
          req.onerror = () => reject(req.error);
        };
      }),
  );
}

/**
 * Stops the extension's service worker through the DevTools protocol (what Chrome does after 30 s
 * idle, or under memory pressure), and counts how often it really stopped.
 */
export async function serviceWorkerStopper(session: CDPSession) {
  let stopped = 0;
  session.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
    for (const v of versions) if (v.runningStatus === 'stopped') stopped++;
  });
  await session.send('ServiceWorker.enable');
  return {
    stop: () => session.send('ServiceWorker.stopAllWorkers'),
    get stopped() {
      return stopped;
    },
  };
}
