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
 * A program's rows grouped by member (in `compareMembers` order) without building every member's
 * ledger at once: `ledger(i)` builds member `i`'s when asked, from their rows in the order given,
 * so that a team of thousands is projected one creator at a time and each ledger is dropped after.
 */
export class MemberGroups {
  /** @param order row indices, member by member; `bounds[i]`–`bounds[i + 1]` are member `i`'s */
  constructor(
    private readonly results: readonly ResultEntry[],
    readonly members: readonly (string | null)[],
    private readonly order: Int32Array,
    private readonly bounds: Int32Array,
  ) {}

  static empty(results: readonly ResultEntry[] = []): MemberGroups {
    return new MemberGroups(results, [], new Int32Array(0), new Int32Array(1));
  }

  get length(): number {
    return this.members.length;
  }

  /** How many rows member `i` has. */
  rows(i: number): number {
    return (this.bounds[i + 1] as number) - (this.bounds[i] as number);
  }

  /** Member `i`'s rows in one new ledger (not kept). */
  ledger(i: number): DailyLedger {
    const ledger = new DailyLedger();
    const { results, order } = this;
    const to = this.bounds[i + 1] as number;
    for (let k = this.bounds[i] as number; k < to; k++) {
      const r = results[order[k] as number] as ResultEntry;
      ledger.add(r.day, r.metric, r.count, r.platform);
    }
    return ledger;
  }

  /** Every member's rows in one ledger (the team's), without a ledger per member. */
  total(): DailyLedger {
    const ledger = new DailyLedger();
    const { results, order } = this;
    const to = this.bounds[this.members.length] as number;
    for (let k = this.bounds[0] as number; k < to; k++) {
      const r = results[order[k] as number] as ResultEntry;
      ledger.add(r.day, r.metric, r.count, r.platform);
    }
    return ledger;
  }

  /** Only `member`'s rows (null: the rows that name nobody); empty when they have none. */
  only(member: string | null): MemberGroups {
    const i = this.members.indexOf(member);
    if (i < 0) return MemberGroups.empty(this.results);
    return new MemberGroups(
      this.results,
      [member],
      this.order,
      Int32Array.of(this.bounds[i] as number, this.bounds[i + 1] as number),
    );
  }
}

/** The creators of a program: their ledgers, or their rows grouped to be read one creator at a time. */
export type ProgramMembers = readonly MemberLedger[] | MemberGroups;

/** Member `i` and their ledger (built now from a `MemberGroups`: keep it only as long as needed). */
export function memberAt(members: ProgramMembers, i: number): MemberLedger {
  if (members instanceof MemberGroups)
    return { member: members.members[i] ?? null, ledger: members.ledger(i) };
  return members[i] as MemberLedger;
}

/** Result rows grouped by program and member (`groupRows`), and the span of their days. */
export interface GroupedRows {
  byProgram: Map<string, MemberGroups>;
  /** First and last day of the rows grouped (count 0 included); null without any. */
  first: Day | null;
  last: Day | null;
}

/**
 * One pass over the rows: for each program asked for (every program named, without `programIds`),
 * its rows grouped by member (`MemberGroups`). Rows of other programs are skipped; a member with
 * rows of a program counts even when the rows add nothing (count 0), as they do in the creator's
 * own report.
 */
export function groupRows(results: readonly ResultEntry[], programIds?: readonly string[]): GroupedRows {
  const byProgram = new Map<string, Map<string | null, number>>(
    (programIds ?? []).map((id) => [id, new Map()]),
  );
  // Pass 1: each row's group (program and member), -1 for rows not taken.
  const groupOf = new Int32Array(results.length);
  const sizes: number[] = [];
  let first: Day | null = null;
  let lastDay: Day | null = null;
  let lastProgram: string | null = null;
  let lastMember: string | undefined | null = null;
  let last = -1;
  for (let i = 0; i < results.length; i++) {
    const r = results[i] as ResultEntry;
    // Rows come grouped by member and program more often than not.
    if (last < 0 || r.member !== lastMember || r.program !== lastProgram) {
      let members = byProgram.get(r.program);
      if (!members) {
        if (programIds) {
          groupOf[i] = -1;
          continue;
        }
        members = new Map();
        byProgram.set(r.program, members);
      }
      const key = r.member ?? null;
      let group = members.get(key);
      if (group === undefined) {
        group = sizes.length;
        sizes.push(0);
        members.set(key, group);
      }
      lastProgram = r.program;
      lastMember = r.member;
      last = group;
    }
    groupOf[i] = last;
    sizes[last] = (sizes[last] as number) + 1;
    const day = r.day;
    if (first === null || day < first) first = day;
    if (lastDay === null || day > lastDay) lastDay = day;
  }
  // Groups laid out program by program, members in `compareMembers` order.
  const startOf = new Int32Array(sizes.length);
  let position = 0;
  const layout: { id: string; members: (string | null)[]; bounds: Int32Array; from: number }[] = [];
  for (const [id, members] of byProgram) {
    const sorted = [...members.keys()].sort(compareMembers);
    const bounds = new Int32Array(sorted.length + 1);
    const from = position;
    sorted.forEach((member, i) => {
      const group = members.get(member) as number;
      startOf[group] = position;
      bounds[i] = position - from;
      position += sizes[group] as number;
    });
    bounds[sorted.length] = position - from;
    layout.push({ id, members: sorted, bounds, from });
  }
  // Pass 2: the row indices in that layout (each member's rows in their original order).
  const order = new Int32Array(position);
  const next = startOf.slice();
  for (let i = 0; i < results.length; i++) {
    const group = groupOf[i] as number;
    if (group >= 0) order[(next[group] as number)++] = i;
  }
  const out = new Map<string, MemberGroups>();
  for (const { id, members, bounds, from } of layout)
    out.set(
      id,
      new MemberGroups(results, members, order.subarray(from, from + (bounds.at(-1) as number)), bounds),
    );
  return { byProgram: out, first, last: lastDay };
}

