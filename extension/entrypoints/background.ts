// The background service worker. The promotion log and its message handlers arrive with the
// extension issue; for now the worker only records when the extension was installed or updated.
export default defineBackground(() => {
  browser.runtime.onInstalled.addListener(({ reason }) => {
    console.info(`Promo Ledger ${reason}`);
  });
});
