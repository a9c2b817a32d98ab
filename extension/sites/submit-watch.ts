import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { holdsLink } from '../composer/editor-text';
import { controlsIn, isEnabled, isShown, pressedControl, textShown } from './cues';
import type { Composer, SurfaceSpec } from './types';

// Detects that a composer holding an inserted link was really submitted, to log `posted` then and
// only then, once per insertion. A trusted submit gesture (a click on one of the surface's submit
// controls, visible and enabled, or Enter where Enter sends) while the editor holds the link starts
// a watch; the watch succeeds when the page shows one of the success cues (a new message or
// comment, a toast's text, the next page, the Save button disabled again). A confirmation step
// ("Post now") keeps the watch waiting as long as it is shown. A watch that ends without success
// after what looked like a send (the composer emptied or left, the page moved on) reports that
// posts may not be counted; one that ends on a cancelled step or a refused send stays quiet.

export interface Insertion {
  link: string;
  linkId: string;
}

export interface Posted extends Insertion {
  spec: SurfaceSpec;
  /** The page the submit happened on (TikTok moves to another page right after). */
  pageUrl: string;
}

export interface SubmitWatch {
  /** A link was inserted into this composer. */
  track(composer: Composer, insertion: Insertion): void;
  /** The composer left the page; an insertion still in its text follows it to its next editor. */
  release(editor: HTMLElement): void;
  /** A composer appeared: it may hold a tracked link again (Discord keeps drafts per channel). */
  adopt(composer: Composer): void;
  /** Re-checks running watches: called after every DOM change batch. */
  poll(): void;
}

interface Tracked extends Insertion {
  composer: Composer;
}

interface Watch {
  tracked: Tracked;
  /** Result nodes already on the page, and those already shown, when the user submitted. */
  before: Set<Element>;
  shownBefore: Set<Element>;
  textBefore: Set<Element>;
  /** The control pressed (for `disabledAgain`), null for Enter. */
  control: Element | null;
  pressedAt: number;
  /** The confirmation step's control was pressed. */
  confirmed: boolean;
  pageUrl: string;
  until: number;
}

const WATCH_MS = 30_000;
const POLL_MS = 250;
/** Insertions remembered after their composer left (a few channel switches' worth). */
const MAX_RELEASED = 20;

