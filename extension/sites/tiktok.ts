import { WORDS } from './cues';
import type { SiteAdapter } from './types';

// TikTok (www.tiktok.com): Draft.js composers in React. Every TikTok selector lives here.
// Styled-components classes carry a per-deploy hash (`css-1q2w3e-DivCommentFooter`): match the
// component name only. Sources: sites.md (social-auto-upload, TikTokAutoUploader, MediaPoster).

const CAPTION = '[data-e2e="caption_container"]';
const COMMENT_INPUT = '[data-e2e="comment-input"]';

export const tiktokAdapter: SiteAdapter = {
  platform: 'tiktok',
  matchesPage: (doc) => doc.location.hostname === 'www.tiktok.com',
  surfaces: [
    {
      surface: 'caption',
      editor: 'draft',
      // The Draft root; the fallback covers a role change (textbox ↔ combobox) or class rename.
      selector: `${CAPTION} .public-DraftEditor-content, ${CAPTION} [contenteditable="true"]`,
      box: CAPTION,
      // The Post button sits outside the caption box, at the bottom of the form. It is followed by
      // a dialog "Continue to post?" whose "Post now" has no test id (sites.md, 2026 evidence).
      submit: {
        press: [{ selector: 'button[data-e2e="post_video_button"]' }, { names: WORDS.post }],
        confirm: [
          { selector: 'button[data-e2e="post_video_confirm_button"]' },
          { names: WORDS.postNow, inDialog: true },
        ],
      },
      success: { url: /^\/(tiktokstudio\/content|creator-center\/content|manage)/ },
    },
    {
      surface: 'comment',
      editor: 'draft',
      // The textbox inside the wrapper, never the wrapper itself.
      selector: `${COMMENT_INPUT} [role="textbox"][contenteditable="true"], ${COMMENT_INPUT} .public-DraftEditor-content`,
      box: '[class*="DivCommentContainer"], [class*="DivCommentFooter"], [class*="DivInputAreaContainer"]',
      // Above the bar, over the list's free space; never over the comments being answered
      // (left of the bar is the video). [I] the item container's component name.
      dock: ['above', 'right'],
      avoid: '[data-e2e="comment-list"] [class*="DivCommentItemContainer"], [data-e2e="comment-level-1"]',
      form: '[class*="DivCommentFooter"], [class*="DivCommentContainer"]',
      // The arrow button; its aria-label is localized ("Post", "发布"…).
      submit: {
        press: [
          { selector: '[data-e2e="comment-post"]' },
          { selector: 'button[class*="ArrowPostButton"]' },
          { names: [...WORDS.post, '发布'] },
        ],
        enter: true,
      },
      success: { added: '[data-e2e="comment-level-1"]', holdsLink: true, cleared: true },
      // execCommand crashed TikTok's comment viewer in a 2026 report: paste only, else copy.
      never: ['execCommand'],
    },
  ],
  health: [
    {
      // The caption exists only once a video is chosen, when the Post button appears with it
      // (sites.md, 2026 evidence): before that the page is a drop zone, not a broken layout.
      feature: 'composer',
      surface: 'caption',
      path: /^\/tiktokstudio\/upload/,
      when: 'button[data-e2e="post_video_button"]',
      expect: `${CAPTION} [contenteditable="true"]`,
      withinMs: 15_000,
    },
    {
      // Signed-out viewers get a "Log in to comment" button and no comment input [I: its exact
      // markup is not known]: the input's wrapper is the precondition, not the comment list.
      feature: 'composer',
      surface: 'comment',
      path: /^\/@[^/]+\/video\/\d+/,
      when: COMMENT_INPUT,
      expect: `${COMMENT_INPUT} [contenteditable="true"]`,
      withinMs: 10_000,
    },
  ],
  navigationEvents: [],
};
