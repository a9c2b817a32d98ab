import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { defaultSettings, settingsSchema } from '../../shared/schemas/settings';
import { LedgerDb } from './db';
import { CURRENT_SETTINGS, readSettings, saveSettings, settingsBackups } from './settings-store';

let n = 0;
const dbs: LedgerDb[] = [];
function freshDb(): LedgerDb {
  const db = new LedgerDb(`settings-test-${++n}`);
  dbs.push(db);
  return db;
}
afterEach(() => {
  vi.restoreAllMocks();
  for (const db of dbs.splice(0)) db.close();
});

const mine = settingsSchema.parse({
  locale: 'fr',
  links: [
    {
      id: 'link-main',
      label: 'Profile',
      url: 'https://www.instagram.com/mayamakes/',
      createdAt: '2025-05-12T13:58:00Z',
    },
  ],
  defaultLinkId: 'link-main',
});

describe('settings store', () => {
  it('gives the defaults when nothing was saved', async () => {
    expect(await readSettings(freshDb())).toEqual({ settings: defaultSettings(), recovered: null });
  });

  it('reads back what was saved', async () => {
    const db = freshDb();
    await saveSettings(db, mine, new Date('2025-05-12T14:00:00Z'));
    expect(await readSettings(db)).toEqual({ settings: mine, recovered: null });
  });

  it('keeps an unreadable record under a backup key, uses defaults, and says so', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const db = freshDb();
    const corrupt = { ...mine, links: [{ id: 'x', url: 'javascript:alert(1)' }] };
    await db.settings.put({ id: CURRENT_SETTINGS, value: corrupt, savedAt: '2025-05-12T14:00:00.000Z' });

    const first = await readSettings(db);
    expect(first.settings).toEqual(defaultSettings());
    expect(first.recovered).toMatchObject({ backupId: 'backup:2025-05-12T14:00:00.000Z' });
    expect(first.recovered?.problems.some((p) => p.field.startsWith('links[0]'))).toBe(true);
    expect(console.warn).toHaveBeenCalledOnce();

    // Nothing deleted: the record is still in place, and copied once however often it is read.
    await readSettings(db);
    expect((await db.settings.get(CURRENT_SETTINGS))?.value).toEqual(corrupt);
    const backups = await settingsBackups(db);
    expect(backups).toHaveLength(1);
    expect(backups[0]?.value).toEqual(corrupt);

    // Saving replaces the current record; the backup stays.
    await saveSettings(db, mine, new Date('2025-05-13T08:00:00Z'));
    expect(await readSettings(db)).toEqual({ settings: mine, recovered: null });
    expect(await settingsBackups(db)).toHaveLength(1);
  });

  it('copes with a record that is not even an object', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const db = freshDb();
    await db.settings.put({
      id: CURRENT_SETTINGS,
      value: 'garbage',
      savedAt: undefined as unknown as string,
    });
    const read = await readSettings(db);
    expect(read.settings).toEqual(defaultSettings());
    expect(read.recovered?.backupId).toBe('backup:unknown');
  });
});
