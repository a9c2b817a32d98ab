import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

// The standalone dashboard: `npm run dashboard:build` writes dashboard/dist, which dashboard/serve.ts
// serves on localhost. The extension builds the same app into its own dashboard page with WXT.
const here = dirname(fileURLToPath(import.meta.url));

export default defineConfig({
  root: here,
  // Relative asset URLs: the built files work from any path the server puts them under.
  base: './',
  publicDir: false,
  build: {
    outDir: resolve(here, 'dist'),
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: true,
    // Chart.js alone is ~200 KB minified; the app is one page, so one chunk per entry is fine.
    chunkSizeWarningLimit: 800,
  },
  worker: { format: 'es' },
  server: { host: '127.0.0.1', fs: { allow: [resolve(here, '..')] } },
});
