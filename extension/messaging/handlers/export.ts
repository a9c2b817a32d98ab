import { today } from '../../../shared/dates/today';
import { buildExportFile, serializeExport } from '../../../shared/io/export-json';
import { allEvents } from '../../db/events-store';
import { allResults } from '../../db/results-store';
import { readSettings } from '../../db/settings-store';
import type { Handler } from '../router';
import type { HandlerDeps } from './deps';

/** The whole log as a versioned Promo Ledger export (shared/io/export-json.ts). */
export function exportHandler({ db, now }: HandlerDeps): Handler<'export'> {
  return async () => {
    const [events, results, { settings }] = await Promise.all([
      allEvents(db),
      allResults(db),
      readSettings(db),
    ]);
    const at = now();
    const json = serializeExport(buildExportFile({ events, results, settings, exportedAt: at }));
    return { json, filename: `promo-ledger-${today(at)}.json` };
  };
}
