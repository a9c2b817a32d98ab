import { browser } from 'wxt/browser';
import { rowLayoutStore } from '../../../dashboard/data/row-store';
import { mountDashboard } from '../../../dashboard/mount';
import { ledgerDb } from '../../db/db';
import { send } from '../../messaging/client';
import { pagesText } from '../../pages/i18n';
import './dashboard.css';
import { LogPanel } from './log-panel';

// dashboard.html: the same dashboard app as the standalone site, over the extension's own database.
// The page reads the log and results directly (same origin; its compute worker too) and follows
// writes from the background live; settings go through the background, which validates them and
// keeps an unreadable record aside instead of losing it.

const root = document.getElementById('app');
if (root) {
  const store = rowLayoutStore(ledgerDb(), {
    host: 'extension',
    readSettings: () => send({ type: 'settings-get' }),
    saveSettings: async (settings) => {
      await send({ type: 'settings-save', settings });
    },
  });
  mountDashboard(root, store, {
    host: 'extension',
    views: [
      {
        id: 'log',
        label: (lang) => pagesText(lang)('log.title'),
        render: ({ lang, settings }) => <LogPanel locale={lang} settings={settings} />,
      },
    ],
    actions: [
      {
        id: 'options',
        label: (lang) => pagesText(lang)('nav.settings'),
        run: () => void browser.runtime.openOptionsPage(),
      },
    ],
    onFirstRender: (ms) => {
      // Read by the e2e suite, as on the standalone site.
      (globalThis as { __promoLedger?: unknown }).__promoLedger = { firstRenderMs: ms };
    },
  });
}
