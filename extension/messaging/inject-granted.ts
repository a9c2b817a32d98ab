import type { ScriptPublicPath } from 'wxt/utils/inject-script';
import { customOriginsFrom, SUBSTACK_SCRIPT } from './custom-domains';

// When the user allows Promo Ledger on a site (Firefox's opt-in host permissions, Chrome's site
// access, a custom Substack domain), the tabs already open on it have no content script: the
// browser injects declared scripts only into pages loaded afterwards. So the widget would appear
// only after a reload, which nothing tells the user to do. The background injects the site's
// script into those tabs. Should the browser have injected it too, the newer script stops the
// older (WXT's ContentScriptContext), so a tab never gets two widgets.

interface Declared {
  matches?: string[];
  js?: string[];
  all_frames?: boolean;
}

export interface InjectApi {
  runtime: { getManifest(): { content_scripts?: Declared[] } };
  tabs: { query(query: { url: string[] }): Promise<{ id?: number }[]> };
  scripting: {
    executeScript(injection: {
      target: { tabId: number; allFrames?: boolean };
      files: ScriptPublicPath[];
    }): Promise<unknown>;
  };
}

/** Which scripts to run where, for newly granted origin patterns. */
export function injectionsFor(
  declared: readonly Declared[],
  added: readonly string[],
): { files: string[]; allFrames: boolean; patterns: string[] }[] {
  const plan: { files: string[]; allFrames: boolean; patterns: string[] }[] = [];
  for (const cs of declared) {
    const patterns = (cs.matches ?? []).filter((m) => added.includes(m));
    if (cs.js?.length && patterns.length) plan.push({ files: cs.js, allFrames: !!cs.all_frames, patterns });
  }
  const custom = [...customOriginsFrom(added)].map((origin) => `${origin}/*`);
  const substack = declared.find((cs) => cs.js?.includes(SUBSTACK_SCRIPT));
  if (custom.length && substack?.js) {
    plan.push({ files: substack.js, allFrames: !!substack.all_frames, patterns: custom });
  }
  return plan;
}

/** Injects the granted sites' scripts into their open tabs; returns how many tabs got one. */
export async function injectIntoOpenTabs(api: InjectApi, added: readonly string[]): Promise<number> {
  let injected = 0;
  for (const { files, allFrames, patterns } of injectionsFor(
    api.runtime.getManifest().content_scripts ?? [],
    added,
  )) {
    for (const tab of await api.tabs.query({ url: patterns })) {
      if (tab.id === undefined) continue;
      try {
        // The files are the built manifest's own, so they are the extension's public paths.
        await api.scripting.executeScript({
          target: { tabId: tab.id, allFrames },
          files: files as ScriptPublicPath[],
        });
        injected += 1;
      } catch (error) {
        // A tab that navigated away or an error page: it gets the script when it loads a site page.
        console.debug('Promo Ledger: no widget injected into tab', tab.id, error);
      }
    }
  }
  return injected;
}
