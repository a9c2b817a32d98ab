// A way in on any editable field of the four sites (issue 9 §3): the keyboard shortcut and the
// context menu insert into a field no adapter recognises, through the editor its ancestors show
// (Draft on TikTok, a plain contenteditable on YouTube Studio, a textarea on Discord, ProseMirror
// on Substack), verified by reading the editor's own model back, and log it with surface `other`.
// A real context-menu click cannot be made headless: those tests send what the background's
// onClicked handler sends (messaging/context-menu.ts), after a real right-click on the field.
import type { Page, Worker } from '@playwright/test';
import { fixtureById, type SiteFixture } from '../fixtures/sites';
import { BUILT_EXTENSION, editorText, expect, gotoFixture, test } from './fixtures';
import { exportLog, logReader, saveLinkInOptions, taggedLink } from './widget-helpers';

test.use({ extensionPath: BUILT_EXTENSION });

interface Case {
  fixture: string;
  platform: string;
  /** The unrecognised field, and its name in `window.__fixture`. */
  field: string;
  other: string;
  kind: string;
  /** What the field holds before (pre-filled) and what is typed first. */
  before: string;
  typed: string;
}

const CASES: Case[] = [
  {
    fixture: 'tiktok-comment',
    platform: 'tiktok',
    field: '[data-e2e="share-message-input"] .public-DraftEditor-content',
    other: 'other-share-message',
    kind: 'Draft.js',
    before: '',
    typed: 'look',
  },
  {
    fixture: 'youtube-studio-description',
    platform: 'youtube',
    field: 'ytcp-video-title #textbox[contenteditable="true"]',
    other: 'other-title',
    kind: 'contenteditable',
    before: 'Studio tour',
    typed: '',
  },
  {
    fixture: 'discord-message',
    platform: 'discord',
    field: '[aria-label="Members"] textarea[aria-label="Note"]',
    other: 'other-note',
    kind: 'textarea',
    before: '',
    typed: 'met at the meetup',
  },
  {
    fixture: 'substack-post',
    platform: 'substack',
    field: '[data-testid="footer-editor"] .ProseMirror[contenteditable="true"]',
    other: 'other-footer',
    kind: 'ProseMirror',
    before: '',
    typed: 'Follow me:',
  },
];

type ChromeApi = {
  tabs: {
    query(q: { active: boolean; currentWindow: boolean }): Promise<{ id?: number }[]>;
    sendMessage(tabId: number, message: unknown, options?: { frameId?: number }): Promise<unknown>;
  };
};

/** What the background sends on the shortcut (shortcut.ts) or on a menu click (context-menu.ts). */
function trigger(worker: Worker, via: 'shortcut' | 'context-menu'): Promise<void> {
  return worker.evaluate(async (how) => {
    const api = (globalThis as unknown as { chrome: ChromeApi }).chrome;
    const [tab] = await api.tabs.query({ active: true, currentWindow: true });
    if (tab?.id === undefined) throw new Error('no active tab');
    if (how === 'shortcut') await api.tabs.sendMessage(tab.id, { type: 'insert-shortcut' });
    else await api.tabs.sendMessage(tab.id, { type: 'insert-shortcut', via: 'context-menu' }, { frameId: 0 });
  }, via);
}

const count = (text: string, link: string) => text.split(link).length - 1;

function toast(page: Page) {
  return page.locator('promo-ledger-toast').getByRole('status');
}

async function open(page: Page, c: Case): Promise<SiteFixture> {
  const fixture = fixtureById(c.fixture);
  await gotoFixture(page, fixture);
  await expect(page.locator(c.field)).toBeVisible();
  if (c.before) expect(await editorText(page, c.other)).toContain(c.before);
  return fixture;
}

test.beforeEach(async ({ context, extensionId, page }) => {
  await saveLinkInOptions(context, extensionId);
  await page.bringToFront();
});

