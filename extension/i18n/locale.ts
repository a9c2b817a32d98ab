import { browser } from 'wxt/browser';

// The UI speaks English or French, following the browser's language (quality: English and French UI).
// Each part of the extension keeps its strings in its own dictionary file next to this one
// (widget.ts, pages.ts …), typed so that a key missing in French does not compile.

export type Locale = 'en' | 'fr';

export function uiLocale(preferred: 'auto' | Locale = 'auto'): Locale {
  if (preferred !== 'auto') return preferred;
  let lang = '';
  try {
    lang = browser.i18n.getUILanguage();
  } catch {
    lang = globalThis.navigator?.language ?? 'en';
  }
  return lang.toLowerCase().startsWith('fr') ? 'fr' : 'en';
}

/** A dictionary: the English strings define the keys; French must give every one. */
export type Dictionary<K extends string> = Record<Locale, Record<K, string>>;

/** Looks a key up and fills `{name}` placeholders. */
export function translate<K extends string>(
  dict: Dictionary<K>,
  locale: Locale,
  key: K,
  vars: Record<string, string | number> = {},
): string {
  return dict[locale][key].replace(/\{(\w+)\}/g, (_, name: string) => String(vars[name] ?? `{${name}}`));
}
