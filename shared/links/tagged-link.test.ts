import { describe, expect, it } from 'vitest';
import { type ReferralLink, referralLinkSchema } from '../schemas/link';
import { buildTaggedLink, fillTagPlaceholders } from './tagged-link';

function link(overrides: Partial<ReferralLink> = {}): ReferralLink {
  return referralLinkSchema.parse({
    id: 'l1',
    url: 'https://www.instagram.com/maya.makes/',
    createdAt: '2025-05-01T10:00:00Z',
    ...overrides,
  });
}

describe('buildTaggedLink', () => {
  it('uses the default preset, filling {platform} and {program}', () => {
    expect(buildTaggedLink(link(), 'tiktok')).toBe(
      'https://www.instagram.com/maya.makes/?utm_source=tiktok&utm_medium=referral&utm_campaign=instagram-referrals-2025',
    );
  });

  it("prefers the link's own preset for the platform over the settings' preset", () => {
    const l = link({
      programId: 'my-program',
      tags: { youtube: { utm_source: 'yt', utm_medium: 'video', utm_campaign: '{program}-{platform}' } },
    });
    const presets = { youtube: { utm_source: 'settings', utm_medium: 'x', utm_campaign: 'y' } };
    expect(buildTaggedLink(l, 'youtube', presets)).toBe(
      'https://www.instagram.com/maya.makes/?utm_source=yt&utm_medium=video&utm_campaign=my-program-youtube',
    );
  });

  it("falls back to the settings' preset for platforms the link has none for", () => {
    const l = link({ tags: { youtube: { utm_source: 'yt', utm_medium: 'v', utm_campaign: 'c' } } });
    const presets = { discord: { utm_source: 'dc-{platform}', utm_medium: 'chat', utm_campaign: 'spring' } };
    expect(buildTaggedLink(l, 'discord', presets)).toBe(
      'https://www.instagram.com/maya.makes/?utm_source=dc-discord&utm_medium=chat&utm_campaign=spring',
    );
  });

  it('keeps other query parameters byte for byte and the hash', () => {
    const l = link({ url: 'https://www.instagram.com/maya.makes/?igsh=MXgy%3D%3D&q=a%20b&flag#top' });
    expect(buildTaggedLink(l, 'substack')).toBe(
      'https://www.instagram.com/maya.makes/?igsh=MXgy%3D%3D&q=a%20b&flag&utm_source=substack&utm_medium=referral&utm_campaign=instagram-referrals-2025#top',
    );
  });

  it('replaces existing utm_source/medium/campaign but keeps other utm_ parameters', () => {
    const l = link({
      url: 'https://instagram.com/maya/?utm_source=old&utm_content=bio&utm_medium=old&utm%5Fcampaign=old',
    });
    expect(buildTaggedLink(l, 'tiktok')).toBe(
      'https://instagram.com/maya/?utm_content=bio&utm_source=tiktok&utm_medium=referral&utm_campaign=instagram-referrals-2025',
    );
  });

  it('omits a parameter whose preset value is empty, and the ? when nothing is left', () => {
    const none = { utm_source: '', utm_medium: ' ', utm_campaign: '' };
    expect(buildTaggedLink(link({ tags: { tiktok: none } }), 'tiktok')).toBe(
      'https://www.instagram.com/maya.makes/',
    );
    const sourceOnly = { utm_source: '{platform}', utm_medium: '', utm_campaign: '' };
    expect(
      buildTaggedLink(
        link({ url: 'https://instagram.com/m/?utm_medium=x#h', tags: { tiktok: sourceOnly } }),
        'tiktok',
      ),
    ).toBe('https://instagram.com/m/?utm_source=tiktok#h');
  });

  it('percent-encodes preset values', () => {
    const tags = { tiktok: { utm_source: 'tik tok&co', utm_medium: 'a=b', utm_campaign: 'été #1' } };
    expect(buildTaggedLink(link({ tags }), 'tiktok')).toBe(
      'https://www.instagram.com/maya.makes/?utm_source=tik%20tok%26co&utm_medium=a%3Db&utm_campaign=%C3%A9t%C3%A9%20%231',
    );
  });

  it('returns the address unchanged when it cannot be parsed', () => {
    expect(buildTaggedLink({ ...link(), url: 'not a url' }, 'tiktok')).toBe('not a url');
  });
});

describe('fillTagPlaceholders', () => {
  it('fills every occurrence', () => {
    expect(fillTagPlaceholders('{platform}/{program}/{platform}', 'discord', 'p')).toBe('discord/p/discord');
  });
});
