import type { ImportTarget } from '../../extension/db/dexie-store';
import { openImportTarget } from '../../extension/db/open-home';
import type { CommitOutcome, LedgerStore } from '../../extension/db/store';
import { eventsFromColumns, eventsToColumns, resultsFromColumns, resultsToColumns } from '../import/columns';
import {
  decodeUtf8,
  type ParsedImport,
  type ParseProgress,
  parseImportText,
  unusableFile,
} from '../import/parse-file';
import { type ImportPlan, incomingKeys, planImport } from '../import/preview';
import type { ImportChoice, ImportReply, ImportRequest, ImportSource, Timings, WireImport } from './protocol';

// The import worker's logic, also run in place where there is no Worker (unit tests): read and check
// the files, compare them with the store, and — when the worker can open the store's database itself
// (dexie-store.ts importTargetOf) — keep the rows and write them on confirmation, so that a 200,000-row
// file is never copied to the page and back (quality.md P8). Without a target the rows go to the page
// as columns (columns.ts) and the page plans and writes.

export function toWire(file: ParsedImport): WireImport {
  return { ...file, events: eventsToColumns(file.events), results: resultsToColumns(file.results) };
}

export function fromWire(file: WireImport): ParsedImport {
  return { ...file, events: eventsFromColumns(file.events), results: resultsFromColumns(file.results) };
}

/** Largest file read: beyond this a browser tab runs short of memory long before the import ends. */
export const MAX_IMPORT_BYTES = 512 * 1024 * 1024;

/** Where the time went, for the benchmark and the browser's performance panel. */
export type { Timings };

/** Reads and checks each file in turn, reporting progress per file. */
export async function readSources(
  sources: readonly ImportSource[],
  onProgress: (file: number, progress: Parameters<ParseProgress>[0]) => void,
  timings: Timings,
): Promise<ParsedImport[]> {
  const files: ParsedImport[] = [];
  for (let i = 0; i < sources.length; i++) {
    const source = sources[i] as ImportSource;
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
    files.push(parseImportText(source.name, text ?? '', { onProgress: (p) => onProgress(i, p) }));
    timings.push({ name: `parse ${source.name}`, ms: performance.now() - t2 });
  }
  return files;
}

/** What the plan needs from a store: the page's LedgerStore, or the worker's own over the same database. */
export type ImportBackend = Pick<LedgerStore, 'knownEventIds' | 'knownResults' | 'commitImport'>;

/** The files compared with what the store holds: what would be added, found already or replaced. */
export async function planFiles(
  files: readonly ParsedImport[],
  backend: ImportBackend,
  timings: Timings,
): Promise<ImportPlan> {
  const t0 = performance.now();
  const keys = incomingKeys(files);
  const [eventIds, results] = await Promise.all([
    backend.knownEventIds(keys.eventIds),
    backend.knownResults(keys.resultKeys),
  ]);
  const plan = planImport(files, { eventIds, results });
  timings.push({ name: 'plan', ms: performance.now() - t0 });
  return plan;
}

/**
 * Writes a planned import in one transaction, the file's programs with it when the user chose them
 * (dexie-store.ts commitImport): all of it or nothing.
 */
export function commitPlan(
  plan: ImportPlan,
  backend: ImportBackend,
  choice: ImportChoice,
): Promise<CommitOutcome> {
  return backend.commitImport({
    ...plan.batch,
    ...(choice.programsFrom ? { programsFrom: choice.programsFrom } : {}),
    ...(choice.replaceAll ? { replaceAll: true } : {}),
  });
}

/**
 * The import worker's message handler. A `parse` with a target keeps the plan and its rows here and
 * answers with the preview only; the `commit` that follows writes them through a store opened on the
 * target's database. A `parse` without one answers with the rows (the page plans and writes).
 */
export function importHandler(
  post: (reply: ImportReply) => void,
  open: (target: ImportTarget) => Promise<ImportBackend & { close?(): void }> = openImportTarget,
): (request: ImportRequest) => Promise<void> {
  let held: { plan: ImportPlan; backend: ImportBackend & { close?(): void } } | null = null;
  return async (request) => {
    const timings: Timings = [];
    try {
      if (request.type === 'parse') {
        const count = request.sources.length;
        const files = await readSources(
          request.sources,
          (file, progress) => post({ type: 'progress', id: request.id, file, files: count, progress }),
          timings,
        );
        // Without a target, or where its database cannot be opened from here (not created yet, or
        // IndexedDB refused to a worker), the rows go to the page, which compares and writes them.
        const backend = request.target ? await open(request.target).catch(() => null) : null;
        if (!backend) {
          const t0 = performance.now();
          const wire = files.map(toWire);
          timings.push({ name: 'to columns', ms: performance.now() - t0 });
          post({ type: 'parsed', id: request.id, files: wire, timings });
          return;
        }
        // A new parse replaces what an earlier one held, whatever becomes of it.
        held?.backend.close?.();
        held = null;
        let plan: ImportPlan;
        try {
          plan = await planFiles(files, backend, timings);
        } catch (err) {
          backend.close?.();
          throw err;
        }
        held = { plan, backend };
        const { batch: _rows, ...preview } = plan;
        post({ type: 'planned', id: request.id, preview, timings });
        return;
      }
      if (!held) throw new Error('nothing to write: the files were not read in this worker');
      // One write per plan: written or failed, the plan and its connection are let go.
      const { plan, backend } = held;
      held = null;
      const t0 = performance.now();
      try {
        const outcome = await commitPlan(plan, backend, choiceFor(plan, request.choice));
        timings.push({ name: 'write', ms: performance.now() - t0 });
        post({ type: 'committed', id: request.id, outcome, timings });
      } finally {
        backend.close?.();
      }
    } catch (err) {
      post({ type: 'error', id: request.id, message: err instanceof Error ? err.message : String(err) });
    }
  };
}

function choiceFor(plan: ImportPlan, choice: ImportChoice): ImportChoice {
  // Only what the preview offered: the file's programs when the files brought some.
  return { programsFrom: plan.settings ? choice.programsFrom : null, replaceAll: choice.replaceAll };
}
