import type { Day } from '../dates/days';
import { DailyLedger } from '../engine/ledger';
import { payoutCalendar, teamPayoutCalendar } from '../engine/payouts';
import {
  type Pace,
  type Projection,
  type ProjectionMethod,
  type ProjectionOptions,
  projectEarnings,
} from '../engine/projection';
import { combineProjections, type MemberLedger, memberLedgers } from '../engine/team';
import type { Payout, Progress } from '../engine/types';
import { activePrograms } from '../programs/catalog';
import type { Platform } from '../schemas/common';
import type { FieldError } from '../schemas/errors';
import type { PromotionEvent } from '../schemas/event';
import type { ProgramDefinition, ProgramWindow } from '../schemas/program';
import type { ResultEntry } from '../schemas/result';
import type { Settings } from '../schemas/settings';

// The numbers behind `npm run report` and the dashboard's overview: one entry per enabled program.
//
// Every cap, threshold, tier and cadence rule applies per creator (docs/programs.md). When the result
// rows of a program name several members (a team lead's merged log; rows without a member are one
// more creator), each member's figures are computed on their own and the program's entry adds them
// up, with the members' own figures in `members`. One creator (or none) gives the plain entry.

export interface ReportInput {
  settings: Settings;
  events: readonly PromotionEvent[];
  results: readonly ResultEntry[];
  asOf: Day;
  method?: ProjectionMethod;
  /** Shown in the header so that nobody mistakes demo numbers for their own. */
  demo?: boolean;
}

/** One creator's figures for a program, in a team's entry. */
export interface MemberProgramReport {
  /** The member the rows name; null for the rows that name nobody. */
  member: string | null;
  earnedCents: number;
  capCents: number | null;
  projectedCents: number;
  lowCents: number;
  highCents: number;
  basis: 'results' | 'promotions' | 'none';
  ratePerDay: number | null;
  capDate: Day | null;
  capReached: boolean;
  paceNeeded: Pace[];
  leftOnTableCents: number | null;
  /** The creator's own next payment (the team's entry has the notes). */
  nextPayout: Pick<Payout, 'date' | 'cents'> | null;
  progress: Progress[];
}

export interface ProgramReport {
  id: string;
  name: string;
  kind: ProgramDefinition['kind'];
  model?: 'signups' | 'visits';
  window?: ProgramWindow;
  earnedCents: number;
  capCents: number | null;
  projectedCents: number;
  lowCents: number;
  highCents: number;
  horizon: Day;
  daysLeft: number;
  method: ProjectionMethod;
  basis: 'results' | 'promotions' | 'none';
  /** Main series' central rate, units a day. */
  ratePerDay: number | null;
  rateMetric: string | null;
  /** For a team: null, since each creator reaches their own cap on their own day (see `members`). */
  capDate: Day | null;
  /** For a team: every creator has reached their cap. */
  capReached: boolean;
  /** For a team: empty, each creator's is in `members`. */
  paceNeeded: Pace[];
  leftOnTableCents: number | null;
  nextPayout: Payout | null;
  /** For a team: the creators' calendars added up per date and status (`creators` says how many). */
  payouts: Payout[];
  /** For a team: empty, each creator's is in `members`. */
  progress: Progress[];
  /**
   * Present only when the program's results name several creators: each one's own figures, which the
   * money figures above add up (cap included: the sum of the per-creator caps).
   */
  members?: MemberProgramReport[];
}

export interface Report {
  asOf: Day;
  demo: boolean;
  programs: ProgramReport[];
  totals: { earnedCents: number; projectedCents: number };
  promotions: {
    posted: number;
    inserted: number;
    copied: number;
    byPlatform: Partial<Record<Platform, number>>;
  };
  /** Enabled programs whose settings could not be applied, with the bad fields. */
  errors: { programId: string; errors: FieldError[] }[];
}

/** A program's report entry, and the projection behind it (a team's: the sum of its members'). */
export interface ProgramComputation {
  report: ProgramReport;
  /** What the charts draw: the creator's projection, or the members' added up (`combineProjections`). */
  projection: Projection;
  /** Each member's own projection, for a team (empty otherwise). */
  members: { member: string | null; projection: Projection }[];
}

/**
 * One program over one creator's or several creators' ledgers (`memberLedgers`), each projected with
 * the same options. The dashboard calls this too, so both show the same figures.
 */
