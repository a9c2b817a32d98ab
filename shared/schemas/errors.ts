import type { z } from 'zod';

/** A validation problem with the field it concerns, written the way a user reads a path: `tiers[0].target`. */
export interface FieldError {
  field: string;
  message: string;
}

export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out;
}

export function fieldErrors(error: z.ZodError): FieldError[] {
  return error.issues.map((issue) => ({ field: formatPath(issue.path) || '(root)', message: issue.message }));
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; errors: FieldError[] };

/** Parse with a schema and return errors that name the bad field instead of throwing. */
export function parseWith<T>(schema: z.ZodType<T>, input: unknown): Parsed<T> {
  const r = schema.safeParse(input);
  return r.success ? { ok: true, value: r.data } : { ok: false, errors: fieldErrors(r.error) };
}

/** Field errors as one line, `field: message; …` (a message without a field stands alone). */
export function fieldErrorsText(errors: readonly FieldError[]): string {
  return errors.map((e) => (e.field ? `${e.field}: ${e.message}` : e.message)).join('; ');
}
