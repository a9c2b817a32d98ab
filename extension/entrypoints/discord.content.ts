import { discordAdapter } from '../sites/discord';
import { runSite } from '../sites/run-site';

// Discord: the message box of any channel or DM. The web app routes client-side from any page
// of discord.com to /channels/…, so the script runs on all of them and waits for a composer.
export default defineContentScript({
  matches: ['https://discord.com/*'],
  runAt: 'document_idle',
  main(ctx) {
    runSite(ctx, discordAdapter);
  },
});
