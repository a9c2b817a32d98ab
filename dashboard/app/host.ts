import type { ComponentChild } from 'preact';
import type { Settings } from '../../shared/schemas/settings';
import type { Lang } from '../format';

// What a host page may add to the dashboard without the dashboard knowing the host: sections of its
// own in the navigation (the extension's promotion log) and actions in the header (its Options page).
// Labels come from the host, in the dashboard's current language, so the dashboard's dictionary does
// not grow words it never uses on its own.

export interface HostView {
  /** The section's id, in the URL's hash; must not be one of the dashboard's own (VIEWS). */
  id: string;
  label(lang: Lang): string;
  render(props: { lang: Lang; settings: Settings }): ComponentChild;
}

export interface HostAction {
  id: string;
  label(lang: Lang): string;
  run(): void;
}

/**
 * Alerts about the data the host knows and the dashboard cannot (the extension: the browser
 * removed its database). `check` is asked at mount, whenever the store changes and whenever the
 * page is shown again; it gives the alert in `lang`, or null.
 */
export interface HostNotices {
  check(lang: Lang): Promise<string | null>;
}
