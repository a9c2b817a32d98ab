import type { Handlers } from '../router';
import { deleteAllHandler } from './delete-all';
import type { HandlerDeps } from './deps';
import { exportHandler } from './export';
import { ledgerStatusHandler } from './ledger-status';
import { logHandler } from './log';
import { openPageHandler } from './open-page';
import { settingsGetHandler } from './settings-get';
import { settingsRecoveryHandler } from './settings-recovery';
import { settingsUpdateHandler } from './settings-update';
import { siteHealthHandler } from './site-health';
import { todayHandler } from './today';
import { widgetStateHandler } from './widget-state';

export type { HandlerDeps } from './deps';

/** One handler per request type; the type makes a missing one a compile error. */
export function createHandlers(deps: HandlerDeps): Handlers {
  return {
    log: logHandler(deps),
    'widget-state': widgetStateHandler(deps),
    'site-health': siteHealthHandler(deps),
    'open-page': openPageHandler(deps),
    'settings-get': settingsGetHandler(deps),
    'settings-update': settingsUpdateHandler(deps),
    'settings-recovery': settingsRecoveryHandler(deps),
    today: todayHandler(deps),
    'ledger-status': ledgerStatusHandler(deps),
    export: exportHandler(deps),
    'delete-all': deleteAllHandler(deps),
  };
}
