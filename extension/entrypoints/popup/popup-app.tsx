import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { Settings } from '../../../shared/schemas/settings';
import { uiLocale } from '../../i18n/locale';
import { send } from '../../messaging/client';
import type { TodayState } from '../../messaging/protocol';
import { copyText } from '../../pages/clipboard';
import { linkName, PLATFORM_NAMES, PLATFORM_ORDER } from '../../pages/describe';
import { errorMessage } from '../../pages/errors';
import { formatDay, formatTime } from '../../pages/format';
import { applyDocumentLocale, pagesText } from '../../pages/i18n';
import { SiteAccessNotice } from '../../pages/site-access-notice';

// The toolbar popup: sites the browser does not let it run on, today's promotions per site, the
// default link to copy, sites whose page layout is no longer recognised, and the way to the
// dashboard and Options.

type Loaded = { today: TodayState; locale: Settings['locale'] };
type State = { status: 'loading' } | { status: 'error'; error: string } | ({ status: 'ready' } & Loaded);

const DASHBOARD = '/dashboard.html';

export function PopupApp() {
  const [state, setState] = useState<State>({ status: 'loading' });
  const [copy, setCopy] = useState<{ ok: boolean; text: string } | null>(null);
  const locale = uiLocale(state.status === 'ready' ? state.locale : 'auto');
  const t = useMemo(() => pagesText(locale), [locale]);

  const load = useCallback(async () => {
    try {
      const [today, stored] = await Promise.all([send({ type: 'today' }), send({ type: 'settings-get' })]);
      setState({ status: 'ready', today, locale: stored.settings.locale });
    } catch (error) {
      setState({ status: 'error', error: errorMessage(error) });
    }
  }, []);

  useEffect(() => {
    void load();
  }, [load]);
  useEffect(() => applyDocumentLocale(locale, 'Promo Ledger'), [locale]);

  const openDashboard = (event: Event) => {
    event.preventDefault();
    void browser.tabs.create({ url: browser.runtime.getURL(DASHBOARD) });
  };
  const openOptions = () => void browser.runtime.openOptionsPage();

  const copyLink = async (url: string) => {
    try {
      await copyText(url);
      setCopy({ ok: true, text: t('popup.copied') });
    } catch (error) {
      setCopy({ ok: false, text: t('popup.copyFailed', { reason: errorMessage(error) }) });
    }
  };

  return (
    <div class="popup">
      <header class="popup-header">
        <span class="brand-mark" aria-hidden="true" />
        <h1>Promo Ledger</h1>
        {state.status === 'ready' && (
          <span class="muted popup-day" title={t('popup.dayZone')}>
            {formatDay(state.today.day, locale)}
          </span>
        )}
      </header>

      {state.status === 'loading' && (
        <p class="muted" role="status">
          {t('common.loading')}
        </p>
      )}
      {state.status === 'error' && (
        <div class="notice notice-error" role="alert">
          <span>{t('popup.loadFailed', { reason: state.error })}</span>
          <button type="button" class="btn btn-small" onClick={load}>
            {t('common.retry')}
          </button>
        </div>
      )}

      {state.status === 'ready' && (
        <>
          <SiteAccessNotice t={t} />
          {state.today.dataLost && (
            <div class="notice notice-warning" role="alert">
              <span>{t('data.lost', { at: formatTime(state.today.dataLost.at, locale) })}</span>
            </div>
          )}
          {state.today.broken.map((b) => (
            <p key={`${b.platform}-${b.feature}-${b.surface}`} class="notice notice-warning" role="status">
              {t(`broken.${b.feature}`, {
                platform: PLATFORM_NAMES[b.platform],
                surface: t(`surface.${b.surface}`),
                since: formatTime(b.since, locale),
              })}
            </p>
          ))}

          <section aria-labelledby="today-title" class="popup-section">
            <h2 id="today-title">{t('popup.today')}</h2>
            <ul class="today-list">
              {PLATFORM_ORDER.map((p) => (
                <li key={p}>
                  <span>{PLATFORM_NAMES[p]}</span>
                  <strong>{state.today.byPlatform[p] ?? 0}</strong>
                </li>
              ))}
            </ul>
          </section>

          {state.today.defaultLink ? (
            <section aria-labelledby="link-title" class="popup-section">
              <h2 id="link-title">{t('popup.defaultLink')}</h2>
              <p class="link-name">{linkName(state.today.defaultLink, t)}</p>
              <p class="mono muted">{state.today.defaultLink.url}</p>
              <button
                type="button"
                class="btn btn-primary popup-copy"
                onClick={() => state.today.defaultLink && copyLink(state.today.defaultLink.url)}
              >
                {t('popup.copy')}
              </button>
              <p class={copy?.ok === false ? 'field-error' : 'copy-state'} role="status">
                {copy?.text ?? ''}
              </p>
            </section>
          ) : (
            <section class="empty popup-empty" aria-labelledby="empty-title">
              <strong id="empty-title">{t('popup.noLink')}</strong>
              <p>{t('popup.noLinkHint')}</p>
              <button type="button" class="btn btn-primary" onClick={openOptions}>
                {t('popup.addLink')}
              </button>
            </section>
          )}
        </>
      )}

      <footer class="popup-footer">
        <a href={browser.runtime.getURL(DASHBOARD)} onClick={openDashboard}>
          {t('nav.dashboard')}
        </a>
        <button type="button" class="btn btn-small btn-quiet" onClick={openOptions}>
          {t('nav.settings')}
        </button>
      </footer>
    </div>
  );
}
