// The site fixtures' submit and success flows, driven as a user would (keyboard in the editor,
// clicks on buttons found by their text), without any extension: TikTok Studio's file-first
// upload and its "Continue to post?" dialog, TikTok's comment button and signed-out page,
// YouTube's 0×0 twin Post button and Studio's Save, Discord's read-only channel, Substack's
// "Continue" → "Send to everyone now" → /p/<slug> and Notes' "Note sent" toast, in English and
// French where the fixture has French. Every state in NO_COMPOSER_STATES is checked to have no
// composer. Chromium only (test/e2e/firefox/ is the Firefox project).
import type { Page } from '@playwright/test';
import { FIXTURES, fixtureById, NO_COMPOSER_STATES, type PostedItem } from '../fixtures/sites';
import { findTarget } from './drivers/find-in-page';
import { editorText, expect, focusEnd, gotoFixture, submitEnabled, test, waitForFixture } from './fixtures';

// A busy two-core machine: generous limits everywhere, and no assertion on how long anything takes.
test.describe.configure({ timeout: 120_000 });
test.use({ actionTimeout: 20_000 });
const slow = expect.configure({ timeout: 20_000 });

const TIKTOK_VIDEO = 'https://www.tiktok.com/@creator/video/7300000000000000001';

const posted = (page: Page): Promise<PostedItem[]> => page.evaluate(() => window.__fixture?.posted ?? []);
const surfaces = (page: Page): Promise<string[]> => page.evaluate(() => window.__fixture?.surfaces ?? []);
const pathname = (page: Page): Promise<string> => page.evaluate(() => location.pathname);

/** Marks the document, to prove later that a "navigation" was client-side (same document). */
async function markDocument(page: Page): Promise<void> {
  await page.evaluate(() => {
    (window as unknown as { __sameDocument: boolean }).__sameDocument = true;
  });
}
const sameDocument = (page: Page): Promise<boolean> =>
  page.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument === true);

/**
 * What the Firefox driver's finder (drivers/find-in-page.ts) makes of a selector in this page:
 * `element` when exactly one visible, enabled element matches, else its reason.
 */
function findLikeFirefox(page: Page, selector: string): Promise<string> {
  return page.evaluate(
    ({ source, target }) => {
      const find = new Function(`return (${source});`)() as (
        t: string,
        o: { enabled: boolean },
      ) => Element | { wait: string } | { error: string };
      const found = find(target, { enabled: true });
      return found instanceof Element ? 'element' : JSON.stringify(found);
    },
    { source: findTarget.toString(), target: selector },
  );
}

/** Clicks a fixture step once both Playwright and the Firefox driver's finder resolve it to one element. */
async function clickStep(page: Page, selector: string): Promise<void> {
  await slow.poll(() => findLikeFirefox(page, selector), { message: selector }).toBe('element');
  await page.locator(selector).click();
}

/** Attributes that would make a button findable by test id: the real pages have none on these. */
async function testIdsOf(page: Page, selector: string): Promise<string[]> {
  return page
    .locator(selector)
    .evaluateAll((els) =>
      els.flatMap((el) =>
        [...el.attributes].map((a) => a.name).filter((n) => /^data-(e2e|testid|test-id)$/.test(n)),
      ),
    );
}

// ------------------------------------------------------------------ the registry itself

test('FIXTURES and NO_COMPOSER_STATES: unique ids, selectors the Firefox driver understands', () => {
  const ids = [...FIXTURES.map((f) => f.id), ...NO_COMPOSER_STATES.map((s) => s.id)];
  expect(new Set(ids).size).toBe(ids.length);
  const selectors = [
    ...FIXTURES.flatMap((f) => [
      ...f.open,
      ...('click' in f.send ? f.send.click : []),
      f.selectors.editor,
      f.selectors.submit ?? '',
      f.selectors.result,
      f.selectors.box ?? '',
      f.lazy ?? '',
    ]),
    ...NO_COMPOSER_STATES.flatMap((s) => s.open),
  ].filter(Boolean);
  for (const selector of selectors) {
    const pseudo = /:(has-text|text-is)\("((?:[^"\\]|\\.)*)"\)$/.exec(selector);
    const css = pseudo ? selector.slice(0, pseudo.index) : selector;
    expect(/:(has-text|text-is)\(/.test(css), selector).toBe(false);
  }
  for (const id of ['tiktok-upload-fr', 'substack-post-fr', 'substack-note-fr']) {
    expect(new URL(fixtureById(id).url).searchParams.get('lang')).toBe('fr');
  }
  // No inferred test ids on Substack's publishing controls.
  expect(JSON.stringify(FIXTURES)).not.toMatch(/publish-button|send-now-button|published-banner/);
});

