import { checkLinkTarget } from '../../../shared/links';
import type { Settings } from '../../../shared/schemas/settings';
import { saveSettings } from '../../db/settings-store';
import { type BackgroundKey, backgroundDictionary } from '../../i18n/background';
import { translate } from '../../i18n/locale';
import { type Handler, UserError } from '../router';
import type { HandlerDeps } from './deps';

// The schema already checked every field; what it cannot know is checked here before anything is
// stored: links only to Instagram, Facebook or hosts the user allowed (quality.md S3), one id per
// link, and a default link that exists.

export function settingsProblem(settings: Settings, locale: HandlerDeps['locale']): string | null {
  const t = (key: BackgroundKey, vars: Record<string, string> = {}) =>
    translate(backgroundDictionary, locale(settings.locale), key, vars);
  const ids = new Set<string>();
  for (const link of settings.links) {
    if (ids.has(link.id)) return t('linkDuplicate', { id: link.id });
    ids.add(link.id);
    const check = checkLinkTarget(link.url, settings.allowedHosts);
    if (!check.ok) return t('linkInvalid', { label: link.label || link.url, detail: check.message });
  }
  if (settings.defaultLinkId !== null && !ids.has(settings.defaultLinkId)) return t('defaultLinkMissing');
  return null;
}

export function settingsSaveHandler({ db, now, locale, identity }: HandlerDeps): Handler<'settings-save'> {
  return async ({ settings }) => {
    const problem = settingsProblem(settings, locale);
    if (problem) throw new UserError(problem);
    await saveSettings(db, settings, now());
    // A link set up again after the database was removed: the notice has done its job.
    if (settings.links.length > 0) await identity?.acknowledge();
    return null;
  };
}
