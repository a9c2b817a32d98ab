import { describe, expect, it, vi } from 'vitest';
import { type InjectApi, injectIntoOpenTabs, injectionsFor } from './inject-granted';

const DECLARED = [
  { matches: ['https://discord.com/*'], js: ['content-scripts/discord.js'] },
  { matches: ['https://*.substack.com/*', 'https://substack.com/*'], js: ['content-scripts/substack.js'] },
  { matches: ['https://www.tiktok.com/*'], js: ['content-scripts/tiktok.js'], all_frames: true },
];

describe('injectionsFor', () => {
  it('plans the scripts of the sites just granted, with their frames setting', () => {
    expect(injectionsFor(DECLARED, ['https://www.tiktok.com/*', 'https://discord.com/*'])).toEqual([
      { files: ['content-scripts/discord.js'], allFrames: false, patterns: ['https://discord.com/*'] },
      { files: ['content-scripts/tiktok.js'], allFrames: true, patterns: ['https://www.tiktok.com/*'] },
    ]);
  });

  it('runs the Substack script on a custom domain the user allowed', () => {
    expect(injectionsFor(DECLARED, ['https://news.example.com/*'])).toEqual([
      { files: ['content-scripts/substack.js'], allFrames: false, patterns: ['https://news.example.com/*'] },
    ]);
  });

  it('plans nothing for permissions that are not sites of ours', () => {
    expect(injectionsFor(DECLARED, [])).toEqual([]);
    expect(injectionsFor(DECLARED, ['https://*/*'])).toEqual([]);
  });
});

describe('injectIntoOpenTabs', () => {
  it('injects into every open tab of the granted sites and goes on past a tab that refuses', async () => {
    const executeScript = vi.fn(async ({ target }: { target: { tabId: number } }) => {
      if (target.tabId === 2) throw new Error('error page');
    });
    const api: InjectApi = {
      runtime: { getManifest: () => ({ content_scripts: DECLARED }) },
      tabs: { query: vi.fn(async () => [{ id: 1 }, { id: 2 }, { id: 3 }, {}]) },
      scripting: { executeScript },
    };
    expect(await injectIntoOpenTabs(api, ['https://discord.com/*'])).toBe(2);
    expect(api.tabs.query).toHaveBeenCalledWith({ url: ['https://discord.com/*'] });
    expect(executeScript).toHaveBeenCalledTimes(3);
    expect(executeScript).toHaveBeenCalledWith({
      target: { tabId: 3, allFrames: false },
      files: ['content-scripts/discord.js'],
    });
  });
});
