// Pages that are hostile, machines that are slow (quality.md S6, S7, R8): a page of our own at a
// real site URL tries to stop, fingerprint or drive the extension, and an editor that shows the
// link late still has it counted. Chromium, with the built extension.
import { fixtureById } from '../fixtures/sites';
import { BUILT_EXTENSION, editorText, expect, gotoFixture, sendComposer, test } from './fixtures';
import {
  type ChromeLike,
  exportLog,
  insertButton,
  logReader,
  saveLinkInOptions,
  taggedLink,
  widgetFor,
} from './widget-helpers';

test.use({ extensionPath: BUILT_EXTENSION });

const discord = fixtureById('discord-message');
const WIDGET = 'promo-ledger-widget[data-surface="message"]';

test.beforeEach(async ({ context, extensionId, page }) => {
  await saveLinkInOptions(context, extensionId);
  await page.bringToFront();
});

test('a page that overrides prototypes, spams and replays postMessage, and forges WXT’s restart event cannot stop, fingerprint or drive the widget', async ({
  page,
  context,
  extensionId,
}) => {
  // Before any script of the page: prototypes the widget could trip over, and a replay of
  // every message the page hears (bounded), recording what it heard.
  await page.addInitScript(() => {
    const w = window as unknown as { __heard: string[] };
    w.__heard = [];
    const map = Array.prototype.map;
    // Still working, but the page's own: code that trusted prototypes would run through it.
    (Array.prototype as { map: unknown }).map = function (this: unknown[], ...args: unknown[]) {
      return map.apply(this, args as Parameters<typeof map>);
    };
    const parse = JSON.parse;
    JSON.parse = (text: string, reviver?: (k: string, v: unknown) => unknown) => {
      const value = parse(text, reviver);
      if (value && typeof value === 'object') (value as Record<string, unknown>).__poisoned = true;
      return value;
    };
    Element.prototype.attachShadow = () => {
      throw new Error('no shadow roots on this page');
    };
    let replays = 0;
    window.addEventListener('message', (event) => {
      w.__heard.push(JSON.stringify(event.data) ?? String(event.data));
      if (replays++ < 200) window.postMessage(event.data, '*');
    });
    for (let i = 0; i < 50; i++) window.postMessage({ type: `spam-${i}`, id: Math.random() }, '*');
  });
  await gotoFixture(page, discord);
  await expect(insertButton(page, 'message')).toBeVisible();

  // The page never heard the extension's id (WXT's started message to the page is off).
  const heard = await page.evaluate(() => (window as unknown as { __heard: string[] }).__heard);
  expect(heard.filter((m) => m.includes(extensionId))).toEqual([]);

  // The restart event WXT's content scripts listen for, replayed by the page (the extension id is
  // public on the stores): on document, where WXT listens, and on window.
  await page.evaluate(
    ({ id }) => {
      const type = `${id}:discord:wxt:content-script-started`;
      const detail = { contentScriptName: 'discord', messageId: 'forged' };
      document.dispatchEvent(new CustomEvent(type, { detail }));
      window.dispatchEvent(new CustomEvent(type, { detail }));
      window.postMessage({ type, contentScriptName: 'discord', messageId: 'forged' }, '*');
    },
    { id: extensionId },
  );
  // WXT's own check runs on its timers (a 2 s heartbeat here): give it time to act, if it would.
  await page.waitForTimeout(2_500);
  await expect(page.locator(WIDGET)).toHaveCount(1);

  // An untrusted click on "Open dashboard" opens nothing.
  const pagesBefore = context.pages().length;
  await page.evaluate((sel) => {
    const link = document.querySelector(sel)?.shadowRoot?.querySelector<HTMLAnchorElement>('a.link');
    link?.click();
  }, WIDGET);
  await page.waitForTimeout(800);
  expect(context.pages().length).toBe(pagesBefore);

  // Still inserting, by click and by the shortcut.
  await insertButton(page, 'message').click();
  await expect.poll(() => editorText(page, 'message')).toBe(`${taggedLink('discord')} `);
  await page.locator(discord.selectors.editor).click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Backspace');
  const [worker] = context.serviceWorkers();
  if (!worker) throw new Error('no service worker');
  await worker.evaluate(async () => {
    const api = (globalThis as unknown as { chrome: ChromeLike }).chrome;
    const [tab] = await api.tabs.query({ active: true, currentWindow: true });
    if (tab?.id !== undefined) await api.tabs.sendMessage(tab.id, { type: 'insert-shortcut' }).catch(() => 0);
  });
  await expect.poll(() => editorText(page, 'message')).toBe(`${taggedLink('discord')} `);
});

