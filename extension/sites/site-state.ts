import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Platform } from '../../shared/schemas/common';
import { send } from '../messaging/client';
import type { WidgetState } from '../messaging/protocol';

// What every widget of the tab shows: the background's 'widget-state' for this site (the tagged
// link and the program at a glance), fetched when the first composer shows up and again when the
// tab or window comes back into view, and the user's collapsed choice, remembered per site in
// storage.local.

export interface SiteState {
  /** `undefined` before the first answer, `null` when the background did not answer. */
  readonly current: WidgetState | null | undefined;
  readonly collapsed: boolean;
  /** Asks the background again; resolves with its answer (null on failure). */
  refresh(): Promise<WidgetState | null>;
  setCollapsed(collapsed: boolean): void;
  /** Called after any change of `current` or `collapsed`. */
  onChange(cb: () => void): void;
}

export function createSiteState(ctx: ContentScriptContext, platform: Platform): SiteState {
  const key = `widget.collapsed.${platform}`;
  const listeners: Array<() => void> = [];
  let current: WidgetState | null | undefined;
  let collapsed = false;
  let inFlight: Promise<WidgetState | null> | null = null;
  const changed = () => {
    if (ctx.isValid) for (const cb of listeners) cb();
  };

  const refresh = (): Promise<WidgetState | null> => {
    inFlight ??= send({ type: 'widget-state', platform })
      .then(
        (state) => state,
        () => null,
      )
      .then((state) => {
        inFlight = null;
        current = state;
        changed();
        return state;
      });
    return inFlight;
  };

  browser.storage.local.get(key).then(
    (stored) => {
      if (stored[key] === true) {
        collapsed = true;
        changed();
      }
    },
    () => undefined,
  );
  // The user may have changed the link in Options meanwhile (another tab or window).
  const again = () => {
    if (document.visibilityState === 'visible' && current !== undefined) void refresh();
  };
  ctx.addEventListener(document, 'visibilitychange', again);
  ctx.addEventListener(window, 'focus', again);

  return {
    get current() {
      return current;
    },
    get collapsed() {
      return collapsed;
    },
    refresh,
    setCollapsed(next) {
      collapsed = next;
      changed();
      browser.storage.local.set({ [key]: next }).catch(() => undefined);
    },
    onChange: (cb) => listeners.push(cb),
  };
}
