import { describeFilter, filterEvents, filterResults } from '../../extension/db/filters';
import type { LedgerFilter } from '../../extension/db/store';
import type { Day } from '../../shared/dates/days';
import { today } from '../../shared/dates/today';
import { exportEventsCsv } from '../../shared/io/events-csv';
import { buildExportFile, serializeExport } from '../../shared/io/export-json';
import { exportResultsCsv } from '../../shared/io/results-csv';
import type { PromotionEvent } from '../../shared/schemas/event';
import type { ResultEntry } from '../../shared/schemas/result';
import type { Settings } from '../../shared/schemas/settings';

// Exports through shared/io's one CSV writer (RFC 4180, CRLF, formula-safe) and its versioned JSON.

export type ExportFormat = 'events-csv' | 'results-csv' | 'json';

export interface ExportOutput {
  text: string;
  filename: string;
  mime: string;
  events: number;
  results: number;
}

export function exportData(
  data: { events: readonly PromotionEvent[]; results: readonly ResultEntry[]; settings: Settings },
  format: ExportFormat,
  filter: LedgerFilter,
  now: Date,
): ExportOutput {
  // The ledger's day, as everywhere else (shared/dates/today.ts), not UTC's.
  const stamp: Day = today(now);
  if (format === 'events-csv') {
    const events = filterEvents(data.events, filter);
    return {
      text: exportEventsCsv(events),
      filename: `promo-ledger-log-${stamp}.csv`,
      mime: 'text/csv;charset=utf-8',
      events: events.length,
      results: 0,
    };
  }
  if (format === 'results-csv') {
    const results = filterResults(data.results, filter);
    return {
      text: exportResultsCsv(results),
      filename: `promo-ledger-results-${stamp}.csv`,
      mime: 'text/csv;charset=utf-8',
      events: 0,
      results: results.length,
    };
  }
  const events = filterEvents(data.events, filter);
  const results = filterResults(data.results, filter);
  const described = describeFilter(filter);
  const file = buildExportFile({
    events,
    results,
    settings: data.settings,
    exportedAt: now,
    ...(Object.keys(described).length > 0 ? { filter: described } : {}),
  });
  return {
    text: serializeExport(file),
    filename: `promo-ledger-export-${stamp}.json`,
    mime: 'application/json',
    events: events.length,
    results: results.length,
  };
}
