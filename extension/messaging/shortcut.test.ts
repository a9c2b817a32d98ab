import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { CUSTOM_SCRIPT_ID, customOriginsFrom } from './custom-domains';
import { INSERT_COMMAND } from './shortcut';
import { testBackground } from './test-background';

let env: ReturnType<typeof testBackground>;
afterEach(() => env?.db.close());

describe('keyboard shortcut', () => {
  it('asks the tab it was pressed in to insert the link', async () => {
    env = testBackground();
    await env.app.onCommand(INSERT_COMMAND, { id: 5 });
    expect(env.tabMessages).toEqual([{ tabId: 5, message: { type: 'insert-shortcut' } }]);
  });

  it('falls back to the active tab, ignores other commands, and shrugs off tabs without our script', async () => {
    env = testBackground();
    await env.app.onCommand(INSERT_COMMAND, undefined);
    await env.app.onCommand('something-else', { id: 5 });
    expect(env.tabMessages).toEqual([{ tabId: 42, message: { type: 'insert-shortcut' } }]);
    env.api.tabs.sendMessage = async () => {
      throw new Error('Could not establish connection. Receiving end does not exist.');
    };
    await expect(env.app.onCommand(INSERT_COMMAND, { id: 9 })).resolves.toBeUndefined();
  });
});

describe('Substack custom domains', () => {
  it('reads only exact https hosts that are not built-in sites', () => {
    expect([
      ...customOriginsFrom([
        'https://www.tiktok.com/*',
        'https://*.substack.com/*',
        'https://*/*',
        'https://mayamakes.substack.com/*',
        'http://blog.example/*',
        'https://www.mayamakes.com/*',
        'https://news.example.org/*',
      ]),
    ]).toEqual(['https://www.mayamakes.com', 'https://news.example.org']);
  });

  it('registers the Substack script for granted origins and keeps it in sync', async () => {
    env = testBackground();
    await env.app.syncCustomDomains();
    expect(env.registered.size).toBe(0);

    env.granted.push('https://www.mayamakes.com/*');
    await env.app.syncCustomDomains();
    expect(env.registered.get(CUSTOM_SCRIPT_ID)).toMatchObject({
      matches: ['https://www.mayamakes.com/*'],
      js: ['content-scripts/substack.js'],
      runAt: 'document_idle',
      persistAcrossSessions: true,
    });

    env.granted.push('https://news.example.org/*');
    await Promise.all([env.app.syncCustomDomains(), env.app.syncCustomDomains()]); // no duplicate id
    expect(env.registered.get(CUSTOM_SCRIPT_ID)?.matches).toEqual([
      'https://news.example.org/*',
      'https://www.mayamakes.com/*',
    ]);

    env.granted.splice(0);
    await env.app.syncCustomDomains();
    expect(env.registered.size).toBe(0);
  });
});
