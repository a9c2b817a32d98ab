import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { deepActiveElement, editableRoot, editorKindOf } from '../composer/editor-kind';
import { isTextField } from '../composer/editor-text';
import { insertLink } from '../composer/insert';
import { WIDGET_CSS } from '../widget/styles';
import { pageTheme } from '../widget/theme';
import type { Status, Translate } from '../widget/widget-view';
import { pasteKeys } from './composer-widget';
import { missingLinkKey, type SiteState } from './site-state';
import type { SurfaceSpec } from './types';

// The keyboard shortcut and the context menu on a field no adapter recognises (a bio, a search
// box, a DM reply): the link goes in through the cascade of the editor the field's ancestors show
// (composer/editor-kind.ts), judged by reading the text back exactly as the widget's insertion;
// failing that it is copied. There is no widget there to say what happened, so a small toast in
// our own shadow root says it. Logged with surface `other` and the page's address.

/** What the log is told about these fields: only `surface` is read from it. */
export const OTHER_SPEC: SurfaceSpec = {
  surface: 'other',
  editor: 'contenteditable',
  selector: '',
  submit: {},
  success: {},
};

export const TOAST_TAG = 'promo-ledger-toast';

/** How long a right-click is taken to be what a context-menu click is about. */
const MENU_TARGET_MS = 60_000;

export interface LooseInsertDeps {
  ctx: ContentScriptContext;
  t: Translate;
  state: SiteState;
  log(action: 'link_inserted' | 'link_copied', linkId: string): void;
}

export interface LooseInsert {
  /** The editable the shortcut (focus) or the context menu (the right-clicked field) is about. */
  target(fromMenu: boolean): HTMLElement | null;
  /**
   * Undoes the selection the right-click itself made (macOS selects the word under the pointer):
   * the caret goes back where it was before the right-click, or after the word, so that the
   * link is inserted there instead of replacing the word. A selection the user made is kept.
   */
  undoMenuSelection(field: HTMLElement): void;
  insert(editor: HTMLElement): Promise<void>;
}