for (const c of CASES) {
  test(`the shortcut inserts into a field no adapter knows (${c.platform}, ${c.kind}), logged as surface other`, async ({
    page,
    context,
    extensionId,
  }) => {
    const reader = await logReader(context, extensionId);
    await page.bringToFront();
    const fixture = await open(page, c);
    const field = page.locator(c.field);
    await field.click();
    await page.keyboard.press('End');
    if (c.typed) await page.keyboard.type(c.typed);
    const [worker] = context.serviceWorkers();
    if (!worker) throw new Error('no service worker');
    await trigger(worker, 'shortcut');
    const link = taggedLink(c.platform);
    await expect.poll(() => editorText(page, c.other)).toContain(link);
    const text = await editorText(page, c.other);
    expect(count(text, link)).toBe(1);
    if (c.typed) expect(text).toContain(`${c.typed} ${link}`);
    await expect(toast(page)).toHaveText('Link inserted');
    await expect
      .poll(async () => (await exportLog(reader)).events.map((e) => `${e.action}:${e.surface}`))
      .toEqual(['link_inserted:other']);
    const [event] = (await exportLog(reader)).events;
    expect(event).toMatchObject({ platform: c.platform, surface: 'other', pageUrl: fixture.url });
    // Once there, a second press does not put it in again.
    await trigger(worker, 'shortcut');
    await expect(toast(page)).toHaveText('The link is already in this composer.');
    expect(count(await editorText(page, c.other), link)).toBe(1);
  });

  test(`the context menu inserts into the right-clicked field (${c.platform}, ${c.kind}; the menu click itself is simulated)`, async ({
    page,
    context,
    extensionId,
  }) => {
    const reader = await logReader(context, extensionId);
    await page.bringToFront();
    const fixture = await open(page, c);
    // Focus is elsewhere (the recognised composer, where there is one): the right-clicked field counts.
    const composer = page.locator(fixture.selectors.editor);
    if (await composer.isVisible()) await composer.click();
    await page.locator(c.field).click({ button: 'right' });
    await page.keyboard.press('Escape'); // closes the native menu where the browser draws one
    const [worker] = context.serviceWorkers();
    if (!worker) throw new Error('no service worker');
    await trigger(worker, 'context-menu');
    const link = taggedLink(c.platform);
    await expect.poll(() => editorText(page, c.other)).toContain(link);
    expect(count(await editorText(page, c.other), link)).toBe(1);
    expect(await editorText(page, fixture.surface)).not.toContain(link);
    await expect
      .poll(async () => (await exportLog(reader)).events.map((e) => `${e.action}:${e.surface}:${e.platform}`))
      .toEqual([`link_inserted:other:${c.platform}`]);
  });
}

test('a field that refuses the link: copied, said so in a toast, logged as link_copied (YouTube Studio title)', async ({
  page,
  context,
  extensionId,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], {
    origin: 'https://studio.youtube.com',
  });
  const reader = await logReader(context, extensionId);
  await page.bringToFront();
  const c = CASES[1] as Case;
  await open(page, c);
  // The field puts its text back after every edit, as an editor that does not take text from us would.
  await page.evaluate((selector) => {
    const field = document.querySelector(selector);
    if (!field) throw new Error('no field');
    const kept = field.textContent;
    field.addEventListener('input', () => (field.textContent = kept), { capture: true });
  }, c.field);
  await page.locator(c.field).click();
  const [worker] = context.serviceWorkers();
  if (!worker) throw new Error('no service worker');
  await trigger(worker, 'shortcut');
  await expect(toast(page)).toHaveText("This editor didn't take the link. Copied — paste it (Ctrl+V).");
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(taggedLink('youtube'));
  expect(await editorText(page, c.other)).not.toContain(taggedLink('youtube'));
  await expect
    .poll(async () => (await exportLog(reader)).events.map((e) => `${e.action}:${e.surface}`))
    .toEqual(['link_copied:other']);
});

/**
 * macOS selects the word under the pointer when the right button goes down (after the event, as
 * its default action): emulated here, since the test browser runs on Linux.
 */
async function macRightClick(page: Page, selector: string, word: string): Promise<void> {
  await page.evaluate(
    ({ selector, word }) => {
      const el = document.querySelector(selector);
      el?.addEventListener(
        'mousedown',
        (event) => {
          if ((event as MouseEvent).button !== 2) return;
          setTimeout(() => {
            if (el instanceof HTMLTextAreaElement || el instanceof HTMLInputElement) {
              const at = el.value.indexOf(word);
              el.setSelectionRange(at, at + word.length);
              return;
            }
            const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
            for (let n = walker.nextNode(); n; n = walker.nextNode()) {
              const at = n.nodeValue?.indexOf(word) ?? -1;
              if (at < 0) continue;
              const range = document.createRange();
              range.setStart(n, at);
              range.setEnd(n, at + word.length);
              getSelection()?.removeAllRanges();
              getSelection()?.addRange(range);
              return;
            }
          }, 0);
        },
        { once: true },
      );
    },
    { selector, word },
  );
  await page.locator(selector).click({ button: 'right' });
  await page.keyboard.press('Escape');
}

for (const [id, surface, selector] of [
  ['youtube-comment', 'comment', 'ytd-comment-simplebox-renderer ytd-commentbox #contenteditable-root'],
  ['discord-message', 'other-note', '[aria-label="Members"] textarea[aria-label="Note"]'],
] as const) {
  test(`macOS: the word a right-click selects is kept, the link goes at the caret (${id}, ${surface})`, async ({
    page,
    context,
  }) => {
    await page.bringToFront();
    const fixture = fixtureById(id);
    await gotoFixture(page, fixture);
    await page.locator(selector).click();
    await page.keyboard.type('hello world');
    await macRightClick(page, selector, 'hello');
    const [worker] = context.serviceWorkers();
    if (!worker) throw new Error('no service worker');
    await trigger(worker, 'context-menu');
    const link = taggedLink(fixture.site);
    await expect.poll(() => editorText(page, surface)).toContain(link);
    expect(await editorText(page, surface)).toMatch(
      new RegExp(`^hello world ${link.replace(/[?.]/g, '\\$&')}`),
    );
  });
}