test('an editor that shows the link only after the cascade gave up: it is still counted as inserted, once, and posted', async ({
  page,
  context,
  extensionId,
  sites,
}) => {
  test.setTimeout(60_000);
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: 'https://discord.com' });
  const reader = await logReader(context, extensionId);
  await page.bringToFront();
  await gotoFixture(page, discord);
  // A very slow Slate: our (untrusted) beforeinput is held back and applied 5.5 s later, after the
  // cascade's wait; our paste is swallowed.
  await page.evaluate(() => {
    window.addEventListener(
      'beforeinput',
      (event) => {
        if (event.isTrusted || (event as InputEvent & { __late?: boolean }).__late) return;
        event.preventDefault();
        event.stopImmediatePropagation();
        const { data, target } = event as InputEvent;
        setTimeout(() => {
          const late = new InputEvent('beforeinput', {
            inputType: 'insertText',
            data,
            bubbles: true,
            cancelable: true,
            composed: true,
          }) as InputEvent & { __late?: boolean };
          late.__late = true;
          target?.dispatchEvent(late);
        }, 5_500);
      },
      { capture: true },
    );
    window.addEventListener(
      'paste',
      (event) => {
        if (event.isTrusted) return;
        event.preventDefault();
        event.stopImmediatePropagation();
      },
      { capture: true },
    );
  });
  await insertButton(page, 'message').click();
  const status = widgetFor(page, 'message').getByRole('status');
  await expect(status).toContainText('Copied — paste it', { timeout: 15_000 });
  await expect(status).toHaveText('Link inserted', { timeout: 15_000 });
  expect(await editorText(page, 'message')).toBe(`${taggedLink('discord')} `);
  await expect
    .poll(async () => (await exportLog(reader)).events.map((e) => e.action).sort())
    .toEqual(['link_copied', 'link_inserted']);
  await sendComposer(page, discord);
  await sites.waitForPost((p) => p.text.includes(taggedLink('discord')));
  await expect
    .poll(async () => (await exportLog(reader)).events.map((e) => e.action).sort(), { timeout: 10_000 })
    .toEqual(['link_copied', 'link_inserted', 'posted']);
});

test('under 4× CPU throttling every insertion that reached the editor is logged, once (R8)', async ({
  page,
  context,
  extensionId,
}) => {
  test.setTimeout(120_000);
  const reader = await logReader(context, extensionId);
  await page.bringToFront();
  await gotoFixture(page, discord);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  const editor = page.locator(discord.selectors.editor);
  const ROUNDS = 8;
  for (let i = 0; i < ROUNDS; i++) {
    await insertButton(page, 'message').click();
    await expect
      .poll(() => editorText(page, 'message'), { timeout: 20_000 })
      .toContain(taggedLink('discord'));
    await editor.click();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.press('Backspace');
    await expect.poll(() => editorText(page, 'message'), { timeout: 20_000 }).toBe('');
  }
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  await expect
    .poll(async () => (await exportLog(reader)).events.filter((e) => e.action === 'link_inserted').length, {
      timeout: 20_000,
    })
    .toBe(ROUNDS);
  // Nothing was both inserted and given up on.
  expect((await exportLog(reader)).events.filter((e) => e.action === 'link_copied')).toEqual([]);
});
