import { openStandaloneStore } from '../extension/db/standalone-store';
import { mountDashboard } from './mount';

// The standalone site: the dashboard over this page's own IndexedDB (`npm start`).
const root = document.getElementById('app');
if (root) {
  const store = openStandaloneStore();
  mountDashboard(root, store, {
    host: 'standalone',
    onFirstRender: (ms) => {
      // Read by the e2e suite and the benchmark (quality.md P7).
      (globalThis as { __promoLedger?: unknown }).__promoLedger = { firstRenderMs: ms };
    },
  });
}
