// Proves the site fixtures are faithful, without any extension: typing reaches each editor's own
// state and submitting sends it; the traps are real (DOM writes and `.value` do not reach the
// state); the documented insertion techniques work; client-side navigation never leaves two
// composers behind.
import { FIXTURES, type SiteFixture } from '../fixtures/sites';
import {
  editorText,
  expect,
  focusEnd,
  gotoFixture,
  revealComposer,
  sendComposer,
  submitEnabled,
  test,
  waitForFixture,
} from './fixtures';
import { caretAtEnd, insertWith } from './insertion';

const LINK = 'https://www.instagram.com/mayamakes/?utm_source=promo';
const byId = (id: string): SiteFixture => {
  const found = FIXTURES.find((f) => f.id === id);
  if (!found) throw new Error(id);
  return found;
};
const posted = (page: import('@playwright/test').Page) => page.evaluate(() => window.__fixture?.posted ?? []);
/** Results that show a banner or toast instead of the text itself. */
const RESULT_WITHOUT_TEXT = new Set([
  'youtube-studio-description',
  'substack-post',
  'substack-post-subdomain',
]);

test.describe('typing reaches the editor state and submitting sends it', () => {
  for (const fixture of FIXTURES) {
    test(fixture.id, async ({ page, sites }) => {
      await gotoFixture(page, fixture);
      expect(await editorText(page, fixture.surface)).toBe(fixture.initialText);
      await focusEnd(page, fixture);
      const typed = `Hi, my Instagram: ${LINK}`;
      await page.keyboard.type(typed);
      const expected = fixture.initialText + typed;

      expect(await editorText(page, fixture.surface)).toBe(expected);
      await expect.poll(() => submitEnabled(page, fixture.surface)).toBe(true);
      const resultsBefore = await page.locator(fixture.selectors.result).count();
      await sendComposer(page, fixture);

      const post = await sites.waitForPost((p) => p.surface === fixture.surface);
      expect(post.text).toBe(expected);
      expect(new URL(post.url).origin).toBe(new URL(fixture.url).origin);
      expect(await posted(page)).toEqual([{ surface: fixture.surface, text: expected, url: post.pageUrl }]);
      const results = page.locator(fixture.selectors.result);
      if (RESULT_WITHOUT_TEXT.has(fixture.id)) await expect(results.first()).toBeVisible();
      else await expect(results.filter({ hasText: typed })).toHaveCount(1);
      await expect.poll(() => results.count()).toBeGreaterThan(resultsBefore);
      expect(sites.aborted).toEqual([]);
    });
  }
});

test.describe('traps: text written around the editor never reaches its state', () => {
  const domEditors = FIXTURES.filter(
    (f) => f.editor === 'draft' || f.editor === 'slate' || f.editor === 'contenteditable',
  );
  for (const fixture of domEditors) {
    test(`${fixture.id}: textContent/innerHTML show text the editor does not have`, async ({ page }) => {
      await gotoFixture(page, fixture);
      const editor = page.locator(fixture.selectors.editor);
      await editor.evaluate((el, text) => {
        el.textContent = text;
      }, `textContent ${LINK}`);
      await expect(editor).toContainText(`textContent ${LINK}`);
      expect(await editorText(page, fixture.surface)).toBe(fixture.initialText);
      await editor.evaluate((el, text) => {
        el.innerHTML = `<p>${text}</p>`;
      }, `innerHTML ${LINK}`);
      await expect(editor).toContainText(`innerHTML ${LINK}`);
      expect(await editorText(page, fixture.surface)).toBe(fixture.initialText);
      if (fixture.initialText === '' || fixture.site === 'youtube') {
        expect(await submitEnabled(page, fixture.surface)).toBe(false);
      }
    });
  }

  test('YouTube: the Comment button stays disabled, nothing can be sent', async ({ page }) => {
    const fixture = byId('youtube-comment');
    await gotoFixture(page, fixture);
    await page.locator(fixture.selectors.editor).evaluate((el, text) => {
      el.textContent = text;
    }, LINK);
    await expect(page.locator(fixture.selectors.submit ?? '')).toBeDisabled();
    expect(await posted(page)).toEqual([]);
  });

  test('TikTok caption: the post goes out without the text set through the DOM', async ({ page, sites }) => {
    const fixture = byId('tiktok-upload');
    await gotoFixture(page, fixture);
    await page.locator(fixture.selectors.editor).evaluate((el, text) => {
      el.textContent = text;
    }, `my_video ${LINK}`);
    await sendComposer(page, fixture);
    expect((await sites.waitForPost()).text).toBe('my_video');
  });

  test('Discord: Enter after a DOM write sends nothing', async ({ page }) => {
    const fixture = byId('discord-message');
    await gotoFixture(page, fixture);
    await page.locator(fixture.selectors.editor).evaluate((el, text) => {
      el.textContent = text;
    }, LINK);
    await page.locator(fixture.selectors.editor).press('Enter');
    await page.waitForTimeout(100);
    expect(await posted(page)).toEqual([]);
    expect(await editorText(page)).toBe('');
  });

  test('Substack comments: setting textarea.value does not change React state', async ({ page }) => {
    const fixture = byId('substack-comment');
    await gotoFixture(page, fixture);
    const area = page.locator(fixture.selectors.editor);
    await area.evaluate((el, text) => {
      (el as HTMLTextAreaElement).value = text;
    }, LINK);
    await expect(area).toHaveValue(LINK);
    expect(await editorText(page, 'comment')).toBe('');
    await expect(page.locator(fixture.selectors.submit ?? '')).toBeDisabled();
    // An `input` event after `.value =` is not enough either: React's value tracker already
    // holds the new value, so it sees no change.
    await area.dispatchEvent('input');
    expect(await editorText(page, 'comment')).toBe('');
    // The next real keystroke makes React adopt whatever the DOM holds.
    await area.focus();
    await page.keyboard.type('!');
    expect(await editorText(page, 'comment')).toBe(`${LINK}!`);
  });

  test('ProseMirror differs: it re-reads DOM mutations into its state', async ({ page }) => {
    // Real prosemirror-view observes its DOM (DOMObserver, a MutationObserver) and parses what
    // changed, so a DOM write does reach the state. It still replaces the editor's structure,
    // which is why extensions should use execCommand or a paste instead.
    const fixture = byId('substack-post');
    await gotoFixture(page, fixture);
    await page.locator(fixture.selectors.editor).evaluate((el, text) => {
      el.textContent = text;
    }, LINK);
    await expect.poll(() => editorText(page, 'post')).toBe(LINK);
  });
});