export function createSubmitWatch(
  ctx: ContentScriptContext,
  onPosted: (posted: Posted) => void,
  onUnconfirmed: (spec: SurfaceSpec) => void,
): SubmitWatch {
  const tracked = new Map<HTMLElement, Tracked>();
  const released: Tracked[] = [];
  const watches: Watch[] = [];
  let timer = 0;

  const gesture = (t: Tracked, control: Element | null) => {
    if (!holdsLink(t.composer.editor, t.link)) {
      // The link was deleted before sending: this insertion will never be posted.
      tracked.delete(t.composer.editor);
      return;
    }
    const existing = watches.find((w) => w.tracked === t);
    const { added, shown, text } = t.composer.spec.success;
    const now = Date.now();
    const watch: Watch = {
      tracked: t,
      before: existing?.before ?? new Set(added ? document.querySelectorAll(added) : []),
      shownBefore: existing?.shownBefore ?? new Set(shown ? visible(shown) : []),
      textBefore: existing?.textBefore ?? new Set(text ? textShown(document.body, text) : []),
      control,
      pressedAt: now,
      confirmed: false,
      pageUrl: location.href,
      until: now + WATCH_MS,
    };
    if (existing) watches.splice(watches.indexOf(existing), 1, watch);
    else watches.push(watch);
    // Some results come without a DOM change we would hear of (a URL change, a toast un-hidden
    // by an attribute): poll while a watch runs.
    if (timer === 0) timer = ctx.setInterval(poll, POLL_MS);
  };

  const succeeded = (w: Watch): boolean => {
    const { success } = w.tracked.composer.spec;
    const { editor } = w.tracked.composer;
    if (success.cleared && editor.isConnected && holdsLink(editor, w.tracked.link)) return false;
    if (success.url?.test(location.pathname) && location.href !== w.pageUrl) return true;
    if (success.shown && visible(success.shown).some((el) => !w.shownBefore.has(el))) return true;
    if (success.text && textShown(document.body, success.text).some((el) => !w.textBefore.has(el))) {
      return true;
    }
    // Disabled again, a poll after the press: not the press's own instant state.
    const { control } = w;
    if (success.disabledAgain && control?.isConnected && Date.now() - w.pressedAt >= POLL_MS) {
      if (!isEnabled(control)) return true;
    }
    if (!success.added) return false;
    for (const el of document.querySelectorAll(success.added)) {
      if (w.before.has(el)) continue;
      if (!success.holdsLink || (el.textContent ?? '').includes(w.tracked.link)) return true;
    }
    return false;
  };

  /** The watch ended without success: did it look like a send the page did not confirm? */
  const lookedSent = (w: Watch): boolean => {
    const { composer, link } = w.tracked;
    // A confirmation step that was never confirmed was cancelled (or left open and abandoned).
    if (composer.spec.submit.confirm && !w.confirmed) return false;
    if (location.href !== w.pageUrl) return true;
    return !composer.editor.isConnected || !holdsLink(composer.editor, link);
  };

  const poll = () => {
    if (watches.length === 0 && timer !== 0) {
      clearInterval(timer);
      timer = 0;
    }
    const now = Date.now();
    for (const w of [...watches]) {
      const { composer } = w.tracked;
      if (!watches.includes(w)) continue;
      if (succeeded(w)) {
        watches.splice(watches.indexOf(w), 1);
        tracked.delete(composer.editor);
        // One post per insertion: a watch left by the editor this one was followed to (Substack's
        // "Back" re-creates the editor) must not count the same post again.
        for (const other of watches.filter(
          (x) =>
            x.tracked.link === w.tracked.link &&
            x.tracked.linkId === w.tracked.linkId &&
            x.tracked.composer.spec === composer.spec &&
            !x.tracked.composer.editor.isConnected,
        )) {
          watches.splice(watches.indexOf(other), 1);
        }
        const r = released.indexOf(w.tracked);
        if (r >= 0) released.splice(r, 1);
        onPosted({ ...w.tracked, spec: composer.spec, pageUrl: w.pageUrl });
      } else if (now > w.until) {
        const { confirm } = composer.spec.submit;
        // The confirmation step is still on screen: the user is deciding, however long it takes.
        if (confirm && controlsIn(document, confirm, 1).length > 0) {
          w.until = now + WATCH_MS;
          continue;
        }
        watches.splice(watches.indexOf(w), 1);
        // Our success cues may no longer match the site. The insertion stays tracked: a later
        // send can still count.
        if (lookedSent(w)) onUnconfirmed(composer.spec);
      }
    }
  };

  const findTracked = (match: (t: Tracked) => boolean): Tracked | undefined => {
    for (const t of tracked.values()) if (t.composer.editor.isConnected && match(t)) return t;
    return undefined;
  };

  ctx.addEventListener(
    document,
    'click',
    (event) => {
      if (!event.isTrusted || (tracked.size === 0 && watches.length === 0)) return;
      const target = event.composedPath()[0];
      if (!(target instanceof Element)) return;
      let control: Element | null = null;
      const t = findTracked(({ composer }) => {
        const { submit, form } = composer.spec;
        const scope = form ? composer.editor.closest(form) : document;
        control = scope && submit.press ? pressedControl(target, submit.press, scope) : null;
        return control !== null;
      });
      if (t) {
        gesture(t, control);
        return;
      }
      // A confirmation step ("Post now"): the watch starts its wait again from here.
      for (const w of watches) {
        const { confirm } = w.tracked.composer.spec.submit;
        if (confirm && pressedControl(target, confirm, document)) {
          w.confirmed = true;
          w.pressedAt = Date.now();
          w.until = w.pressedAt + WATCH_MS;
        }
      }
    },
    { capture: true },
  );

  ctx.addEventListener(
    document,
    'keydown',
    (event) => {
      if (!event.isTrusted || event.key !== 'Enter' || tracked.size === 0) return;
      if (event.shiftKey || event.isComposing || event.altKey || event.ctrlKey || event.metaKey) return;
      const target = event.composedPath()[0];
      if (!(target instanceof Node)) return;
      const t = findTracked(
        ({ composer }) => composer.spec.submit.enter === true && composer.editor.contains(target),
      );
      if (t) gesture(t, null);
    },
    { capture: true },
  );

  return {
    track(composer, insertion) {
      const known = tracked.get(composer.editor);
      // Tracking the same link again (at its start, then at its confirmation) keeps the entry, so
      // that a watch already started by a quick send stays this insertion's.
      if (known && known.link === insertion.link && known.linkId === insertion.linkId) {
        known.composer = composer;
        return;
      }
      tracked.set(composer.editor, { ...insertion, composer });
    },
    release(editor) {
      const t = tracked.get(editor);
      if (!t) return;
      tracked.delete(editor);
      // A running watch keeps its own reference (TikTok's editor leaves with the page it posted);
      // the insertion is also kept for the composer's next editor (Substack's "Back" from the
      // publish step), and forgotten there once the watch succeeds.
      released.push(t);
      if (released.length > MAX_RELEASED) released.shift();
    },
    adopt(composer) {
      const i = released.findIndex(
        (t) => t.composer.spec === composer.spec && holdsLink(composer.editor, t.link),
      );
      if (i < 0) return;
      const [t] = released.splice(i, 1);
      if (t) tracked.set(composer.editor, { ...t, composer });
    },
    poll,
  };
}

/** Elements matching `selector` that are rendered and not hidden. */
function visible(selector: string): Element[] {
  return [...document.querySelectorAll(selector)].filter(isShown);
}
