import type { Platform } from '../../shared/schemas/common';
import type { Surface } from '../../shared/schemas/event';
import type { SITE_FEATURES } from '../messaging/protocol';
import type { Side } from '../widget/placement';

// What a site adapter declares. Everything a site's DOM looks like lives in its adapter file
// (sites/<site>.ts), so that a redesign of the site is one edit in one place.

/** The editor framework behind a composer: it decides how text gets in (sites.md, the table). */
export type EditorKind = 'draft' | 'slate' | 'prosemirror' | 'contenteditable' | 'textarea';

export type SiteFeature = (typeof SITE_FEATURES)[number];

/** How the page shows that a submit went through. Any one of the signals is enough. */
export interface SubmitSuccess {
  /** A node matching this appears that was not on the page when the user submitted. */
  added?: string;
  /** …and it shows the link (new messages and comments do; toasts and banners do not). */
  holdsLink?: boolean;
  /** A node matching this, hidden when the user submitted, is shown (a "saved" toast). */
  shown?: string;
  /**
   * The composer empties or closes once sent (comments, messages, notes): required on top of the
   * signal above, so that content loading meanwhile (more comments) is not taken for ours.
   */
  cleared?: boolean;
  /** The page's path comes to match this after the submit (TikTok's upload → content list). */
  url?: RegExp;
}

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
  /** The site's submit control(s), matched against the clicked element. */
  submit?: string;
  /** Enter without Shift sends (Discord, TikTok comments). */
  enterSends?: boolean;
  success: SubmitSuccess;
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
