import { type ResultEntry, resultKey } from '../../shared/schemas/result';
import type { LedgerDb, ResultRow } from './db';
import { withReopen } from './storage-errors';

// Results the creator read off a program's dashboard (entered or imported by the dashboard). Keyed
// by resultKey, so a later entry for the same day, metric, platform and member replaces the earlier.

function toEntry({ id: _id, ...entry }: ResultRow): ResultEntry {
  return entry;
}

export async function resultsForProgram(db: LedgerDb, programId: string): Promise<ResultEntry[]> {
  const rows = await withReopen(db, () => db.results.where('program').equals(programId).toArray());
  return rows.map(toEntry);
}

export async function allResults(db: LedgerDb): Promise<ResultEntry[]> {
  const rows = await withReopen(db, () => db.results.orderBy('day').toArray());
  return rows.map(toEntry);
}

export async function putResults(db: LedgerDb, entries: readonly ResultEntry[]): Promise<void> {
  const rows: ResultRow[] = entries.map((e) => ({ ...e, id: resultKey(e) }));
  await withReopen(db, () =>
    db.transaction('rw', db.results, async () => {
      for (let i = 0; i < rows.length; i += 1_000) await db.results.bulkPut(rows.slice(i, i + 1_000));
    }),
  );
}
