import { readSettings } from '../../db/settings-store';
import type { Handler } from '../router';
import type { HandlerDeps } from './deps';

/** Lets Options say "your saved settings could not be read; the old record is kept as …". */
export function settingsRecoveryHandler({ db }: HandlerDeps): Handler<'settings-recovery'> {
  return async () => (await readSettings(db)).recovered;
}
