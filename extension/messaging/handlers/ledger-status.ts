import { readSettings } from '../../db/settings-store';
import type { Handler } from '../router';
import type { HandlerDeps } from './deps';

/**
 * Whether the browser removed the database (and the links with it): for Options and the dashboard.
 * The database is touched first, so that a connection the deletion closed is reopened — and its
 * identity checked (db/identity.ts) — before the answer.
 */
export function ledgerStatusHandler({ db, identity }: HandlerDeps): Handler<'ledger-status'> {
  return async () => {
    // One small read (the settings record), not a count of the whole log: asked every few seconds.
    await readSettings(db);
    return { dataLost: (await identity?.lost()) ?? null };
  };
}
