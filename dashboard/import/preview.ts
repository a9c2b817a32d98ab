import type { ImportBatch } from '../../extension/db/store';
import type { PromotionEvent } from '../../shared/schemas/event';
import { type ResultEntry, resultKey } from '../../shared/schemas/result';
import type { Settings } from '../../shared/schemas/settings';
import type { ImportKind, ImportProblem, ParsedImport } from './parse-file';

// What an import would do, before anything is written: per file, how many events are new or
// already known (same id = same event: the stored one wins, as in shared/io mergeEvents), how many
// results are new, replace a stored reading or repeat it (mergeResults), and how many rows were
// rejected and why. Files are taken in order, so a teammate's file that repeats another's events
// counts them as duplicates, and a later reading of a result replaces an earlier one — exactly what
// `npm run report -- --log a.json --log b.json` computes from the same files.

export interface FilePreview {
  name: string;
  kind: ImportKind | null;
  read: number;
  events: { added: number; duplicate: number };
  results: { added: number; replaced: number; unchanged: number };
  rejected: number;
  problems: ImportProblem[];
  /** Problems in all, exact past the listed ones (the panel's "N more"). */
  problemCount: number;
  unusable: boolean;
  hasSettings: boolean;
  /** Distinct members named in the file, for the Team view's summary. */
  members: string[];
}

/** What the user sees before confirming: everything of the plan but the rows themselves. */
export interface ImportPreview {
  files: FilePreview[];
  totals: {
    added: number;
    duplicate: number;
    replaced: number;
    rejected: number;
  };
  /** How many rows the confirmation writes. */
  rows: { events: number; results: number };
  /** The last file's settings, offered to the user; never applied without asking. */
  settings: Settings | null;
  settingsFrom: string | null;
}

export interface ImportPlan extends ImportPreview {
  /** What `commitImport` writes when the user confirms (settings only if they choose to apply them). */
  batch: ImportBatch;
}

/** The plan without its rows: what crosses from the import worker to the page (rows stay behind). */
export function previewOf(plan: ImportPlan): ImportPreview {
  const { batch: _rows, ...preview } = plan;
  return preview;
}

export interface KnownData {
  eventIds: ReadonlySet<string>;
  results: ReadonlyMap<string, ResultEntry>;
}

/**
 * Every event id and result key the files hold, to ask the store which it already has. Event ids may
 * repeat (the store's lookup takes them as a set anyway): a set of 200,000 ids built here only to be
 * built again there cost a tenth of a large import (P8).
 */
export function incomingKeys(files: readonly ParsedImport[]): { eventIds: string[]; resultKeys: string[] } {
  const eventIds: string[] = [];
  const resultKeys = new Set<string>();
  for (const f of files) {
    for (const e of f.events) eventIds.push(e.id);
    for (const r of f.results) resultKeys.add(resultKey(r));
  }
  return { eventIds, resultKeys: [...resultKeys] };
}

export function planImport(files: readonly ParsedImport[], known: KnownData): ImportPlan {
  /**
   * Ids taken so far, made only when needed: a CSV file's ids are already unique (both readers
   * report a repeated id), so a lone log file is never put in a set here.
   */
  let seenIds: Set<string> | null = null;
  const newEvents: PromotionEvent[] = [];
  /** The reading each key will have after the import, for keys the import adds or changes. */
  const current = new Map<string, ResultEntry>();
  const changed = new Map<string, ResultEntry>();
  let settings: Settings | null = null;
  let settingsFrom: string | null = null;
  const totals = { added: 0, duplicate: 0, replaced: 0, rejected: 0 };

  const previews = files.map((file): FilePreview => {
    const events = { added: 0, duplicate: 0 };
    const results = { added: 0, replaced: 0, unchanged: 0 };
    const members = new Set<string>();
    const uniqueWithin = file.kind === 'events-csv';
    if (seenIds === null && !(uniqueWithin && newEvents.length === 0) && file.events.length > 0)
      seenIds = new Set(newEvents.map((e) => e.id));
    const checkKnown = known.eventIds.size > 0;
    let lastMember: string | undefined;
    for (const e of file.events) {
      const member = e.member;
      if (member !== undefined && member !== lastMember) {
        members.add(member);
        lastMember = member;
      }
      if ((checkKnown && known.eventIds.has(e.id)) || seenIds?.has(e.id)) {
        events.duplicate++;
        continue;
      }
      seenIds?.add(e.id);
      newEvents.push(e);
      events.added++;
    }
    for (const r of file.results) {
      if (r.member !== undefined) members.add(r.member);
      const key = resultKey(r);
      const before = current.get(key) ?? known.results.get(key);
      if (before === undefined) results.added++;
      else if (before.count === r.count) {
        results.unchanged++;
        continue;
      } else results.replaced++;
      current.set(key, r);
      changed.set(key, r);
    }
    if (file.settings) {
      settings = file.settings;
      settingsFrom = file.name;
    }
    totals.added += events.added + results.added;
    totals.duplicate += events.duplicate + results.unchanged;
    totals.replaced += results.replaced;
    totals.rejected += file.rejected;
    return {
      name: file.name,
      kind: file.kind,
      read: file.read,
      events,
      results,
      rejected: file.rejected,
      problems: file.problems,
      problemCount: file.problemCount,
      unusable: file.unusable,
      hasSettings: file.settings !== undefined,
      members: [...members].sort(),
    };
  });

  const batch = { events: newEvents, results: [...changed.values()] };
  return {
    files: previews,
    totals,
    rows: { events: batch.events.length, results: batch.results.length },
    batch,
    settings,
    settingsFrom,
  };
}
