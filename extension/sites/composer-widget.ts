import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { CaretKeeper } from '../composer/caret';
import { countLink, readEditorText } from '../composer/editor-text';
import { type InsertOutcome, insertLink } from '../composer/insert';
import type { Locale } from '../i18n/locale';
import type { WidgetKey } from '../i18n/widget';
import { createWidgetHost } from '../widget/widget-host';
import type { Status, Translate } from '../widget/widget-view';
import { openExtensionPage } from './open-page';
import { missingLinkKey, type SiteState } from './site-state';
import type { Composer } from './types';

// One composer and its widget: the Insert and Copy actions, their status line, and keeping the
// widget next to the composer. Insertion happens only on a trusted click on our own button
// (quality.md S2) or the keyboard shortcut, which the browser delivers only for a real key press.

export interface ComposerWidget {
  composer: Composer;
  render(): void;
  place(): void;
  refreshTheme(): void;
  /** Inserts the link (the shortcut calls this directly). */
  insert(): Promise<void>;
  /** Says something about the whole site's log on this widget (promotions not saved yet). */
  say(status: Status | null): void;
  destroy(): void;
}

export interface ComposerWidgetDeps {
  ctx: ContentScriptContext;
  t: Translate;
  locale: () => Locale;
  state: SiteState;
  caret: CaretKeeper;
  /**
   * An insertion of `link` is about to start: the submit watch must know before the link shows,
   * since a quick Enter can send the post while the cascade still reads the editor back.
   */
  onInserting(widget: ComposerWidget, link: { id: string; url: string }): void;
  onInserted(widget: ComposerWidget, link: { id: string; url: string }): void;
  onCopied(widget: ComposerWidget, link: { id: string; url: string }): void;
}

/** What the widget says when insertion failed and the link could not be copied either. */
const FAILURES: Record<Exclude<InsertOutcome, { ok: true }>['reason'], WidgetKey> = {
  'already-there': 'alreadyThere',
  detached: 'detached',
  'not-accepted': 'notAccepted',
  unverified: 'unverified',
};

/** How long an editor may take to show a link after the cascade gave up on it. */
const LATE_LINK_MS = 5_000;

/** The paste shortcut as the user's keyboard labels it. */
export function pasteKeys(platform: string): string {
  return /mac|iphone|ipad/i.test(platform) ? '⌘V' : 'Ctrl+V';
}

