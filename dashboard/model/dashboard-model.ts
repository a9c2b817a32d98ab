import { NO_MEMBER } from '../../extension/db/store';
import { addDays, type Day, daySpan, monthOf } from '../../shared/dates/days';
import { LEDGER_TIME_ZONE, today } from '../../shared/dates/today';
import { computeEarnings, programMetrics } from '../../shared/engine/earnings';
import { DailyLedger } from '../../shared/engine/ledger';
import {
  observedRange,
  type Projection,
  type ProjectionMethod,
  projectEarnings,
} from '../../shared/engine/projection';
import { compareMembers, type GroupedRows, groupRows, MemberGroups } from '../../shared/engine/team';
import type { Accrual, Payout } from '../../shared/engine/types';
import { type Conversion, observedConversion, teamWhatIf } from '../../shared/engine/what-if';
import { activePrograms, CATALOG } from '../../shared/programs/catalog';
import {
  computeProgram,
  type MemberProgramReport,
  type ProgramReport,
  promotionCounts,
  type Report,
} from '../../shared/report/build-report';
import { PLATFORMS, type Platform } from '../../shared/schemas/common';
import type { PromotionEvent } from '../../shared/schemas/event';
import type { ProgramDefinition } from '../../shared/schemas/program';
import type { ResultEntry } from '../../shared/schemas/result';
import type { Settings } from '../../shared/schemas/settings';
import { type ActivityModel, activityModel } from './activity';
import { EventIndex } from './event-index';

// Everything the views show, computed in one place (in the worker) from the stored data.
//
// The per-program figures are shared/report's: computeProgram is the same function build-report.ts uses
// applied to the rows grouped once by program and member (`groupRows`: with no member selected, a
// team's figures are the sums of each creator's own, caps applying per creator, each creator's ledger
// built, projected and dropped in turn), so that the projection's accruals are at hand for the charts
// without a second projection. dashboard-model.test.ts checks that the report part equals
// buildReport's, field for field, on the demo and on generated data — the dashboard shows the numbers
// `npm run report` prints. Only a team of more than MEMBER_DETAIL_LIMIT creators differs: the page gets
// the per-creator detail of the highest projections and a count of the others (P6: a team of 9,000
// creators made the model cloned to the page 3 MB).

export interface ModelOptions {
  asOf: Day;
  method: ProjectionMethod;
  /** A team member, NO_MEMBER for rows without one, or null for everyone. */
  member: string | null;
  /** Results per posted promotion to assume for programs without any results, by program id. */
  assumedConversion?: Readonly<Record<string, number>>;
}

export interface SeriesPoint {
  day: Day;
  cents: number;
}

export interface EarningsSeries {
  /** Cumulative earnings, day by day, from the first counted day through as-of. */
  actual: SeriesPoint[];
  /** Cumulative projection from as-of to the horizon (starts at as-of's value). */
  projected: SeriesPoint[];
  /** The 90% band at the horizon, drawn from as-of's value; straight lines are all the band says. */
  low: SeriesPoint[];
  high: SeriesPoint[];
  capCents: number | null;
}

/** How the shown projection was made. */
export type Basis =
  | { kind: 'results' }
  | { kind: 'none' }
  /** No results for this program (in this selection): promotions a day × a conversion. */
  | {
      kind: 'promotions';
      perDay: number;
      conversion: number;
      source: 'team' | 'assumed';
    };

export interface ProgramModel {
  /**
   * Exactly what `npm run report` computes for this program; for a team of more than
   * `MEMBER_DETAIL_LIMIT` creators, `members` lists only the highest projections (`membersNotShown`).
   */
  report: ProgramReport;
  definition: ProgramDefinition;
  basis: Basis;
  /** When the basis is promotions: the projection from them (the report's own says "no activity"). */
  fromPromotions: Pick<ProgramReport, 'projectedCents' | 'lowCents' | 'highCents' | 'capDate'> | null;
  conversion: Conversion;
  series: EarningsSeries;
  /** Earned in as-of's month, and projected for the whole month. */
  month: { earnedCents: number; projectedCents: number };
  /** Main metric's results per platform (only results that name one), in the observed days. */
  resultsByPlatform: Partial<Record<string, number>>;
  /** Posted promotions per platform in the same days. */
  postedByPlatform: Partial<Record<Platform, number>>;
  /**
   * A team's creators left out of `report.members` (0 when all are there): a team of more than
   * `MEMBER_DETAIL_LIMIT` lists only its highest projections, which the page can show, highest first.
   */
  membersNotShown: number;
}

