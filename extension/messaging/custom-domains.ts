import { builtInPlatform } from './senders';

// Substack publications on their own domains (quality.md S5): the user grants each origin from
// Options (an optional host permission). For every granted origin the background registers the
// Substack content script, and it keeps those registrations equal to the granted origins at
// startup and whenever a permission is added or removed. The same list tells the router that a
// content script on such an origin speaks for Substack.

export const CUSTOM_SCRIPT_ID = 'promo-ledger-substack-custom-domains';
/** WXT writes entrypoints/substack.content.ts to this file. */
export const SUBSTACK_SCRIPT = 'content-scripts/substack.js';

interface ContentScriptDeclaration {
  matches?: string[];
  js?: string[];
  css?: string[];
  run_at?: string;
  all_frames?: boolean;
}

interface RegisteredScript {
  id: string;
  matches?: string[];
  js?: string[];
  css?: string[];
  runAt?: 'document_start' | 'document_end' | 'document_idle';
  allFrames?: boolean;
  persistAcrossSessions?: boolean;
}

export interface CustomDomainsApi {
  permissions: { getAll(): Promise<{ origins?: string[] }> };
  scripting: {
    getRegisteredContentScripts(filter?: { ids?: string[] }): Promise<RegisteredScript[]>;
    registerContentScripts(scripts: RegisteredScript[]): Promise<void>;
    unregisterContentScripts(filter?: { ids?: string[] }): Promise<void>;
  };
  runtime: { getManifest(): { content_scripts?: ContentScriptDeclaration[] } };
}

/** `https://host/*` patterns for one exact host that is not one of the built-in sites. */
export function customOriginsFrom(patterns: readonly string[]): Set<string> {
  const origins = new Set<string>();
  for (const pattern of patterns) {
    const m = /^https:\/\/([a-z0-9.-]+)\/\*$/.exec(pattern);
    if (!m) continue; // wildcards (`https://*/*`, `*.example.com`), other schemes, ports
    const origin = `https://${m[1]}`;
    if (builtInPlatform(origin) === null) origins.add(origin);
  }
  return origins;
}

const RUN_AT = new Set(['document_start', 'document_end', 'document_idle']);

export function createCustomDomains(api: CustomDomainsApi) {
  let cached: Promise<ReadonlySet<string>> | null = null;
  let syncing: Promise<void> = Promise.resolve();

  const origins = (): Promise<ReadonlySet<string>> => {
    cached ??= api.permissions.getAll().then(
      (all) => customOriginsFrom(all.origins ?? []),
      (err) => {
        cached = null;
        throw err;
      },
    );
    return cached;
  };

  async function syncNow(): Promise<void> {
    const wanted = [...(await origins())].sort().map((o) => `${o}/*`);
    const [existing] = await api.scripting.getRegisteredContentScripts({ ids: [CUSTOM_SCRIPT_ID] });
    const current = [...(existing?.matches ?? [])].sort();
    if (existing && current.join('\n') === wanted.join('\n')) return;
    if (existing) await api.scripting.unregisterContentScripts({ ids: [CUSTOM_SCRIPT_ID] });
    if (wanted.length === 0) return;
    // Mirror the manifest's Substack declaration, so that files and timing stay whatever the build made.
    const declared = api.runtime
      .getManifest()
      .content_scripts?.find((cs) => cs.js?.includes(SUBSTACK_SCRIPT));
    if (!declared?.js) {
      console.warn(`Promo Ledger: ${SUBSTACK_SCRIPT} is not in the manifest; custom domains stay off`);
      return;
    }
    const script: RegisteredScript = {
      id: CUSTOM_SCRIPT_ID,
      matches: wanted,
      js: declared.js,
      ...(declared.css?.length ? { css: declared.css } : {}),
      ...(declared.run_at && RUN_AT.has(declared.run_at)
        ? { runAt: declared.run_at as RegisteredScript['runAt'] }
        : {}),
      allFrames: declared.all_frames ?? false,
      // Kept over a browser restart, so that restored tabs get the script before onStartup runs.
      persistAcrossSessions: true,
    };
    try {
      await api.scripting.registerContentScripts([script]);
    } catch (err) {
      // Browsers that cannot persist registrations still get them for this session (re-synced at startup).
      console.warn('Promo Ledger: registering without persistAcrossSessions', err);
      await api.scripting.registerContentScripts([{ ...script, persistAcrossSessions: false }]);
    }
  }

  return {
    /** Granted custom origins (`https://host`), cached until a permission changes. */
    origins,
    /** Re-reads the permissions and brings the registration in line; calls run one after another. */
    sync(): Promise<void> {
      cached = null;
      syncing = syncing
        .catch(() => undefined)
        .then(syncNow)
        .catch((err) => console.error('Promo Ledger: could not register the Substack script', err));
      return syncing;
    },
  };
}
