import { hasScheme, parseWebUrl } from './web-url';

/** Where a referral link may point without the user adding a host (S3): Instagram and Facebook. */
export const BUILT_IN_LINK_HOSTS: readonly string[] = [
  'instagram.com',
  'www.instagram.com',
  'instagr.am',
  'facebook.com',
  'www.facebook.com',
  'm.facebook.com',
  'fb.com',
];

/** Same limit as httpsUrlSchema, so an accepted target can always be saved. */
const MAX_URL_LENGTH = 2048;

export type LinkTargetCheck =
  | { ok: true; url: string }
  | {
      ok: false;
      reason: 'not_url' | 'not_https' | 'host_not_allowed' | 'credentials';
      message: string;
    };

/**
 * Whether `input` may be used as a referral link target: an `https:` address, without a user name or
 * password, on Instagram, Facebook or a host the user added (that host or any of its subdomains).
 * Returns the normalized address. An address typed without a scheme (`instagram.com/name`) is read as
 * https, since that is what a creator means; the host rules still apply to it.
 */
export function checkLinkTarget(input: string, allowedHosts: readonly string[] = []): LinkTargetCheck {
  const text = input.trim();
  if (text === '') {
    return notUrl('Paste the full address of your page, starting with https://');
  }
  const guessed = !hasScheme(text);
  const url = parseWebUrl(guessed ? `https://${text}` : text);
  // A guessed scheme only counts when the rest looks like a host name, so that "hello" is "not an address".
  if (!url || (guessed && !url.hostname.includes('.'))) {
    return notUrl('This is not a web address. Paste the full address, starting with https://');
  }
  if (url.protocol === 'http:') {
    return {
      ok: false,
      reason: 'not_https',
      message: 'Use the https:// address: http:// links are not secure.',
    };
  }
  if (url.protocol !== 'https:') {
    return {
      ok: false,
      reason: 'not_https',
      message: 'Only web addresses starting with https:// can be used as links.',
    };
  }
  if (url.username !== '' || url.password !== '') {
    return {
      ok: false,
      reason: 'credentials',
      message:
        'This address has a name or password before an @, which can hide where it really goes. Remove that part.',
    };
  }
  // `instagram.com.` is the same host in DNS; compare and keep it without the trailing dot.
  const host = url.hostname.endsWith('.') ? url.hostname.slice(0, -1) : url.hostname;
  if (!isAllowedHost(host, allowedHosts)) {
    return {
      ok: false,
      reason: 'host_not_allowed',
      message: `Links can only go to Instagram or Facebook, and this one goes to ${host}. To use it anyway, add ${host} to your allowed sites in Settings.`,
    };
  }
  if (url.port !== '') {
    return {
      ok: false,
      reason: 'host_not_allowed',
      message: `Remove the port number (:${url.port}) from the address.`,
    };
  }
  url.hostname = host;
  if (url.href.length > MAX_URL_LENGTH) {
    return notUrl(`This address is too long (over ${MAX_URL_LENGTH} characters).`);
  }
  return { ok: true, url: url.href };
}

/** Built-in hosts match exactly; user-added hosts match themselves and their subdomains. */
export function isAllowedHost(host: string, allowedHosts: readonly string[] = []): boolean {
  const h = host.toLowerCase();
  if (BUILT_IN_LINK_HOSTS.includes(h)) return true;
  return allowedHosts.some((entry) => {
    const allowed = normalizeHost(entry);
    // A bare suffix such as `com` would allow every site; hostSchema already refuses it, but the list
    // may come from elsewhere.
    return allowed.includes('.') && (h === allowed || h.endsWith(`.${allowed}`));
  });
}

function normalizeHost(entry: string): string {
  let h = entry.trim().toLowerCase();
  if (h.startsWith('*.')) h = h.slice(2);
  if (h.endsWith('.')) h = h.slice(0, -1);
  return h;
}

function notUrl(message: string): LinkTargetCheck {
  return { ok: false, reason: 'not_url', message };
}
