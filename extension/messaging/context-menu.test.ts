import { describe, expect, it } from 'vitest';
import {
  type ContextMenuApi,
  createContextMenu,
  MENU_ID,
  type MenuProperties,
  menuPatterns,
} from './context-menu';
import type { TabMessage } from './protocol';

// The context-menu item, driven with a fake browser that behaves like Chrome: items outlive a
// restart of the background, and creating one whose id exists fails through runtime.lastError.

function fakeMenus(options: { noFrames?: boolean } = {}) {
  const items = new Map<string, MenuProperties>();
  const sent: { tabId: number; message: TabMessage; options?: { frameId?: number } }[] = [];
  const granted = new Set<string>(['https://www.mayamakes.com']);
  const api: ContextMenuApi = {
    contextMenus: {
      create(properties, callback) {
        if (items.has(properties.id)) {
          api.runtime.lastError = { message: `Cannot create item with duplicate id ${properties.id}` };
          callback?.();
          api.runtime.lastError = null;
          return properties.id;
        }
        items.set(properties.id, properties);
        callback?.();
        return properties.id;
      },
      async update(id, properties) {
        if (!items.has(id)) throw new Error(`no item ${id}`);
        items.set(id, { ...properties, id });
      },
    },
    runtime: {
      lastError: null,
      getManifest: () => ({
        content_scripts: [
          { matches: ['https://www.tiktok.com/*'] },
          { matches: ['https://www.youtube.com/*', 'https://studio.youtube.com/*'] },
          { matches: ['https://discord.com/*'] },
          { matches: ['https://substack.com/*', 'https://*.substack.com/*'] },
        ],
      }),
    },
    i18n: { getMessage: (name) => (name === 'menuInsert' ? 'Insert referral link' : '') },
    tabs: {
      sendMessage: async (tabId, message, opts) => {
        if (options.noFrames)
          throw new Error('Could not establish connection. Receiving end does not exist.');
        sent.push(opts ? { tabId, message, options: opts } : { tabId, message });
      },
    },
  };
  return { api, items, sent, granted };
}

describe('context menu', () => {
  it('shows on editable fields of the four sites and of the granted Substack domains', async () => {
    const fake = fakeMenus();
    const menu = createContextMenu(fake.api, async () => fake.granted);
    await menu.sync();
    expect(fake.items.get(MENU_ID)).toEqual({
      id: MENU_ID,
      title: 'Insert referral link',
      contexts: ['editable'],
      documentUrlPatterns: [
        'https://*.substack.com/*',
        'https://discord.com/*',
        'https://studio.youtube.com/*',
        'https://substack.com/*',
        'https://www.mayamakes.com/*',
        'https://www.tiktok.com/*',
        'https://www.youtube.com/*',
      ],
    });
  });

  it('survives a restart of the background (duplicate id) and follows permission changes', async () => {
    const fake = fakeMenus();
    await createContextMenu(fake.api, async () => fake.granted).sync();
    // The worker restarts: a new app, the same browser items.
    fake.granted.add('https://news.example.org');
    fake.granted.delete('https://www.mayamakes.com');
    const menu = createContextMenu(fake.api, async () => fake.granted);
    await Promise.all([menu.sync(), menu.sync()]);
    expect(fake.items.size).toBe(1);
    expect(fake.items.get(MENU_ID)?.documentUrlPatterns).toContain('https://news.example.org/*');
    expect(fake.items.get(MENU_ID)?.documentUrlPatterns).not.toContain('https://www.mayamakes.com/*');
  });

  it('keeps the built-in sites when the permissions cannot be read', async () => {
    const fake = fakeMenus();
    await createContextMenu(fake.api, () => Promise.reject(new Error('no'))).sync();
    expect(fake.items.get(MENU_ID)?.documentUrlPatterns).toContain('https://discord.com/*');
  });

  it('a click asks the right-clicked frame to insert, flagged as coming from the menu', async () => {
    const fake = fakeMenus();
    const menu = createContextMenu(fake.api, async () => fake.granted);
    await menu.onClicked({ menuItemId: MENU_ID, frameId: 3 }, { id: 5 });
    await menu.onClicked({ menuItemId: MENU_ID }, { id: 6 });
    await menu.onClicked({ menuItemId: 'something-else', frameId: 0 }, { id: 5 });
    await menu.onClicked({ menuItemId: MENU_ID, frameId: 0 }, undefined);
    await menu.onClicked({ menuItemId: MENU_ID, frameId: 0 }, { id: -1 }); // a devtools or browser tab
    expect(fake.sent).toEqual([
      { tabId: 5, message: { type: 'insert-shortcut', via: 'context-menu' }, options: { frameId: 3 } },
      { tabId: 6, message: { type: 'insert-shortcut', via: 'context-menu' } },
    ]);
  });

  it('shrugs off a tab without our script', async () => {
    const fake = fakeMenus({ noFrames: true });
    const menu = createContextMenu(fake.api, async () => fake.granted);
    await expect(menu.onClicked({ menuItemId: MENU_ID, frameId: 0 }, { id: 9 })).resolves.toBeUndefined();
  });

  it('lists each pattern once', () => {
    expect(
      menuPatterns([{ matches: ['https://a.example/*'] }, { matches: ['https://a.example/*'] }, {}], []),
    ).toEqual(['https://a.example/*']);
  });
});
