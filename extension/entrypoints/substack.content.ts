import { runSite } from '../sites/run-site';
import { substackAdapter } from '../sites/substack';

// Substack: post editor, Notes, comments on substack.com and publications' subdomains. The
// background registers this same file for custom domains the user granted from Options.
export default defineContentScript({
  matches: ['https://substack.com/*', 'https://*.substack.com/*'],
  runAt: 'document_idle',
  main(ctx) {
    runSite(ctx, substackAdapter);
  },
});
