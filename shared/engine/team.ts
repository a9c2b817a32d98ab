import type { Day } from '../dates/days';
import type { ResultEntry } from '../schemas/result';
import { DailyLedger } from './ledger';
import type { Projection, SeriesRate } from './projection';
import type { Accrual } from './types';

// A team lead merges several creators' logs (results carry an optional `member`). Every cap,
// threshold, tier and cadence rule is per creator (docs/programs.md), so a team's figures are the
// sums of each creator's own: one ledger and one projection per member, then added up here. Rows
// without a member are one more creator ("no member", `member: null`).

export interface MemberLedger {
  /** The member the rows name; null for rows that name nobody. */
  member: string | null;
  ledger: DailyLedger;
}

/** Members in a stable order: by name, rows without a member last. */
export function compareMembers(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a.localeCompare(b);
}

/**
 * One ledger per member whose rows name `programId`, in `compareMembers` order. Rows of other
 * programs are skipped; a member with rows of the program counts even when the rows add nothing
 * (count 0), as they do in the creator's own report.
 */
export function memberLedgers(results: Iterable<ResultEntry>, programId: string): MemberLedger[] {
  const byMember = new Map<string | null, DailyLedger>();
  for (const r of results) {
    if (r.program !== programId) continue;
    const key = r.member ?? null;
    let ledger = byMember.get(key);
    if (!ledger) {
      ledger = new DailyLedger();
      byMember.set(key, ledger);
    }
    ledger.add(r.day, r.metric, r.count, r.platform);
  }
  return [...byMember]
    .map(([member, ledger]) => ({ member, ledger }))
    .sort((a, b) => compareMembers(a.member, b.member));
}

function sumOrNull(values: readonly (number | null)[]): number | null {
  let sum = 0;
  for (const v of values) {
    if (v === null) return null;
    sum += v;
  }
  return sum;
}

const BASIS_RANK = { none: 0, promotions: 1, results: 2 } as const;

/**
 * A team's projection of one program from its members' (at least one), all made with the same
 * options: money (earned, projected, band, cap, what the cap leaves) and rates are sums, and each
 * day's accruals are added up into one (labelled with how many creators earned that day). What only means something per creator is left out: the cap date is
 * null and `capReached` says whether every creator reached their cap; the pace needed and the
 * progress are empty (each member's projection has its own).
 */
export function combineProjections(projections: readonly Projection[]): Projection {
  const first = projections[0];
  if (!first) throw new Error('combineProjections needs at least one projection');
  if (projections.length === 1) return first;
  const rates = new Map<string, SeriesRate>();
  const variance = new Map<string, number>();
  for (const p of projections)
    for (const r of p.rates) {
      const sum = rates.get(r.key);
      variance.set(r.key, (variance.get(r.key) ?? 0) + r.stdDevPerDay * r.stdDevPerDay);
      if (!sum) {
        rates.set(r.key, { ...r });
        continue;
      }
      sum.total += r.total;
      sum.runRatePerDay += r.runRatePerDay;
      sum.trendPerDay += r.trendPerDay;
      sum.usedPerDay += r.usedPerDay;
    }
  // Members are independent: their daily variances add up.
  for (const [key, r] of rates) r.stdDevPerDay = Math.sqrt(variance.get(key) ?? 0);
  // One accrual a day: the members' of that day added up (what the charts and month totals read; a
  // team's payouts come from each member's own accruals, not from these).
  const byDay = new Map<Day, { cents: number; creators: number }>();
  for (const p of projections) {
    let last: Day | null = null;
    for (const a of p.accruals) {
      const day = byDay.get(a.day);
      if (day) {
        day.cents += a.cents;
        if (a.day !== last) day.creators++;
      } else byDay.set(a.day, { cents: a.cents, creators: 1 });
      last = a.day;
    }
  }
  const accruals: Accrual[] = [...byDay.keys()].sort().map((day) => {
    const { cents, creators } = byDay.get(day) as { cents: number; creators: number };
    return { day, cents, label: `${creators} ${creators === 1 ? 'creator' : 'creators'}` };
  });
  const sum = (pick: (p: Projection) => number) => projections.reduce((s, p) => s + pick(p), 0);
  let basis: Projection['basis'] = 'none';
  for (const p of projections) if (BASIS_RANK[p.basis] > BASIS_RANK[basis]) basis = p.basis;
  return {
    programId: first.programId,
    asOf: first.asOf,
    horizon: first.horizon,
    method: first.method,
    daysElapsed: Math.max(...projections.map((p) => p.daysElapsed)),
    daysLeft: first.daysLeft,
    earnedCents: sum((p) => p.earnedCents),
    capCents: sumOrNull(projections.map((p) => p.capCents)),
    projectedCents: sum((p) => p.projectedCents),
    lowCents: sum((p) => p.lowCents),
    highCents: sum((p) => p.highCents),
    capDate: null,
    capReached: projections.every((p) => p.capReached),
    paceNeeded: [],
    leftOnTableCents: sumOrNull(projections.map((p) => p.leftOnTableCents)),
    basis,
    rates: [...rates.values()],
    accruals,
    progress: [],
  };
}
