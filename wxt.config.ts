import { defineConfig } from 'wxt';

// The extension's source lives in extension/ (entrypoints/, sites/, composer/, widget/, …);
// the rules package in shared/ is imported from there as plain TypeScript.
export default defineConfig({
  srcDir: 'extension',
  // _locales and other static files; WXT would otherwise look for public/ at the repo root.
  publicDir: 'extension/public',
  // WXT_OUT_DIR lets two builds (e.g. parallel test runs) keep out of each other's way.
  outDir: process.env.WXT_OUT_DIR ?? '.output',
  // `browser` is webextension-polyfill's promise API in Chrome and Firefox alike.
  modules: ['@wxt-dev/webextension-polyfill'],
  // The dashboard page's compute and import workers are ES modules, as in the standalone build.
  vite: () => ({ worker: { format: 'es' } }),
  manifest: {
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
  },
});
