import { type Locale, translate } from '../i18n/locale';
import { PAGES, type PagesKey } from '../i18n/pages';

// The extension pages' translator: `t('form.save')`, `t('kind.reelBy', { name })`.

export type T = (key: PagesKey, vars?: Record<string, string | number>) => string;

export function pagesText(locale: Locale): T {
  return (key, vars) => translate(PAGES, locale, key, vars);
}

/** Keeps `<html lang>` and the tab title in step with the UI language (screen readers use `lang`). */
export function applyDocumentLocale(locale: Locale, title: string): void {
  document.documentElement.lang = locale;
  document.title = title;
}
