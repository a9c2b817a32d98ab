import { z } from 'zod';
import { parseCustomProgram } from '../programs/catalog';
import { slugSchema } from '../schemas/common';
import { type FieldError, fieldErrors } from '../schemas/errors';
import type { ProgramDefinition } from '../schemas/program';
import { programSettingsSchema, type Settings } from '../schemas/settings';

// A programs file says which programs to run and with what parameters, and may define custom ones:
//   { "programs": { "facebook-stars": { "enabled": true } }, "customPrograms": [ { … } ] }
// A bare program definition, or an array of them, is accepted too.

const programsFileSchema = z.strictObject({
  programs: z.record(slugSchema, programSettingsSchema).optional(),
  customPrograms: z.array(z.unknown()).optional(),
});

export interface ProgramsFile {
  programs: Settings['programs'];
  customPrograms: ProgramDefinition[];
}

export function parseProgramsFile(
  text: string,
): { ok: true; file: ProgramsFile } | { ok: false; errors: FieldError[] } {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    return { ok: false, errors: [{ field: '(root)', message: `not valid JSON: ${(e as Error).message}` }] };
  }
  const shaped = Array.isArray(raw)
    ? { customPrograms: raw }
    : raw !== null && typeof raw === 'object' && 'kind' in raw
      ? { customPrograms: [raw] }
      : raw;
  const parsed = programsFileSchema.safeParse(shaped);
  if (!parsed.success) return { ok: false, errors: fieldErrors(parsed.error) };
  const errors: FieldError[] = [];
  const customPrograms: ProgramDefinition[] = [];
  (parsed.data.customPrograms ?? []).forEach((def, i) => {
    const r = parseCustomProgram(def);
    if (r.ok) customPrograms.push(r.value);
    else
      for (const e of r.errors) errors.push({ field: `customPrograms[${i}].${e.field}`, message: e.message });
  });
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, file: { programs: parsed.data.programs ?? {}, customPrograms } };
}

/** Settings with the file's program switches and custom programs laid over them. */
export function applyProgramsFile(settings: Settings, file: ProgramsFile): Settings {
  const byId = new Map(settings.customPrograms.map((p) => [p.id, p]));
  for (const p of file.customPrograms) byId.set(p.id, p);
  return {
    ...settings,
    programs: { ...settings.programs, ...file.programs },
    customPrograms: [...byId.values()],
  };
}
