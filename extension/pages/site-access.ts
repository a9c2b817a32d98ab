import type { Platform } from '../../shared/schemas/common';
import { PLATFORM_NAMES, PLATFORM_ORDER } from './describe';
import type { T } from './i18n';

// Which sites the browser lets Promo Ledger's content scripts run on, from the manifest's
// declarations and the granted origins (site-access-notice.tsx shows it).

/** The manifest's content-script patterns per site (`content-scripts/<site>.js`). */
export function sitePatterns(
  declared: readonly { matches?: string[]; js?: string[] }[] | undefined,
): Map<Platform, string[]> {
  const bySite = new Map<Platform, string[]>();
  for (const cs of declared ?? []) {
    const site = cs.js?.map((file) => /content-scripts\/([a-z]+)\.js$/.exec(file)?.[1]).find(Boolean);
    const platform = PLATFORM_ORDER.find((p) => p === site);
    if (!platform || !cs.matches?.length) continue;
    bySite.set(platform, [...(bySite.get(platform) ?? []), ...cs.matches]);
  }
  return bySite;
}

const EVERY_HTTPS = new Set(['<all_urls>', '*://*/*', 'https://*/*']);

/** Whether a granted origin list lets content scripts run on `pattern`. */
export function covered(granted: readonly string[], pattern: string): boolean {
  return granted.includes(pattern) || granted.some((g) => EVERY_HTTPS.has(g));
}

/** "TikTok, YouTube, Discord and Substack" / "… et Substack". */
export function siteList(platforms: readonly Platform[], t: T): string {
  const names = platforms.map((p) => PLATFORM_NAMES[p]);
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} ${t('access.and')} ${names.at(-1)}`;
}