test.describe('insertion techniques that do reach the editor', () => {
  for (const id of ['tiktok-upload', 'tiktok-comment']) {
    test(`${id}: a synthetic paste with text/plain inserts into Draft.js`, async ({ page, sites }) => {
      const fixture = byId(id);
      await gotoFixture(page, fixture);
      const prefix = fixture.initialText ? ' ' : '';
      expect(await insertWith(page, fixture.selectors.editor, 'paste-plain', `${prefix}${LINK}`)).toBe(true);
      const expected = `${fixture.initialText}${prefix}${LINK}`;
      expect(await editorText(page, fixture.surface)).toBe(expected);
      await expect.poll(() => submitEnabled(page, fixture.surface)).toBe(true);
      await sendComposer(page, fixture);
      expect((await sites.waitForPost()).text).toBe(expected);
    });
  }

  test('tiktok-comment: a synthetic beforeinput does nothing in Draft.js', async ({ page }) => {
    const fixture = byId('tiktok-comment');
    await gotoFixture(page, fixture);
    await insertWith(page, fixture.selectors.editor, 'beforeinput', LINK);
    expect(await editorText(page, 'comment')).toBe('');
    expect(await submitEnabled(page, 'comment')).toBe(false);
  });

  test('discord-message: a beforeinput insertText inserts into Slate and Enter sends it', async ({
    page,
    sites,
  }) => {
    const fixture = byId('discord-message');
    await gotoFixture(page, fixture);
    // Slate inserts only where its selection is: without a caret in the editor nothing happens.
    await page.locator(fixture.selectors.editor).evaluate((el, text) => {
      el.dispatchEvent(
        new InputEvent('beforeinput', {
          inputType: 'insertText',
          data: text,
          bubbles: true,
          cancelable: true,
        }),
      );
    }, LINK);
    expect(await editorText(page)).toBe('');
    expect(await insertWith(page, fixture.selectors.editor, 'beforeinput', LINK)).toBe(true);
    expect(await editorText(page)).toBe(LINK);
    await page.locator(fixture.selectors.editor).press('Enter');
    expect((await sites.waitForPost()).text).toBe(LINK);
    expect(await editorText(page)).toBe('');
    await expect(page.locator(fixture.selectors.result).last()).toContainText(LINK);
  });

  test('discord-message: paste inserts with text/plain only, is ignored with text/html too', async ({
    page,
  }) => {
    const fixture = byId('discord-message');
    await gotoFixture(page, fixture);
    expect(await insertWith(page, fixture.selectors.editor, 'paste-plain+html', LINK)).toBe(false);
    expect(await editorText(page)).toBe('');
    expect(await insertWith(page, fixture.selectors.editor, 'paste-plain', LINK)).toBe(true);
    expect(await editorText(page)).toBe(LINK);
  });

  for (const id of ['substack-post', 'substack-note']) {
    test(`${id}: execCommand('insertText') inserts into ProseMirror`, async ({ page, sites }) => {
      const fixture = byId(id);
      await gotoFixture(page, fixture);
      expect(await insertWith(page, fixture.selectors.editor, 'execCommand', LINK)).toBe(true);
      expect(await editorText(page, fixture.surface)).toBe(LINK);
      expect(await submitEnabled(page, fixture.surface)).toBe(true);
      await sendComposer(page, fixture);
      expect((await sites.waitForPost()).text).toBe(LINK);
    });
  }

  for (const id of ['youtube-comment', 'youtube-reply', 'youtube-post', 'youtube-studio-description']) {
    test(`${id}: execCommand('insertText') fires input, updates the model and enables submit`, async ({
      page,
      sites,
    }) => {
      const fixture = byId(id);
      await gotoFixture(page, fixture);
      const prefix = fixture.initialText ? ' ' : '';
      expect(await submitEnabled(page, fixture.surface)).toBe(false);
      expect(await insertWith(page, fixture.selectors.editor, 'execCommand', `${prefix}${LINK}`)).toBe(true);
      const expected = `${fixture.initialText}${prefix}${LINK}`;
      expect(await editorText(page, fixture.surface)).toBe(expected);
      expect(await submitEnabled(page, fixture.surface)).toBe(true);
      await sendComposer(page, fixture);
      expect((await sites.waitForPost()).text).toBe(expected);
    });
  }

  test("substack-comment: execCommand('insertText') and setRangeText + input reach React state", async ({
    page,
    sites,
  }) => {
    const fixture = byId('substack-comment');
    await gotoFixture(page, fixture);
    expect(await insertWith(page, fixture.selectors.editor, 'execCommand', 'Hi ')).toBe(true);
    expect(await insertWith(page, fixture.selectors.editor, 'textarea-setRangeText+input', LINK)).toBe(true);
    expect(await editorText(page, 'comment')).toBe(`Hi ${LINK}`);
    await sendComposer(page, fixture);
    expect((await sites.waitForPost()).text).toBe(`Hi ${LINK}`);
  });
});

