import { addDays, type Day, daySpan } from '../dates/days';
import type { Platform } from '../schemas/common';
import type { PromotionEvent, Surface } from '../schemas/event';
import type { ResultEntry } from '../schemas/result';
import { defaultSettings, type Settings } from '../schemas/settings';

// The built-in demo: a creator ("maya.makes") promotes her Instagram on the four sites during a
// six-week Instagram Referrals campaign (sign-ups model), with a few Facebook Stars on the side.
// Generated from a fixed seed so that every run, test and screenshot shows the same numbers.

export const DEMO_WINDOW = { start: '2025-05-12', end: '2025-06-22' } as const;
/** Four weeks in: the projection has two weeks left to cover. */
export const DEMO_AS_OF: Day = '2025-06-08';
export const DEMO_MEMBER = 'maya';
const DEMO_LINK_ID = 'demo-link-profile';

/** mulberry32: small, fast, and the same on every engine. */
function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PLATFORM_MIX: {
  platform: Platform;
  surfaces: Surface[];
  postsPerDay: number;
  signupsPerPost: number;
  url: string;
}[] = [
  {
    platform: 'tiktok',
    surfaces: ['caption', 'comment'],
    postsPerDay: 2.2,
    signupsPerPost: 1.1,
    url: 'https://www.tiktok.com/@maya.makes',
  },
  {
    platform: 'youtube',
    surfaces: ['comment', 'description', 'post'],
    postsPerDay: 1.2,
    signupsPerPost: 0.9,
    url: 'https://www.youtube.com/watch?v=dQw4w9WgXcQ',
  },
  {
    platform: 'discord',
    surfaces: ['message'],
    postsPerDay: 1.6,
    signupsPerPost: 0.35,
    url: 'https://discord.com/channels/1000/2000',
  },
  {
    platform: 'substack',
    surfaces: ['note', 'post', 'comment'],
    postsPerDay: 0.6,
    signupsPerPost: 0.8,
    url: 'https://mayamakes.substack.com/p/studio-notes',
  },
];

/** Poisson draw by inversion: fine for the small means used here. */
function poisson(mean: number, random: () => number): number {
  const limit = Math.exp(-mean);
  let k = 0;
  let p = random();
  while (p > limit) {
    k++;
    p *= random();
  }
  return k;
}

export interface DemoData {
  settings: Settings;
  events: PromotionEvent[];
  results: ResultEntry[];
  asOf: Day;
}

export function demoData(): DemoData {
  const random = seededRandom(20250512);
  const events: PromotionEvent[] = [];
  const results: ResultEntry[] = [];
  const days = daySpan(DEMO_WINDOW.start, DEMO_AS_OF);
  let seq = 0;
  for (let i = 0; i < days; i++) {
    const day = addDays(DEMO_WINDOW.start, i);
    // Creators post less at weekends; sign-ups lag posts by nothing here (same-day attribution).
    const weekday = new Date(`${day}T12:00:00Z`).getUTCDay();
    const energy = weekday === 0 || weekday === 6 ? 0.6 : 1.1;
    for (const mix of PLATFORM_MIX) {
      const posts = poisson(mix.postsPerDay * energy, random);
      for (let p = 0; p < posts; p++) {
        const surface = mix.surfaces[Math.floor(random() * mix.surfaces.length)] ?? 'comment';
        // Local afternoon in Los Angeles (UTC−7 in May/June), spread over a few hours.
        const minutes = 19 * 60 + Math.floor(random() * 300);
        const time = `${day}T${String(Math.floor(minutes / 60) % 24).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}:00Z`;
        const common = {
          time,
          platform: mix.platform,
          surface,
          linkId: DEMO_LINK_ID,
          pageUrl: mix.url,
          member: DEMO_MEMBER,
        };
        events.push({ ...common, id: `demo-${++seq}`, action: 'link_inserted' });
        events.push({ ...common, id: `demo-${++seq}`, action: 'posted' });
      }
      const signups = poisson(posts * mix.signupsPerPost, random);
      if (signups > 0)
        results.push({
          day,
          program: 'instagram-referrals-2025',
          metric: 'signups',
          count: signups,
          platform: mix.platform,
          source: 'manual',
          member: DEMO_MEMBER,
        });
    }
    const stars = Math.floor(random() * 180);
    if (stars > 0)
      results.push({
        day,
        program: 'facebook-stars',
        metric: 'stars',
        count: stars,
        platform: 'facebook',
        source: 'manual',
        member: DEMO_MEMBER,
      });
  }

  const settings = defaultSettings();
  settings.member = DEMO_MEMBER;
  settings.links = [
    {
      id: DEMO_LINK_ID,
      label: 'Instagram profile',
      url: 'https://www.instagram.com/maya.makes/',
      programId: 'instagram-referrals-2025',
      tags: {},
      createdAt: `${DEMO_WINDOW.start}T16:00:00Z`,
    },
  ];
  settings.defaultLinkId = DEMO_LINK_ID;
  settings.programs = {
    'instagram-referrals-2025': { enabled: true, params: { window: { ...DEMO_WINDOW } } },
    'facebook-stars': { enabled: true, params: {} },
  };
  return { settings, events, results, asOf: DEMO_AS_OF };
}
