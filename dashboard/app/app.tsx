import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import {
  DEFAULT_META,
  type LedgerStore,
  NO_MEMBER,
  type StoreMeta,
  type TableName,
} from '../../extension/db/store';
import type { Day } from '../../shared/dates/days';
import { msUntilNextDay } from '../../shared/dates/today';
import { demoData } from '../../shared/demo/demo-data';
import type { PromotionEvent } from '../../shared/schemas/event';
import type { ResultEntry } from '../../shared/schemas/result';
import type { Settings } from '../../shared/schemas/settings';
import { diffSettings } from '../../shared/schemas/settings-patch';
import { formatter, type Lang } from '../format';
import { messages, storageErrorText, type ViewId } from '../i18n';
import { type DashboardModel, todayDay } from '../model/dashboard-model';
import { Welcome } from '../views/welcome';
import { type ComputeClient, createComputeClient } from '../worker/client';
import { DashboardContext, type DashboardContextValue } from './context';
import { DemoBanner } from './demo-banner';
import { Header } from './header';
import type { HostAction, HostNotices, HostView } from './host';
import { loadPrefs, type Prefs, savePrefs } from './prefs';
import { CurrentView, Nav, type SectionId, viewFromHash } from './sections';

export interface AppProps {
  store: LedgerStore;
  host: 'extension' | 'standalone';
  /** Called once the first figures are on screen (P7), with the milliseconds since mount. */
  onFirstRender?: (ms: number) => void;
  /** Sections and header buttons of the host page (see host.ts). */
  hostViews?: readonly HostView[];
  hostActions?: readonly HostAction[];
  hostNotices?: HostNotices;
}

const NO_HOST_VIEWS: readonly HostView[] = [];
const NO_HOST_ACTIONS: readonly HostAction[] = [];

interface Loaded {
  /** Null when the worker reads the events itself (store.workerEventSource). */
  events: readonly PromotionEvent[] | null;
  results: readonly ResultEntry[];
  settings: Settings;
  /** The revision `settings` were stored at: what a patch of them starts from. */
  settingsRevision: number;
  meta: StoreMeta;
  version: number;
}

function browserLang(): Lang {
  const lang = typeof navigator === 'undefined' ? 'en' : navigator.language;
  return lang.toLowerCase().startsWith('fr') ? 'fr' : 'en';
}

/** How often the host is asked for its alert while the page is visible (see hostNotices). */
const HOST_NOTICE_EVERY_MS = 5_000;

/** Writes coalesce: a burst of logged events re-reads the store once, not once per event. */
const RELOAD_DELAY_MS = 250;

