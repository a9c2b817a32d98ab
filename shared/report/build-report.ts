import type { Day } from '../dates/days';
import { DailyLedger } from '../engine/ledger';
import { PayoutSum, payoutCalendar } from '../engine/payouts';
import {
  type Pace,
  type Projection,
  type ProjectionMethod,
  type ProjectionOptions,
  projectEarnings,
} from '../engine/projection';
import {
  groupByMember,
  type MemberGroups,
  memberAt,
  type ProgramMembers,
  ProjectionSum,
} from '../engine/team';

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
  /** What the charts draw: the creator's projection, or the members' added up (`ProjectionSum`). */
  projection: Projection;
  /** The program's rows in one ledger: the creator's, or the members' added up. */
  ledger: DailyLedger;
}

/**
 * One program over one creator's or several creators' ledgers (`groupByMember`),
 * each projected with the same options. A team's creators are projected one at a time and only their
 * figures are kept. The dashboard calls this too, so both show the same figures.
 */
export function computeProgram(
  program: ProgramDefinition,
  members: ProgramMembers,
  options: ProjectionOptions,
): ProgramComputation {
  if (members.length <= 1) {
    const ledger = members.length === 1 ? memberAt(members, 0).ledger : new DailyLedger();
    const p = projectEarnings(program, ledger, options);
    return { report: reportFromProjection(program, p, options.asOf), projection: p, ledger };
  }
  const team = new TeamSum(program, options.asOf);
  const ledger = new DailyLedger();
  for (let i = 0; i < members.length; i++) {
    const own = memberAt(members, i);
    team.add(own.member, projectEarnings(program, own.ledger, options));
    ledger.addLedger(own.ledger);
  }
  return { ...team.result(), ledger };
}

/** A team's entry, one member's projection at a time: each creator's own figures and payouts. */
class TeamSum {
  private readonly projection = new ProjectionSum();
  private readonly payouts = new PayoutSum();
  private readonly members: MemberProgramReport[] = [];

  constructor(
    private readonly program: ProgramDefinition,
    private readonly asOf: Day,
  ) {}

  add(member: string | null, p: Projection): void {
    const payouts = payoutCalendar(this.program, p.accruals, this.asOf);
    this.payouts.add(payouts);
    this.projection.add(p);
    const next = payouts.find((x) => x.status === 'due');
    this.members.push({
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
    });
  }

  result(): { report: ProgramReport; projection: Projection } {
    const projection = this.projection.result();
    const report = reportFields(this.program, projection, this.payouts.result());
    report.members = this.members;
    return { report, projection };
  }
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
  const groups = groupByMember(
    input.results,
    programs.map((p) => p.id),
  );
  const options = { asOf: input.asOf, ...(input.method ? { method: input.method } : {}) };
  const reports = programs.map(
    (program) => computeProgram(program, groups.get(program.id) as MemberGroups, options).report,
  );
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
