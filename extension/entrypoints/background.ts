import { browser } from 'wxt/browser';
import { ledgerDb } from '../db/db';
import { createLedgerIdentity, storageKeyValue, watchIdentity } from '../db/identity';
import { createBackgroundApp } from '../messaging/background-app';

// The service worker: wiring only (messaging/background-app.ts holds the parts). Every listener is
// added synchronously at start-up, so that Chrome can wake the worker for any of them.
export default defineBackground(() => {
  const db = ledgerDb();
  // Before anything opens the database: every (re)open checks that it is still ours.
  const identity = createLedgerIdentity(storageKeyValue(browser.storage.local), () => new Date());
  watchIdentity(db, identity);
  const app = createBackgroundApp({ browser, db, identity });

  // Returning the promise is how webextension-polyfill sends the reply.
  browser.runtime.onMessage.addListener((message, sender) => app.route(message, sender));

  browser.commands.onCommand.addListener((command, tab) => {
    void app.onCommand(command, tab);
  });

  // The context-menu item on editable fields: a click inserts into the right-clicked one. Created
  // at every start (a restarted worker or event page finds it or makes it again).
  browser.contextMenus.onClicked.addListener((info, tab) => {
    void app.onMenuClick(info, tab);
  });
  void app.syncMenu();

  // Custom Substack domains: registrations follow the granted origins.
  browser.permissions.onAdded.addListener(({ origins }) => {
    // Registrations first, so that a custom domain's tabs find the script registered too.
    void app.syncCustomDomains().then(() => app.onGranted(origins ?? []));
    void app.syncMenu();
  });
  browser.permissions.onRemoved.addListener(() => {
    void app.syncCustomDomains();
    void app.syncMenu();
  });
  browser.runtime.onStartup.addListener(() => void app.syncCustomDomains());
  browser.runtime.onInstalled.addListener(({ reason }) => {
    console.info(`Promo Ledger ${reason}`);
    void app.syncCustomDomains();
    void app.syncMenu();
  });
});
