import { useEffect, useMemo } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { uiLocale } from '../../i18n/locale';
import { applyDocumentLocale, pagesText } from '../../pages/i18n';
import { SaveStatus, useSave } from '../../pages/save-status';
import { SiteAccessNotice } from '../../pages/site-access-notice';
import { useSettings } from '../../pages/use-settings';
import { AllowedHosts } from './allowed-hosts';
import { DataLostNotice } from './data-lost-notice';
import { DataSection } from './data-section';
import { GeneralSection } from './general-section';
import { LinksSection } from './links-section';
import { RecoveryNotice } from './recovery-notice';
import { SubstackDomains } from './substack-domains';

// The Options page: referral links first (what the extension is for), then the sites links may go
// to, Substack custom domains, language and shortcut.

export function OptionsApp() {
  const api = useSettings();
  const locale = uiLocale(api.state.status === 'ready' ? api.state.settings.locale : 'auto');
  const t = useMemo(() => pagesText(locale), [locale]);
  const { state: saveState, save } = useSave(api, t);

  useEffect(() => applyDocumentLocale(locale, t('options.docTitle')), [locale, t]);

  return (
    <div class="page">
      <header class="page-header">
        <div class="brand">
          <span class="brand-mark" aria-hidden="true" />
          <div>
            <h1>{t('options.title')}</h1>
            <p class="muted">Promo Ledger</p>
          </div>
        </div>
        <a class="btn" href={browser.runtime.getURL('/dashboard.html')} target="_blank" rel="noopener">
          {t('nav.dashboard')}
        </a>
      </header>
      <SaveStatus state={saveState} t={t} />
      <main class="page-main">
        {api.state.status === 'loading' && (
          <p class="muted" role="status">
            {t('common.loading')}
          </p>
        )}
        {api.state.status === 'error' && (
          <div class="notice notice-error" role="alert">
            <span>{t('options.loadFailed', { reason: api.state.error })}</span>
            <button type="button" class="btn btn-small" onClick={() => api.reload()}>
              {t('common.retry')}
            </button>
          </div>
        )}
        {api.state.status === 'ready' && (
          <>
            <DataLostNotice t={t} locale={locale} />
            <RecoveryNotice t={t} locale={locale} />
            <SiteAccessNotice t={t} />
            <LinksSection settings={api.state.settings} save={save} t={t} />
            <AllowedHosts settings={api.state.settings} save={save} t={t} />
            <SubstackDomains t={t} />
            <GeneralSection settings={api.state.settings} save={save} t={t} />
            <DataSection t={t} />
          </>
        )}
      </main>
    </div>
  );
}
