import type { Platform } from '../schemas/common';
import type { ReferralLink, TagPreset } from '../schemas/link';
import type { Settings } from '../schemas/settings';
import { DEFAULT_TAG_PRESET } from './default-preset';
import { parseWebUrl } from './web-url';

export const UTM_PARAMS = [
  'utm_source',
  'utm_medium',
  'utm_campaign',
] as const satisfies readonly (keyof TagPreset)[];
const UTM_NAMES: ReadonlySet<string> = new Set(UTM_PARAMS);

/** Fill `{platform}` and `{program}` in a preset value. */
export function fillTagPlaceholders(value: string, platform: Platform, programId: string): string {
  return value.replaceAll('{platform}', platform).replaceAll('{program}', programId);
}

/** The preset that applies: the link's own for this platform, else the settings', else the default. */
export function tagPresetFor(
  link: ReferralLink,
  platform: Platform,
  presets: Settings['tagPresets'] = {},
): TagPreset {
  return link.tags[platform] ?? presets[platform] ?? DEFAULT_TAG_PRESET;
}

/**
 * The link to insert on `platform`: the creator's address with utm_source, utm_medium and
 * utm_campaign set from the preset. Other query parameters are kept byte for byte (we edit the query
 * string by hand because URLSearchParams would re-encode them, e.g. `%20` → `+`), and so is the hash.
 */
export function buildTaggedLink(
  link: ReferralLink,
  platform: Platform,
  presets: Settings['tagPresets'] = {},
): string {
  const url = parseWebUrl(link.url);
  // link.url passed httpsUrlSchema when it was saved, so this only guards hand-built objects.
  if (!url) return link.url;
  const preset = tagPresetFor(link, platform, presets);
  const params = url.search
    .slice(1)
    .split('&')
    .filter((param) => param !== '' && !UTM_NAMES.has(paramName(param)));
  for (const name of UTM_PARAMS) {
    const value = fillTagPlaceholders(preset[name], platform, link.programId).trim();
    // An empty preset value means "don't send this tag".
    if (value) params.push(`${name}=${encodeURIComponent(value)}`);
  }
  url.search = params.length > 0 ? `?${params.join('&')}` : '';
  return url.href;
}

function paramName(param: string): string {
  const eq = param.indexOf('=');
  const raw = (eq === -1 ? param : param.slice(0, eq)).replaceAll('+', ' ');
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}