test.describe('site behaviour the extension must live with', () => {
  test('TikTok opens a suggestion popover on # and @; Enter then picks instead of posting', async ({
    page,
  }) => {
    const fixture = byId('tiktok-comment');
    await gotoFixture(page, fixture);
    await focusEnd(page, fixture);
    await page.keyboard.type('love this #stu');
    const hashtags = page.locator('[data-e2e="hashtag-suggestion-list"]');
    await expect(hashtags).toBeVisible();
    await page.keyboard.press('Enter');
    await expect(hashtags).toBeHidden();
    expect(await editorText(page)).toBe('love this #studionotes ');
    expect(await posted(page)).toEqual([]);
    // A link pasted right after "@" glues onto the mention: the space before it matters.
    await page.keyboard.type('@');
    await expect(page.locator('[data-e2e="mention-suggestion-list"]')).toBeVisible();
    await insertWith(page, fixture.selectors.editor, 'paste-plain', ' ok');
    await expect(page.locator('[data-e2e="mention-suggestion-list"]')).toBeHidden();
    await page.keyboard.press('Enter');
    expect((await posted(page)).map((p) => p.text)).toEqual(['love this #studionotes @ ok']);
  });

  test('TikTok Studio: Post is aria-disabled while processing, then "Post now" posts and routes to /content', async ({
    page,
  }) => {
    const fixture = byId('tiktok-upload');
    await page.goto(fixture.url);
    const post = page.locator('button[data-e2e="post_video_button"]');
    await expect(post).toHaveCount(0);
    await page.locator('button:text-is("Select video")').click();
    await expect(post).toHaveAttribute('aria-disabled', 'true');
    await expect(post).toHaveAttribute('aria-disabled', 'false');
    await post.click();
    await page.locator('[role="dialog"] button:text-is("Post now")').click();
    await page.waitForURL('**/tiktokstudio/content');
    await expect(page.locator('[data-e2e="post-item"]').first()).toContainText('my_video');
  });

  test('Substack Notes: ?action=compose&message= opens the composer pre-filled', async ({ page }) => {
    await page.goto(`https://substack.com/notes?action=compose&message=${encodeURIComponent('Hello notes')}`);
    await waitForFixture(page);
    await expect(page.locator('[role="dialog"] .tiptap')).toContainText('Hello notes');
    expect(await editorText(page, 'note')).toBe('Hello notes');
    await page.locator('[role="dialog"] button:text-is("Post")').click();
    await expect(page.getByText('Note sent', { exact: true })).toBeVisible();
  });

  test('Substack post: a URL followed by a space is turned into a link (Tiptap autolink)', async ({
    page,
  }) => {
    const fixture = byId('substack-post');
    await gotoFixture(page, fixture);
    await focusEnd(page, fixture);
    await page.keyboard.type(`see ${LINK} `);
    await expect(page.locator(`${fixture.selectors.editor} a[href="${LINK}"]`)).toHaveText(LINK);
    expect(await editorText(page, 'post')).toBe(`see ${LINK} `);
  });
});