/** The most creators a program's `report.members` lists for the page (the rest only counted). */
export const MEMBER_DETAIL_LIMIT = 100;

/**
 * A team's per-creator figures cut to the `limit` highest projections (then earned, then name), highest
 * first; unchanged (name order) when there are no more than `limit`. Sums and totals are the whole
 * team's either way.
 */
export function topMembers(
  members: readonly MemberProgramReport[],
  limit: number,
): { shown: MemberProgramReport[]; notShown: number } {
  if (members.length <= limit) return { shown: [...members], notShown: 0 };
  // The best `limit` so far, best first: one pass, no sort of the whole team.
  const shown: MemberProgramReport[] = [];
  for (const m of members) {
    const worst = shown[shown.length - 1];
    if (shown.length >= limit && worst && rankMembers(m, worst) >= 0) continue;
    let lo = 0;
    let hi = shown.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (rankMembers(shown[mid] as MemberProgramReport, m) <= 0) lo = mid + 1;
      else hi = mid;
    }
    shown.splice(lo, 0, m);
    if (shown.length > limit) shown.pop();
  }
  return { shown, notShown: members.length - limit };
}

/** Highest projection first, then highest earned, then by name. */
function rankMembers(a: MemberProgramReport, b: MemberProgramReport): number {
  return (
    b.projectedCents - a.projectedCents || b.earnedCents - a.earnedCents || compareMembers(a.member, b.member)
  );
}

export interface MemberSummary {
  /** NO_MEMBER for rows that name nobody. */
  member: string;
  posted: number;
  events: number;
  results: number;
  earnedCents: number;
}

export interface DashboardModel {
  /** Set while the promotion log is still being read: event-based figures are not there yet. */
  partial?: true;
  asOf: Day;
  method: ProjectionMethod;
  member: string | null;
  report: Report;
  programs: ProgramModel[];
  month: { month: string; earnedCents: number; projectedCents: number };
  activity: ActivityModel;
  payouts: (Payout & { programName: string })[];
  members: MemberSummary[];
  counts: { events: number; results: number };
  /** Programs named by results but not enabled: offered in Programs. */
  unusedPrograms: string[];
  /** The span of days holding data, to suggest an as-of. */
  dataSpan: { first: Day; last: Day } | null;
}

export interface ModelData {
  settings: Settings;
  events: readonly PromotionEvent[];
  results: readonly ResultEntry[];
}

function matchesMember(member: string | undefined, wanted: string | null): boolean {
  if (wanted === null) return true;
  if (wanted === NO_MEMBER) return member === undefined;
  return member === wanted;
}

/** A program's rows in the member selection (`groups` made over every member). */
function selectMembers(groups: MemberGroups | undefined, member: string | null): MemberGroups {
  if (!groups) return MemberGroups.empty();
  return member === null ? groups : groups.only(member === NO_MEMBER ? null : member);
}

/** Cumulative series from accruals: one point per day from `from` to `to`. */
function cumulative(accruals: readonly Accrual[], from: Day, to: Day, start = 0): SeriesPoint[] {
  const byDay = new Map<Day, number>();
  for (const a of accruals)
    if (a.day >= from && a.day <= to) byDay.set(a.day, (byDay.get(a.day) ?? 0) + a.cents);
  const out: SeriesPoint[] = [];
  let sum = start;
  const n = daySpan(from, to);
  for (let i = 0; i < n; i++) {
    const day = addDays(from, i);
    sum += byDay.get(day) ?? 0;
    out.push({ day, cents: sum });
  }
  return out;
}

