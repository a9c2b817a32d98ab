import { buildTaggedLink } from '../../../shared/links';
import { effectiveProgram, findProgram } from '../../../shared/programs/catalog';
import { fieldErrorsText } from '../../../shared/schemas/errors';
import type { ReferralLink } from '../../../shared/schemas/link';
import type { Settings } from '../../../shared/schemas/settings';
import { resultsForProgram } from '../../db/results-store';
import { readSettings } from '../../db/settings-store';
import type { Handler } from '../router';
import type { HandlerDeps } from './deps';
import { programSummary } from './program-summary';

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
    // The same resolver as the dashboard and the report: invalid parameters are said, not replaced.
    const program = link ? effectiveProgram(settings, link.programId) : null;
    const summary =
      program?.ok === true
        ? programSummary(program.value, await resultsForProgram(db, program.value.id), now())
        : null;
    const programProblem =
      program && !program.ok && link
        ? {
            programName:
              findProgram(link.programId)?.name ??
              settings.customPrograms.find((p) => p.id === link.programId)?.name ??
              link.programId,
            message: fieldErrorsText(program.errors),
          }
        : null;
    return {
      link: link
        ? { id: link.id, label: link.label, url: buildTaggedLink(link, platform, settings.tagPresets) }
        : null,
      summary,
      programProblem,
      locale: locale(settings.locale),
      dashboardUrl,
      dataLost: link ? null : ((await identity?.lost()) ?? null),
    };
  };
}
