import { hasScheme, parseWebUrl } from './web-url';

export type InstagramUrlKind = 'profile' | 'reel' | 'post' | 'story' | 'highlight' | 'channel' | 'other';

export interface InstagramUrlInfo {
  kind: InstagramUrlKind;
  username?: string;
  id?: string;
}

const INSTAGRAM_HOSTS: ReadonlySet<string> = new Set([
  'instagram.com',
  'www.instagram.com',
  'm.instagram.com',
  'instagr.am',
  'www.instagr.am',
]);

/** Meta's short-link host; `ig.me/j/<id>` is the invite form of group chats and broadcast channels. */
const IG_ME_HOST = 'ig.me';

/**
 * First path segments that are Instagram pages, never user names. Instagram refuses these as user
 * names, so `/explore/` can't be a profile.
 */
const RESERVED_SEGMENTS: ReadonlySet<string> = new Set([
  'about',
  'accounts',
  'api',
  'ar',
  'challenge',
  'channel',
  'developer',
  'direct',
  'directory',
  'emails',
  'explore',
  'graphql',
  'j',
  'legal',
  'lite',
  'oauth',
  'p',
  'press',
  'privacy',
  'reel',
  'reels',
  'session',
  'static',
  'stories',
  'terms',
  'tv',
  'web',
]);

/** Profile tabs: `/name/reels/` is still that profile. */
const PROFILE_TABS: ReadonlySet<string> = new Set(['reels', 'tagged', 'saved', 'followers', 'following']);

// Instagram user names: letters, digits, `.` and `_`, at most 30 characters.
const USERNAME_RE = /^[A-Za-z0-9._]{1,30}$/;
// Shortcodes of posts and reels, numeric story and highlight ids, channel ids such as AbZBvjA3CZscunR1.
const ID_RE = /^[A-Za-z0-9_-]{1,64}$/;

const OTHER: InstagramUrlInfo = { kind: 'other' };

/**
 * What an Instagram address points to, from its path alone:
 * `/name/` profile; `/reel/ID`, `/reels/ID`, `/name/reel/ID` reel; `/p/ID`, `/name/p/ID` post;
 * `/stories/name/ID` story; `/stories/highlights/ID` highlight; `/channel/ID`, `/j/ID` and
 * `ig.me/j/ID` broadcast channel. Anything else, including other hosts, is `other`.
 */
export function describeInstagramUrl(input: string): InstagramUrlInfo {
  const text = input.trim();
  const url = parseWebUrl(hasScheme(text) ? text : `https://${text}`);
  if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:')) return OTHER;
  const host = url.hostname.replace(/\.$/, '');
  const segments = url.pathname.split('/').filter((s) => s !== '');
  if (host === IG_ME_HOST) {
    return segments.length === 2 && segments[0] === 'j' ? withId('channel', segments[1]) : OTHER;
  }
  if (!INSTAGRAM_HOSTS.has(host)) return OTHER;

  const [first, second, third] = segments;
  if (first === undefined) return OTHER;
  const head = first.toLowerCase();

  if (RESERVED_SEGMENTS.has(head)) {
    if ((head === 'reel' || head === 'reels') && segments.length === 2) return withId('reel', second);
    if (head === 'p' && segments.length === 2) return withId('post', second);
    if ((head === 'channel' || head === 'j') && segments.length === 2) return withId('channel', second);
    if (head === 'stories') return describeStories(second, third, segments.length);
    return OTHER;
  }

  if (!USERNAME_RE.test(first)) return OTHER;
  const username = first.toLowerCase();
  if (segments.length === 1) return { kind: 'profile', username };
  const sub = second?.toLowerCase();
  if (segments.length === 2 && sub !== undefined && PROFILE_TABS.has(sub))
    return { kind: 'profile', username };
  if (segments.length === 3 && sub === 'reel') return withId('reel', third, username);
  if (segments.length === 3 && sub === 'p') return withId('post', third, username);
  return OTHER;
}

function describeStories(
  second: string | undefined,
  third: string | undefined,
  length: number,
): InstagramUrlInfo {
  if (second === 'highlights') return length === 3 ? withId('highlight', third) : OTHER;
  if (second === undefined || !USERNAME_RE.test(second) || length > 3) return OTHER;
  const username = second.toLowerCase();
  // `/stories/name/` shows whatever that account has in its story right now.
  if (length === 2) return { kind: 'story', username };
  return withId('story', third, username);
}

function withId(kind: InstagramUrlKind, id: string | undefined, username?: string): InstagramUrlInfo {
  if (id === undefined || !ID_RE.test(id)) return OTHER;
  return username === undefined ? { kind, id } : { kind, username, id };
}