export function earningsSeries(
  program: ProgramDefinition,
  p: Projection,
  low: number,
  high: number,
): EarningsSeries {
  const firstAccrual = p.accruals[0]?.day;
  const from = program.window?.start ?? (firstAccrual && firstAccrual < p.asOf ? firstAccrual : p.asOf);
  const actualEnd = program.window && program.window.end < p.asOf ? program.window.end : p.asOf;
  const actual = from <= actualEnd ? cumulative(p.accruals, from, actualEnd) : [];
  const startCents = actual.at(-1)?.cents ?? 0;
  const projected =
    p.horizon > p.asOf
      ? [
          { day: p.asOf, cents: startCents },
          ...cumulative(p.accruals, addDays(p.asOf, 1), p.horizon, startCents),
        ]
      : [];
  const band = (target: number): SeriesPoint[] => {
    if (projected.length === 0) return [];
    const n = projected.length - 1;
    return projected.map((pt, i) => ({
      day: pt.day,
      cents: Math.round(startCents + ((Math.max(target, startCents) - startCents) * i) / Math.max(1, n)),
    }));
  };
  return { actual, projected, low: band(low), high: band(high), capCents: p.capCents };
}

function monthTotals(p: Projection, asOf: Day): { earnedCents: number; projectedCents: number } {
  const month = monthOf(asOf);
  let earnedCents = 0;
  let projectedCents = 0;
  for (const a of p.accruals) {
    if (monthOf(a.day) !== month) continue;
    projectedCents += a.cents;
    if (a.day <= asOf) earnedCents += a.cents;
  }
  return { earnedCents, projectedCents };
}

function resultsByPlatform(
  ledger: DailyLedger,
  metric: string | undefined,
  range: { start: Day; end: Day } | null,
) {
  const out: Partial<Record<string, number>> = {};
  if (!metric || !range) return out;
  for (const platform of [...PLATFORMS, 'instagram', 'facebook', 'other']) {
    const n = ledger.total(metric, { platform, from: range.start, to: range.end });
    if (n > 0) out[platform] = n;
  }
  return out;
}

function postedByPlatform(
  index: EventIndex,
  timeZone: string,
  range: { start: Day; end: Day } | null,
): Partial<Record<Platform, number>> {
  const out: Partial<Record<Platform, number>> = {};
  if (!range) return out;
  const counts = index.postedIn(timeZone, range.start, range.end);
  for (const p of PLATFORMS) if (counts[p] > 0) out[p] = counts[p];
  return out;
}

/** Members named in the data, with their own promotions, results and earnings. */
function memberSummaries(
  programs: readonly ProgramDefinition[],
  events: readonly PromotionEvent[],
  /** Every result row, grouped by program and member. */
  rows: ReadonlyMap<string, MemberGroups>,
  asOf: Day,
  /** Each member's earnings when the model already made them (no member selected). */
  earned: ReadonlyMap<string, number> | null,
): MemberSummary[] {
  const byMember = new Map<string, MemberSummary>();
  const get = (member: string | undefined) => {
    const key = member ?? NO_MEMBER;
    let s = byMember.get(key);
    if (!s) {
      s = { member: key, posted: 0, events: 0, results: 0, earnedCents: 0 };
      byMember.set(key, s);
    }
    return s;
  };
  for (const e of events) {
    const s = get(e.member);
    s.events++;
    if (e.action === 'posted') s.posted++;
  }
  for (const groups of rows.values())
    groups.members.forEach((member, i) => {
      get(member ?? undefined).results += groups.rows(i);
    });
  if (earned) {
    for (const [member, cents] of earned) get(member === NO_MEMBER ? undefined : member).earnedCents = cents;
  } else {
    // Earned through as-of only: no projection per member, and one member's ledger at a time.
    for (const program of programs) {
      const members = rows.get(program.id);
      if (!members) continue;
      for (let i = 0; i < members.length; i++) {
        const cents = computeEarnings(program, members.ledger(i), asOf).earnedCents;
        get(members.members[i] ?? undefined).earnedCents += cents;
      }
    }
  }
  const key = (m: string) => (m === NO_MEMBER ? null : m);
  return [...byMember.values()].sort((a, b) => compareMembers(key(a.member), key(b.member)));
}

/** Posted promotions a day over the program's observed days. */
function promotionsPerDay(conversion: Conversion, p: Projection): number {
  return p.daysElapsed > 0 ? conversion.promotions / p.daysElapsed : 0;
}

/**
 * What the models derive from the data alone, kept by the caller (the worker) for as long as the
 * data does: moving the as-of day, the method, the member or a what-if slider reuses them.
 */
export class ModelCache {
  /** Event indexes by member selection. */
  readonly indexes = new Map<string, EventIndex>();
  private grouped: GroupedRows | null = null;

  /** The result rows grouped by program and member, once. */
  rows(data: ModelData): GroupedRows {
    this.grouped ??= groupRows(data.results);
    return this.grouped;
  }
}

