import { readSettings, type SettingsHome, updateSettings } from '../../extension/db/settings-store';
import type { ReplyMap, Request } from '../../extension/messaging/protocol';
import type { Settings } from '../../shared/schemas/settings';
import { diffSettings } from '../../shared/schemas/settings-patch';

/** Test helper: store `settings` whole, as a patch from whatever is stored (a page that saw it all). */
export async function storeSettings(db: SettingsHome, settings: Settings, now: Date): Promise<void> {
  const { settings: current, revision } = await readSettings(db);
  await updateSettings(db, diffSettings(current, settings, revision), now);
}

/**
 * Test helper: the `settings-update` request a page sends to make the stored settings `settings`,
 * given what it last read (`settings-get`'s reply).
 */
export function updateRequest(
  read: ReplyMap['settings-get'],
  settings: Settings,
): Extract<Request, { type: 'settings-update' }> {
  return { type: 'settings-update', patch: diffSettings(read.settings, settings, read.revision) };
}