export function App({
  store,
  host,
  onFirstRender,
  hostViews = NO_HOST_VIEWS,
  hostActions = NO_HOST_ACTIONS,
  hostNotices,
}: AppProps) {
  const prefsKey = `promo-ledger:dashboard:${host}`;
  const [prefs, setPrefsState] = useState<Prefs>(() => loadPrefs(prefsKey));
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [model, setModel] = useState<DashboardModel | null>(null);
  const [computing, setComputing] = useState(false);
  const [error, setError] = useState<string | null>(null);
  /** Stored rows that are not promotion events any more: left out of every figure, and said. */
  const [unreadable, setUnreadable] = useState(0);
  /** The host's alert about the data (the extension: removed by the browser), or null. */
  const [hostNotice, setHostNotice] = useState<string | null>(null);
  const [view, setView] = useState<SectionId>(() => viewFromHash(hostViews));
  const [status, setStatus] = useState('');
  const [systemDark, setSystemDark] = useState(
    () => typeof matchMedia !== 'undefined' && matchMedia('(prefers-color-scheme: dark)').matches,
  );
  const client = useMemo<ComputeClient>(() => {
    const c = createComputeClient();
    // Chunked logs (the standalone site) are read in a few records: start at once. A log of one row
    // per event (the extension's) takes its worker ~1 s to read at 100k events, and the page's own
    // reads of results and settings would queue behind it: there the worker starts once they are in.
    if (store.workerEventSource?.home === 'standalone') c.prefetch(store.workerEventSource);
    return c;
  }, [store]);
  const mountedAt = useRef(performance.now());
  useEffect(() => {
    performance.mark('promo-ledger:mounted');
  }, []);
  const firstRenderDone = useRef(false);
  const rootRef = useRef<HTMLDivElement>(null);

  const lang: Lang =
    prefs.lang !== 'auto'
      ? prefs.lang
      : loaded?.settings.locale === 'en' || loaded?.settings.locale === 'fr'
        ? loaded.settings.locale
        : browserLang();
  const t = messages(lang);
  const f = useMemo(() => formatter(lang), [lang]);
  // Today rolls over at midnight in the ledger's zone, in a page left open overnight.
  const [today, setToday] = useState(() => todayDay());
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout>;
    const arm = () => {
      timer = setTimeout(() => {
        setToday(todayDay());
        arm();
      }, msUntilNextDay());
    };
    arm();
    return () => clearTimeout(timer);
  }, []);
  const meta = loaded?.meta ?? DEFAULT_META;
  const asOf: Day = prefs.asOf ?? (meta.demo && meta.demoAsOf ? meta.demoAsOf : today);
  const theme = prefs.theme === 'system' ? (systemDark ? 'dark' : 'light') : prefs.theme;

  const setPrefs = useCallback(
    (patch: Partial<Prefs>) =>
      setPrefsState((old) => {
        const next = { ...old, ...patch };
        savePrefs(prefsKey, next);
        return next;
      }),
    [prefsKey],
  );

  // ── Data: read everything once, then again (only what changed) whenever the store says so.
  const cache = useRef<Omit<Loaded, 'version'> | null>(null);
  const reload = useCallback(
    async (tables: ReadonlySet<TableName> | null) => {
      try {
        const old = cache.current;
        const all = tables === null || old === null;
        const source = store.workerEventSource;
        const eventsChanged = all || tables.has('events');
        const [events, results, stored, meta] = await Promise.all([
          source ? null : eventsChanged ? store.readEvents() : old.events,
          all || tables.has('results') ? store.readResults() : old.results,
          all || tables.has('settings')
            ? store.readSettings()
            : { settings: old.settings, revision: old.settingsRevision },
          all || tables.has('meta') ? store.readMeta() : old.meta,
        ]);
        const settings = stored.settings;
        const next = { events, results, settings, settingsRevision: stored.revision, meta };
        if (eventsChanged || results !== old.results || settings !== old.settings) {
          // Where the worker can read the log itself, it does: large logs never pass through the page.
          if (source)
            client.setData({ results, settings }, { eventSource: source, reloadEvents: eventsChanged });
          else client.setData({ events: events ?? [], results, settings });
        }
        cache.current = next;
        if (all) performance.mark('promo-ledger:store-read');
        setLoaded((prev) => ({ ...next, version: (prev?.version ?? 0) + 1 }));
        setError(null);
      } catch (err) {
        setError(storageErrorText(t, err));
      }
    },
    [store, client, t],
  );

  const pendingTables = useRef(new Set<TableName>());
  const reloadTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const refresh = useCallback(async () => {
    clearTimeout(reloadTimer.current);
    pendingTables.current = new Set();
    await reload(null);
  }, [reload]);

  useEffect(() => {
    void reload(null);
    const unsubscribe = store.subscribe((tables) => {
      for (const name of tables) pendingTables.current.add(name);
      clearTimeout(reloadTimer.current);
      reloadTimer.current = setTimeout(() => {
        const changed = pendingTables.current;
        pendingTables.current = new Set();
        if (changed.size > 0) void reload(changed);
      }, RELOAD_DELAY_MS);
    });
    return () => {
      clearTimeout(reloadTimer.current);
      unsubscribe();
    };
  }, [store, reload]);

  useEffect(() => () => client.dispose(), [client]);

  // The host's alert (the extension: its database removed by the browser): asked after every read
  // of the store, when the page is shown again, and every few seconds while it is visible — a
  // deletion gives no event a page could wait for.
  const dataVersion = loaded?.version;
  useEffect(() => {
    if (!hostNotices || dataVersion === undefined) return;
    let stopped = false;
    const ask = () => {
      if (document.visibilityState === 'hidden') return;
      hostNotices
        .check(lang)
        .then((text) => {
          if (!stopped) setHostNotice(text);
        })
        // Only a hint: if the question fails, the dashboard works as usual.
        .catch(() => undefined);
    };
    ask();
    document.addEventListener('visibilitychange', ask);
    const timer = setInterval(ask, HOST_NOTICE_EVERY_MS);
    return () => {
      stopped = true;
      document.removeEventListener('visibilitychange', ask);
      clearInterval(timer);
    };
  }, [hostNotices, lang, dataVersion]);

  // ── The model: recomputed in the worker when the data or a choice that changes figures does.
  const member = prefs.member;
  const assumed = prefs.assumed;
  const version = loaded?.version;
  const workerError = t.errors.worker;
  useEffect(() => {
    if (version === undefined) return;
    let stale = false;
    setComputing(true);
    const options = { asOf, method: prefs.method, member, assumedConversion: assumed };
    // Only the very first model may be partial (results first, promotions next): later, the figures
    // on screen stay until the whole new model is in.
    client
      .model(options, firstRenderDone.current)
      .then(async ({ model, ms, partial, unreadableEvents }) => {
        if (stale) return;
        setUnreadable(unreadableEvents);
        if (!firstRenderDone.current) {
          performance.mark('promo-ledger:model-received');
          performance.measure('promo-ledger:model in worker', { start: 0, duration: ms });
        }
        setModel(partial ? { ...model, partial: true } : model);
        if (partial) {
          // The results' figures are on screen; the promotions follow as soon as the log is read.
          const full = await client.model(options, true);
          if (stale) return;
          setModel(full.model);
        }
        setComputing(false);
      })
      .catch((err: unknown) => {
        if (stale) return;
        setComputing(false);
        setError(`${workerError}: ${err instanceof Error ? err.message : String(err)}`);
      });
    return () => {
      stale = true;
    };
  }, [version, asOf, prefs.method, member, assumed, client, workerError]);

  useEffect(() => {
    if (!model || firstRenderDone.current) return;
    firstRenderDone.current = true;
    // After the browser has painted the figures: the next frame.
    requestAnimationFrame(() => {
      const ms = performance.now() - mountedAt.current;
      performance.mark('promo-ledger:first-render');
      if (rootRef.current) rootRef.current.dataset.ready = 'true';
      onFirstRender?.(ms);
    });
  }, [model, onFirstRender]);

  // ── Theme, language and view follow the page.
  useEffect(() => {
    if (typeof matchMedia === 'undefined') return;
    const query = matchMedia('(prefers-color-scheme: dark)');
    const onChange = () => setSystemDark(query.matches);
    query.addEventListener('change', onChange);
    return () => query.removeEventListener('change', onChange);
  }, []);
  useEffect(() => {
    document.documentElement.lang = lang;
    const hostView = hostViews.find((v) => v.id === view);
    document.title = `${hostView ? hostView.label(lang) : t.nav[view as ViewId]} — ${t.appName}`;
  }, [lang, view, t, hostViews]);
  useEffect(() => {
    const onHash = () => setView(viewFromHash(hostViews));
    addEventListener('hashchange', onHash);
    return () => removeEventListener('hashchange', onHash);
  }, [hostViews]);

  const navigate = useCallback((next: SectionId, focusId?: string) => {
    if (location.hash !== `#${next}`) history.pushState(null, '', `#${next}`);
    setView(next);
    requestAnimationFrame(() => {
      const target = focusId ? document.getElementById(focusId) : document.getElementById('pl-main');
      target?.focus();
    });
  }, []);

  const announce = useCallback((message: string) => {
    setStatus('');
    requestAnimationFrame(() => setStatus(message));
  }, []);

  const value: DashboardContextValue | null = loaded
    ? {
        store,
        client,
        t,
        f,
        prefs,
        setPrefs,
        asOf,
        today,
        meta,
        settings: loaded.settings,
        results: loaded.results,
        model,
        computing,
        view,
        navigate,
        refresh,
        themeKey: `${theme}`,
        announce,
        saveSettings: async (settings) => {
          // What this page changed, applied on top of what is stored now: a change made meanwhile
          // in Options (or another tab) stays; the same field changed there is refused, said.
          try {
            await store.updateSettings(diffSettings(loaded.settings, settings, loaded.settingsRevision));
          } finally {
            await refresh();
          }
        },
        loadDemo: async () => {
          if (!store.loadDemo) return;
          await store.loadDemo(demoData());
          setPrefs({ asOf: null, member: null });
          await refresh();
        },
      }
    : null;

  // A member filter naming nobody in the data any more is dropped rather than showing empty pages.
  useEffect(() => {
    if (!model || member === null) return;
    if (!model.members.some((m) => m.member === member) && member !== NO_MEMBER) setPrefs({ member: null });
  }, [model, member, setPrefs]);

  const showWelcome =
    loaded !== null &&
    model !== null &&
    !model.partial &&
    host === 'standalone' &&
    !meta.welcomeDismissed &&
    !meta.demo &&
    model.member === null &&
    model.counts.events === 0 &&
    loaded.results.length === 0 &&
    view === 'overview';

  return (
    <div class="pl-dashboard" data-theme={theme} ref={rootRef}>
      {/* A button, not a link to #pl-main: the URL's hash names the section shown. */}
      <button type="button" class="skip-link" onClick={() => document.getElementById('pl-main')?.focus()}>
        {t.skipToContent}
      </button>
      {value ? (
        <DashboardContext.Provider value={value}>
          <Header host={host} actions={hostActions} />
          {meta.demo ? <DemoBanner /> : null}
          {error ? (
            <div class="notice notice-error page-notice" role="alert">
              {error}
            </div>
          ) : null}
          {hostNotice ? (
            <div class="notice notice-warn page-notice" role="alert">
              {hostNotice}
            </div>
          ) : null}
          {unreadable > 0 ? (
            <div class="notice notice-warn page-notice" role="alert">
              {t.common.unreadableEvents(unreadable)}
            </div>
          ) : null}
          <div class="layout">
            <Nav hostViews={hostViews} />
            <main id="pl-main" class="main" tabIndex={-1}>
              <div
                role="tabpanel"
                id="pl-panel"
                aria-labelledby={`pl-tab-${view}`}
                aria-busy={computing || model === null}
              >
                {showWelcome ? <Welcome /> : <CurrentView view={view} hostViews={hostViews} />}
              </div>
            </main>
          </div>
        </DashboardContext.Provider>
      ) : (
        <div class="loading" role="status">
          {error ?? t.common.loading}
        </div>
      )}
      <div class="sr-only" role="status" aria-live="polite">
        {status}
      </div>
    </div>
  );
}
