import { useMemo } from 'preact/hooks';
import type { Settings } from '../../../shared/schemas/settings';
import { dexieLogSource, type LogSource } from '../../db/log-pages';
import type { Locale } from '../../i18n/locale';
import { linkName } from '../../pages/describe';
import { pagesText } from '../../pages/i18n';
import { LogView } from './log-view';

// The promotion log as a section of the dashboard: the extension's own addition to the shared app
// (every logged insertion, copy and post, newest first), in the dashboard's language.

let source: LogSource | undefined;

export function LogPanel({ locale, settings }: { locale: Locale; settings: Settings }) {
  source ??= dexieLogSource();
  const t = useMemo(() => pagesText(locale), [locale]);
  const linkNames = useMemo(
    () => new Map(settings.links.map((l) => [l.id, linkName(l, t)] as const)),
    [settings, t],
  );
  return <LogView source={source} t={t} locale={locale} linkNames={linkNames} />;
}