export function computeProgram(
  program: ProgramDefinition,
  ledgers: readonly MemberLedger[],
  options: ProjectionOptions,
): ProgramComputation {
  if (ledgers.length <= 1) {
    const p = projectEarnings(program, ledgers[0]?.ledger ?? new DailyLedger(), options);
    return { report: reportFromProjection(program, p, options.asOf), projection: p, members: [] };
  }
  const members = ledgers.map(({ member, ledger }) => ({
    member,
    projection: projectEarnings(program, ledger, options),
  }));
  return teamReport(program, members, options.asOf);
}

/** A team's entry from its members' projections (two or more, made with the same options). */
export function teamReport(
  program: ProgramDefinition,
  members: { member: string | null; projection: Projection }[],
  asOf: Day,
): ProgramComputation {
  const projection = combineProjections(members.map((m) => m.projection));
  const calendars: Payout[][] = [];
  const perMember = members.map(({ member, projection: p }): MemberProgramReport => {
    const payouts = payoutCalendar(program, p.accruals, asOf);
    calendars.push(payouts);
    const next = payouts.find((x) => x.status === 'due');
    return {
      member,
      earnedCents: p.earnedCents,
      capCents: p.capCents,
      projectedCents: p.projectedCents,
      lowCents: p.lowCents,
      highCents: p.highCents,
      basis: p.basis,
      ratePerDay: p.rates[0]?.usedPerDay ?? null,
      capDate: p.capDate,
      capReached: p.capReached,
      paceNeeded: p.paceNeeded,
      leftOnTableCents: p.leftOnTableCents,
      nextPayout: next ? { date: next.date, cents: next.cents } : null,
      progress: p.progress,
    };
  });
  const report = reportFields(program, projection, teamPayoutCalendar(calendars));
  report.members = perMember;
  return { report, projection, members };
}

function reportProgram(
  program: ProgramDefinition,
  results: readonly ResultEntry[],
  input: ReportInput,
): ProgramReport {
  return computeProgram(program, memberLedgers(results, program.id), {
    asOf: input.asOf,
    ...(input.method ? { method: input.method } : {}),
  }).report;
}

/** One program's report entry from its projection (the dashboard builds the projection in a worker). */
export function reportFromProjection(program: ProgramDefinition, p: Projection, asOf: Day): ProgramReport {
  return reportFields(program, p, payoutCalendar(program, p.accruals, asOf));
}

function reportFields(program: ProgramDefinition, p: Projection, payouts: Payout[]): ProgramReport {
  const main = p.rates[0];
  return {
    id: program.id,
    name: program.name,
    kind: program.kind,
    ...(program.kind === 'referral' ? { model: program.model } : {}),
    ...(program.window ? { window: program.window } : {}),
    earnedCents: p.earnedCents,
    capCents: p.capCents,
    projectedCents: p.projectedCents,
    lowCents: p.lowCents,
    highCents: p.highCents,
    horizon: p.horizon,
    daysLeft: p.daysLeft,
    method: p.method,
    basis: p.basis,
    ratePerDay: main ? main.usedPerDay : null,
    rateMetric: main ? main.metric : null,
    capDate: p.capDate,
    capReached: p.capReached,
    paceNeeded: p.paceNeeded,
    leftOnTableCents: p.leftOnTableCents,
    nextPayout: payouts.find((x) => x.status === 'due') ?? null,
    payouts,
    progress: p.progress,
  };
}

/** Promotions by action, and posted ones per platform. */
export function promotionCounts(events: readonly PromotionEvent[]): Report['promotions'] {
  const byPlatform: Partial<Record<Platform, number>> = {};
  let posted = 0;
  let inserted = 0;
  let copied = 0;
  for (const e of events) {
    if (e.action === 'posted') {
      posted++;
      byPlatform[e.platform] = (byPlatform[e.platform] ?? 0) + 1;
    } else if (e.action === 'link_inserted') inserted++;
    else copied++;
  }
  return { posted, inserted, copied, byPlatform };
}

export function buildReport(input: ReportInput): Report {
  const { programs, errors } = activePrograms(input.settings);
  const reports = programs.map((program) => reportProgram(program, input.results, input));
  return {
    asOf: input.asOf,
    demo: input.demo ?? false,
    programs: reports,
    totals: {
      earnedCents: reports.reduce((s, r) => s + r.earnedCents, 0),
      projectedCents: reports.reduce((s, r) => s + r.projectedCents, 0),
    },
    promotions: promotionCounts(input.events),
    errors,
  };
}
