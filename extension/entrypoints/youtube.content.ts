import { runSite } from '../sites/run-site';
import { youtubeAdapter } from '../sites/youtube';

// YouTube: watch-page comments and replies, community posts, and Studio's video description.
export default defineContentScript({
  matches: ['https://www.youtube.com/*', 'https://studio.youtube.com/*'],
  runAt: 'document_idle',
  main(ctx) {
    runSite(ctx, youtubeAdapter);
  },
});
