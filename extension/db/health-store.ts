import type { Platform } from '../../shared/schemas/common';
import type { Surface } from '../../shared/schemas/event';
import type { SiteFeature } from '../sites/types';
import type { HealthRow, LedgerDb } from './db';
import { withReopen } from './storage-errors';

// Which health checks of the site adapters fail (quality.md R6): a feature on a surface of a site.
// Every tab's content script reports on each page; the row changes only when the state flips, so
// a hundred open tabs writing "still fine" cost one read each.

export interface HealthReport {
  platform: Platform;
  feature: SiteFeature;
  surface: Surface;
  ok: boolean;
}

export async function recordHealth(db: LedgerDb, report: HealthReport, now: Date): Promise<void> {
  const id = `${report.platform}:${report.feature}:${report.surface}`;
  const at = now.toISOString();
  await withReopen(db, () =>
    db.transaction('rw', db.siteHealth, async () => {
      const row = await db.siteHealth.get(id);
      if (row && row.ok === report.ok) return;
      if (!row && report.ok) return; // healthy and never broken: nothing worth a row
      await db.siteHealth.put({ id, ...report, since: at, checkedAt: at });
      // A row of the old per-feature kind says nothing about this check's surface: drop it.
      await db.siteHealth.delete(`${report.platform}:${report.feature}`);
    }),
  );
}

/** Checks that fail, the most recent breakage first (old per-feature rows are not checks). */
export async function brokenChecks(db: LedgerDb): Promise<(HealthRow & { surface: Surface })[]> {
  const rows = await withReopen(db, () => db.siteHealth.toArray());
  return rows
    .filter((r): r is HealthRow & { surface: Surface } => !r.ok && r.surface !== undefined)
    .sort((a, b) => (a.since < b.since ? 1 : a.since > b.since ? -1 : 0));
}
