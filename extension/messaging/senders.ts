import type { Platform } from '../../shared/schemas/common';

// Who may talk to the background (quality.md S1). Extension pages (popup, Options, dashboard) may
// send anything; content scripts only the requests listed in protocol.ts, and only from the four
// sites' https origins or a Substack custom domain the user granted from Options.

/** The sites' origins, as `new URL(...).origin` writes them. */
export const SITE_ORIGINS: Readonly<Record<string, Platform>> = Object.freeze({
  'https://www.tiktok.com': 'tiktok',
  'https://www.youtube.com': 'youtube',
  'https://studio.youtube.com': 'youtube',
  'https://discord.com': 'discord',
  'https://substack.com': 'substack',
});

/** A publication's own subdomain: `https://<name>.substack.com`, no port. */
const SUBSTACK_SUBDOMAIN = /^https:\/\/[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.substack\.com$/;

/** The platform a built-in site origin belongs to, or null. */
export function builtInPlatform(origin: string): Platform | null {
  if (Object.hasOwn(SITE_ORIGINS, origin)) return SITE_ORIGINS[origin] ?? null;
  return SUBSTACK_SUBDOMAIN.test(origin) ? 'substack' : null;
}

/** The platform of an origin: a built-in site, or Substack on a domain the user granted. */
export function platformOfOrigin(origin: string, customOrigins: ReadonlySet<string>): Platform | null {
  return builtInPlatform(origin) ?? (customOrigins.has(origin) ? 'substack' : null);
}

/** The https origin of a URL, or null for any other scheme. */
export function originOf(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' ? parsed.origin : null;
  } catch {
    return null;
  }
}

/** The parts of runtime.MessageSender we read (Chrome adds `origin`; Firefox does not). */
export interface MessageSenderLike {
  id?: string;
  url?: string;
  origin?: string;
  tab?: { id?: number };
  frameId?: number;
}

export type Sender =
  | { kind: 'page' }
  | { kind: 'content'; origin: string; platform: Platform; tabId: number | undefined }
  | { kind: 'rejected' };

export interface SenderPolicy {
  extensionId: string;
  /** `browser.runtime.getURL('/')`: every extension page's URL starts with it. */
  extensionBaseUrl: string;
  /** Substack custom domains the user granted (`https://host`), read when a sender needs it. */
  customOrigins: () => Promise<ReadonlySet<string>>;
}

export async function classifySender(sender: MessageSenderLike, policy: SenderPolicy): Promise<Sender> {
  if (sender.id !== policy.extensionId || typeof sender.url !== 'string') return { kind: 'rejected' };
  const base = policy.extensionBaseUrl.endsWith('/')
    ? policy.extensionBaseUrl
    : `${policy.extensionBaseUrl}/`;
  if (sender.url.startsWith(base)) {
    // Chrome also says where the message came from; when it does, it must agree with the URL.
    // (URL.origin is "null" for chrome-extension: outside Chrome, so it is cut from the base URL.)
    const baseOrigin = base.slice(0, -1);
    if (sender.origin !== undefined && sender.origin !== baseOrigin) return { kind: 'rejected' };
    return { kind: 'page' };
  }
  // Anything else is a content script, which always runs in a tab.
  const origin = originOf(sender.url);
  if (!origin || sender.tab === undefined) return { kind: 'rejected' };
  if (sender.origin !== undefined && sender.origin !== origin) return { kind: 'rejected' };
  const platform = builtInPlatform(origin) ?? platformOfOrigin(origin, await policy.customOrigins());
  if (!platform) return { kind: 'rejected' };
  return { kind: 'content', origin, platform, tabId: sender.tab.id };
}