// ------------------------------------------------------------------ TikTok Studio upload

const TIKTOK_UPLOAD_WORDS = {
  en: {
    id: 'tiktok-upload',
    select: 'Select video',
    post: 'Post',
    title: 'Continue to post?',
    cancel: 'Cancel',
    postNow: 'Post now',
  },
  fr: {
    id: 'tiktok-upload-fr',
    select: 'Sélectionner une vidéo',
    post: 'Publier',
    title: 'Continuer la publication ?',
    cancel: 'Annuler',
    postNow: 'Publier maintenant',
  },
} as const;

for (const lang of ['en', 'fr'] as const) {
  const words = TIKTOK_UPLOAD_WORDS[lang];

  test(`TikTok upload (${lang}): file first; Post → "${words.title}"; Cancel keeps the caption; "${words.postNow}" posts and routes to /tiktokstudio/content`, async ({
    page,
    sites,
  }) => {
    const fixture = fixtureById(words.id);
    await page.goto(fixture.url);
    await waitForFixture(page);

    // Before a file is chosen: only the drop zone.
    await expect(page.locator('input[type="file"][accept="video/*"]')).toHaveCount(1);
    await expect(page.getByRole('button', { name: words.select, exact: true })).toBeVisible();
    await expect(page.locator('button[data-e2e="post_video_button"]')).toHaveCount(0);
    await expect(page.locator(fixture.selectors.editor)).toHaveCount(0);
    expect(await surfaces(page)).toEqual([]);
    await markDocument(page);

    // "Select video" (the fixture's stand-in for the OS file chooser) reveals caption and Post.
    for (const step of fixture.open) await clickStep(page, step);
    await slow(page.locator(fixture.selectors.editor)).toBeVisible();
    expect(await surfaces(page)).toEqual(['caption']);
    expect(await editorText(page, 'caption')).toBe('my_video');
    const postButton = page.locator('button[data-e2e="post_video_button"]');
    await expect(postButton).toHaveText(words.post);

    await focusEnd(page, fixture);
    await page.keyboard.type(' behind the scenes');
    const expected = 'my_video behind the scenes';
    expect(await editorText(page, 'caption')).toBe(expected);

    // Post asks first; Cancel closes the dialog and keeps the caption.
    const [postStep, postNowStep] = 'click' in fixture.send ? fixture.send.click : [];
    if (!postStep || !postNowStep) throw new Error('tiktok-upload sends with two clicks');
    await clickStep(page, postStep);
    const dialog = page.getByRole('dialog', { name: words.title, exact: true });
    await slow(dialog).toBeVisible();
    await expect(dialog).toHaveAttribute('aria-modal', 'true');
    await expect(dialog.getByRole('button', { name: words.cancel, exact: true })).toBeVisible();
    await expect(dialog.getByRole('button', { name: words.postNow, exact: true })).toBeVisible();
    expect(await testIdsOf(page, '[role="dialog"] button')).toEqual([]);
    await dialog.getByRole('button', { name: words.cancel, exact: true }).click();
    await slow(dialog).toHaveCount(0);
    expect(await editorText(page, 'caption')).toBe(expected);
    expect(await posted(page)).toEqual([]);
    expect(await pathname(page)).toBe('/tiktokstudio/upload');

    // Post, then "Post now": sent from the Draft state, then a client-side route to /content.
    await clickStep(page, postStep);
    await slow(dialog).toBeVisible();
    await clickStep(page, postNowStep);
    const post = await sites.waitForPost((p) => p.surface === 'caption', 20_000);
    expect(post.text).toBe(expected);
    await slow.poll(() => pathname(page)).toBe('/tiktokstudio/content');
    expect(await sameDocument(page)).toBe(true);
    const sent = await posted(page);
    expect(sent.map((p) => [p.surface, p.text])).toEqual([['caption', expected]]);
    expect(new URL(sent[0]?.url ?? 'about:blank').pathname).toBe('/tiktokstudio/upload');
    await slow(page.locator(fixture.selectors.result).first()).toContainText(expected);
    await expect(dialog).toHaveCount(0);
    expect(await surfaces(page)).toEqual([]);
    expect(sites.aborted).toEqual([]);
  });
}

