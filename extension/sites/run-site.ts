import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { PromotionAction, PromotionEvent } from '../../shared/schemas/event';
import { createCaretKeeper } from '../composer/caret';
import { type Locale, translate, uiLocale } from '../i18n/locale';
import { widgetDictionary } from '../i18n/widget';
import { send } from '../messaging/client';
import { createOutbox } from '../messaging/outbox';
import type { TabMessage } from '../messaging/protocol';
import type { Translate } from '../widget/widget-view';
import { type ComposerWidget, mountComposerWidget } from './composer-widget';
import { createDomWatch } from './dom-watch';
import { findComposers } from './find-composers';
import { createHealthMonitor } from './health';
import { createLogNotice } from './log-notice';
import { createLooseInsert, OTHER_SPEC } from './loose-insert';
import { refuseForgedRestarts } from './page-guard';
import { createSiteState } from './site-state';
import { createSubmitWatch } from './submit-watch';
import type { SiteAdapter, SurfaceSpec } from './types';

// Everything a site's content script does, driven by its adapter: find the composers after every
// DOM change batch (one observer, quality.md P4), keep exactly one widget per composer, log what
// the user does through the outbox, and say once when the site's selectors stop matching.
// Nothing here throws into the page: handlers are guarded, and all of it dies with `ctx`.

