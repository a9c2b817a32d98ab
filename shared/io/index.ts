export {
  type CsvCell,
  type CsvParseError,
  escapeFormulaCell,
  type ParsedCsv,
  parseCsv,
  unescapeFormulaCell,
  writeCsv,
} from './csv';
export {
  type CsvImportOptions,
  DEFAULT_MAX_ERRORS,
  FILE_FIELD,
  HEADER_FIELD,
  ROW_FIELD,
  type RowError,
} from './csv-table';
export { EVENTS_CSV_COLUMNS, type EventsCsvImport, exportEventsCsv, parseEventsCsv } from './events-csv';
export {
  buildExportFile,
  EXPORT_MIGRATIONS,
  type ExportInput,
  type ExportMigration,
  type ExportMigrations,
  type ExportParse,
  type ParseExportOptions,
  parseExportFile,
  serializeExport,
} from './export-json';
export { friendlyErrorMap, issuesToFieldErrors } from './issues';
export { type EventsMerge, mergeEvents, mergeResults, type RejectedItem, type ResultsMerge } from './merge';
export {
  countCandidate,
  exportResultsCsv,
  parseResultsCsv,
  RESULTS_CSV_COLUMNS,
  type ResultsCsvImport,
} from './results-csv';
