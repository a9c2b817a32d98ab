import { readSettings } from '../../db/settings-store';
import type { Handler } from '../router';
import type { HandlerDeps } from './deps';

/** The stored settings, or the defaults when there are none or they cannot be read (settings-store.ts). */
export function settingsGetHandler({ db }: HandlerDeps): Handler<'settings-get'> {
  return async () => (await readSettings(db)).settings;
}