export function runSite(ctx: ContentScriptContext, adapter: SiteAdapter): void {
  if (!adapter.matchesPage(document)) return;
  refuseForgedRestarts(ctx);
  const { platform } = adapter;

  // Entries that cannot be sent are retried, and said on the widgets (log-notice.ts).
  const notice = createLogNotice((status) => {
    for (const w of widgets.values()) w.say(status);
  });
  const outbox = createOutbox({
    send: (events) => send({ type: 'log', events }),
    schedule: (task, ms) => ctx.setTimeout(task, ms),
    onError: () => notice.failed(outbox.pending),
  });
  // A post just confirmed as the user leaves the page: send what is queued now, not after the
  // batching delay, so it leaves before the page does.
  ctx.addEventListener(window, 'pagehide', () => void outbox.flush());
  const log = (action: PromotionAction, spec: SurfaceSpec, linkId: string, pageUrl = location.href) => {
    const event: PromotionEvent = {
      id: crypto.randomUUID(),
      time: new Date().toISOString(),
      platform,
      surface: spec.surface,
      action,
      linkId,
      pageUrl: loggablePageUrl(pageUrl),
    };
    outbox.add(event);
  };

  const state = createSiteState(ctx, platform);
  const locale = (): Locale => state.current?.locale ?? uiLocale();
  const t: Translate = (key, vars) => translate(widgetDictionary, locale(), key, vars);
  const caret = createCaretKeeper(ctx);
  const watch = createDomWatch(ctx, adapter.ignoreMutationsUnder);

  const health = createHealthMonitor({
    checks: adapter.health,
    path: () => location.pathname,
    has: (selector) => document.querySelector(selector) !== null,
    now: () => Date.now(),
    later: (ms, cb) => ctx.setTimeout(guard(cb), ms),
    send: (feature, surface, ok) => {
      send({ type: 'site-health', platform, feature, surface, ok }).catch(() => undefined);
    },
  });

  const submits = createSubmitWatch(
    ctx,
    (posted) => {
      log('posted', posted.spec, posted.linkId, posted.pageUrl);
      // Post detection is healthy only when a post was confirmed, never merely on an insertion.
      health.report('submit', posted.spec.surface, true);
    },
    (spec) => health.report('submit', spec.surface, false),
  );

  const widgets = new Map<HTMLElement, ComposerWidget>();
  outbox.subscribe(guard(notice.pending));
  const deps = {
    ctx,
    t,
    locale,
    state,
    caret,
    // Watched from the start of the insertion, not from its confirmation: a post sent while the
    // cascade still reads the editor back was once missed (the watch checks, at the user's send,
    // that the link is in the text, so an insertion that failed is never counted as posted).
    onInserting: (widget: ComposerWidget, link: { id: string; url: string }) => {
      submits.track(widget.composer, { link: link.url, linkId: link.id });
    },
    onInserted: (widget: ComposerWidget, link: { id: string; url: string }) => {
      log('link_inserted', widget.composer.spec, link.id);
      submits.track(widget.composer, { link: link.url, linkId: link.id });
    },
    // A copied link pasted into this composer and sent is a post like an inserted one: watch it
    // (the watch checks that the link is in the text when the user sends).
    onCopied: (widget: ComposerWidget, link: { id: string; url: string }) => {
      log('link_copied', widget.composer.spec, link.id);
      submits.track(widget.composer, { link: link.url, linkId: link.id });
    },
  };

  const scan = () => {
    const found = findComposers(adapter, document);
    const seen = new Set<HTMLElement>();
    for (const composer of found) {
      seen.add(composer.editor);
      const existing = widgets.get(composer.editor);
      if (existing) {
        existing.composer = composer;
        continue;
      }
      caret.watch(composer.editor);
      const widget = mountComposerWidget(composer, deps);
      widgets.set(composer.editor, widget);
      submits.adopt(composer);
      if (state.current === undefined) void state.refresh();
    }
    for (const [editor, widget] of widgets) {
      if (seen.has(editor)) continue;
      widget.destroy();
      widgets.delete(editor);
      caret.forget(editor);
      submits.release(editor);
    }
    submits.poll();
    health.check();
  };

  watch.onChange(guard(scan));
  watch.onLayout(
    guard(() => {
      for (const widget of widgets.values()) widget.place();
    }),
  );
  watch.onTheme(
    guard(() => {
      for (const widget of widgets.values()) widget.refreshTheme();
    }),
  );
  state.onChange(
    guard(() => {
      for (const widget of widgets.values()) widget.render();
    }),
  );
  // An editor getting focus is about to be typed in: give it its widget now, not next frame.
  const selectors = adapter.surfaces.map((spec) => spec.selector).join(',');
  ctx.addEventListener(
    document,
    'focusin',
    guard((event: Event) => {
      const target = event.composedPath()[0];
      if (target instanceof Element && target.matches(selectors) && !widgets.has(target as HTMLElement))
        scan();
      else watch.refresh();
    }),
    { capture: true },
  );
  // Client-side navigations: look again at once rather than at the next DOM change.
  for (const type of adapter.navigationEvents) ctx.addEventListener(document, type, () => watch.refresh());
  ctx.addEventListener(window, 'wxt:locationchange', () => watch.refresh());

  // The keyboard shortcut and the context menu: the background asks the tab; the frame that has
  // focus answers (the menu's message goes to the right-clicked frame only). A field no widget
  // owns still takes the link, through the editor its ancestors show (loose-insert.ts).
  const loose = createLooseInsert({
    ctx,
    t,
    state,
    log: (action, linkId) => log(action, OTHER_SPEC, linkId),
  });
  const onMessage = (message: unknown) => {
    const request = message as TabMessage | null;
    if (request?.type !== 'insert-shortcut') return;
    const fromMenu = request.via === 'context-menu';
    if (!fromMenu && !document.hasFocus()) return;
    const field = loose.target(fromMenu);
    const active = fromMenu ? field : document.activeElement;
    const dispatch = () => {
      for (const widget of widgets.values()) {
        if (active && (widget.composer.editor === active || widget.composer.editor.contains(active))) {
          void widget.insert();
          return;
        }
      }
      if (field) void loose.insert(field);
    };
    if (!fromMenu || !field) {
      dispatch();
      return;
    }
    loose.undoMenuSelection(field);
    // After the `selectionchange` that follows (the widget's caret tracker learns the caret from it).
    ctx.setTimeout(dispatch, 0);
  };
  browser.runtime.onMessage.addListener(onMessage);
  // WXT notices that the extension was updated or removed only when one of ctx's timers runs: a
  // slow heartbeat makes sure the old widgets go away even on a page where nothing moves (R2).
  ctx.setInterval(() => undefined, 2_000);
  ctx.onInvalidated(() => {
    browser.runtime.onMessage.removeListener(onMessage);
    for (const widget of widgets.values()) widget.destroy();
    widgets.clear();
  });

  scan();
}

/** Runs a callback without ever letting an exception reach the page's console as ours. */
function guard<A extends unknown[]>(fn: (...args: A) => void): (...args: A) => void {
  return (...args) => {
    try {
      fn(...args);
    } catch (error) {
      console.debug('Promo Ledger:', error);
    }
  };
}

/** The log keeps page addresses up to 2,048 characters: a longer one loses its query. */
export function loggablePageUrl(href: string): string {
  if (href.length <= 2048) return href;
  const url = new URL(href);
  return `${url.origin}${url.pathname}`.slice(0, 2048);
}
