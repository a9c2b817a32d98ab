import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { CaretKeeper } from '../composer/caret';
import { type InsertOutcome, insertLink } from '../composer/insert';
import type { Locale } from '../i18n/locale';
import type { WidgetKey } from '../i18n/widget';
import { createWidgetHost } from '../widget/widget-host';
import type { Status, Translate } from '../widget/widget-view';
import { openExtensionPage } from './open-page';
import type { SiteState } from './site-state';
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
  destroy(): void;
}

export interface ComposerWidgetDeps {
  ctx: ContentScriptContext;
  t: Translate;
  locale: () => Locale;
  state: SiteState;
  caret: CaretKeeper;
  onInserted(widget: ComposerWidget, link: { id: string; url: string }): void;
  onCopied(widget: ComposerWidget, linkId: string): void;
}

const FAILURES: Record<Exclude<InsertOutcome, { ok: true }>['reason'], WidgetKey> = {
  'already-there': 'alreadyThere',
  detached: 'detached',
  'not-accepted': 'notAccepted',
  unverified: 'unverified',
};

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
    if (next) statusTimer = ctx.setTimeout(() => say(null), next.tone === 'ok' ? 3_000 : 10_000);
    widget.render();
  };

  const insert = async () => {
    if (busy) return; // a second click while the first is under way must not insert twice
    busy = true;
    widget.render();
    try {
      // The link this tab already knows goes in at once (it is refreshed whenever the tab comes
      // back into view, e.g. from Options); only a tab that never heard back asks and waits.
      const known = state.current?.link ? state.current : null;
      const fresh = known ?? (await state.refresh());
      const link = fresh?.link;
      if (!link) {
        say({ tone: 'err', key: fresh ? 'noLink' : 'unavailable' });
        return;
      }
      const { editor, spec } = widget.composer;
      const outcome = await insertLink(editor, spec.editor, link.url, { caret: deps.caret.saved(editor) });
      if (outcome.ok) {
        deps.onInserted(widget, link);
        say({ tone: 'ok', key: 'inserted' });
      } else {
        const key = FAILURES[outcome.reason];
        say({
          tone: outcome.reason === 'already-there' ? 'ok' : 'err',
          key,
          offerCopy: key !== 'alreadyThere',
        });
      }
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
    try {
      await navigator.clipboard.writeText(link.url);
      deps.onCopied(widget, link.id);
      say({ tone: 'ok', key: 'copied' });
    } catch {
      say({ tone: 'err', key: 'copyFailed' });
    }
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
        optionsUrl,
        onInsert: (event) => {
          if (event.isTrusted) void insert();
        },
        onCopy: (event) => {
          if (event.isTrusted) void copy();
        },
        onToggle: (event) => {
          if (event.isTrusted) state.setCollapsed(!state.collapsed);
        },
        onOpen: (page, event) => {
          event.preventDefault();
          void openExtensionPage(page).then((opened) => {
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
    destroy() {
      clearTimeout(statusTimer);
      host.destroy();
    },
  };

  host.refreshTheme(composer.box);
  widget.render();
  widget.place();
  return widget;
}