test('TikTok upload: a real file `change` pre-fills the caption with the file name', async ({
  page,
  sites,
}) => {
  const fixture = fixtureById('tiktok-upload');
  await page.goto(fixture.url);
  await waitForFixture(page);
  await page.locator('input[type="file"][accept="video/*"]').setInputFiles({
    name: 'beach day.mov',
    mimeType: 'video/quicktime',
    buffer: Buffer.from('not really a video'),
  });
  await slow(page.locator(fixture.selectors.editor)).toBeVisible();
  await expect(page.getByText('beach day.mov', { exact: true })).toBeVisible();
  expect(await editorText(page, 'caption')).toBe('beach day');
  await focusEnd(page, fixture);
  await page.keyboard.type('!');
  await clickStep(page, 'button[data-e2e="post_video_button"][aria-disabled="false"]');
  await clickStep(page, '[role="dialog"] button:text-is("Post now")');
  expect((await sites.waitForPost((p) => p.surface === 'caption', 20_000)).text).toBe('beach day!');
  await slow.poll(() => pathname(page)).toBe('/tiktokstudio/content');
});

// ------------------------------------------------------------------ TikTok comments

for (const lang of ['en', 'fr'] as const) {
  const label = lang === 'fr' ? 'Publier' : 'Post';

  test(`TikTok comments (${lang}): the post button is button[class*="ArrowPostButton"] labelled "${label}"`, async ({
    page,
    sites,
  }) => {
    const fixture = fixtureById('tiktok-comment');
    await page.goto(lang === 'fr' ? `${TIKTOK_VIDEO}?lang=fr` : TIKTOK_VIDEO);
    await waitForFixture(page);
    const button = page.locator('button[class*="ArrowPostButton"]');
    await expect(button).toHaveCount(1);
    await expect(button).toHaveAttribute('aria-label', label);
    await expect(button).toHaveAttribute('data-e2e', 'comment-post');
    await expect(button).toHaveText(label);
    await expect(page.getByRole('button', { name: label, exact: true })).toHaveCount(1);
    await expect(
      page.locator(
        '[class*="DivCommentFooter"] > [class*="DivCommentBarContainer"] > [class*="DivTextInputContainer"]',
      ),
    ).toHaveCount(1);

    await focusEnd(page, fixture);
    await page.keyboard.type('great light');
    await slow.poll(() => submitEnabled(page, 'comment')).toBe(true);
    await clickStep(page, 'button[class*="ArrowPostButton"]');
    expect((await sites.waitForPost((p) => p.surface === 'comment', 20_000)).text).toBe('great light');
    await slow(page.locator(fixture.selectors.result).first()).toHaveText('great light');
    expect(await editorText(page, 'comment')).toBe('');
  });
}

