// The keyboard shortcut on a field no adapter recognises, in Firefox: the same four fields as
// test/e2e/insert-anywhere.spec.ts (Draft.js, plain contenteditable, textarea, ProseMirror). The
// shortcut is what the background does on the command (messaging/shortcut.ts), sent here from an
// extension page: tabs.sendMessage to the site's tab, which has focus.
import { expect } from '@playwright/test';
import { fixtureById } from '../../fixtures/sites';
import { editorText, openFixture } from '../surface-checks';
import { readLog, saveLink, taggedLink } from '../widget-helpers';
import { test } from './fixtures';

const CASES = [
  ['tiktok-comment', '[data-e2e="share-message-input"] .public-DraftEditor-content', 'other-share-message'],
  ['youtube-studio-description', 'ytcp-video-title #textbox[contenteditable="true"]', 'other-title'],
  ['discord-message', '[aria-label="Members"] textarea[aria-label="Note"]', 'other-note'],
  ['substack-post', '[data-testid="footer-editor"] .ProseMirror[contenteditable="true"]', 'other-footer'],
] as const;

type TabsApi = {
  tabs: {
    query(q: { url: string }): Promise<{ id?: number }[]>;
    sendMessage(tabId: number, message: unknown): Promise<unknown>;
  };
};

for (const [id, field, other] of CASES) {
  test(`${id}: the shortcut inserts into a field no adapter knows, logged as surface other`, async ({
    driver,
  }) => {
    const fixture = fixtureById(id);
    await saveLink(driver);
    const reader = await driver.openExtensionPage('options.html');
    const tab = await openFixture(driver, fixture);
    await tab.click(field);
    await tab.press(field, 'End');
    const origin = `${new URL(fixture.url).origin}/*`;
    await reader.evaluate(async (url) => {
      const api = (globalThis as unknown as { browser: TabsApi }).browser;
      const [site] = await api.tabs.query({ url });
      if (site?.id === undefined) throw new Error(`no tab on ${url}`);
      await api.tabs.sendMessage(site.id, { type: 'insert-shortcut' });
    }, origin);
    const link = taggedLink(fixture.site);
    await expect.poll(() => editorText(tab, other), { timeout: 10_000 }).toContain(link);
    expect((await editorText(tab, other)).split(link).length - 1).toBe(1);
    await expect
      .poll(async () => (await readLog(reader)).events.map((e) => `${e.action}:${e.platform}:${e.surface}`), {
        timeout: 10_000,
      })
      .toEqual([`link_inserted:${fixture.site}:other`]);
    expect(tab.pageErrors).toEqual([]);
  });
}
