import { fakeBrowser } from 'wxt/testing';
import { LedgerDb } from '../db/db';
import { createLedgerIdentity, watchIdentity } from '../db/identity';
import type { Locale } from '../i18n/locale';
import { type BackgroundApi, createBackgroundApp } from './background-app';
import type { ReplyMap, Request, RequestType, TabMessage } from './protocol';
import type { MessageSenderLike } from './senders';

// Test helper: the background app on fake-indexeddb and WXT's fakeBrowser, with the APIs the fake
// does not implement (permissions, scripting, tabs.sendMessage, getManifest) as small in-memory fakes.

export const EXT_ID = fakeBrowser.runtime.id;
export const PAGE = { id: EXT_ID, url: fakeBrowser.runtime.getURL('/options.html') };

export function contentSender(url: string, extra: Record<string, unknown> = {}) {
  return { id: EXT_ID, url, tab: { id: 7 }, frameId: 0, ...extra };
}

let count = 0;

export function testBackground(options: { locale?: Locale; now?: () => Date } = {}) {
  fakeBrowser.reset();
  const granted: string[] = ['https://www.tiktok.com/*', 'https://*.substack.com/*'];
  const registered = new Map<string, { id: string; matches?: string[]; js?: string[] }>();
  const tabMessages: { tabId: number; message: TabMessage }[] = [];
  const openedTabs: string[] = [];
  const api: BackgroundApi = {
    runtime: {
      id: fakeBrowser.runtime.id,
      getURL: (path) => fakeBrowser.runtime.getURL(path),
      getManifest: () => ({
        content_scripts: [
          {
            matches: ['https://substack.com/*'],
            js: ['content-scripts/substack.js'],
            run_at: 'document_idle',
          },
        ],
      }),
    },
    permissions: { getAll: async () => ({ origins: [...granted] }) },
    scripting: {
      executeScript: async () => undefined,
      getRegisteredContentScripts: async (filter) =>
        [...registered.values()].filter((s) => !filter?.ids || filter.ids.includes(s.id)),
      registerContentScripts: async (scripts) => {
        for (const s of scripts) {
          if (registered.has(s.id)) throw new Error(`duplicate script id ${s.id}`);
          registered.set(s.id, s);
        }
      },
      unregisterContentScripts: async (filter) => {
        for (const id of filter?.ids ?? [...registered.keys()]) registered.delete(id);
      },
    },
    tabs: {
      query: async () => [{ id: 42 }],
      create: async ({ url }) => {
        openedTabs.push(url);
      },
      sendMessage: async (tabId, message) => {
        tabMessages.push({ tabId, message });
      },
    },
  };
  const db = new LedgerDb(`background-test-${++count}`);
  // storage.local for the database identity (db/identity.ts), checked at every open as in background.ts.
  const local = new Map<string, unknown>();
  const identity = createLedgerIdentity(
    {
      get: async (key) => local.get(key),
      set: async (key, value) => {
        local.set(key, value);
      },
      remove: async (key) => {
        local.delete(key);
      },
    },
    options.now ?? (() => new Date()),
  );
  watchIdentity(db, identity);
  const app = createBackgroundApp({
    browser: api,
    db,
    identity,
    now: options.now ?? (() => new Date()),
    locale: (pref) => (pref === 'auto' ? (options.locale ?? 'en') : pref),
  });
  return { app, api, db, granted, registered, tabMessages, openedTabs, local };
}

/** Sends a request through the router and returns its typed data; throws when it is refused. */
export async function ask<T extends RequestType>(
  app: ReturnType<typeof createBackgroundApp>,
  request: Extract<Request, { type: T }>,
  sender: MessageSenderLike,
): Promise<ReplyMap[T]> {
  const reply = await app.route(request, sender);
  if (!reply.ok) throw new Error(`refused: ${reply.error}`);
  return reply.data as ReplyMap[T];
}
