import { type PromotionEvent, promotionEventSchema } from '../schemas/event';
import { writeCsv } from './csv';
import { type CsvImportOptions, importCsvTable, type RowError } from './csv-table';

export const EVENTS_CSV_COLUMNS = [
  'id',
  'time',
  'platform',
  'surface',
  'action',
  'linkId',
  'pageUrl',
  'member',
] as const;
export type EventsCsvColumn = (typeof EVENTS_CSV_COLUMNS)[number];
const REQUIRED: readonly EventsCsvColumn[] = EVENTS_CSV_COLUMNS.filter((c) => c !== 'member');

export interface EventsCsvImport {
  events: PromotionEvent[];
  errors: RowError[];
  rows: number;
}

export function exportEventsCsv(events: readonly PromotionEvent[]): string {
  const rows: (string | undefined)[][] = [[...EVENTS_CSV_COLUMNS]];
  for (const e of events)
    rows.push([e.id, e.time, e.platform, e.surface, e.action, e.linkId, e.pageUrl, e.member]);
  return writeCsv(rows);
}

/** Promotion events from CSV text written by `exportEventsCsv` (or by hand); a repeated id is reported. */
export function parseEventsCsv(text: string, options?: CsvImportOptions): EventsCsvImport {
  const { items, errors, rows } = importCsvTable<PromotionEvent, EventsCsvColumn>(
    text,
    {
      columns: EVENTS_CSV_COLUMNS,
      required: REQUIRED,
      schema: promotionEventSchema,
      keyOf: (e) => e.id,
      toCandidate(cell) {
        const candidate: Record<string, unknown> = {
          id: cell('id'),
          time: cell('time'),
          platform: cell('platform')?.toLowerCase(),
          surface: cell('surface')?.toLowerCase(),
          action: cell('action')?.toLowerCase(),
          linkId: cell('linkId'),
          pageUrl: cell('pageUrl'),
        };
        const member = cell('member');
        if (member !== undefined) candidate.member = member;
        return candidate;
      },
    },
    options,
  );
  return { events: items, errors, rows };
}
