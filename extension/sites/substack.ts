import { WORDS } from './cues';
import type { SiteAdapter } from './types';

// Substack (substack.com, *.substack.com, custom domains the user granted): Tiptap/ProseMirror
// for posts and Notes, a plain textarea for comments. Every Substack selector lives here.
// Sources: sites.md (defuddle's saved pages); [I] marks what no source showed.

const PM = '.ProseMirror[contenteditable="true"]';

/** Substack's own hosts, or a custom domain serving Substack's assets from substackcdn.com. */
export function isSubstackPage(host: string, doc: ParentNode): boolean {
  if (host === 'substack.com' || host.endsWith('.substack.com')) return true;
  return (
    doc.querySelector('script[src^="https://substackcdn.com/"], link[href^="https://substackcdn.com/"]') !==
    null
  );
}

export const substackAdapter: SiteAdapter = {
  platform: 'substack',
  matchesPage: (doc) => isSubstackPage(doc.location.hostname, doc),
  surfaces: [
    {
      surface: 'post',
      editor: 'prosemirror',
      path: /^\/publish\//,
      selector: `[data-testid="editor"] ${PM}, [data-testid="editor"]${PM}`,
      box: '[data-testid="editor"]',
      // Beside the editor, never over the title and subtitle above it.
      avoid: 'textarea#post-title, #post-subtitle',
      // Found by text, as every publishing script does (no test ids): "Continue", then "Send to
      // everyone now"; once sent the page is the post, `/p/<slug>` (sites.md, 2025–2026).
      submit: { press: [{ names: WORDS.continue }], confirm: [{ names: WORDS.sendToEveryone }] },
      success: { url: /^\/p\/[^/]+/ },
    },
    {
      // Notes: a dialog opened from "What's on your mind?" [I: structure].
      surface: 'note',
      editor: 'prosemirror',
      selector: `[role="dialog"] ${PM}`,
      box: '[role="dialog"]',
      form: '[role="dialog"]',
      // The dialog's "Post"; a "Note sent" toast confirms (found by text by every tool seen). The
      // new note in the feed counts too [I: its markup].
      submit: { press: [{ names: WORDS.post }, { selector: 'button[type="submit"]' }] },
      success: {
        text: WORDS.noteSent,
        added: '[data-testid="note-feed-item"]',
        holdsLink: true,
        cleared: true,
      },
    },
    {
      surface: 'comment',
      editor: 'textarea',
      selector: '[data-test-id="comment-input"] textarea[name="body"], form textarea[name="body"]',
      box: '[data-test-id="comment-input"]',
      // The comments under the box stay readable. [I] Substack's comment class names.
      avoid: '[data-testid="comment-item"], .comment-list-item',
      form: 'form',
      submit: { press: [{ selector: 'button[type="submit"]' }, { names: WORDS.post }] },
      success: {
        added: '[data-testid="comment-item"], .comment-list-item, .comment',
        holdsLink: true,
        cleared: true,
      },
    },
  ],
  health: [
    {
      feature: 'composer',
      surface: 'post',
      path: /^\/publish\/post\//,
      expect: `[data-testid="editor"] ${PM}`,
      withinMs: 15_000,
    },
    {
      // The Notes composer is a dialog opened from "What's on your mind?" [I: its markup].
      feature: 'composer',
      surface: 'note',
      path: /^\/notes/,
      when: '[role="dialog"] [contenteditable="true"]',
      expect: `[role="dialog"] ${PM}`,
      withinMs: 10_000,
    },
    {
      // A post's comment form (confirmed on a saved real page): its textarea must be there.
      feature: 'composer',
      surface: 'comment',
      path: /^\/p\//,
      when: '[data-test-id="comment-input"]',
      expect: '[data-test-id="comment-input"] textarea[name="body"]',
      withinMs: 10_000,
    },
  ],
  navigationEvents: [],
};
