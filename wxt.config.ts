import { defineConfig } from 'wxt';

// The extension's source lives in extension/ (entrypoints/, sites/, composer/, widget/, …);
// the rules package in shared/ is imported from there as plain TypeScript.
export default defineConfig({
  srcDir: 'extension',
  outDir: '.output',
  manifest: {
    name: 'Promo Ledger',
    description:
      'Insert your tagged Instagram referral link on TikTok, YouTube, Discord and Substack, and track what it earns — locally.',
  },
});