for (const lang of ['en', 'fr'] as const) {
  const login = lang === 'fr' ? 'Connectez-vous pour commenter' : 'Log in to comment';

  test(`TikTok video signed out (${lang}): "${login}" instead of the comment bar, no composer`, async ({
    page,
  }) => {
    await page.goto(`${TIKTOK_VIDEO}?signedout=1${lang === 'fr' ? '&lang=fr' : ''}`);
    await waitForFixture(page);
    await expect(
      page.locator('[class*="DivCommentFooter"]').getByRole('button', { name: login }),
    ).toBeVisible();
    await expect(page.locator('[data-e2e="comment-input"]')).toHaveCount(0);
    await expect(page.locator('[data-e2e="comment-post"], button[class*="ArrowPostButton"]')).toHaveCount(0);
    await expect(page.locator('[contenteditable="true"], [role="textbox"]')).toHaveCount(0);
    await expect(page.locator('[data-e2e="comment-level-1"]').first()).toBeVisible();
    expect(await surfaces(page)).toEqual([]);
  });
}

// ------------------------------------------------------------------ YouTube

test('YouTube posts: a 0×0 twin button[aria-label="Post"] comes first; the visible one posts', async ({
  page,
  sites,
}) => {
  const fixture = fixtureById('youtube-post');
  await gotoFixture(page, fixture);
  const buttons = page.locator('button[aria-label="Post"]');
  await expect(buttons).toHaveCount(2);
  const { boxes, twinFirst } = await buttons.evaluateAll((els) => ({
    boxes: els.map((el) => {
      const rect = el.getBoundingClientRect();
      return {
        width: rect.width,
        height: rect.height,
        rendered: el.getClientRects().length > 0 && getComputedStyle(el).display !== 'none',
        hidden: el.closest('[hidden], [aria-hidden="true"]') !== null,
        real: el.matches('ytd-commentbox #submit-button button'),
      };
    }),
    twinFirst:
      els.length === 2 &&
      ((els[0] as Element).compareDocumentPosition(els[1] as Element) & Node.DOCUMENT_POSITION_FOLLOWING) !==
        0,
  }));
  // querySelectorAll order is document order: the 0×0 twin, then the real, visible button.
  expect(twinFirst).toBe(true);
  expect(boxes[0]).toMatchObject({ width: 0, height: 0, rendered: true, hidden: false, real: false });
  expect(boxes[1]).toMatchObject({ rendered: true, hidden: false, real: true });
  expect((boxes[1]?.width ?? 0) > 0 && (boxes[1]?.height ?? 0) > 0).toBe(true);
  await expect(buttons.nth(0)).toBeHidden();
  await expect(buttons.nth(1)).toBeVisible();

  await focusEnd(page, fixture);
  await page.keyboard.type('Part 2 is up');
  await slow.poll(() => submitEnabled(page, 'post')).toBe(true);
  // The twin does nothing.
  await buttons.nth(0).dispatchEvent('click');
  expect(await posted(page)).toEqual([]);
  await buttons.filter({ visible: true }).click();
  expect((await sites.waitForPost((p) => p.surface === 'post', 20_000)).text).toBe('Part 2 is up');
  await slow(page.locator(fixture.selectors.result).first()).toContainText('Part 2 is up');
});

test('YouTube Studio: Save is disabled until the description changes, and disabled again once saved', async ({
  page,
  sites,
}) => {
  const fixture = fixtureById('youtube-studio-description');
  await gotoFixture(page, fixture);
  const save = page.locator('ytcp-button#save');
  await expect(save).toHaveAttribute('disabled', '');
  await expect(save).toHaveAttribute('aria-disabled', 'true');
  await expect(save).toBeDisabled();
  expect(await submitEnabled(page, 'description')).toBe(false);

  await focusEnd(page, fixture);
  await page.keyboard.type(' Links in the pinned comment.');
  const expected = `${fixture.initialText} Links in the pinned comment.`;
  expect(await editorText(page, 'description')).toBe(expected);
  await slow(save).not.toHaveAttribute('disabled');
  await expect(save).toHaveAttribute('aria-disabled', 'false');
  await expect(save).toBeEnabled();

  await clickStep(page, 'ytcp-button#save');
  expect((await sites.waitForPost((p) => p.surface === 'description', 20_000)).text).toBe(expected);
  await slow(save).toHaveAttribute('disabled', '');
  await expect(save).toHaveAttribute('aria-disabled', 'true');
  await slow(page.locator(fixture.selectors.result)).toHaveText('Changes saved');
  expect((await posted(page)).map((p) => p.text)).toEqual([expected]);
});

