import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { Settings } from '../../../shared/schemas/settings';
import { uiLocale } from '../../i18n/locale';
import { pagesText, type T } from '../../pages/i18n';
import type { Save } from '../../pages/save-status';
import { setLocale } from '../../pages/settings-edit';

// Language of the extension's pages and widget, and the keyboard shortcut as the browser has it
// (the user may have changed or removed it in the browser's shortcut settings).

const COMMAND = 'insert-referral-link';

export function GeneralSection({ settings, save, t }: { settings: Settings; save: Save; t: T }) {
  const [shortcut, setShortcut] = useState<string | null | undefined>(undefined);

  useEffect(() => {
    browser.commands
      .getAll()
      .then((commands) => setShortcut(commands.find((c) => c.name === COMMAND)?.shortcut || null))
      .catch(() => setShortcut(null));
  }, []);

  const shortcutsPage = navigator.userAgent.includes('Firefox')
    ? 'about:addons'
    : 'chrome://extensions/shortcuts';

  return (
    <section class="card" aria-labelledby="general-title">
      <h2 id="general-title">{t('general.title')}</h2>
      <div class="field narrow">
        <label class="field-label" for="locale-select">
          {t('general.language')}
        </label>
        <select
          id="locale-select"
          value={settings.locale}
          onChange={(e) => {
            const locale = e.currentTarget.value as Settings['locale'];
            // Said in the language just chosen: the page switches to it once saved.
            void save(
              (current) => setLocale(current, locale),
              pagesText(uiLocale(locale))('status.languageSaved'),
            );
          }}
        >
          <option value="auto">{t('general.languageAuto')}</option>
          <option value="en" lang="en">
            English
          </option>
          <option value="fr" lang="fr">
            Français
          </option>
        </select>
      </div>
      <div class="stack">
        <h3>{t('general.shortcut')}</h3>
        {shortcut === undefined ? null : shortcut ? (
          <p>
            {t('general.shortcutIs')} <kbd>{shortcut}</kbd>
          </p>
        ) : (
          <p>{t('general.shortcutNone')}</p>
        )}
        <p class="field-hint">{t('general.shortcutHint', { page: shortcutsPage })}</p>
      </div>
    </section>
  );
}
