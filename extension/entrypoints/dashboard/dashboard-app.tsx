import { useEffect, useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { Settings } from '../../../shared/schemas/settings';
import { uiLocale } from '../../i18n/locale';
import { send } from '../../messaging/client';
import { linkName } from '../../pages/describe';
import { applyDocumentLocale, pagesText } from '../../pages/i18n';
import { dexieLogSource } from './log-source';
import { LogView } from './log-view';

// dashboard.html: in this issue, the promotion log. The next issue grows it into the analytics app;
// the log view stays a component fed by a LogSource.

export function DashboardApp() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const source = useMemo(() => dexieLogSource(), []);
  const locale = uiLocale(settings?.locale ?? 'auto');
  const t = useMemo(() => pagesText(locale), [locale]);

  useEffect(() => {
    // Settings only give the language and link names: the log shows without them if they fail.
    send({ type: 'settings-get' })
      .then(setSettings)
      .catch(() => setSettings(null));
  }, []);
  useEffect(() => applyDocumentLocale(locale, t('dashboard.docTitle')), [locale, t]);

  const linkNames = useMemo(
    () => (settings ? new Map(settings.links.map((l) => [l.id, linkName(l, t)] as const)) : null),
    [settings, t],
  );

  return (
    <div class="page dashboard">
      <header class="page-header">
        <div class="brand">
          <span class="brand-mark" aria-hidden="true" />
          <div>
            <h1>{t('dashboard.title')}</h1>
            <p class="muted">Promo Ledger</p>
          </div>
        </div>
        <button type="button" class="btn" onClick={() => void browser.runtime.openOptionsPage()}>
          {t('nav.settings')}
        </button>
      </header>
      <main>
        <LogView source={source} t={t} locale={locale} linkNames={linkNames} />
      </main>
    </div>
  );
}