export function createLooseInsert({ ctx, t, state, log }: LooseInsertDeps): LooseInsert {
  let menuTarget: { el: Element; at: number } | null = null;
  /** The selection when the right button went down, before the browser's own response to it. */
  let beforeMenu: {
    at: number;
    range: Range | null;
    field: { el: HTMLInputElement | HTMLTextAreaElement; start: number; end: number } | null;
  } | null = null;
  let busy = false;
  let toast: HTMLElement | null = null;
  let toastTimer = 0;

  ctx.addEventListener(
    document,
    'contextmenu',
    (event: Event) => {
      const el = event.composedPath()[0];
      menuTarget = el instanceof Element ? { el, at: Date.now() } : null;
    },
    { capture: true },
  );
  ctx.addEventListener(
    document,
    'mousedown',
    (event: MouseEvent) => {
      if (event.button !== 2 && !(event.button === 0 && event.ctrlKey)) return;
      const active = deepActiveElement(document);
      const selection = document.getSelection();
      beforeMenu = {
        at: Date.now(),
        range: selection && selection.rangeCount > 0 ? selection.getRangeAt(0).cloneRange() : null,
        field:
          active && isTextField(active)
            ? { el: active, start: active.selectionStart ?? 0, end: active.selectionEnd ?? 0 }
            : null,
      };
    },
    { capture: true },
  );
  ctx.onInvalidated(() => toast?.remove());

  const say = (near: Element, { tone, key, vars }: Pick<Status, 'tone' | 'key' | 'vars'>) => {
    toast?.remove();
    clearTimeout(toastTimer);
    const host = document.createElement(TOAST_TAG);
    const rect = near.getBoundingClientRect();
    const below = rect.bottom + 6 + 44 <= window.innerHeight;
    const top = below ? rect.bottom + 6 : Math.max(6, rect.top - 50);
    const left = Math.max(6, Math.min(rect.left, document.documentElement.clientWidth - 290));
    host.style.cssText =
      'all:initial!important;position:fixed!important;z-index:2147483646!important;display:block!important;' +
      `pointer-events:none!important;top:${Math.round(top)}px!important;left:${Math.round(left)}px!important`;
    const shadow = host.attachShadow({ mode: 'open' });
    const style = document.createElement('style');
    style.textContent = WIDGET_CSS;
    const box = document.createElement('div');
    box.className = `w full${pageTheme(near) === 'dark' ? ' dark' : ''}`;
    const line = document.createElement('div');
    line.className = `status ${tone}`;
    line.setAttribute('role', 'status');
    box.append(line);
    shadow.append(style, box);
    document.body.append(host);
    toast = host;
    // A live region announces what changes in it: the text goes in once the region is there.
    ctx.requestAnimationFrame(() => {
      line.textContent = t(key, vars);
    });
    toastTimer = ctx.setTimeout(() => host.remove(), tone === 'ok' ? 4_000 : 10_000);
  };

  const copy = async (url: string): Promise<boolean> => {
    try {
      await navigator.clipboard.writeText(url);
      return true;
    } catch {
      return false;
    }
  };

  return {
    target(fromMenu) {
      const clicked = menuTarget && Date.now() - menuTarget.at < MENU_TARGET_MS ? menuTarget.el : null;
      if (fromMenu && clicked?.isConnected) return editableRoot(clicked);
      // Right-clicking a field focuses it: without a right-click seen here, the focused field of
      // the frame that has focus (another frame's message must not insert here too).
      return document.hasFocus() ? editableRoot(deepActiveElement(document)) : null;
    },

    undoMenuSelection(field) {
      const before = beforeMenu && Date.now() - beforeMenu.at < MENU_TARGET_MS ? beforeMenu : null;
      beforeMenu = null;
      if (!before) return;
      if (isTextField(field)) {
        const start = field.selectionStart ?? 0;
        const end = field.selectionEnd ?? start;
        if (start === end) return;
        if (before.field?.el === field) field.setSelectionRange(before.field.start, before.field.end);
        else field.setSelectionRange(end, end);
        return;
      }
      const selection = document.getSelection();
      if (!selection || selection.rangeCount === 0) return;
      const now = selection.getRangeAt(0);
      if (now.collapsed || !field.contains(now.startContainer)) return;
      const was = before.range;
      if (was && field.contains(was.startContainer) && field.contains(was.endContainer)) {
        const same =
          now.compareBoundaryPoints(Range.START_TO_START, was) === 0 &&
          now.compareBoundaryPoints(Range.END_TO_END, was) === 0;
        if (same) return;
        selection.removeAllRanges();
        selection.addRange(was);
        return;
      }
      selection.collapseToEnd();
    },

    async insert(editor) {
      if (busy) return; // a second press while the first is under way must not insert twice
      busy = true;
      try {
        const fresh = await state.latest();
        const link = fresh?.link;
        if (!link) {
          say(editor, { tone: 'err', key: missingLinkKey(fresh) });
          return;
        }
        state.markDisclosed();
        const outcome = await insertLink(editor, editorKindOf(editor), link.url, { caret: null });
        if (outcome.ok) {
          log('link_inserted', link.id);
          say(
            editor,
            outcome.copies > 1 ? { tone: 'warn', key: 'insertedTwice' } : { tone: 'ok', key: 'inserted' },
          );
          return;
        }
        if (outcome.reason === 'already-there') {
          say(editor, { tone: 'ok', key: 'alreadyThere' });
          return;
        }
        if (outcome.reason === 'detached') {
          say(editor, { tone: 'err', key: 'detached' });
          return;
        }
        if (await copy(link.url)) {
          log('link_copied', link.id);
          say(editor, {
            tone: 'warn',
            key: outcome.reason === 'unverified' ? 'copiedCheck' : 'copiedPaste',
            vars: { keys: pasteKeys(navigator.platform) },
          });
          return;
        }
        say(editor, { tone: 'err', key: 'copyFailed' });
      } catch {
        say(editor, { tone: 'err', key: 'unavailable' });
      } finally {
        busy = false;
      }
    },
  };
}
