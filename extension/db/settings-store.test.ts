import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { defaultSettings, settingsSchema } from '../../shared/schemas/settings';
import { diffSettings, SettingsConflict } from '../../shared/schemas/settings-patch';
import { storeSettings } from '../../test/support/settings';
import { LedgerDb } from './db';
import { CURRENT_SETTINGS, readSettings, settingsBackups, updateSettings } from './settings-store';

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
    expect(await readSettings(freshDb())).toEqual({
      settings: defaultSettings(),
      revision: 0,
      recovered: null,
    });
  });

  it('reads back what was saved', async () => {
    const db = freshDb();
    await storeSettings(db, mine, new Date('2025-05-12T14:00:00Z'));
    expect(await readSettings(db)).toEqual({ settings: mine, revision: 1, recovered: null });
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
    await storeSettings(db, mine, new Date('2025-05-13T08:00:00Z'));
    expect(await readSettings(db)).toMatchObject({ settings: mine, recovered: null });
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

  it('two pages editing different fields at once keep both changes', async () => {
    const db = freshDb();
    await storeSettings(db, mine, new Date('2025-05-12T14:00:00Z'));
    // Options and the dashboard both loaded revision 1.
    const opened = await readSettings(db);
    const withLink = {
      ...opened.settings,
      links: [
        ...opened.settings.links,
        { ...mine.links[0], id: 'link-reel', label: 'Reel', url: 'https://www.instagram.com/reel/abc/' },
      ],
    } as typeof mine;
    const withProgram = {
      ...opened.settings,
      programs: { ...opened.settings.programs, 'facebook-stars': { enabled: true, params: {} } },
    };
    await updateSettings(db, diffSettings(opened.settings, withProgram, opened.revision), new Date());
    // Options saves second, from the revision it loaded: the dashboard's program stays.
    const after = await updateSettings(
      db,
      diffSettings(opened.settings, withLink, opened.revision),
      new Date(),
    );
    expect(after.revision).toBe(3);
    expect(after.settings.links.map((l) => l.id)).toEqual(['link-main', 'link-reel']);
    expect(after.settings.programs['facebook-stars']).toEqual({ enabled: true, params: {} });
    expect((await readSettings(db)).settings).toEqual(after.settings);
  });

  it('refuses a change to a field another page changed meanwhile, and applies nothing of it', async () => {
    const db = freshDb();
    await storeSettings(db, mine, new Date('2025-05-12T14:00:00Z'));
    const opened = await readSettings(db);
    await updateSettings(
      db,
      diffSettings(opened.settings, { ...opened.settings, locale: 'en' }, opened.revision),
      new Date(),
    );
    const stale = { ...opened.settings, locale: 'auto' as const, member: 'Maya' };
    await expect(
      updateSettings(db, diffSettings(opened.settings, stale, opened.revision), new Date()),
    ).rejects.toBeInstanceOf(SettingsConflict);
    const now = await readSettings(db);
    expect(now.settings.locale).toBe('en');
    expect(now.settings.member).toBeUndefined();
    expect(now.revision).toBe(2);
  });

  it('refuses a patch its check refuses, leaving the stored settings as they were', async () => {
    const db = freshDb();
    await storeSettings(db, mine, new Date('2025-05-12T14:00:00Z'));
    const opened = await readSettings(db);
    const patch = diffSettings(opened.settings, { ...opened.settings, member: 'x' }, opened.revision);
    await expect(
      updateSettings(db, patch, new Date(), () => {
        throw new Error('no');
      }),
    ).rejects.toThrow('no');
    expect(await readSettings(db)).toEqual(opened);
  });
});
