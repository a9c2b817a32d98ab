import { runSite } from '../sites/run-site';
import { tiktokAdapter } from '../sites/tiktok';

// TikTok: Studio's upload caption and video comments. The legacy upload pages (/upload,
// /creator-center/upload) put the form in a same-origin iframe, hence all frames (sites.md).
export default defineContentScript({
  matches: ['https://www.tiktok.com/*'],
  allFrames: true,
  runAt: 'document_idle',
  main(ctx) {
    runSite(ctx, tiktokAdapter);
  },
});
