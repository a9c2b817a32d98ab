import { eventsFromColumns, eventsToColumns, resultsFromColumns, resultsToColumns } from '../import/columns';
import { decodeUtf8, type ParsedImport, parseImportText, unusableFile } from '../import/parse-file';
import type { ImportReply, ImportRequest, WireImport } from './protocol';

export function toWire(file: ParsedImport): WireImport {
  return { ...file, events: eventsToColumns(file.events), results: resultsToColumns(file.results) };
}

export function fromWire(file: WireImport): ParsedImport {
  return { ...file, events: eventsFromColumns(file.events), results: resultsFromColumns(file.results) };
}

/** Largest file read: beyond this a browser tab runs short of memory long before the import ends. */
export const MAX_IMPORT_BYTES = 512 * 1024 * 1024;

/** Reads and checks each file in turn, reporting progress; the import worker's logic. */
export async function parseSources(
  request: ImportRequest,
  post: (reply: ImportReply) => void,
): Promise<void> {
  const files: ParsedImport[] = [];
  /** Where the time went, for the benchmark and the browser's performance panel. */
  const timings: { name: string; ms: number }[] = [];
  const count = request.sources.length;
  for (let i = 0; i < count; i++) {
    const source = request.sources[i] as ImportRequest['sources'][number];
    let text = source.text;
    if (text === undefined && source.file) {
      if (source.file.size > MAX_IMPORT_BYTES) {
        files.push(unusableFile(source.name, `the file is larger than ${MAX_IMPORT_BYTES / 1024 / 1024} MB`));
        continue;
      }
      const t0 = performance.now();
      const bytes = await source.file.arrayBuffer();
      const t1 = performance.now();
      const decoded = decodeUtf8(bytes);
      timings.push(
        { name: `read ${source.name}`, ms: t1 - t0 },
        { name: `decode ${source.name}`, ms: performance.now() - t1 },
      );
      if (!decoded.ok) {
        files.push(unusableFile(source.name, decoded.message));
        continue;
      }
      text = decoded.text;
    }
    const t2 = performance.now();
    files.push(
      parseImportText(source.name, text ?? '', {
        onProgress: (progress) => post({ type: 'progress', id: request.id, file: i, files: count, progress }),
      }),
    );
    timings.push({ name: `parse ${source.name}`, ms: performance.now() - t2 });
  }
  const t3 = performance.now();
  const wire = files.map(toWire);
  timings.push({ name: 'to columns', ms: performance.now() - t3 });
  post({ type: 'parsed', id: request.id, files: wire, timings });
}
