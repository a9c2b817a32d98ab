import type { Platform } from '../../shared/schemas/common';
import type { Surface } from '../../shared/schemas/event';
import type { SITE_FEATURES } from '../messaging/protocol';
import type { Side } from '../widget/placement';

// What a site adapter declares. Everything a site's DOM looks like lives in its adapter file
// (sites/<site>.ts), so that a redesign of the site is one edit in one place.

/** The editor framework behind a composer: it decides how text gets in (sites.md, the table). */
export type EditorKind = 'draft' | 'slate' | 'prosemirror' | 'contenteditable' | 'textarea';

export type SiteFeature = (typeof SITE_FEATURES)[number];

/**
 * A control the user presses: a selector, or a button's visible text or accessible name in
 * several languages (cues.ts WORDS), or both (then the selector's match must carry the name).
 * Only visible, enabled controls count, inside the composer's `form` for a submit.
 */
export interface Control {
  selector?: string;
  /** The whole text or accessible name, any of these; case and spacing are ignored. */
  names?: readonly string[];
  /** Only inside a dialog (`role="dialog"`, `<dialog>`, `aria-modal`). */
  inDialog?: boolean;
}

/** How the user sends what the composer holds. */
export interface SubmitCue {
  /** Pressing one of these, with the link in the editor, starts a watch for the success cues. */
  press?: readonly Control[];
  /**
   * A step the page may show after the press ("Post" → "Post now"; "Continue" → "Send to
   * everyone now"), found anywhere on the page: while it is shown the watch waits, however long
   * the user takes; pressing it restarts the watch.
   */
  confirm?: readonly Control[];
  /** Enter without Shift sends (Discord, TikTok comments). */
  enter?: boolean;
}

/** How the page shows that a submit went through. Any one of the signals is enough. */
export interface SubmitSuccess {
  /** A node matching this appears that was not on the page when the user submitted. */
  added?: string;
  /** …and it shows the link (new messages and comments do; toasts and banners do not). */
  holdsLink?: boolean;
  /** A node matching this, hidden when the user submitted, is shown (a "saved" toast). */
  shown?: string;
  /** A visible text, any of these, appears that was not shown at the submit ("Note sent"). */
  text?: readonly string[];
  /** The pressed control is disabled again (Studio's Save, once saved): a language-free signal. */
  disabledAgain?: boolean;
  /**
   * The composer empties or closes once sent (comments, messages, notes): required on top of the
   * signal above, so that content loading meanwhile (more comments) is not taken for ours.
   */
  cleared?: boolean;
  /** The page's path comes to match this after the submit (TikTok's upload → content list). */
  url?: RegExp;
}

/** Insertion techniques a surface must never get (cascade names in composer/techniques.ts). */
export type TechniqueName = 'execCommand';

export interface SurfaceSpec {
  surface: Surface;
  editor: EditorKind;
  /** The editable node itself (contenteditable root or textarea), never a wrapper. */
  selector: string;
  /** Only on pages whose path matches. */
  path?: RegExp;
  /** The composer's box (`editor.closest(box)`, else the editor): the widget never covers it. */
  box?: string;
  /**
   * The sides of `box` the widget docks on, best first (default: right, above, below, left).
   * Only these are tried; when none has room, the compact widget sits at the box's edge.
   */
  dock?: readonly Side[];
  /**
   * Page content the widget must never cover besides the composer and its submit control: what
   * a creator needs to see while writing (Studio's preview and video link, the comments above).
   */
  avoid?: string;
  /** The ancestor holding the submit control (`editor.closest(form)`), else the whole document. */
  form?: string;
  submit: SubmitCue;
  success: SubmitSuccess;
  /**
   * Techniques left out of the cascade here: TikTok's comment viewer crashed on execCommand
   * (sites.md, 2026); when the paste provably did nothing, the link is copied instead.
   */
  never?: readonly TechniqueName[];
}

/**
 * "On pages like this, in this state, this composer should be found": the base of quiet
 * self-disabling (R6). Health is kept per check (feature and surface), so checks on different
 * pages never flip each other's warnings.
 */
export interface HealthCheck {
  feature: SiteFeature;
  /** The composer it is about: the popup names it. */
  surface: Surface;
  /** Checked on pages whose path (+ query) matches. */
  path: RegExp;
  /**
   * The precondition: the page is in the state where the composer must exist (a comments section
   * rendered, a file chosen, a channel you may write in). Once this is on the page, `expect` must
   * follow within `withinMs`. Without it, the path alone is the precondition.
   */
  when?: string;
  /** A state without a composer that is not a breakage (signed out, read-only): no check then. */
  unless?: string;
  expect: string;
  withinMs: number;
}

export interface SiteAdapter {
  platform: Platform;
  /** Whether this document is one of this site's pages (custom Substack domains ask the DOM). */
  matchesPage(doc: Document): boolean;
  surfaces: readonly SurfaceSpec[];
  health: readonly HealthCheck[];
  /**
   * Events the site fires after its own client-side navigation (YouTube's yt-navigate-finish):
   * composers are searched again at once instead of at the next DOM change.
   */
  navigationEvents: readonly string[];
  /** YouTube: mutations under the player fire all the time and never hold a composer. */
  ignoreMutationsUnder?: string;
}

/** A composer found on the page. */
export interface Composer {
  spec: SurfaceSpec;
  editor: HTMLElement;
  /** What the widget stays clear of (the spec's `box`, else the editor). */
  box: HTMLElement;
}
