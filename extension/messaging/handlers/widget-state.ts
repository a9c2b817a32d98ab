import { buildTaggedLink } from '../../../shared/links';
import type { ReferralLink } from '../../../shared/schemas/link';
import type { Settings } from '../../../shared/schemas/settings';
import { resultsForProgram } from '../../db/results-store';
import { readSettings } from '../../db/settings-store';
import type { Handler } from '../router';
import type { HandlerDeps } from './deps';
import { programFor, programSummary } from './program-summary';

/** The default link (settings.defaultLinkId, else the first one), or null when there is none. */
export function defaultLink(settings: Settings): ReferralLink | null {
  return settings.links.find((l) => l.id === settings.defaultLinkId) ?? settings.links[0] ?? null;
}

export function widgetStateHandler({
  db,
  now,
  dashboardUrl,
  locale,
  identity,
}: HandlerDeps): Handler<'widget-state'> {
  return async ({ platform }) => {
    const { settings } = await readSettings(db);
    const link = defaultLink(settings);
    const program = link ? programFor(settings, link.programId) : null;
    const summary = program ? programSummary(program, await resultsForProgram(db, program.id), now()) : null;
    return {
      link: link
        ? { id: link.id, label: link.label, url: buildTaggedLink(link, platform, settings.tagPresets) }
        : null,
      summary,
      locale: locale(settings.locale),
      dashboardUrl,
      dataLost: link ? null : ((await identity?.lost()) ?? null),
    };
  };
}
