import { describe, expect, it } from 'vitest';
import { DEFAULT_TAG_PRESET } from '../../shared/schemas/link';
import { defaultSettings, type Settings, settingsSchema } from '../../shared/schemas/settings';
import {
  addAllowedHost,
  addLink,
  defaultLink,
  removeAllowedHost,
  removeLink,
  restoreLink,
  setDefaultLink,
  setLinkTags,
} from './settings-edit';

const T0 = '2025-05-12T10:00:00.000Z';

function withLinks(...ids: string[]): Settings {
  return ids.reduce(
    (s, id) =>
      addLink(s, {
        id,
        url: `https://www.instagram.com/${id}/`,
        label: ` ${id} `,
        programId: 'instagram-referrals-2025',
        createdAt: T0,
      }),
    defaultSettings(),
  );
}

describe('addLink', () => {
  it('makes the first link the default, keeps it for the next, and trims the label', () => {
    const s = withLinks('a', 'b');
    expect(s.defaultLinkId).toBe('a');
    expect(s.links.map((l) => [l.id, l.label])).toEqual([
      ['a', 'a'],
      ['b', 'b'],
    ]);
    expect(settingsSchema.safeParse(s).success).toBe(true);
  });

  it('switches on the program the link promotes, keeping its parameters', () => {
    const base: Settings = {
      ...defaultSettings(),
      programs: { 'tiktok-invite-rewards': { enabled: false, params: { capCents: 500 } } },
    };
    const s = addLink(base, {
      id: 'x',
      url: 'https://www.instagram.com/x/',
      label: '',
      programId: 'tiktok-invite-rewards',
      createdAt: T0,
    });
    expect(s.programs['tiktok-invite-rewards']).toEqual({ enabled: true, params: { capCents: 500 } });
  });
});

describe('removeLink and restoreLink', () => {
  it('hands the default to the first remaining link, and Undo gives it back in place', () => {
    const s = withLinks('a', 'b', 'c');
    const { settings: after, removed } = removeLink(s, 'a');
    expect(after.links.map((l) => l.id)).toEqual(['b', 'c']);
    expect(after.defaultLinkId).toBe('b');
    expect(removed).toMatchObject({ index: 0, wasDefault: true });
    if (!removed) throw new Error('expected a removed link');
    const back = restoreLink(after, removed);
    expect(back.links.map((l) => l.id)).toEqual(['a', 'b', 'c']);
    expect(back.defaultLinkId).toBe('a');
  });

  it('leaves no default when the last link goes, and ignores unknown ids', () => {
    const { settings: empty } = removeLink(withLinks('a'), 'a');
    expect(empty.defaultLinkId).toBeNull();
    const s = withLinks('a');
    expect(removeLink(s, 'zzz')).toEqual({ settings: s, removed: null });
  });

  it('does not restore a link twice', () => {
    const s = withLinks('a', 'b');
    const { settings: after, removed } = removeLink(s, 'b');
    if (!removed) throw new Error('expected a removed link');
    const once = restoreLink(after, removed);
    expect(restoreLink(once, removed)).toBe(once);
  });
});

describe('setDefaultLink and defaultLink', () => {
  it('only accepts a link that exists', () => {
    const s = withLinks('a', 'b');
    expect(setDefaultLink(s, 'b').defaultLinkId).toBe('b');
    expect(setDefaultLink(s, 'nope')).toBe(s);
  });

  it('falls back to the first link when the stored default is missing', () => {
    const s = { ...withLinks('a', 'b'), defaultLinkId: 'gone' };
    expect(defaultLink(s)?.id).toBe('a');
    expect(defaultLink(defaultSettings())).toBeNull();
  });
});

describe('setLinkTags', () => {
  it('keeps an override only where it differs from what the platform inherits', () => {
    const s = withLinks('a');
    const custom = { utm_source: ' tt ', utm_medium: 'bio', utm_campaign: '{program}' };
    const next = setLinkTags(s, 'a', { tiktok: custom, youtube: { ...DEFAULT_TAG_PRESET } });
    expect(next.links[0]?.tags).toEqual({
      tiktok: { utm_source: 'tt', utm_medium: 'bio', utm_campaign: '{program}' },
    });
    expect(settingsSchema.safeParse(next).success).toBe(true);
  });

  it('compares with the settings preset of the platform, not only the default', () => {
    const preset = { utm_source: 'yt', utm_medium: 'video', utm_campaign: 'spring' };
    const s = { ...withLinks('a'), tagPresets: { youtube: preset } };
    expect(setLinkTags(s, 'a', { youtube: preset }).links[0]?.tags).toEqual({});
  });
});

describe('allowed hosts', () => {
  it('adds once, lower-cased, and removes', () => {
    const s = addAllowedHost(addAllowedHost(defaultSettings(), 'Linktr.ee'), 'linktr.ee');
    expect(s.allowedHosts).toEqual(['linktr.ee']);
    expect(removeAllowedHost(s, 'linktr.ee').allowedHosts).toEqual([]);
  });
});
