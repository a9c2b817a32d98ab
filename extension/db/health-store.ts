import type { Platform } from '../../shared/schemas/common';
import type { SiteFeature } from '../sites/types';
import type { HealthRow, LedgerDb } from './db';
import { withReopen } from './storage-errors';

// Which site features stopped recognising their page (quality.md R6). Every tab's content script
// reports on each page; the row changes only when the state flips, so a hundred open tabs writing
// "still fine" cost one read each.

export interface HealthReport {
  platform: Platform;
  feature: SiteFeature;
  ok: boolean;
}

export async function recordHealth(db: LedgerDb, report: HealthReport, now: Date): Promise<void> {
  const id = `${report.platform}:${report.feature}`;
  const at = now.toISOString();
  await withReopen(db, () =>
    db.transaction('rw', db.siteHealth, async () => {
      const row = await db.siteHealth.get(id);
      if (row && row.ok === report.ok) return;
      if (!row && report.ok) return; // healthy and never broken: nothing worth a row
      await db.siteHealth.put({ id, ...report, since: at, checkedAt: at });
    }),
  );
}

/** Features whose selectors stopped matching, the most recent breakage first. */
export async function brokenFeatures(db: LedgerDb): Promise<HealthRow[]> {
  const rows = await withReopen(db, () => db.siteHealth.toArray());
  return rows.filter((r) => !r.ok).sort((a, b) => (a.since < b.since ? 1 : a.since > b.since ? -1 : 0));
}
