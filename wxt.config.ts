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
  // `npm run zip`: promo-ledger-<version>-chrome.zip (Chrome Web Store), -firefox.zip (AMO) and
  // -sources.zip, the code AMO's reviewers rebuild the minified Firefox bundles from. The sources
  // zip is a list of what the build reads, not "everything but": a new folder at the root (test
  // output, a scratch dir) stays out until it is named here. WXT lets an included file through
  // even when an exclude matches it, and a `!` pattern here keeps a file out of the includes.
  zip: {
    excludeSources: ['**'],
    includeSources: [
      // The reviewer's note (how to rebuild, what is fetched: nothing) and the project README.
      'SOURCE_CODE_REVIEW.md',
      'README.md',
      // Locked dependencies and the build's configuration (tsconfig.json carries the Preact JSX setting).
      'package.json',
      'package-lock.json',
      'tsconfig.json',
      'wxt.config.ts',
      'biome.json',
      'extension/**',
      'shared/**',
      // The extension's dashboard page mounts the dashboard app (dashboard/mount.tsx and what it
      // imports); the standalone site's entry and server and the report command are not built.
      'dashboard/**',
      '!dashboard/cli/**',
      '!dashboard/testing/**',
      '!dashboard/dist/**',
      '!dashboard/index.html',
      '!dashboard/main.tsx',
      '!dashboard/serve.ts',
      '!dashboard/vite.config.ts',
      // Tests are not part of the build.
      '!**/*.test.ts',
      '!**/*.test.tsx',
      '!**/*.test-d.ts',
    ],
  },
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // Host permissions come from the content scripts' matches: the four sites only (quality.md S5).
    // contextMenus: the "Insert referral link" item on the sites' editable fields.
    permissions: ['storage', 'scripting', 'contextMenus'],
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
