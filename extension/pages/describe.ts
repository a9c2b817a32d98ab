import { describeInstagramUrl } from '../../shared/links/instagram-url';
import type { Platform } from '../../shared/schemas/common';
import type { PromotionAction, Surface } from '../../shared/schemas/event';
import type { ReferralLink } from '../../shared/schemas/link';
import type { T } from './i18n';

// Words the pages show for the shared model's values: what a link points at, platform, surface and
// and action names. Kept here so that Options, the popup and the dashboard agree.

export const PLATFORM_NAMES: Record<Platform, string> = {
  tiktok: 'TikTok',
  youtube: 'YouTube',
  discord: 'Discord',
  substack: 'Substack',
};

/** The four platforms in display order, without importing shared/schemas (which brings zod). */
export const PLATFORM_ORDER = Object.keys(PLATFORM_NAMES) as Platform[];

/** What an address points at, in words: "Instagram reel by @name", "Link to linktr.ee". */
export function describeTarget(url: string, t: T): string {
  const info = describeInstagramUrl(url);
  const name = info.username ? `@${info.username}` : '';
  switch (info.kind) {
    case 'profile':
      return t('kind.profile', { name });
    case 'reel':
      return name ? t('kind.reelBy', { name }) : t('kind.reel');
    case 'post':
      return name ? t('kind.postBy', { name }) : t('kind.post');
    case 'story':
      return t('kind.story', { name });
    case 'highlight':
      return t('kind.highlight');
    case 'channel':
      return t('kind.channel');
    default: {
      let host = '';
      try {
        host = new URL(url).hostname;
      } catch {
        return t('kind.other');
      }
      if (/(^|\.)(facebook\.com|fb\.com)$/.test(host)) return t('kind.facebook');
      if (/(^|\.)(instagram\.com|instagr\.am)$/.test(host)) return t('kind.instagram');
      return t('kind.site', { host });
    }
  }
}

/** The name a link goes by in lists and accessible names: its label, else what it points at. */
export function linkName(link: Pick<ReferralLink, 'label' | 'url'>, t: T): string {
  return link.label.trim() || describeTarget(link.url, t);
}

export function surfaceName(surface: Surface, t: T): string {
  return t(`surface.${surface}`);
}

export function actionName(action: PromotionAction, t: T): string {
  return t(`action.${action}`);
}