export function eventIndex(data: ModelData, member: string | null, cache: ModelCache): EventIndex {
  const key = member ?? '\u0000all';
  let index = cache.indexes.get(key);
  if (!index) {
    index = new EventIndex(
      member === null ? data.events : data.events.filter((e) => matchesMember(e.member, member)),
    );
    cache.indexes.set(key, index);
  }
  return index;
}

export function dashboardModel(
  data: ModelData,
  options: ModelOptions,
  cache: ModelCache = new ModelCache(),
): DashboardModel {
  const { asOf, method, member } = options;
  const index = eventIndex(data, member, cache);
  const events = index.events;
  const { programs, errors } = activePrograms(data.settings);
  const ids = programs.map((p) => p.id);
  // One pass over the rows: every program's and every member's (Programs and Team list them all).
  const rows = cache.rows(data);
  /** Each member's earnings, from the per-member projections already made (team view). */
  const earnedByMember = member === null ? new Map<string, number>() : null;

  const programModels = programs.map((program): ProgramModel => {
    const members = selectMembers(rows.byProgram.get(program.id), member);
    const computed = computeProgram(program, members, { asOf, method });
    const { report, projection: p, ledger } = computed;
    if (earnedByMember) {
      const parts = report.members
        ? report.members.map((m) => [m.member, m.earnedCents] as const)
        : members.members.map((m) => [m, p.earnedCents] as const);
      for (const [who, cents] of parts) {
        const key = who ?? NO_MEMBER;
        earnedByMember.set(key, (earnedByMember.get(key) ?? 0) + cents);
      }
    }
    const conversion = observedConversion(program, ledger, index, asOf);
    let basis: Basis = { kind: p.basis === 'results' ? 'results' : 'none' };
    let shown = p;
    let fromPromotions: ProgramModel['fromPromotions'] = null;
    if (p.basis !== 'results' && conversion.promotions > 0) {
      // With a member selected, the team's conversion is what that member's promotions are worth.
      const team =
        member === null
          ? null
          : observedConversion(
              program,
              rows.byProgram.get(program.id)?.total() ?? new DailyLedger(),
              eventIndex(data, null, cache),
              asOf,
            );
      const assumed = options.assumedConversion?.[program.id];
      const rate = team?.perPromotion && team.results > 0 ? team.perPromotion : assumed;
      if (rate !== undefined && rate > 0) {
        const perDay = promotionsPerDay(conversion, p);
        shown = projectEarnings(program, ledger, {
          asOf,
          method,
          fromPromotions: { perDay, conversion: rate },
        });
        basis = {
          kind: 'promotions',
          perDay,
          conversion: rate,
          source: team?.perPromotion ? 'team' : 'assumed',
        };
        fromPromotions = {
          projectedCents: shown.projectedCents,
          lowCents: shown.lowCents,
          highCents: shown.highCents,
          capDate: shown.capDate,
        };
      }
    }
    const main = programMetrics(program)[0];
    const range = observedRange(program, ledger, asOf);
    // A large team's per-creator detail: only what the page lists (the sums above are everyone's).
    let shownReport = report;
    let membersNotShown = 0;
    if (report.members && report.members.length > MEMBER_DETAIL_LIMIT) {
      const { shown: kept, notShown } = topMembers(report.members, MEMBER_DETAIL_LIMIT);
      shownReport = { ...report, members: kept };
      membersNotShown = notShown;
    }
    return {
      report: shownReport,
      definition: program,
      basis,
      fromPromotions,
      conversion,
      series: earningsSeries(program, shown, shown.lowCents, shown.highCents),
      month: monthTotals(shown, asOf),
      resultsByPlatform: resultsByPlatform(ledger, main?.metric, range),
      postedByPlatform: postedByPlatform(index, program.timeZone, range),
      membersNotShown,
    };
  });

  const reports = programModels.map((m) => m.report);
  const report: Report = {
    asOf,
    demo: false,
    programs: reports,
    totals: {
      earnedCents: reports.reduce((s, r) => s + r.earnedCents, 0),
      projectedCents: reports.reduce((s, r) => s + r.projectedCents, 0),
    },
    promotions: promotionCounts(events),
    errors,
  };

  const payouts = programModels
    .flatMap((m) => m.report.payouts.map((p) => ({ ...p, programName: m.report.name })))
    .sort((a, b) =>
      a.date < b.date ? -1 : a.date > b.date ? 1 : a.programName.localeCompare(b.programName),
    );

  const enabled = new Set(ids);
  let { first, last } = rows;
  const all = eventIndex(data, null, cache).zone(LEDGER_TIME_ZONE);
  if (all.first !== null && (first === null || all.first < first)) first = all.first;
  if (all.last !== null && (last === null || all.last > last)) last = all.last;

  return {
    asOf,
    method,
    member,
    report,
    programs: programModels,
    month: {
      month: monthOf(asOf),
      earnedCents: programModels.reduce((s, m) => s + m.month.earnedCents, 0),
      projectedCents: programModels.reduce((s, m) => s + m.month.projectedCents, 0),
    },
    activity: activityModel(index),
    payouts,
    members: memberSummaries(programs, data.events, rows.byProgram, asOf, earnedByMember),
    counts: {
      events: events.length,
      results:
        member === null
          ? data.results.length
          : [...rows.byProgram.values()].reduce((n, g) => {
              const own = g.only(member === NO_MEMBER ? null : member);
              return n + (own.length > 0 ? own.rows(0) : 0);
            }, 0),
    },
    unusedPrograms: [...rows.byProgram.keys()]
      .filter((id) => !enabled.has(id))
      .filter(
        (id) => CATALOG.some((c) => c.id === id) || data.settings.customPrograms.some((c) => c.id === id),
      )
      .sort(),
    dataSpan: first !== null && last !== null ? { first, last } : null,
  };
}

