import { defineConfig } from 'wxt';

// The extension's source lives in extension/ (entrypoints/, sites/, composer/, widget/, …);
// the rules package in shared/ is imported from there as plain TypeScript.
export default defineConfig({
  srcDir: 'extension',
  // _locales and other static files; WXT would otherwise look for public/ at the repo root.
  publicDir: 'extension/public',
  // WXT_OUT_DIR lets two builds (e.g. parallel test runs) keep out of each other's way.
  outDir: process.env.WXT_OUT_DIR ?? '.output',
  // `browser` is webextension-polyfill's promise API in Chrome and Firefox alike…
  modules: ['@wxt-dev/webextension-polyfill'],
  hooks: {
    // …except in the content scripts, which must stay under 20 KB gzipped (quality.md P1): the
    // polyfill is 3 KB of that, and what they call (runtime.sendMessage/onMessage without replies,
    // storage.local, runtime.getURL) is promise-based natively in Chrome's MV3 and in Firefox.
    'vite:build:extendConfig': (entrypoints, config) => {
      if (!entrypoints.every((entry) => entry.type === 'content-script')) return;
      const alias = config.resolve?.alias;
      if (Array.isArray(alias)) {
        config.resolve = { ...config.resolve, alias: alias.filter((a) => a.find !== 'wxt/browser') };
      } else if (alias && typeof alias === 'object') {
        delete (alias as Record<string, string>)['wxt/browser'];
      }
    },
  },
  // The dashboard page's compute and import workers are ES modules, as in the standalone build.
  vite: () => ({ worker: { format: 'es' } }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // Host permissions come from the content scripts' matches: the four sites only (quality.md S5).
    permissions: ['storage', 'scripting'],
    // Substack publications on their own domains: the user grants each one from Options.
    optional_host_permissions: ['https://*/*'],
    commands: {
      'insert-referral-link': {
        suggested_key: { default: 'Alt+Shift+L' },
        description: '__MSG_commandInsert__',
      },
    },
    // Firefox needs a fixed ID in Manifest V3 (to sign it, and so that the log in its IndexedDB stays
    // with the add-on), and a declaration of what it collects: nothing (AMO requires it since
    // November 2025; Firefox 140 is the first to read it). Checked by Mozilla's addons-linter in
    // test/e2e/firefox-lint.spec.ts.
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'promo-ledger@promo-ledger.app',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            // Firefox for Android reads the declaration from 142.
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
