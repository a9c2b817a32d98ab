import { describe, expect, it } from 'vitest';
import { pagesText } from './i18n';
import { covered, siteList, sitePatterns } from './site-access';

const MANIFEST = [
  { matches: ['https://discord.com/*'], js: ['content-scripts/discord.js'] },
  { matches: ['https://*.substack.com/*', 'https://substack.com/*'], js: ['content-scripts/substack.js'] },
  { matches: ['https://www.tiktok.com/*'], js: ['content-scripts/tiktok.js'] },
  {
    matches: ['https://studio.youtube.com/*', 'https://www.youtube.com/*'],
    js: ['content-scripts/youtube.js'],
  },
  { matches: ['https://example.com/*'], js: ['content-scripts/unknown.js'] },
];

describe('site access', () => {
  it('reads each site’s patterns from the manifest’s content scripts', () => {
    const bySite = sitePatterns(MANIFEST);
    expect([...bySite.keys()].sort()).toEqual(['discord', 'substack', 'tiktok', 'youtube']);
    expect(bySite.get('youtube')).toEqual(['https://studio.youtube.com/*', 'https://www.youtube.com/*']);
  });

  it('counts a site as allowed only when every one of its patterns is granted, or all of https', () => {
    expect(covered(['https://substack.com/*'], 'https://*.substack.com/*')).toBe(false);
    expect(covered(['https://*.substack.com/*'], 'https://*.substack.com/*')).toBe(true);
    expect(covered(['https://*/*'], 'https://www.tiktok.com/*')).toBe(true);
    expect(covered([], 'https://www.tiktok.com/*')).toBe(false);
  });

  it('names the sites as a sentence would, in English and French', () => {
    const all = ['tiktok', 'youtube', 'discord', 'substack'] as const;
    expect(siteList(all, pagesText('en'))).toBe('TikTok, YouTube, Discord and Substack');
    expect(siteList(all, pagesText('fr'))).toBe('TikTok, YouTube, Discord et Substack');
    expect(siteList(['discord'], pagesText('en'))).toBe('Discord');
    expect(pagesText('en')('access.allow', { sites: siteList(all, pagesText('en')) })).toBe(
      'Allow on TikTok, YouTube, Discord and Substack',
    );
  });
});
