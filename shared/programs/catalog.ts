import { type FieldError, type Parsed, parseWith } from '../schemas/errors';
import {
  type ProgramDefinition,
  type ProgramDefinitionInput,
  programDefinitionSchema,
} from '../schemas/program';
import type { Settings } from '../schemas/settings';
import { breakthroughBonus } from './breakthrough-bonus';
import { brandedContentCommission } from './commission';
import { exclusiveContentDeal } from './exclusive-content-deal';
import { facebookReelsChallenges } from './facebook-reels-challenges';
import { facebookStars } from './facebook-stars';
import { instagramGifts } from './instagram-gifts';
import { instagramLiveBadges } from './instagram-live-badges';
import { instagramReferrals2025 } from './instagram-referrals-2025';
import { liveMilestones2021 } from './live-milestones-2021';
import { liveTips } from './live-tips';
import { starsChallenges2021 } from './stars-challenges-2021';
import { tiktokInviteRewards } from './tiktok-invite-rewards';

/** The one ordered list of catalog programs: referrals first, then bonuses and deals, fan payments, challenges. */
const DEFINITIONS: readonly ProgramDefinitionInput[] = [
  instagramReferrals2025,
  tiktokInviteRewards,
  breakthroughBonus,
  exclusiveContentDeal,
  facebookStars,
  instagramLiveBadges,
  instagramGifts,
  liveTips,
  liveMilestones2021,
  starsChallenges2021,
  facebookReelsChallenges,
  brandedContentCommission,
];

/**
 * Never open: changing `id` would orphan the program's settings and results, changing `kind` swaps the
 * whole rule, and `openParameters` would let a parameter open itself.
 */
const NEVER_OPEN: ReadonlySet<string> = new Set(['id', 'kind', 'openParameters']);

/** Top-level fields of each kind of program, read off the schema so that they cannot drift from it. */
const FIELDS_BY_KIND: ReadonlyMap<string, ReadonlySet<string>> = new Map(
  programDefinitionSchema.options.map((option) => [
    option.shape.kind.value,
    new Set(Object.keys(option.shape)),
  ]),
);

/** Problems with a definition's `openParameters`: each must be a top-level field its kind has, listed once. */
export function openParameterErrors(def: ProgramDefinition): FieldError[] {
  const fields = FIELDS_BY_KIND.get(def.kind) ?? new Set<string>();
  const seen = new Set<string>();
  const errors: FieldError[] = [];
  def.openParameters.forEach((name, i) => {
    const field = `openParameters[${i}]`;
    if (NEVER_OPEN.has(name)) errors.push({ field, message: `${name} cannot be an open parameter` });
    else if (!fields.has(name))
      errors.push({ field, message: `${name} is not a field of a ${def.kind} program` });
    else if (seen.has(name)) errors.push({ field, message: `${name} is listed twice` });
    seen.add(name);
  });
  return errors;
}

/** Frozen all the way down, so that no caller can change the catalog another caller reads. */
function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object') {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}

function parseCatalogEntry(input: ProgramDefinitionInput): ProgramDefinition {
  const parsed = parseWith(programDefinitionSchema, input);
  const errors = parsed.ok ? openParameterErrors(parsed.value) : parsed.errors;
  if (!parsed.ok || errors.length > 0) {
    // A broken catalog entry is a programming error: fail loudly at load, naming the program and field.
    throw new Error(
      `catalog program ${input.id}: ${errors.map((e) => `${e.field}: ${e.message}`).join('; ')}`,
    );
  }
  return parsed.value;
}

export const CATALOG: readonly ProgramDefinition[] = deepFreeze(DEFINITIONS.map(parseCatalogEntry));

const BY_ID: ReadonlyMap<string, ProgramDefinition> = new Map(CATALOG.map((def) => [def.id, def]));

export function findProgram(id: string): ProgramDefinition | undefined {
  return BY_ID.get(id);
}

/**
 * The definition with the user's values for its open parameters. A value replaces the field as a whole
 * (a new `window` or `payout` is given in full); `undefined` keeps the default. The result is parsed
 * afresh, so a bad value comes back as an error on its field (`capCents`, `window.end`) and a parameter
 * that is not open as an error on its own name.
 */