/** `groupRows` for the programs asked for: each one's rows grouped by member. */
export function groupByMember(
  results: readonly ResultEntry[],
  programIds: readonly string[],
): Map<string, MemberGroups> {
  return groupRows(results, programIds).byProgram;
}

const BASIS_RANK = { none: 0, promotions: 1, results: 2 } as const;

/**
 * A team's projection of one program from its members' (at least one), all made with the same
 * options, added one member at a time (thousands of creators' projections need not all be kept):
 * money (earned, projected, band, cap, what the cap leaves) and rates are sums, and each day's
 * accruals are added up into one (labelled with how many creators earned that day). What only means
 * something per creator is left out: the cap date is null and `capReached` says whether every
 * creator reached their cap; the pace needed and the progress are empty (each member's projection
 * has its own).
 */
export class ProjectionSum {
  private first: Projection | null = null;
  private count = 0;
  private readonly rates = new Map<string, SeriesRate>();
  private readonly variance = new Map<string, number>();
  private readonly byDay = new Map<Day, { cents: number; creators: number }>();
  private daysElapsed = Number.NEGATIVE_INFINITY;
  private earnedCents = 0;
  private projectedCents = 0;
  private lowCents = 0;
  private highCents = 0;
  private capCents: number | null = 0;
  private leftOnTableCents: number | null = 0;
  private capReached = true;
  private basis: Projection['basis'] = 'none';

  get size(): number {
    return this.count;
  }

  add(p: Projection): void {
    this.count++;
    if (!this.first) this.first = p;
    for (const r of p.rates) {
      const sum = this.rates.get(r.key);
      this.variance.set(r.key, (this.variance.get(r.key) ?? 0) + r.stdDevPerDay * r.stdDevPerDay);
      if (!sum) {
        this.rates.set(r.key, { ...r });
        continue;
      }
      sum.total += r.total;
      sum.runRatePerDay += r.runRatePerDay;
      sum.trendPerDay += r.trendPerDay;
      sum.usedPerDay += r.usedPerDay;
    }
    // One accrual a day: the members' of that day added up (what the charts and month totals read; a
    // team's payouts come from each member's own accruals, not from these).
    let last: Day | null = null;
    for (const a of p.accruals) {
      const day = this.byDay.get(a.day);
      if (day) {
        day.cents += a.cents;
        if (a.day !== last) day.creators++;
      } else this.byDay.set(a.day, { cents: a.cents, creators: 1 });
      last = a.day;
    }
    this.daysElapsed = Math.max(this.daysElapsed, p.daysElapsed);
    this.earnedCents += p.earnedCents;
    this.projectedCents += p.projectedCents;
    this.lowCents += p.lowCents;
    this.highCents += p.highCents;
    this.capCents = this.capCents === null || p.capCents === null ? null : this.capCents + p.capCents;
    this.leftOnTableCents =
      this.leftOnTableCents === null || p.leftOnTableCents === null
        ? null
        : this.leftOnTableCents + p.leftOnTableCents;
    this.capReached &&= p.capReached;
    if (BASIS_RANK[p.basis] > BASIS_RANK[this.basis]) this.basis = p.basis;
  }

  result(): Projection {
    const first = this.first;
    if (!first) throw new Error('a team projection needs at least one member');
    if (this.count === 1) return first;
    // Members are independent: their daily variances add up.
    for (const [key, r] of this.rates) r.stdDevPerDay = Math.sqrt(this.variance.get(key) ?? 0);
    const accruals: Accrual[] = [...this.byDay.keys()].sort().map((day) => {
      const { cents, creators } = this.byDay.get(day) as { cents: number; creators: number };
      return { day, cents, label: `${creators} ${creators === 1 ? 'creator' : 'creators'}` };
    });
    return {
      programId: first.programId,
      asOf: first.asOf,
      horizon: first.horizon,
      method: first.method,
      daysElapsed: this.daysElapsed,
      daysLeft: first.daysLeft,
      earnedCents: this.earnedCents,
      capCents: this.capCents,
      projectedCents: this.projectedCents,
      lowCents: this.lowCents,
      highCents: this.highCents,
      capDate: null,
      capReached: this.capReached,
      paceNeeded: [],
      leftOnTableCents: this.leftOnTableCents,
      basis: this.basis,
      rates: [...this.rates.values()],
      accruals,
      progress: [],
    };
  }
}
