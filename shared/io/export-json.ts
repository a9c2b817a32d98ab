import { z } from 'zod';
import type { FieldError } from '../schemas/errors';
import { type PromotionEvent, promotionEventSchema } from '../schemas/event';
import {
  EXPORT_FORMAT,
  EXPORT_VERSION,
  type ExportFile,
  exportFileV1Schema,
  exportHeaderSchema,
} from '../schemas/export-file';
import { referralLinkSchema, tagPresetSchema } from '../schemas/link';
import { type ResultEntry, resultEntrySchema, resultKey } from '../schemas/result';
import { type Settings, settingsSchema } from '../schemas/settings';
import { errorText } from './csv';
import { DEFAULT_MAX_ERRORS, FILE_FIELD } from './csv-table';
import { issuesToFieldErrors, safeParseFriendly } from './issues';

/** Turns a file of version N into version N + 1; never edited once released (export-file.ts). */
export type ExportMigration = (raw: unknown) => unknown;
export type ExportMigrations = Readonly<Record<number, ExportMigration>>;

/** Version 1 is the first released format, so nothing to upgrade yet; v1 → v2 goes under key 1. */
export const EXPORT_MIGRATIONS: ExportMigrations = {};

export interface ExportInput {
  events: readonly PromotionEvent[];
  results: readonly ResultEntry[];
  settings?: Settings;
  filter?: Readonly<Record<string, string>>;
  exportedAt: Date | string;
}

export function buildExportFile(input: ExportInput): ExportFile {
  const file: ExportFile = {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: typeof input.exportedAt === 'string' ? input.exportedAt : input.exportedAt.toISOString(),
    events: [...input.events],
    results: [...input.results],
  };
  if (input.filter !== undefined) file.filter = { ...input.filter };
  if (input.settings !== undefined) file.settings = input.settings;
  return file;
}

// Keys are written in schema order (format, version, … / id, time, platform, …) wherever a schema
// names them, and alphabetically otherwise (filters, per-platform tags, program parameters), so the
// same data always gives the same bytes whatever order its objects were built in.
const KEY_RANK = new Map<string, number>();
for (const keys of [
  Object.keys(exportFileV1Schema.shape),
  Object.keys(promotionEventSchema.shape),
  Object.keys(resultEntrySchema.shape),
  Object.keys(settingsSchema.shape),
  Object.keys(referralLinkSchema.shape),
  Object.keys(tagPresetSchema.shape),
]) {
  for (const key of keys) if (!KEY_RANK.has(key)) KEY_RANK.set(key, KEY_RANK.size);
}

function compareKeys(a: string, b: string): number {
  const ra = KEY_RANK.get(a) ?? Number.MAX_SAFE_INTEGER;
  const rb = KEY_RANK.get(b) ?? Number.MAX_SAFE_INTEGER;
  if (ra !== rb) return ra - rb;
  return a < b ? -1 : a > b ? 1 : 0;
}

function orderKeys(_key: string, value: unknown): unknown {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return value;
  const record = value as Record<string, unknown>;
  // fromEntries defines properties, so a `__proto__` key stays data and never becomes a prototype.
  return Object.fromEntries(
    Object.keys(record)
      .sort(compareKeys)
      .map((k) => [k, record[k]]),
  );
}

/** The export as pretty, stable JSON (two-space indent, a final newline). */
export function serializeExport(file: ExportFile): string {
  return `${JSON.stringify(file, orderKeys, 2)}\n`;
}

export type ExportParse =
  | {
      ok: true;
      file: ExportFile;
      /** The file's version when it was upgraded on the way in. */
      migratedFrom?: number;
      /** Items and fields left out because they are invalid, e.g. `events[12].time`. */
      rejected: FieldError[];
    }
  | { ok: false; errors: FieldError[] };

export interface ParseExportOptions {
  /** Upgrades by the version they start from; tests inject their own. */
  migrations?: ExportMigrations;
  /** How many rejected fields to list before summing up the rest. */
  maxErrors?: number;
}

const headerSchema = exportHeaderSchema.extend({
  // Any whole number, so that files older than the oldest migration get a clear message below.
  version: z.int({ message: 'expected a whole-number version' }),
});

const envelopeSchema = exportFileV1Schema.pick({
  format: true,
  version: true,
  exportedAt: true,
  filter: true,
});
const TOP_LEVEL_KEYS: ReadonlySet<string> = new Set(Object.keys(exportFileV1Schema.shape));

/**
 * Read an export file. `ok: false` only when the file as a whole can't be used (not JSON, not ours,
 * from a newer version, no way to upgrade it); otherwise each event and result is checked on its
 * own, the good ones kept and the bad ones listed in `rejected`. Never throws.
 *
 * `JSON.parse` defines `__proto__` as an ordinary own key (it never sets a prototype); strict schemas
 * then reject it as an unexpected field and zod's records skip it, so nothing can be polluted.
 */
export function parseExportFile(text: string, options: ParseExportOptions = {}): ExportParse {
  try {
    return readExport(text, options);
  } catch (err) {
    // Last line of defence for R7 (e.g. a stack overflow on absurdly nested JSON): report, don't throw.
    return fail(FILE_FIELD, `could not read the file: ${errorText(err)}`);
  }
}

