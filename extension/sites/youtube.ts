import { WORDS } from './cues';
import type { SiteAdapter, SubmitCue } from './types';

// YouTube (www.youtube.com, studio.youtube.com): Polymer custom elements in light DOM; the
// composers are contenteditable roots whose model is read from `input` events. Every YouTube
// selector lives here. Sources: sites.md (youtube-uploader, YTKit, youtube_uploader_selenium).

const EDITABLE = '#contenteditable-root[contenteditable="true"]';
/**
 * The commentbox's submit button, by id or by its (localized) name. Only a visible one counts:
 * the community page has a 0×0 twin of its Post button (sites.md, 2026-08-30).
 */
const COMMENTBOX_SUBMIT: SubmitCue = {
  press: [
    { selector: '#submit-button button, #submit-button' },
    { names: [...WORDS.post, ...WORDS.comment, ...WORDS.reply] },
  ],
};

/** A comment's author line and text (not its whole thread, which holds the reply box). */
const COMMENTS =
  'ytd-comment-view-model #header, ytd-comment-view-model #expander, ytd-comment-renderer #body';

export const youtubeAdapter: SiteAdapter = {
  platform: 'youtube',
  matchesPage: (doc) => /^(www|studio)\.youtube\.com$/.test(doc.location.hostname),
  surfaces: [
    {
      // Community posts: the same commentbox, inside the backstage dialog (checked first).
      surface: 'post',
      editor: 'contenteditable',
      selector: `ytd-backstage-post-dialog-renderer ytd-commentbox ${EDITABLE}`,
      box: 'ytd-commentbox',
      avoid: 'ytd-backstage-post-thread-renderer',
      form: 'ytd-commentbox',
      submit: COMMENTBOX_SUBMIT,
      success: { added: 'ytd-backstage-post-thread-renderer', cleared: true },
    },
    {
      // Replies: the commentbox a comment opens under itself.
      surface: 'reply',
      editor: 'contenteditable',
      selector: `#reply-dialog ytd-commentbox ${EDITABLE}`,
      box: 'ytd-commentbox',
      // The comment answered (and its neighbours) stays readable.
      avoid: COMMENTS,
      form: 'ytd-commentbox',
      submit: COMMENTBOX_SUBMIT,
      success: {
        added: '#replies ytd-comment-view-model, #replies ytd-comment-renderer, #loaded-replies > *',
        cleared: true,
      },
    },
    {
      // Watch-page comments: the simplebox un-hides this commentbox once its placeholder is clicked.
      surface: 'comment',
      editor: 'contenteditable',
      selector: `ytd-comment-simplebox-renderer ytd-commentbox ${EDITABLE}`,
      box: 'ytd-commentbox',
      // The first comments sit right under the box: beside it, else above it.
      avoid: COMMENTS,
      form: 'ytd-commentbox',
      submit: COMMENTBOX_SUBMIT,
      success: { added: 'ytd-comments #contents > ytd-comment-thread-renderer', cleared: true },
    },
    {
      // Studio: the description of a video's edit page or of the upload dialog.
      surface: 'description',
      editor: 'contenteditable',
      selector:
        'ytcp-video-description #textbox[contenteditable="true"], #description-textarea #textbox[contenteditable="true"]',
      box: '#description-container, ytcp-social-suggestions-textbox, ytcp-video-description',
      // Below the field: to its right is the video's preview and link, which a creator copies.
      dock: ['below', 'above', 'left'],
      // [I] the element names of the preview card (ytcp-video-info) and of the side panel.
      avoid: 'ytcp-video-info, ytcp-video-info a, ytcp-video-metadata-editor-sidepanel',
      submit: {
        press: [
          { selector: 'ytcp-button#save, #save, ytcp-button#done-button, #done-button' },
          { names: WORDS.save },
        ],
      },
      // Studio's "saved" toast is not reliably known (tp-yt-paper-toast, ytcp-toast, ytcp-snackbar
      // all seen); Save turning disabled again once saved is the language-free signal.
      success: {
        shown: 'tp-yt-paper-toast#toast, tp-yt-paper-toast, ytcp-toast, ytcp-snackbar',
        disabledAgain: true,
      },
    },
  ],
  health: [
    {
      // Comments render lazily: once threads are there, the composer's simplebox must be too.
      feature: 'composer',
      surface: 'comment',
      path: /^\/watch/,
      when: 'ytd-comments #contents ytd-comment-thread-renderer',
      expect: 'ytd-comments ytd-comment-simplebox-renderer',
      withinMs: 10_000,
    },
    {
      // A reply box the user opened: its commentbox must hold an editor.
      feature: 'composer',
      surface: 'reply',
      path: /^\/watch/,
      when: '#reply-dialog ytd-commentbox',
      expect: `#reply-dialog ytd-commentbox ${EDITABLE}`,
      withinMs: 10_000,
    },
    {
      // The community-post dialog (a surface that is migrating: sites.md, 2026-08-30).
      feature: 'composer',
      surface: 'post',
      path: /^\/(@[^/]+|channel\/[^/]+)\/(posts|community)/,
      when: 'ytd-backstage-post-dialog-renderer',
      expect: `ytd-backstage-post-dialog-renderer ytd-commentbox ${EDITABLE}`,
      withinMs: 10_000,
    },
    {
      feature: 'composer',
      surface: 'description',
      path: /^\/video\/[^/]+\/edit/,
      expect: 'ytcp-video-description #textbox, #description-textarea #textbox',
      withinMs: 15_000,
    },
  ],
  // YouTube re-renders its page in place; these fire when a client-side navigation is done.
  navigationEvents: ['yt-navigate-finish', 'yt-page-data-updated'],
  // The player mutates its subtree many times a second and never holds a composer (quality.md P4).
  ignoreMutationsUnder: '#movie_player, ytd-player, #ytd-player',
};
