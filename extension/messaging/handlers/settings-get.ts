import { readSettings } from '../../db/settings-store';
import type { Handler } from '../router';
import type { HandlerDeps } from './deps';

/**
 * The stored settings (or the defaults when there are none or they cannot be read, settings-store.ts)
 * and their revision.
 */
export function settingsGetHandler({ db }: HandlerDeps): Handler<'settings-get'> {
  return async () => {
    const { settings, revision } = await readSettings(db);
    return { settings, revision };
  };
}
