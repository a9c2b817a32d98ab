import type { Page } from '@playwright/test';
import { fixtureById } from '../fixtures/sites';
import { BUILT_EXTENSION, editorText, expect, gotoFixture, test } from './fixtures';
import { insertButton, saveLinkInOptions, taggedLink } from './widget-helpers';

test.use({ extensionPath: BUILT_EXTENSION });
// One after the other: mount latency is measured, and two browsers at once on two cores skew it.
test.describe.configure({ mode: 'serial' });

/** Records, in the page, when each widget host is added to <body>. */
async function recordMounts(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { __mounts: number[] };
    w.__mounts = [];
    new MutationObserver((records) => {
      for (const record of records) {
        for (const node of record.addedNodes) {
          if (node.nodeName === 'PROMO-LEDGER-WIDGET') w.__mounts.push(performance.now());
        }
      }
    }).observe(document.body, { childList: true });
  });
}

function p95(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.ceil(sorted.length * 0.95) - 1] ?? Number.NaN;
}

test('Discord: 50 channel switches, one widget per message box (none in the read-only channel), still inserting', async ({
  page,
  context,
  extensionId,
}) => {
  test.setTimeout(90_000);
  await saveLinkInOptions(context, extensionId);
  await page.bringToFront();
  const fixture = fixtureById('discord-message');
  await gotoFixture(page, fixture);
  await expect(insertButton(page, 'message')).toBeVisible();
  await recordMounts(page);
  const rows = await page.evaluate(async () => {
    const w = window as unknown as { __mounts: number[] };
    const channels = ['2001', '2002', '2999', '2003', '2000'];
    const out: { latency: number; widgets: number; editors: number }[] = [];
    for (let i = 0; i < 50; i += 1) {
      const seen = w.__mounts.length;
      const t0 = performance.now();
      const channel = channels[i % channels.length];
      await window.__fixture?.navigate(`/channels/1000/${channel}`);
      // #announcements (2001) is read-only: no message box; the last channel's widget must go.
      const settled = () =>
        channel === '2001'
          ? document.querySelector('promo-ledger-widget') === null
          : w.__mounts.length > seen;
      for (let t = 0; t < 200 && !settled(); t += 1) {
        await new Promise((r) => setTimeout(r, 5));
      }
      out.push({
        latency: (w.__mounts[seen] ?? Number.POSITIVE_INFINITY) - t0,
        widgets: document.querySelectorAll('promo-ledger-widget').length,
        editors: document.querySelectorAll('[data-slate-editor="true"]').length,
      });
    }
    return out;
  });
  expect(rows.map((r) => `${r.editors}:${r.widgets}`)).toEqual(
    Array.from({ length: 50 }, (_, i) => (i % 5 === 0 ? '0:0' : '1:1')),
  );
  // Speed is measured in `npm run bench` against a baseline, not asserted here (a timed assertion
  // fails on a loaded machine); the figure is only printed.
  const latencies = rows.filter((_, i) => i % 5 !== 0).map((r) => r.latency);
  console.log(`Discord widget mount after navigation: p95 ${p95(latencies).toFixed(1)} ms`);

  await insertButton(page, 'message').click();
  await expect.poll(() => editorText(page, 'message')).toContain(taggedLink('discord'));
  await expect(page.locator('promo-ledger-widget')).toHaveCount(1);
});

test('YouTube: 50 watch-page navigations, always one widget, still inserting', async ({
  page,
  context,
  extensionId,
}) => {
  test.setTimeout(120_000);
  await saveLinkInOptions(context, extensionId);
  await page.bringToFront();
  const fixture = fixtureById('youtube-comment');
  await gotoFixture(page, fixture);
  await recordMounts(page);
  const rows = await page.evaluate(async () => {
    const w = window as unknown as { __mounts: number[] };
    const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));
    const out: { latency: number; widgets: number; afterStrip: number }[] = [];
    for (let i = 0; i < 50; i += 1) {
      await window.__fixture?.navigate(`/watch?v=vid${String(i).padStart(8, '0')}`);
      document.querySelector('ytd-comments')?.scrollIntoView();
      let placeholder: HTMLElement | null = null;
      for (let t = 0; t < 200 && !placeholder; t += 1) {
        placeholder = document.querySelector<HTMLElement>('ytd-comments #placeholder-area');
        if (!placeholder) await wait(5);
      }
      const seen = w.__mounts.length;
      const t0 = performance.now();
      placeholder?.click();
      for (let t = 0; t < 200 && w.__mounts.length === seen; t += 1) await wait(5);
      const latency = (w.__mounts[seen] ?? Number.POSITIVE_INFINITY) - t0;
      const widgets = document.querySelectorAll('promo-ledger-widget').length;
      // YouTube strips foreign nodes from its containers 150 ms after a navigation.
      await wait(200);
      out.push({ latency, widgets, afterStrip: document.querySelectorAll('promo-ledger-widget').length });
    }
    return out;
  });
  expect(rows.map((r) => `${r.widgets}:${r.afterStrip}`)).toEqual(Array(50).fill('1:1'));
  const latencies = rows.map((r) => r.latency);
  // Printed, not asserted: speed is measured in `npm run bench` (quality.md P3).
  console.log(`YouTube widget mount after opening the comment box: p95 ${p95(latencies).toFixed(1)} ms`);

  await page.locator(fixture.selectors.editor).click();
  await insertButton(page, 'comment').click();
  await expect.poll(() => editorText(page, 'comment')).toContain(taggedLink('youtube'));
  await expect(page.locator('promo-ledger-widget')).toHaveCount(1);
});

test('TikTok routing: video → video → Studio upload, one widget for the composer of each page', async ({
  page,
  context,
  extensionId,
}) => {
  await saveLinkInOptions(context, extensionId);
  await page.bringToFront();
  await gotoFixture(page, fixtureById('tiktok-comment'));
  const surfaces = () =>
    page
      .locator('promo-ledger-widget')
      .evaluateAll((hosts) => hosts.map((h) => (h as HTMLElement).dataset.surface));
  await expect.poll(surfaces).toEqual(['comment']);
  for (const path of [
    '/@creator/video/7300000000000000002',
    '/tiktokstudio/upload',
    '/@lena.draws/video/7300000000000000003',
  ]) {
    await page.evaluate((p) => window.__fixture?.navigate(p), path);
    if (path.startsWith('/tiktokstudio')) {
      // File-first: no caption, so no widget, until a video is chosen.
      await expect.poll(surfaces).toEqual([]);
      await page.locator('button:text-is("Select video")').click();
      await expect.poll(surfaces).toEqual(['caption']);
    } else {
      await expect.poll(surfaces).toEqual(['comment']);
    }
  }
  await insertButton(page, 'comment').click();
  await expect.poll(() => editorText(page, 'comment')).toBe(`${taggedLink('tiktok')} `);
});
