import { type FieldError, fieldErrors, formatPath } from '../../shared/schemas/errors';
import { defaultSettings, type Settings, settingsSchema } from '../../shared/schemas/settings';
import type { LedgerDb, SettingsRow } from './db';
import { withReopen } from './storage-errors';

// The settings live in the database as a raw record and are parsed with settingsSchema on every
// read. A record that no longer parses (a bug, a hand edit, a bad sync) never costs the user their
// links: it is copied under a backup key, left where it is, and the defaults are used until the
// user saves again — and the reader is told which backup holds the old record.

export const CURRENT_SETTINGS = 'current';
const BACKUP_PREFIX = 'backup:';

export interface SettingsRecovery {
  /** Where the unreadable record was copied (`backup:<savedAt>`). */
  backupId: string;
  /** When the unreadable record had been saved. */
  savedAt: string;
  problems: FieldError[];
}

export interface SettingsRead {
  settings: Settings;
  /** Set when the stored record could not be read and defaults are in use. */
  recovered: SettingsRecovery | null;
}

function backupIdFor(row: SettingsRow): string {
  const stamp = typeof row.savedAt === 'string' && row.savedAt !== '' ? row.savedAt : 'unknown';
  return `${BACKUP_PREFIX}${stamp}`;
}

export async function readSettings(db: LedgerDb): Promise<SettingsRead> {
  const row = await withReopen(db, () => db.settings.get(CURRENT_SETTINGS));
  if (!row) return { settings: defaultSettings(), recovered: null };
  const parsed = settingsSchema.safeParse(row.value);
  if (parsed.success) return { settings: parsed.data, recovered: null };

  const backupId = backupIdFor(row);
  await withReopen(db, () =>
    db.transaction('rw', db.settings, async () => {
      // Once per unreadable record: the copy is never overwritten by a later read.
      if (!(await db.settings.get(backupId))) {
        await db.settings.add({ id: backupId, value: row.value, savedAt: row.savedAt });
      }
    }),
  );
  console.warn(
    `Promo Ledger: the saved settings could not be read (${parsed.error.issues
      .map((i) => `${formatPath(i.path) || '(root)'}: ${i.message}`)
      .join('; ')}); using defaults, the old record is kept under "${backupId}"`,
  );
  return {
    settings: defaultSettings(),
    recovered: { backupId, savedAt: String(row.savedAt), problems: fieldErrors(parsed.error) },
  };
}

export async function saveSettings(db: LedgerDb, settings: Settings, now: Date): Promise<void> {
  const row: SettingsRow = { id: CURRENT_SETTINGS, value: settings, savedAt: now.toISOString() };
  await withReopen(db, () => db.settings.put(row));
}

/** The raw records kept aside because they could not be read, newest first. */
export async function settingsBackups(db: LedgerDb): Promise<SettingsRow[]> {
  const rows = await withReopen(db, () => db.settings.where('id').startsWith(BACKUP_PREFIX).toArray());
  return rows.sort((a, b) => (a.savedAt < b.savedAt ? 1 : -1));
}
