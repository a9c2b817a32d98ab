import { describe, expect, it } from 'vitest';
import { defaultSettings, type Settings, settingsSchema, withProgramsOf } from './settings';

describe('withProgramsOf (applying a teammate’s programs from an import)', () => {
  const mine: Settings = settingsSchema.parse({
    locale: 'fr',
    member: 'maya',
    links: [
      {
        id: 'l1',
        url: 'https://www.instagram.com/mayamakes/',
        label: 'Main',
        programId: 'instagram-referrals-2025',
        createdAt: '2026-11-01T10:00:00.000Z',
      },
    ],
    defaultLinkId: 'l1',
    allowedHosts: ['linktr.ee'],
  });
  const theirs: Settings = settingsSchema.parse({
    member: 'lead',
    programs: {
      'instagram-referrals-2025': {
        enabled: true,
        params: { window: { start: '2026-10-01', end: '2026-11-11' } },
      },
      'breakthrough-bonus': { enabled: true, params: {} },
    },
  });

  it('takes the file’s programs and keeps the creator’s links, language, hosts and name', () => {
    const merged = withProgramsOf(mine, theirs);
    expect(merged.programs).toEqual(theirs.programs);
    expect(merged.customPrograms).toEqual(theirs.customPrograms);
    expect(merged.links).toEqual(mine.links);
    expect(merged.defaultLinkId).toBe('l1');
    expect(merged.locale).toBe('fr');
    expect(merged.member).toBe('maya');
    expect(merged.allowedHosts).toEqual(['linktr.ee']);
    // Still valid settings, as the store will check.
    expect(settingsSchema.parse(merged)).toEqual(merged);
  });

  it('is the file’s programs over the defaults for a fresh install', () => {
    const merged = withProgramsOf(defaultSettings(), theirs);
    expect(merged).toEqual({ ...defaultSettings(), programs: theirs.programs });
  });
});