// ------------------------------------------------------------------ Discord

test('Discord: #announcements is read-only: messages, a notice, no form and no textbox', async ({ page }) => {
  const notice = 'You do not have permission to send messages in this channel.';
  await page.goto('https://discord.com/channels/1000/2001');
  await waitForFixture(page);
  await expect(page.locator('ol[data-list-id="chat-messages"] > li[id^="chat-messages-2001-"]')).toHaveCount(
    3,
  );
  await expect(page.getByText(notice, { exact: true })).toBeVisible();
  await expect(page.locator('form')).toHaveCount(0);
  await expect(page.locator('[role="textbox"], [data-slate-editor]')).toHaveCount(0);
  expect(await surfaces(page)).toEqual([]);

  // Switching channels in the list: the composer comes and goes with the permission.
  await page.locator('a[data-list-item-id="channels___2000"]').click();
  const editor = page.locator(fixtureById('discord-message').selectors.editor);
  await slow(editor).toHaveCount(1);
  expect(await surfaces(page)).toEqual(['message']);
  await page.locator('a[data-list-item-id="channels___2001"]').click();
  await slow(page.getByText(notice, { exact: true })).toBeVisible();
  await expect(editor).toHaveCount(0);
  await expect(page.locator('[role="textbox"]')).toHaveCount(0);
  expect(await pathname(page)).toBe('/channels/1000/2001');
  expect(await surfaces(page)).toEqual([]);
  await expect(page.locator('a[data-list-item-id="channels___2001"]')).toContainText('announcements');
});

// ------------------------------------------------------------------ Substack

const SUBSTACK_POSTS = [
  {
    id: 'substack-post',
    next: 'Continue',
    send: 'Send to everyone now',
    back: 'Back',
    title: 'Studio notes: May',
    slug: 'studio-notes-may',
  },
  {
    id: 'substack-post-fr',
    next: 'Continuer',
    send: 'Envoyer à tous maintenant',
    back: 'Retour',
    title: 'Notes d’atelier : été',
    slug: 'notes-d-atelier-ete',
  },
  {
    id: 'substack-post-subdomain',
    next: 'Continue',
    send: 'Send to everyone now',
    back: 'Back',
    title: '',
    slug: 'untitled',
  },
] as const;

for (const c of SUBSTACK_POSTS) {
  test(`${c.id}: "${c.next}" → "${c.send}" sends the ProseMirror text and routes to /p/${c.slug}`, async ({
    page,
    sites,
  }) => {
    const fixture = fixtureById(c.id);
    await gotoFixture(page, fixture);
    await markDocument(page);
    await expect(
      page.locator(
        '[data-testid="publish-button"], [data-testid="send-now-button"], [data-testid="published-banner"]',
      ),
    ).toHaveCount(0);
    await expect(page.locator('[data-testid="editor"]')).toHaveCount(1);
    if (c.title) {
      await page.locator('textarea#post-title').click();
      await page.keyboard.type(c.title);
    }
    await focusEnd(page, fixture);
    await page.keyboard.type('Hello readers,');
    await page.keyboard.press('Enter');
    await page.keyboard.type('the window-and-sheet trick works.');
    const expected = 'Hello readers,\nthe window-and-sheet trick works.';
    expect(await editorText(page, 'post')).toBe(expected);

    const [continueStep, sendStep] = 'click' in fixture.send ? fixture.send.click : [];
    if (!continueStep || !sendStep) throw new Error(`${c.id} sends with two clicks`);
    expect(fixture.selectors.submit).toBe(continueStep);
    await clickStep(page, continueStep);
    const dialog = page.getByRole('dialog');
    await slow(dialog).toBeVisible();
    await expect(dialog.getByRole('button', { name: c.send, exact: true })).toBeVisible();
    expect(await testIdsOf(page, 'button')).toEqual([]);
    await dialog.getByRole('button', { name: c.back, exact: true }).click();
    await slow(dialog).toHaveCount(0);
    expect(await posted(page)).toEqual([]);

    await clickStep(page, continueStep);
    await clickStep(page, sendStep);
    expect((await sites.waitForPost((p) => p.surface === 'post', 20_000)).text).toBe(expected);
    await slow.poll(() => pathname(page)).toBe(`/p/${c.slug}`);
    expect(await sameDocument(page)).toBe(true);
    const sent = await posted(page);
    expect(sent.map((p) => [p.surface, p.text])).toEqual([['post', expected]]);
    expect(new URL(sent[0]?.url ?? 'about:blank').pathname).toBe('/publish/post/123');
    await slow(page.locator('article.post h1')).toHaveText(c.title || 'Untitled');
    const result = page.locator(fixture.selectors.result);
    await expect(result).toHaveCount(1);
    await expect(result).toContainText('Hello readers,');
    await expect(result).toContainText('the window-and-sheet trick works.');
    await expect(page.locator(fixture.selectors.editor)).toHaveCount(0);
  });
}

