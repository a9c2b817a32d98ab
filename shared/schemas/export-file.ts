import { z } from 'zod';
import { instantSchema } from './common';
import { promotionEventSchema } from './event';
import { resultEntrySchema } from './result';
import { settingsSchema } from './settings';

// The file a creator exports and a team lead imports. Every version ever released keeps its schema
// here and a migration to the next one (io/export-json.ts walks them); a version is never edited.

export const EXPORT_FORMAT = 'promo-ledger';
export const EXPORT_VERSION = 1;

export const exportFileV1Schema = z.strictObject({
  format: z.literal(EXPORT_FORMAT),
  version: z.literal(1),
  exportedAt: instantSchema,
  /** What the export was filtered by, for the reader's information. */
  filter: z.record(z.string(), z.string()).optional(),
  events: z.array(promotionEventSchema),
  results: z.array(resultEntrySchema),
  settings: settingsSchema.optional(),
});

export const exportFileSchema = exportFileV1Schema;
export type ExportFile = z.infer<typeof exportFileSchema>;

/** Just enough to tell which version's schema to parse a file with. */
export const exportHeaderSchema = z.looseObject({
  format: z.literal(EXPORT_FORMAT, {
    message: `not a Promo Ledger export (expected "format": "${EXPORT_FORMAT}")`,
  }),
  version: z.int().min(1),
});