export interface WhatIfRequest {
  programId: string;
  asOf: Day;
  method: ProjectionMethod;
  member: string | null;
  extraPromotionsPerDay: number;
  /** Results per promotion; undefined = the observed conversion. */
  conversion?: number;
}

export interface WhatIfModel {
  programId: string;
  conversion: Conversion & { used: number; source: 'observed' | 'given' | 'none' };
  base: Pick<
    ProgramReport,
    'projectedCents' | 'lowCents' | 'highCents' | 'capDate' | 'earnedCents' | 'capCents' | 'horizon'
  >;
  scenario: WhatIfModel['base'];
  deltaCents: number;
  /**
   * Creators whose results the scenario adds up: above 1, each is projected under their own cap (the
   * extra promotions shared equally) and the cap dates are null, since each creator has their own.
   */
  creators: number;
  baseSeries: EarningsSeries;
  scenarioSeries: EarningsSeries;
  /** Posted promotions a day observed so far. */
  observedPerDay: number;
}

export function whatIfModel(
  data: ModelData,
  request: WhatIfRequest,
  cache: ModelCache = new ModelCache(),
): WhatIfModel | null {
  const { programs } = activePrograms(data.settings);
  const program = programs.find((p) => p.id === request.programId);
  if (!program) return null;
  const events = eventIndex(data, request.member, cache);
  const members = selectMembers(cache.rows(data).byProgram.get(program.id), request.member);
  // The program's rows in one ledger (the one creator's, or the team's for its conversion).
  const ledger = members.length === 1 ? members.ledger(0) : members.total();
  const w = teamWhatIf(program, members, ledger, events, {
    asOf: request.asOf,
    method: request.method,
    extraPromotionsPerDay: request.extraPromotionsPerDay,
    ...(request.conversion !== undefined ? { conversion: request.conversion } : {}),
  });
  const pick = (p: Projection) => ({
    projectedCents: p.projectedCents,
    lowCents: p.lowCents,
    highCents: p.highCents,
    capDate: p.capDate,
    earnedCents: p.earnedCents,
    capCents: p.capCents,
    horizon: p.horizon,
  });
  return {
    programId: program.id,
    conversion: w.conversion,
    base: pick(w.base),
    scenario: pick(w.scenario),
    deltaCents: w.deltaCents,
    creators: Math.max(1, members.length),
    baseSeries: earningsSeries(program, w.base, w.base.lowCents, w.base.highCents),
    scenarioSeries: earningsSeries(program, w.scenario, w.scenario.lowCents, w.scenario.highCents),
    observedPerDay: promotionsPerDay(w.conversion, w.base),
  };
}

/** Today in the ledger's zone (shared/dates/today.ts), the default as-of. */
export function todayDay(now: Date = new Date()): Day {
  return today(now);
}
