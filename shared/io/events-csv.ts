import { type PromotionEvent, promotionEventSchema } from '../schemas/event';
import { CsvText, isPlainCell } from './csv';
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
  const out = new CsvText();
  out.row(EVENTS_CSV_COLUMNS);
  for (const e of events) {
    const { id, time, platform, surface, action, linkId, pageUrl, member } = e;
    // Ids, times and enum values never need quoting; addresses and members are checked. One row
    // array less per event: a template of the cells when all are plain, csvLine otherwise.
    if (
      isPlainCell(id) &&
      isPlainCell(time) &&
      isPlainCell(linkId) &&
      isPlainCell(pageUrl) &&
      isPlainCell(member) &&
      isPlainCell(platform) &&
      isPlainCell(surface) &&
      isPlainCell(action)
    )
      out.line(`${id},${time},${platform},${surface},${action},${linkId},${pageUrl},${member ?? ''}`);
    else out.row([id, time, platform, surface, action, linkId, pageUrl, member]);
  }
  return out.toString();
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