export function resolveProgram(
  def: ProgramDefinition,
  params: Record<string, unknown>,
): Parsed<ProgramDefinition> {
  const open = new Set(def.openParameters.filter((name) => !NEVER_OPEN.has(name)));
  const errors: FieldError[] = [];
  const overrides: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(params)) {
    if (!open.has(name)) {
      const list = open.size > 0 ? [...open].join(', ') : 'none';
      errors.push({
        field: name,
        message: `${name} is not an open parameter of ${def.name} (open parameters: ${list})`,
      });
    } else if (value !== undefined) {
      overrides[name] = value;
    }
  }
  if (errors.length > 0) return { ok: false, errors };
  return parseWith(programDefinitionSchema, { ...def, ...overrides });
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/**
 * A program the user defines, as JSON text or an already parsed value. Errors name the field the way a
 * user reads it (`tiers[0].target`); invalid JSON is one error on `(root)` with the parser's message.
 * Without a `confidence` the program is tagged `user`.
 */
export function parseCustomProgram(json: unknown): Parsed<ProgramDefinition> {
  let input: unknown = json;
  if (typeof json === 'string') {
    try {
      input = JSON.parse(json);
    } catch (e) {
      return {
        ok: false,
        errors: [{ field: '(root)', message: e instanceof Error ? e.message : String(e) }],
      };
    }
  }
  if (!isPlainObject(input)) {
    return { ok: false, errors: [{ field: '(root)', message: 'expected an object describing one program' }] };
  }

  const errors: FieldError[] = [];
  const catalogProgram = typeof input.id === 'string' ? findProgram(input.id) : undefined;
  if (catalogProgram) {
    errors.push({
      field: 'id',
      message: `${catalogProgram.id} is already the id of ${catalogProgram.name} in the catalog: choose another id`,
    });
  }
  const parsed = parseWith(programDefinitionSchema, input);
  if (!parsed.ok) return { ok: false, errors: [...errors, ...parsed.errors] };
  errors.push(...openParameterErrors(parsed.value));
  return errors.length > 0 ? { ok: false, errors } : parsed;
}

export interface ProgramErrors {
  programId: string;
  errors: FieldError[];
}

/**
 * The one resolver of a program's effective definition: the catalog's or the custom definition
 * with the user's parameters applied, enabled or not — what the widget, the dashboard and the
 * report all compute with. Invalid parameters (or an invalid custom definition) give their errors,
 * never the catalog's defaults in silence; null when no program has that id.
 */
export function effectiveProgram(settings: Settings, programId: string): Parsed<ProgramDefinition> | null {
  const params = settings.programs[programId]?.params ?? {};
  const catalog = BY_ID.get(programId);
  if (catalog) return resolveProgram(catalog, params);
  const custom = settings.customPrograms.find((p) => p.id === programId);
  return custom ? resolveCustom(custom, params) : null;
}

/** A custom definition with the user's parameters: its own errors first (id clashes, open fields). */
function resolveCustom(custom: unknown, params: Record<string, unknown>): Parsed<ProgramDefinition> {
  const checked = parseCustomProgram(custom);
  return checked.ok ? resolveProgram(checked.value, params) : checked;
}

/**
 * The programs to compute: enabled catalog programs (in catalog order), then custom programs (enabled
 * unless switched off), each with the user's parameters applied. Nothing throws: a program whose
 * definition or parameters are invalid is left out and reported, and so is a settings entry whose id
 * names no program (even a disabled one, so the dashboard can offer to remove it).
 */
export function activePrograms(settings: Settings): {
  programs: ProgramDefinition[];
  errors: ProgramErrors[];
} {
  const programs: ProgramDefinition[] = [];
  const errors: ProgramErrors[] = [];
  const add = (programId: string, result: Parsed<ProgramDefinition>) => {
    if (result.ok) programs.push(result.value);
    else errors.push({ programId, errors: result.errors });
  };

  for (const def of CATALOG)
    if (settings.programs[def.id]?.enabled)
      add(def.id, effectiveProgram(settings, def.id) as Parsed<ProgramDefinition>);

  const customIds = new Set<string>();
  for (const custom of settings.customPrograms) {
    if (customIds.has(custom.id)) {
      errors.push({
        programId: custom.id,
        errors: [{ field: 'id', message: `another custom program already has the id ${custom.id}` }],
      });
      continue;
    }
    customIds.add(custom.id);
    if (settings.programs[custom.id]?.enabled === false) continue;
    // Settings were parsed with the schema alone: effectiveProgram checks what only the catalog
    // knows (id clashes, open fields).
    add(custom.id, resolveCustom(custom, settings.programs[custom.id]?.params ?? {}));
  }

  for (const id of Object.keys(settings.programs)) {
    if (!BY_ID.has(id) && !customIds.has(id)) {
      errors.push({
        programId: id,
        errors: [{ field: 'id', message: `no catalog or custom program has the id ${id}` }],
      });
    }
  }
  return { programs, errors };
}
