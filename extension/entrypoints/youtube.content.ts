import { runSite } from '../sites/run-site';
import { youtubeAdapter } from '../sites/youtube';

// YouTube: watch-page comments and replies, community posts, and Studio's video description.
export default defineContentScript({
  matches: ['https://www.youtube.com/*', 'https://studio.youtube.com/*'],
  runAt: 'document_idle',
  // No window.postMessage to the page announcing the extension's id (quality.md S6; sites/page-guard.ts).
  noScriptStartedPostMessage: true,
  main(ctx) {
    runSite(ctx, youtubeAdapter);
  },
});
