import type { Dexie, EntityTable } from 'dexie';
import { type FieldError, fieldErrors, formatPath } from '../../shared/schemas/errors';
import { defaultSettings, type Settings, settingsSchema } from '../../shared/schemas/settings';
import { applySettingsPatch, type SettingsPatch } from '../../shared/schemas/settings-patch';
import { withReopen } from './storage-errors';

// The settings, in both homes (the extension's database and the standalone one): a raw record
// parsed with settingsSchema on every read, and a revision counted up by every write. A record that
// no longer parses (a bug, a hand edit, a bad sync) never costs the user their links: it is copied
// under a backup key, left where it is, and the defaults are used until the user saves again — and
// the reader is told which backup holds the old record.
//
// Writes are patches (shared/schemas/settings-patch.ts), applied in one transaction on top of what
// is stored now, so that two pages editing at once never undo each other's change.

export const CURRENT_SETTINGS = 'current';
const BACKUP_PREFIX = 'backup:';

/** A settings record as stored: `value` is parsed on read, so a corrupt one can be kept aside. */
export interface SettingsRow {
  id: string;
  value: unknown;
  savedAt: string;
  /** Counted up by each write; absent in records written before revisions (read as 0). */
  revision?: number;
}

/** Any database of ours: both homes keep their settings in a `settings` table of SettingsRows. */
export type SettingsHome = Dexie & { settings: EntityTable<SettingsRow, 'id'> };

export interface SettingsRecovery {
  /** Where the unreadable record was copied (`backup:<savedAt>`). */
  backupId: string;
  /** When the unreadable record had been saved. */
  savedAt: string;
  problems: FieldError[];
}

export interface SettingsRead {
  settings: Settings;
  /** What a patch made from these settings gives as its base. */
  revision: number;
  /** Set when the stored record could not be read and defaults are in use. */
  recovered: SettingsRecovery | null;
}

function backupIdFor(row: SettingsRow): string {
  const stamp = typeof row.savedAt === 'string' && row.savedAt !== '' ? row.savedAt : 'unknown';
  return `${BACKUP_PREFIX}${stamp}`;
}

function revisionOf(row: SettingsRow | undefined): number {
  return row && typeof row.revision === 'number' && Number.isInteger(row.revision) && row.revision >= 0
    ? row.revision
    : 0;
}

/** Reads the record inside the caller's transaction, keeping an unreadable one aside. */
async function readIn(db: SettingsHome): Promise<SettingsRead> {
  const row = await db.settings.get(CURRENT_SETTINGS);
  const revision = revisionOf(row);
  if (!row) return { settings: defaultSettings(), revision, recovered: null };
  const parsed = settingsSchema.safeParse(row.value);
  if (parsed.success) return { settings: parsed.data, revision, recovered: null };
  const backupId = backupIdFor(row);
  // Once per unreadable record: the copy is never overwritten by a later read.
  if (!(await db.settings.get(backupId)))
    await db.settings.add({ id: backupId, value: row.value, savedAt: row.savedAt });
  console.warn(
    `Promo Ledger: the saved settings could not be read (${parsed.error.issues
      .map((i) => `${formatPath(i.path) || '(root)'}: ${i.message}`)
      .join('; ')}); using defaults, the old record is kept under "${backupId}"`,
  );
  return {
    settings: defaultSettings(),
    revision,
    recovered: { backupId, savedAt: String(row.savedAt), problems: fieldErrors(parsed.error) },
  };
}

export async function readSettings(db: SettingsHome): Promise<SettingsRead> {
  // The common case — a readable record, or none — is one plain read (the widget asks on every
  // page); only an unreadable record takes the write transaction that keeps it aside.
  const row = await withReopen(db, () => db.settings.get(CURRENT_SETTINGS));
  if (!row) return { settings: defaultSettings(), revision: 0, recovered: null };
  const parsed = settingsSchema.safeParse(row.value);
  if (parsed.success) return { settings: parsed.data, revision: revisionOf(row), recovered: null };
  return withReopen(db, () => db.transaction('rw', db.settings, () => readIn(db)));
}

/**
 * Applies `patch` on top of the stored settings in one transaction, after `check` (which throws to
 * refuse the result). Returns the settings as stored and their revision. Throws SettingsConflict
 * when a field the patch changes was changed meanwhile by someone else.
 */
export function updateSettings(
  db: SettingsHome,
  patch: SettingsPatch,
  now: Date,
  check: (next: Settings) => void = () => undefined,
): Promise<{ settings: Settings; revision: number }> {
  return withReopen(db, () =>
    db.transaction('rw', db.settings, async () => {
      const { settings, revision } = await readIn(db);
      if (patch.changes.length === 0) return { settings, revision };
      const next = applySettingsPatch(settings, revision, patch);
      check(next);
      await writeIn(db, next, revision + 1, now);
      return { settings: next, revision: revision + 1 };
    }),
  );
}

/** Writes settings whole inside the caller's transaction (imports, the demo): the next revision. */
export async function replaceSettingsIn(db: SettingsHome, next: Settings, now: Date): Promise<number> {
  const revision = revisionOf(await db.settings.get(CURRENT_SETTINGS)) + 1;
  await writeIn(db, settingsSchema.parse(next), revision, now);
  return revision;
}

/** The stored settings inside the caller's transaction (an import applying a file's programs). */
export async function settingsIn(db: SettingsHome): Promise<Settings> {
  return (await readIn(db)).settings;
}

function writeIn(db: SettingsHome, value: Settings, revision: number, now: Date): Promise<unknown> {
  return db.settings.put({ id: CURRENT_SETTINGS, value, savedAt: now.toISOString(), revision });
}

/** The raw records kept aside because they could not be read, newest first. */
export async function settingsBackups(db: SettingsHome): Promise<SettingsRow[]> {
  const rows = await withReopen(db, () => db.settings.where('id').startsWith(BACKUP_PREFIX).toArray());
  return rows.sort((a, b) => (a.savedAt < b.savedAt ? 1 : -1));
}
