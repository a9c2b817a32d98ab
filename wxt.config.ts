import { defineConfig } from 'wxt';

// The extension's source lives in extension/ (entrypoints/, sites/, composer/, widget/, …);
// the rules package in shared/ is imported from there as plain TypeScript.
export default defineConfig({
  srcDir: 'extension',
  outDir: '.output',
  // `browser` is webextension-polyfill's promise API in Chrome and Firefox alike.
  modules: ['@wxt-dev/webextension-polyfill'],
  manifest: {
    name: 'Promo Ledger',
    description:
      'Insert your tagged Instagram referral link on TikTok, YouTube, Discord and Substack, and track what it earns — locally.',
  },
});