function readExport(text: string, options: ParseExportOptions): ExportParse {
  const input = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  let raw: unknown;
  try {
    raw = JSON.parse(input);
  } catch (err) {
    return fail(FILE_FIELD, `this is not valid JSON: ${errorText(err)}`);
  }
  if (!isPlainObject(raw)) return notOurs();
  const header = safeParseFriendly(headerSchema, raw);
  if (!header.success) return { ok: false, errors: issuesToFieldErrors(header.error) };

  const version = header.data.version;
  if (version > EXPORT_VERSION) {
    return fail(
      'version',
      `made by a newer Promo Ledger (file version ${version}, this one reads up to ${EXPORT_VERSION}); update to import it`,
    );
  }
  const migrations = options.migrations ?? EXPORT_MIGRATIONS;
  let current: unknown = raw;
  for (let v = version; v < EXPORT_VERSION; v++) {
    const migrate = Object.hasOwn(migrations, v) ? migrations[v] : undefined;
    if (migrate === undefined) {
      return fail('version', `Promo Ledger never wrote version ${version} files, so this one can't be read`);
    }
    try {
      current = migrate(current);
    } catch (err) {
      return fail('version', `could not upgrade this file from version ${v}: ${errorText(err)}`);
    }
  }
  if (!isPlainObject(current)) return notOurs();

  const result = readV1(current, options.maxErrors ?? DEFAULT_MAX_ERRORS);
  if (!result.ok || version === EXPORT_VERSION) return result;
  return { ...result, migratedFrom: version };
}

function readV1(obj: Record<string, unknown>, maxErrors: number): ExportParse {
  const rejected = new FieldErrorList(maxErrors);
  for (const key of Object.keys(obj)) {
    if (!TOP_LEVEL_KEYS.has(key)) rejected.add({ field: key, message: 'unexpected field' });
  }
  const envelope = safeParseFriendly(envelopeSchema, {
    format: obj.format,
    version: obj.version,
    exportedAt: obj.exportedAt,
    filter: obj.filter,
  });
  if (!envelope.success) return { ok: false, errors: issuesToFieldErrors(envelope.error) };

  const events = readItems(obj.events, 'events', promotionEventSchema, rejected, (e) => e.id, 'id');
  const results = readItems(
    obj.results,
    'results',
    resultEntrySchema,
    rejected,
    resultKey,
    'day, program, metric, platform and member',
  );
  if (!events.ok) return events;
  if (!results.ok) return results;

  const file: ExportFile = {
    format: envelope.data.format,
    version: envelope.data.version,
    exportedAt: envelope.data.exportedAt,
    events: events.items,
    results: results.items,
  };
  if (envelope.data.filter !== undefined) file.filter = envelope.data.filter;
  if (obj.settings !== undefined) {
    // Bad settings are left out rather than sinking the events and results that came with them.
    const settings = safeParseFriendly(settingsSchema, obj.settings);
    if (settings.success) file.settings = settings.data;
    else for (const e of issuesToFieldErrors(settings.error, ['settings'])) rejected.add(e);
  }
  return { ok: true, file, rejected: rejected.finish() };
}

/**
 * The items of one list, each checked; an item repeating the key of an earlier one (an event id, a
 * result's day, program, metric, platform and member) is rejected and reported at its index, as
 * the CSV import reports a repeated row: two readings of one fact in one file is a mistake the
 * user should see, whichever of them is right.
 */
function readItems<T>(
  value: unknown,
  name: string,
  schema: z.ZodType<T>,
  rejected: FieldErrorList,
  keyOf: (item: T) => string,
  /** What the key is, in words ("id"). */
  keyWords: string,
): { ok: true; items: T[] } | { ok: false; errors: FieldError[] } {
  if (value === undefined) return fail(name, 'required');
  if (!Array.isArray(value)) return fail(name, 'expected a list');
  const items: T[] = [];
  const first = new Map<string, { index: number; item: T }>();
  for (let i = 0; i < value.length; i++) {
    const r = safeParseFriendly(schema, value[i]);
    if (!r.success) {
      for (const e of issuesToFieldErrors(r.error, [name, i])) rejected.add(e);
      continue;
    }
    const key = keyOf(r.data);
    const earlier = first.get(key);
    if (earlier) {
      const same = JSON.stringify(earlier.item) === JSON.stringify(r.data);
      rejected.add({
        field: `${name}[${i}]`,
        message: same
          ? `repeats ${name}[${earlier.index}]`
          : `has the same ${keyWords} as ${name}[${earlier.index}] but different content`,
      });
      continue;
    }
    first.set(key, { index: i, item: r.data });
    items.push(r.data);
  }
  return { ok: true, items };
}

/** Field errors up to a limit, then one line for the rest. */
export class FieldErrorList {
  private readonly errors: FieldError[] = [];
  private omitted = 0;

  constructor(private readonly max: number) {}

  add(error: FieldError): void {
    if (this.errors.length < this.max) this.errors.push(error);
    else this.omitted++;
  }

  finish(): FieldError[] {
    if (this.omitted > 0)
      this.errors.push({ field: FILE_FIELD, message: `${this.omitted} more problems not listed` });
    return this.errors;
  }
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function notOurs(): { ok: false; errors: FieldError[] } {
  return fail(
    FILE_FIELD,
    `not a Promo Ledger export (expected a JSON object with "format": "${EXPORT_FORMAT}")`,
  );
}

function fail(field: string, message: string): { ok: false; errors: FieldError[] } {
  return { ok: false, errors: [{ field, message }] };
}
