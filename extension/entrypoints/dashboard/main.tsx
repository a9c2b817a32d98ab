import { browser } from 'wxt/browser';
import { mountDashboard } from '../../../dashboard/mount';
import { ledgerDb } from '../../db/db';
import { extensionStore } from '../../db/row-store';
import { send } from '../../messaging/client';
import { formatTime } from '../../pages/format';
import { pagesText } from '../../pages/i18n';
import './dashboard.css';
import { LogPanel } from './log-panel';

// dashboard.html: the same dashboard app as the standalone site, over the extension's own database.
// The page reads the log and results directly (same origin; its compute worker too) and follows
// writes from the background live; settings go through the background, which validates them and
// keeps an unreadable record aside instead of losing it.

const root = document.getElementById('app');
if (root) {
  const store = extensionStore(ledgerDb(), {
    readSettings: () => send({ type: 'settings-get' }),
    updateSettings: (patch) => send({ type: 'settings-update', patch }),
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
    notices: {
      // The browser removed the extension's database (db/identity.ts): said here too, not only in
      // the popup, Options and the widget — the figures below are then of an empty log.
      async check(lang) {
        const { dataLost } = await send({ type: 'ledger-status' });
        return dataLost ? pagesText(lang)('data.lost', { at: formatTime(dataLost.at, lang) }) : null;
      },
    },
    onFirstRender: (ms) => {
      // Read by the e2e suite, as on the standalone site.
      (globalThis as { __promoLedger?: unknown }).__promoLedger = { firstRenderMs: ms };
    },
  });
}
