import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Platform } from '../../shared/schemas/common';
import type { WidgetKey } from '../i18n/widget';
import { send } from '../messaging/client';
import type { WidgetState } from '../messaging/protocol';

// What every widget of the tab shows: the background's 'widget-state' for this site (the tagged
// link and the program at a glance), fetched when the first composer shows up and again when the
// tab or window comes back into view, the user's collapsed choice, remembered per site in
// storage.local, and whether the one-line disclosure of what Insert does was seen (Chrome Web
// Store's affiliate-ads policy, 2025: disclosure before the first affiliate link).

export interface SiteState {
  /** `undefined` before the first answer, `null` when the background did not answer. */
  readonly current: WidgetState | null | undefined;
  readonly collapsed: boolean;
  /** The disclosure is shown until the first insertion, on any site. */
  readonly disclosed: boolean;
  markDisclosed(): void;
  /** Asks the background again; resolves with its answer (null on failure). */
  refresh(): Promise<WidgetState | null>;
  /**
   * What an insertion uses: asked again each time (the link may have changed or gone: Options in
   * another window, the database removed by the browser), the last answer only if none comes.
   */
  latest(): Promise<WidgetState | null>;
  setCollapsed(collapsed: boolean): void;
  /** Called after any change of `current` or `collapsed`. */
  onChange(cb: () => void): void;
}

export function createSiteState(ctx: ContentScriptContext, platform: Platform): SiteState {
  const key = `widget.collapsed.${platform}`;
  const disclosedKey = 'widget.disclosed';
  const listeners: Array<() => void> = [];
  let current: WidgetState | null | undefined;
  let collapsed = false;
  // Until storage answers, assume seen: a returning user must not see the note flash.
  let disclosed = true;
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

  browser.storage.local.get([key, disclosedKey]).then(
    (stored) => {
      collapsed = stored[key] === true;
      disclosed = stored[disclosedKey] === true;
      changed();
    },
    () => {
      disclosed = false; // cannot know: disclose rather than not
      changed();
    },
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
    get disclosed() {
      return disclosed;
    },
    markDisclosed() {
      if (disclosed) return;
      disclosed = true;
      changed();
      browser.storage.local.set({ [disclosedKey]: true }).catch(() => undefined);
    },
    refresh,
    async latest() {
      const last = current;
      return (await refresh()) ?? last ?? null;
    },
    setCollapsed(next) {
      collapsed = next;
      changed();
      browser.storage.local.set({ [key]: next }).catch(() => undefined);
    },
    onChange: (cb) => listeners.push(cb),
  };
}

/** What to say when `state` has no link to insert: why, in the user's words. */
export function missingLinkKey(state: WidgetState | null): WidgetKey {
  if (!state) return 'unavailable';
  return state.dataLost ? 'dataLost' : 'noLink';
}
