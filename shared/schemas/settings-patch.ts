import { z } from 'zod';
import { idSchema, slugSchema } from './common';
import { referralLinkSchema } from './link';
import { programDefinitionSchema } from './program';
import { programSettingsSchema, type Settings, settingsSchema } from './settings';

// Settings change through small patches, never by saving the whole record: Options, the popup and
// the dashboard's Programs view can be open at once, and each holds the settings as they were when
// it loaded them. A page sends what it changed — this link, that program's switch, the language —
// each change with the value it started from, and the store applies the patch in one transaction:
//
// - when nobody wrote in between (the patch's base revision is the stored one), as it is;
// - otherwise change by change: a field still holding the change's `from` takes its `to`, a field
//   already holding `to` stays, and a field someone else changed to a third value is a conflict,
//   refused with the names of those fields (nothing of the patch is applied).
//
// So two pages editing different things never undo each other, and the same thing edited twice is
// said, not lost.

/** Top-level fields changed whole. Links, programs and custom programs change one entry at a time. */
export const WHOLE_FIELDS = ['locale', 'defaultLinkId', 'tagPresets', 'allowedHosts', 'member'] as const;
export type WholeField = (typeof WHOLE_FIELDS)[number];

const wholeChange = z.strictObject({
  op: z.literal('field'),
  key: z.enum(WHOLE_FIELDS),
  from: z.unknown(),
  to: z.unknown(),
});
const linkChange = z.strictObject({
  op: z.literal('link'),
  id: idSchema,
  from: referralLinkSchema.nullable(),
  to: referralLinkSchema.nullable(),
});
/** The order of the links (ids), when it changed: the pages show them in this order. */
const linkOrderChange = z.strictObject({
  op: z.literal('link-order'),
  from: z.array(idSchema).max(500),
  to: z.array(idSchema).max(500),
});
const programChange = z.strictObject({
  op: z.literal('program'),
  id: slugSchema,
  from: programSettingsSchema.nullable(),
  to: programSettingsSchema.nullable(),
});
const customProgramChange = z.strictObject({
  op: z.literal('custom-program'),
  id: slugSchema,
  from: programDefinitionSchema.nullable(),
  to: programDefinitionSchema.nullable(),
});

export const settingsChangeSchema = z.discriminatedUnion('op', [
  wholeChange,
  linkChange,
  linkOrderChange,
  programChange,
  customProgramChange,
]);
export type SettingsChange = z.infer<typeof settingsChangeSchema>;

export const settingsPatchSchema = z.strictObject({
  /** The revision of the settings the page started from (0: never saved). */
  base: z.number().int().min(0),
  changes: z.array(settingsChangeSchema).max(1_000),
});
export type SettingsPatch = z.infer<typeof settingsPatchSchema>;

/** Structural equality of JSON-like values (settings are plain data). */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') {
    // An absent optional field and `undefined` are the same setting.
    return a === undefined ? b === undefined : false;
  }
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const bs = b as unknown[];
    return a.length === bs.length && a.every((x, i) => sameValue(x, bs[i]));
  }
  const ao = a as Record<string, unknown>;
  const bo = b as Record<string, unknown>;
  const keys = new Set([...Object.keys(ao), ...Object.keys(bo)]);
  for (const k of keys) if (!sameValue(ao[k], bo[k])) return false;
  return true;
}

type Entry = { id: string };

function byId<T extends Entry>(list: readonly T[]): Map<string, T> {
  return new Map(list.map((x) => [x.id, x]));
}

/** What changed from `before` to `after`, as the smallest patch that makes one into the other. */
export function diffSettings(before: Settings, after: Settings, base: number): SettingsPatch {
  const changes: SettingsChange[] = [];
  for (const key of WHOLE_FIELDS)
    if (!sameValue(before[key], after[key]))
      changes.push({ op: 'field', key, from: before[key], to: after[key] });

  const oldLinks = byId(before.links);
  const newLinks = byId(after.links);
  for (const [id, link] of newLinks) {
    const was = oldLinks.get(id) ?? null;
    if (!sameValue(was, link)) changes.push({ op: 'link', id, from: was, to: link });
  }
  for (const [id, link] of oldLinks)
    if (!newLinks.has(id)) changes.push({ op: 'link', id, from: link, to: null });
  const oldOrder = before.links.map((l) => l.id).filter((id) => newLinks.has(id));
  const newOrder = after.links.map((l) => l.id).filter((id) => oldLinks.has(id));
  if (!sameValue(oldOrder, newOrder)) changes.push({ op: 'link-order', from: oldOrder, to: newOrder });

  const ids = new Set([...Object.keys(before.programs), ...Object.keys(after.programs)]);
  for (const id of ids) {
    const was = before.programs[id] ?? null;
    const now = after.programs[id] ?? null;
    if (!sameValue(was, now)) changes.push({ op: 'program', id, from: was, to: now });
  }
  const oldCustom = byId(before.customPrograms);
  const newCustom = byId(after.customPrograms);
  for (const [id, def] of newCustom) {
    const was = oldCustom.get(id) ?? null;
    if (!sameValue(was, def)) changes.push({ op: 'custom-program', id, from: was, to: def });
  }
  for (const [id, def] of oldCustom)
    if (!newCustom.has(id)) changes.push({ op: 'custom-program', id, from: def, to: null });
  return { base, changes };
}

