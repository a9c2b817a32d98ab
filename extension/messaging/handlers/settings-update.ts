import { checkLinkTarget } from '../../../shared/links';
import { findProgram } from '../../../shared/programs/catalog';
import type { Settings } from '../../../shared/schemas/settings';
import {
  type SettingsChange,
  SettingsConflict,
  type WholeField,
} from '../../../shared/schemas/settings-patch';
import { readSettings as readSettingsForLocale, updateSettings } from '../../db/settings-store';
import { type BackgroundKey, backgroundDictionary } from '../../i18n/background';
import { type Locale, translate } from '../../i18n/locale';
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

const FIELD_WORDS: Record<WholeField, BackgroundKey> = {
  locale: 'fieldLanguage',
  defaultLinkId: 'fieldDefaultLink',
  tagPresets: 'fieldTags',
  allowedHosts: 'fieldAllowedHosts',
  member: 'fieldMember',
};

/** A change's field as the user knows it: "the link “Profile”", "the program “Referrals”". */
function changeInWords(change: SettingsChange, lang: Locale): string {
  const t = (key: BackgroundKey, vars: Record<string, string> = {}) =>
    translate(backgroundDictionary, lang, key, vars);
  switch (change.op) {
    case 'field':
      return t(FIELD_WORDS[change.key]);
    case 'link':
      return t('fieldLink', { name: change.to?.label || change.from?.label || change.id });
    case 'link-order':
      return t('fieldLinkOrder');
    case 'program':
      return t('fieldProgram', { name: findProgram(change.id)?.name ?? change.id });
    case 'custom-program':
      return t('fieldProgram', { name: change.to?.name ?? change.from?.name ?? change.id });
  }
}

export function settingsUpdateHandler({
  db,
  now,
  locale,
  identity,
}: HandlerDeps): Handler<'settings-update'> {
  return async ({ patch }) => {
    let saved: Awaited<ReturnType<typeof updateSettings>>;
    try {
      // Checked on the settings as they will be stored (this patch on top of what is there now).
      saved = await updateSettings(db, patch, now(), (next) => {
        const problem = settingsProblem(next, locale);
        if (problem) throw new UserError(problem);
      });
    } catch (err) {
      if (!(err instanceof SettingsConflict)) throw err;
      const { settings } = await readSettingsForLocale(db);
      const lang = locale(settings.locale);
      const words = err.changes.map((c) => changeInWords(c, lang));
      throw new UserError(
        translate(backgroundDictionary, lang, 'settingsConflict', { fields: words.join(', ') }),
      );
    }
    // A link set up again after the database was removed: the notice has done its job.
    if (saved.settings.links.length > 0) await identity?.acknowledge();
    return saved;
  };
}