const SUBSTACK_NOTES = {
  en: { id: 'substack-note', prompt: "What's on your mind?", post: 'Post', sent: 'Note sent' },
  fr: { id: 'substack-note-fr', prompt: "Qu'avez-vous en tête ?", post: 'Publier', sent: 'Note envoyée' },
} as const;

for (const lang of ['en', 'fr'] as const) {
  const words = SUBSTACK_NOTES[lang];

  test(`Substack Notes (${lang}): "${words.prompt}" → "${words.post}" → the note in the feed and a plain "${words.sent}" toast`, async ({
    page,
    sites,
  }) => {
    const fixture = fixtureById(words.id);
    await page.goto(fixture.url);
    await waitForFixture(page);
    await expect(page.getByRole('dialog')).toHaveCount(0);
    expect(await surfaces(page)).toEqual([]);

    for (const step of fixture.open) await clickStep(page, step);
    await slow(page.locator(fixture.selectors.editor)).toBeVisible();
    expect(await surfaces(page)).toEqual(['note']);
    await focusEnd(page, fixture);
    await page.keyboard.type('New video tomorrow');
    await slow.poll(() => submitEnabled(page, 'note')).toBe(true);
    for (const step of 'click' in fixture.send ? fixture.send.click : []) await clickStep(page, step);

    expect((await sites.waitForPost((p) => p.surface === 'note', 20_000)).text).toBe('New video tomorrow');
    await slow(page.getByRole('dialog')).toHaveCount(0);
    await expect(page.locator(fixture.selectors.result).first()).toContainText('New video tomorrow');
    const toast = page.getByText(words.sent, { exact: true });
    await slow(toast).toBeVisible();
    const shape = await toast.evaluate((el) => ({
      text: (el.textContent ?? '').trim(),
      children: el.children.length,
      role: el.getAttribute('role'),
      ids: [...el.attributes].map((a) => a.name).filter((n) => /^data-(testid|test-id|e2e)$/.test(n)),
    }));
    expect(shape).toEqual({ text: words.sent, children: 0, role: null, ids: [] });
    // It goes away by itself (about 4 s on the real page).
    await slow(toast).toBeHidden();
    expect((await posted(page)).map((p) => p.text)).toEqual(['New video tomorrow']);
  });
}

// ------------------------------------------------------------------ states without a composer

const EDITOR_SELECTORS = [...new Set(FIXTURES.map((f) => f.selectors.editor))];

for (const state of NO_COMPOSER_STATES) {
  test(`no composer: ${state.id}`, async ({ page }) => {
    await page.goto(state.url);
    await waitForFixture(page);
    for (const step of state.open) await clickStep(page, step);
    // Let the page settle (lazy renders, effects) before asserting that nothing appeared.
    await page.waitForLoadState('networkidle');
    await page.evaluate(
      () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
    );
    await page.waitForTimeout(500);
    expect(await surfaces(page)).toEqual([]);
    const present = await page.evaluate(
      (selectors) => selectors.filter((s) => document.querySelector(s) !== null),
      EDITOR_SELECTORS,
    );
    expect(present).toEqual([]);
  });
}