test.describe('client-side navigation', () => {
  test('YouTube: 50 navigations leave exactly one comments section and one composer', async ({ page }) => {
    const fixture = byId('youtube-comment');
    await gotoFixture(page, fixture);
    const counts = await page.evaluate(async () => {
      const events: string[] = [];
      for (const type of ['yt-navigate-start', 'yt-page-data-updated', 'yt-navigate-finish']) {
        document.addEventListener(type, () => events.push(type));
      }
      const seen: string[] = [];
      for (let i = 0; i < 50; i += 1) {
        const id = `vid${String(i).padStart(8, '0')}`;
        await window.__fixture?.navigate(`/watch?v=${id}`);
        // Comments render lazily: scroll to them like a viewer, then wait for the simplebox.
        document.querySelector('ytd-comments')?.scrollIntoView();
        for (let t = 0; t < 100 && !document.querySelector('ytd-comments #placeholder-area'); t += 1) {
          await new Promise((resolve) => setTimeout(resolve, 10));
        }
        const count = (sel: string) => document.querySelectorAll(sel).length;
        seen.push(
          [
            location.search === `?v=${id}`,
            count('ytd-comments'),
            count('ytd-comment-simplebox-renderer'),
            count('ytd-commentbox'),
            count('#contenteditable-root'),
          ].join(','),
        );
      }
      return { seen, events };
    });
    expect(new Set(counts.seen)).toEqual(new Set(['true,1,1,1,1']));
    expect(counts.events.filter((e) => e === 'yt-navigate-finish')).toHaveLength(50);
    expect(counts.events.filter((e) => e === 'yt-page-data-updated')).toHaveLength(50);
    expect(await page.evaluate(() => window.__fixture?.surfaces)).toEqual(['comment']);
    // The composer still works after all that.
    await revealComposer(page, fixture);
    await insertWith(page, fixture.selectors.editor, 'execCommand', LINK);
    expect(await editorText(page, 'comment')).toBe(LINK);
  });

  test('YouTube: after a navigation, nodes others put into its containers are stripped', async ({ page }) => {
    await gotoFixture(page, byId('youtube-comment'), { reveal: false });
    await page.evaluate(() => {
      const foreign = document.createElement('div');
      foreign.id = 'foreign-in-below';
      document.querySelector('ytd-watch-flexy #below')?.append(foreign);
      const safe = document.createElement('div');
      safe.id = 'foreign-on-body';
      document.body.append(safe);
    });
    await page.evaluate(() => window.__fixture?.navigate('/watch?v=abcdefghijk'));
    await expect(page.locator('#foreign-in-below')).toHaveCount(0);
    await expect(page.locator('#foreign-on-body')).toHaveCount(1);
  });

  test('Discord: 50 channel switches leave exactly one editor, a new one per channel (none in the read-only one)', async ({
    page,
  }) => {
    const fixture = byId('discord-message');
    await gotoFixture(page, fixture);
    const seen = await page.evaluate(async () => {
      const channels = ['2001', '2002', '2999', '2003', '2000'];
      const rows: string[] = [];
      for (let i = 0; i < 50; i += 1) {
        const channel = channels[i % channels.length] ?? '2000';
        const before = document.querySelector('[data-slate-editor="true"]');
        await window.__fixture?.navigate(`/channels/1000/${channel}`);
        const editors = document.querySelectorAll('[data-slate-editor="true"]');
        // #announcements (2001) is read-only: no message box at all.
        const readOnly = channel === '2001';
        rows.push(
          [
            location.pathname === `/channels/1000/${channel}`,
            editors.length === (readOnly ? 0 : 1),
            !before?.isConnected,
            readOnly || /^Message #/.test(editors[0]?.getAttribute('aria-label') ?? ''),
          ].join(','),
        );
      }
      return rows;
    });
    expect(new Set(seen)).toEqual(new Set(['true,true,true,true']));
    await caretAtEnd(page, fixture.selectors.editor);
    await page.keyboard.type('still works');
    await page.keyboard.press('Enter');
    await expect(
      page.locator('ol[data-list-id="chat-messages"] > li[id^="chat-messages-2000-"]').last(),
    ).toContainText('still works');
  });

  test('TikTok: moving to another video re-creates the comment editor', async ({ page }) => {
    const fixture = byId('tiktok-comment');
    await gotoFixture(page, fixture);
    await focusEnd(page, fixture);
    await page.keyboard.type('draft text');
    await page.evaluate(() => window.__fixture?.navigate('/@creator/video/7300000000000000002'));
    await expect(page.locator(fixture.selectors.editor)).toHaveCount(1);
    expect(await editorText(page, 'comment')).toBe('');
  });
});
