import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { discordAdapter } from './discord';
import { findComposers } from './find-composers';
import { isSubstackPage, substackAdapter } from './substack';
import { tiktokAdapter } from './tiktok';
import type { SiteAdapter } from './types';
import { youtubeAdapter } from './youtube';

// The adapters' selector tables against small snippets of each site's DOM (sites.md skeletons):
// which editable each surface finds, and that wrappers, hidden boxes and other pages are left out.

function found(adapter: SiteAdapter, html: string, path: string) {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  return findComposers(adapter, document as unknown as Document, path).map((c) => ({
    surface: c.spec.surface,
    editor: c.editor.id || c.editor.className,
    box: c.box.tagName.toLowerCase(),
  }));
}

const YT_BOX = (id = 'contenteditable-root') =>
  `<ytd-commentbox><yt-formatted-string id="contenteditable-textarea"><div id="${id}" contenteditable="true"></div></yt-formatted-string><ytd-button-renderer id="submit-button"><button>Comment</button></ytd-button-renderer></ytd-commentbox>`;

describe('TikTok adapter', () => {
  it('finds the Draft root of the caption once, not its inner nodes', () => {
    const html = `<div data-e2e="caption_container"><div class="DraftEditor-root"><div class="public-DraftEditor-content" contenteditable="true" role="combobox"><div data-contents="true"></div></div></div></div>`;
    expect(found(tiktokAdapter, html, '/tiktokstudio/upload')).toEqual([
      { surface: 'caption', editor: 'public-DraftEditor-content', box: 'div' },
    ]);
  });

  it('finds the comment textbox inside the wrapper, boxed by the styled footer', () => {
    const html = `<div class="css-1x2y3z-DivCommentFooter"><div class="css-9a8b7c-DivCommentContainer"><div data-e2e="comment-input"><div class="public-DraftEditor-content" contenteditable="true" role="textbox"></div></div><div data-e2e="comment-post" role="button">Post</div></div></div>`;
    const [comment] = found(tiktokAdapter, html, '/@creator/video/1');
    expect(comment).toEqual({ surface: 'comment', editor: 'public-DraftEditor-content', box: 'div' });
  });
});

describe('YouTube adapter', () => {
  it('tells comments, replies and community posts apart', () => {
    const html = `
      <ytd-comments><ytd-comment-simplebox-renderer><div id="comment-dialog">${YT_BOX()}</div></ytd-comment-simplebox-renderer>
        <div id="contents"><ytd-comment-thread-renderer><div id="reply-dialog">${YT_BOX()}</div></ytd-comment-thread-renderer></div>
      </ytd-comments>
      <ytd-backstage-post-dialog-renderer>${YT_BOX().replace('<ytd-commentbox>', '<ytd-commentbox is-backstage-post>')}</ytd-backstage-post-dialog-renderer>`;
    expect(
      found(youtubeAdapter, html, '/watch')
        .map((c) => `${c.surface}:${c.box}`)
        .sort(),
    ).toEqual(['comment:ytd-commentbox', 'post:ytd-commentbox', 'reply:ytd-commentbox']);
  });

  it('leaves out a comment box that is still hidden behind its placeholder', () => {
    const html = `<ytd-comments><ytd-comment-simplebox-renderer><div id="comment-dialog" hidden>${YT_BOX()}</div></ytd-comment-simplebox-renderer></ytd-comments>`;
    expect(found(youtubeAdapter, html, '/watch')).toEqual([]);
  });

  it("finds Studio's description box", () => {
    const html = `<ytcp-video-description><div id="description-container"><div id="textbox" contenteditable="true"></div></div></ytcp-video-description>`;
    expect(found(youtubeAdapter, html, '/video/abc/edit')).toEqual([
      { surface: 'description', editor: 'textbox', box: 'div' },
    ]);
  });
});

describe('Discord adapter', () => {
  const html = `<form><div class="channelTextArea_a1b2c3"><div role="textbox" data-slate-editor="true" contenteditable="true" class="editor"></div></div></form>`;

  it('finds the Slate message box on channel pages only', () => {
    expect(found(discordAdapter, html, '/channels/1000/2000')).toEqual([
      { surface: 'message', editor: 'editor', box: 'div' },
    ]);
    expect(found(discordAdapter, html, '/store')).toEqual([]);
  });

  it('ignores other textboxes (search, which is not Slate)', () => {
    const search = `<div role="textbox" contenteditable="true" aria-label="Search"></div>`;
    expect(found(discordAdapter, search, '/channels/1000/2000')).toEqual([]);
  });
});

describe('Substack adapter', () => {
  it('finds the post editor, the Notes dialog and the comment textarea', () => {
    const post = `<div data-testid="editor"><div class="tiptap ProseMirror" contenteditable="true"></div></div>`;
    expect(found(substackAdapter, post, '/publish/post/1').map((c) => c.surface)).toEqual(['post']);
    const note = `<div role="dialog"><div class="tiptap ProseMirror" contenteditable="true"></div><button class="button primary">Post</button></div>`;
    expect(found(substackAdapter, note, '/notes').map((c) => c.surface)).toEqual(['note']);
    const comment = `<form><div data-test-id="comment-input"><textarea name="body"></textarea></div><button type="submit">Post</button></form>`;
    expect(found(substackAdapter, comment, '/p/studio-notes')).toEqual([
      { surface: 'comment', editor: '', box: 'div' },
    ]);
  });

  it('recognises custom domains by their substackcdn.com assets', () => {
    const withCdn = parseHTML(
      '<html><head><script src="https://substackcdn.com/bundle/main.js"></script></head></html>',
    ).document;
    const without = parseHTML('<html><head><script src="/main.js"></script></head></html>').document;
    expect(isSubstackPage('mayamakes.substack.com', without)).toBe(true);
    expect(isSubstackPage('www.mayamakes.com', withCdn)).toBe(true);
    expect(isSubstackPage('www.example.com', without)).toBe(false);
  });
});
