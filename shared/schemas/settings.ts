import { z } from 'zod';
import { idSchema, memberSchema, platformSchema, slugSchema } from './common';
import { DEFAULT_TAG_PRESET, referralLinkSchema, tagPresetSchema } from './link';
import { programDefinitionSchema } from './program';

export const DEFAULT_PROGRAM_ID = 'instagram-referrals-2025';

/** A host name the user allows as a link target besides Instagram and Facebook (e.g. linktr.ee). */
export const hostSchema = z
  .string()
  .trim()
  .toLowerCase()
  .max(253)
  .regex(/^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/, {
    message: 'expected a host name such as linktr.ee',
  });

/** A program's switch and the values the user gave its open parameters (checked against the definition). */
export const programSettingsSchema = z.strictObject({
  enabled: z.boolean().default(false),
  params: z.record(z.string().max(64), z.unknown()).default({}),
});
export type ProgramSettings = z.infer<typeof programSettingsSchema>;

export const SETTINGS_VERSION = 1;

export const settingsSchema = z.strictObject({
  version: z.literal(SETTINGS_VERSION).default(SETTINGS_VERSION),
  locale: z.enum(['auto', 'en', 'fr']).default('auto'),
  links: z.array(referralLinkSchema).default([]),
  defaultLinkId: idSchema.nullable().default(null),
  tagPresets: z.partialRecord(platformSchema, tagPresetSchema).default({}),
  allowedHosts: z.array(hostSchema).max(50).default([]),
  programs: z
    .record(slugSchema, programSettingsSchema)
    .default({ [DEFAULT_PROGRAM_ID]: { enabled: true, params: {} } }),
  customPrograms: z.array(programDefinitionSchema).default([]),
  /** Who this creator is in a team's merged log. */
  member: memberSchema.optional(),
});
export type Settings = z.infer<typeof settingsSchema>;

export function defaultSettings(): Settings {
  return settingsSchema.parse({});
}

/**
 * `current` with the programs of `source` (which are enabled, their parameters, custom programs): what
 * "use the programs and parameters saved in this file" applies when a teammate's export is imported.
 * Everything else — the creator's links, tags, allowed sites, language, member name — stays theirs.
 */
export function withProgramsOf(current: Settings, source: Settings): Settings {
  return { ...current, programs: source.programs, customPrograms: source.customPrograms };
}

export { DEFAULT_TAG_PRESET };