export function mountComposerWidget(composer: Composer, deps: ComposerWidgetDeps): ComposerWidget {
  const { ctx, state } = deps;
  const host = createWidgetHost(composer.spec.surface);
  const optionsUrl = browser.runtime.getURL('/options.html');
  let busy = false;
  let status: Status | null = null;
  let statusTimer = 0;

  const say = (next: Status | null) => {
    status = next;
    clearTimeout(statusTimer);
    // What asks the user to act stays until the next action; the rest fades.
    if (next && next.tone !== 'warn')
      statusTimer = ctx.setTimeout(() => say(null), next.tone === 'ok' ? 3_000 : 10_000);
    widget.render();
  };

  /** Copies the link and logs it; false when the browser refused the clipboard. */
  const copyLink = async (link: { id: string; url: string }): Promise<boolean> => {
    try {
      await navigator.clipboard.writeText(link.url);
    } catch {
      return false;
    }
    deps.onCopied(widget, link);
    return true;
  };

  /**
   * An editor on a loaded machine may show the link after the cascade gave up on it: that is
   * still an insertion (the site will post it). Watch a few seconds more, and log it once if it
   * shows up, with the status saying so.
   */
  let lateWatch = 0;
  let userTookOver: AbortController | null = null;
  const stopLateWatch = () => {
    clearInterval(lateWatch);
    userTookOver?.abort();
    userTookOver = null;
  };
  const watchForLateLink = (editor: HTMLElement, link: { id: string; url: string }) => {
    stopLateWatch();
    const until = Date.now() + LATE_LINK_MS;
    // The creator typing or pasting (the copied link, say) is theirs, not a late insertion of ours.
    userTookOver = new AbortController();
    const mine = userTookOver;
    for (const type of ['beforeinput', 'paste', 'drop'] as const) {
      editor.addEventListener(type, (event) => event.isTrusted && stopLateWatch(), {
        capture: true,
        signal: mine.signal,
      });
    }
    lateWatch = ctx.setInterval(() => {
      const copies = countLink(readEditorText(editor), link.url);
      if (copies === 0 && Date.now() < until && editor.isConnected) return;
      stopLateWatch();
      if (copies === 0) return;
      deps.onInserted(widget, link);
      say(copies > 1 ? { tone: 'warn', key: 'insertedTwice' } : { tone: 'ok', key: 'inserted' });
    }, 250);
  };

  const insert = async () => {
    stopLateWatch();
    if (busy) return; // a second click while the first is under way must not insert twice
    busy = true;
    state.markDisclosed();
    widget.render();
    try {
      const fresh = await state.latest();
      const link = fresh?.link;
      if (!link) {
        say({ tone: 'err', key: missingLinkKey(fresh) });
        return;
      }
      const { editor, spec } = widget.composer;
      deps.onInserting(widget, link);
      const outcome = await insertLink(editor, spec.editor, link.url, {
        caret: deps.caret.saved(editor),
        never: spec.never,
      });
      if (outcome.ok) {
        deps.onInserted(widget, link);
        say(outcome.copies > 1 ? { tone: 'warn', key: 'insertedTwice' } : { tone: 'ok', key: 'inserted' });
        return;
      }
      if (outcome.reason === 'already-there') {
        say({ tone: 'ok', key: 'alreadyThere' });
        return;
      }
      // Nothing went in (or something else did): the link must not be lost on the way to the
      // post. Copy it, log the copy (not an insertion), and say what to do.
      if (outcome.reason !== 'detached') watchForLateLink(editor, link);
      if (outcome.reason !== 'detached' && (await copyLink(link))) {
        const keys = pasteKeys(navigator.platform);
        say({
          tone: 'warn',
          key: outcome.reason === 'unverified' ? 'copiedCheck' : 'copiedPaste',
          vars: { keys },
          offerCopy: true,
        });
        return;
      }
      say({ tone: 'err', key: FAILURES[outcome.reason], offerCopy: true });
    } catch {
      say({ tone: 'err', key: 'unavailable' });
    } finally {
      busy = false;
      widget.render();
    }
  };

  const copy = async () => {
    const link = state.current?.link;
    if (!link) return;
    say((await copyLink(link)) ? { tone: 'ok', key: 'copied' } : { tone: 'err', key: 'copyFailed' });
  };

  const widget: ComposerWidget = {
    composer,
    render() {
      host.update({
        t: deps.t,
        locale: deps.locale(),
        collapsed: state.collapsed,
        state: state.current,
        busy,
        status,
        disclose: !state.disclosed,
        optionsUrl,
        anchor: () => widget.composer,
        onInsert: (event) => {
          if (event.isTrusted) void insert();
        },
        onCopy: (event) => {
          if (event.isTrusted) void copy();
        },
        onToggle: (event) => {
          if (event.isTrusted) state.setCollapsed(!state.collapsed);
        },
        onOpen: (page, event, section) => {
          event.preventDefault();
          // Like Insert and Copy: only the user's own click opens anything (a page's click() is not).
          if (!event.isTrusted) return;
          void openExtensionPage(page, section).then((opened) => {
            if (!opened) say({ tone: 'err', key: 'openFromToolbar' });
          });
        },
      });
    },
    place() {
      host.place(widget.composer.box);
    },
    refreshTheme() {
      host.refreshTheme(widget.composer.box);
    },
    insert,
    say,
    destroy() {
      clearTimeout(statusTimer);
      stopLateWatch();
      host.destroy();
    },
  };

  host.refreshTheme(composer.box);
  widget.render();
  widget.place();
  return widget;
}
