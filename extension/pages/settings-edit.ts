import type { Platform } from '../../shared/schemas/common';
import { DEFAULT_TAG_PRESET, type ReferralLink, type TagPreset } from '../../shared/schemas/link';
import type { Settings } from '../../shared/schemas/settings';

// Every change the extension pages make to the settings, as pure functions from one Settings to the
// next. The pages send what changed between the two (`settings-update`, a patch), and the result
// is checked whole once applied, so each edit must leave a valid value: a default link that exists,
// a program that is switched on for the links that use it.

export interface NewLink {
  id: string;
  url: string;
  label: string;
  programId: string;
  createdAt: string;
}

/** Adds a link; the first link becomes the default, and its program is switched on. */
export function addLink(settings: Settings, input: NewLink): Settings {
  const link: ReferralLink = { ...input, label: input.label.trim(), tags: {} };
  const links = [...settings.links, link];
  return enableProgram(
    { ...settings, links, defaultLinkId: settings.defaultLinkId ?? link.id },
    input.programId,
  );
}

/** A removed link and where it was, so that "Undo" can put it back exactly. */
export interface RemovedLink {
  link: ReferralLink;
  index: number;
  wasDefault: boolean;
}

export function removeLink(
  settings: Settings,
  id: string,
): { settings: Settings; removed: RemovedLink | null } {
  const index = settings.links.findIndex((l) => l.id === id);
  const link = settings.links[index];
  if (!link) return { settings, removed: null };
  const links = settings.links.filter((l) => l.id !== id);
  const wasDefault = settings.defaultLinkId === id;
  // Losing the default would leave the widget without a link: the first remaining one takes over.
  const defaultLinkId = wasDefault ? (links[0]?.id ?? null) : settings.defaultLinkId;
  return { settings: { ...settings, links, defaultLinkId }, removed: { link, index, wasDefault } };
}

export function restoreLink(settings: Settings, removed: RemovedLink): Settings {
  if (settings.links.some((l) => l.id === removed.link.id)) return settings;
  const links = [...settings.links];
  links.splice(Math.min(removed.index, links.length), 0, removed.link);
  const defaultLinkId =
    removed.wasDefault || settings.defaultLinkId === null ? removed.link.id : settings.defaultLinkId;
  return { ...settings, links, defaultLinkId };
}

export function setDefaultLink(settings: Settings, id: string): Settings {
  if (!settings.links.some((l) => l.id === id)) return settings;
  return { ...settings, defaultLinkId: id };
}

/** The default link, or the first one when the stored default is missing. */
export function defaultLink(settings: Settings): ReferralLink | null {
  return settings.links.find((l) => l.id === settings.defaultLinkId) ?? settings.links[0] ?? null;
}

/** The tags a platform inherits when the link has no override: the settings' preset, else the default. */
export function inheritedTags(settings: Settings, platform: Platform): TagPreset {
  return settings.tagPresets[platform] ?? DEFAULT_TAG_PRESET;
}

export function sameTags(a: TagPreset, b: TagPreset): boolean {
  return a.utm_source === b.utm_source && a.utm_medium === b.utm_medium && a.utm_campaign === b.utm_campaign;
}

/**
 * Sets a link's tags for each platform. A platform whose tags equal what it inherits keeps no
 * override, so that a later change of the shared preset still reaches it.
 */
export function setLinkTags(
  settings: Settings,
  id: string,
  tags: Partial<Record<Platform, TagPreset>>,
): Settings {
  const links = settings.links.map((link) => {
    if (link.id !== id) return link;
    const own: ReferralLink['tags'] = {};
    for (const [platform, preset] of Object.entries(tags) as [Platform, TagPreset][]) {
      const trimmed = {
        utm_source: preset.utm_source.trim(),
        utm_medium: preset.utm_medium.trim(),
        utm_campaign: preset.utm_campaign.trim(),
      };
      if (!sameTags(trimmed, inheritedTags(settings, platform))) own[platform] = trimmed;
    }
    return { ...link, tags: own };
  });
  return { ...settings, links };
}

/** Switches a program on (keeping its parameters) so that the widget has a state to show for it. */
export function enableProgram(settings: Settings, programId: string): Settings {
  const current = settings.programs[programId];
  if (current?.enabled) return settings;
  return {
    ...settings,
    programs: { ...settings.programs, [programId]: { enabled: true, params: current?.params ?? {} } },
  };
}

export function addAllowedHost(settings: Settings, host: string): Settings {
  const h = host.trim().toLowerCase();
  if (settings.allowedHosts.includes(h)) return settings;
  return { ...settings, allowedHosts: [...settings.allowedHosts, h] };
}

export function removeAllowedHost(settings: Settings, host: string): Settings {
  return { ...settings, allowedHosts: settings.allowedHosts.filter((h) => h !== host) };
}

export function setLocale(settings: Settings, locale: Settings['locale']): Settings {
  return { ...settings, locale };
}
