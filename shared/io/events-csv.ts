import { EVENT_PLAIN_TESTS, type PromotionEvent, promotionEventSchema } from '../schemas/event';
import { CsvText, isPlainCell } from './csv';
import { type CsvImportOptions, importCsvTable, lowerCase, type RowError } from './csv-table';

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
  /** Every problem found (errors lists up to maxErrors, then sums up the rest). */
  errorCount: number;
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
  const { items, errors, errorCount, rows } = importCsvTable<PromotionEvent, EventsCsvColumn>(
    text,
    {
      columns: EVENTS_CSV_COLUMNS,
      required: REQUIRED,
      schema: promotionEventSchema,
      keyOf: (e) => [e.id],
      make(v) {
        const e = {
          id: v[0],
          time: v[1],
          platform: v[2],
          surface: v[3],
          action: v[4],
          linkId: v[5],
          pageUrl: v[6],
        } as PromotionEvent;
        if (v[7] !== undefined) e.member = v[7] as string;
        return e;
      },
      fields: {
        id: { column: 'id', accepts: EVENT_PLAIN_TESTS.id },
        time: { column: 'time', accepts: EVENT_PLAIN_TESTS.time },
        platform: { column: 'platform', convert: lowerCase },
        surface: { column: 'surface', convert: lowerCase },
        action: { column: 'action', convert: lowerCase },
        linkId: { column: 'linkId', accepts: EVENT_PLAIN_TESTS.linkId },
        pageUrl: { column: 'pageUrl' },
        member: { column: 'member' },
      },
    },
    options,
  );
  return { events: items, errors, errorCount, rows };
}