/** A patch that cannot be applied: the changes whose fields someone else changed meanwhile. */
export class SettingsConflict extends Error {
  /** The store's refusal, not a storage failure: passed on as it is. */
  readonly refusal = true;
  readonly fields: readonly string[];
  constructor(readonly changes: readonly SettingsChange[]) {
    const fields = changes.map(nameOf);
    super(`changed meanwhile in another page: ${fields.join(', ')}`);
    this.name = 'SettingsConflict';
    this.fields = fields;
  }
}

function upsert<T extends Entry>(list: readonly T[], id: string, value: T | null): T[] {
  const i = list.findIndex((x) => x.id === id);
  if (value === null) return i === -1 ? [...list] : [...list.slice(0, i), ...list.slice(i + 1)];
  if (i === -1) return [...list, value];
  return [...list.slice(0, i), value, ...list.slice(i + 1)];
}

function currentOf(settings: Settings, change: SettingsChange): unknown {
  switch (change.op) {
    case 'field':
      return settings[change.key];
    case 'link':
      return settings.links.find((l) => l.id === change.id) ?? null;
    case 'link-order': {
      const wanted = new Set(change.from);
      return settings.links.map((l) => l.id).filter((id) => wanted.has(id));
    }
    case 'program':
      return settings.programs[change.id] ?? null;
    case 'custom-program':
      return settings.customPrograms.find((p) => p.id === change.id) ?? null;
  }
}

/** A change's field, in the settings' own terms (`programs[x]`): for logs and tests. */
export function nameOf(change: SettingsChange): string {
  switch (change.op) {
    case 'field':
      return change.key;
    case 'link':
      return `links[${change.id}]`;
    case 'link-order':
      return 'links (order)';
    case 'program':
      return `programs[${change.id}]`;
    case 'custom-program':
      return `customPrograms[${change.id}]`;
  }
}

function applyOne(settings: Settings, change: SettingsChange): Settings {
  switch (change.op) {
    case 'field':
      return { ...settings, [change.key]: change.to };
    case 'link':
      return { ...settings, links: upsert(settings.links, change.id, change.to) };
    case 'link-order': {
      // The listed links take the new order in the places they held; others stay where they are.
      const moved = new Set(change.to);
      const order = [...change.to];
      const byLink = byId(settings.links);
      const links = settings.links.map((l) =>
        moved.has(l.id) ? (byLink.get(order.shift() as string) ?? l) : l,
      );
      return { ...settings, links };
    }
    case 'program': {
      const programs = { ...settings.programs };
      if (change.to === null) delete programs[change.id];
      else programs[change.id] = change.to;
      return { ...settings, programs };
    }
    case 'custom-program':
      return { ...settings, customPrograms: upsert(settings.customPrograms, change.id, change.to) };
  }
}

/**
 * `current` (stored at `revision`) with the patch applied, parsed again with settingsSchema. Throws
 * SettingsConflict when a field the patch changes was changed meanwhile to another value.
 */
export function applySettingsPatch(current: Settings, revision: number, patch: SettingsPatch): Settings {
  let next = current;
  const conflicts: SettingsChange[] = [];
  for (const change of patch.changes) {
    if (patch.base !== revision) {
      const now = currentOf(next, change);
      if (sameValue(now, change.to)) continue;
      if (!sameValue(now, change.from)) {
        conflicts.push(change);
        continue;
      }
    }
    next = applyOne(next, change);
  }
  if (conflicts.length > 0) throw new SettingsConflict(conflicts);
  return settingsSchema.parse(next);
}
