import type { Day } from '../dates/days';
import { DailyLedger } from '../engine/ledger';
import { payoutCalendar } from '../engine/payouts';
import { type Pace, type Projection, type ProjectionMethod, projectEarnings } from '../engine/projection';
import type { Payout, Progress } from '../engine/types';
import { activePrograms } from '../programs/catalog';
import type { Platform } from '../schemas/common';
import type { FieldError } from '../schemas/errors';
import type { PromotionEvent } from '../schemas/event';
import type { ProgramDefinition, ProgramWindow } from '../schemas/program';
import type { ResultEntry } from '../schemas/result';
import type { Settings } from '../schemas/settings';

// The numbers behind `npm run report` and the dashboard's overview: one entry per enabled program.

export interface ReportInput {
  settings: Settings;
  events: readonly PromotionEvent[];
  results: readonly ResultEntry[];
  asOf: Day;
  method?: ProjectionMethod;
  /** Shown in the header so that nobody mistakes demo numbers for their own. */
  demo?: boolean;
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
  capDate: Day | null;
  capReached: boolean;
  paceNeeded: Pace[];
  leftOnTableCents: number | null;
  nextPayout: Payout | null;
  payouts: Payout[];
  progress: Progress[];
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

function reportProgram(
  program: ProgramDefinition,
  results: readonly ResultEntry[],
  input: ReportInput,
): ProgramReport {
  const ledger = DailyLedger.fromResults(results, program.id);
  const p = projectEarnings(program, ledger, {
    asOf: input.asOf,
    ...(input.method ? { method: input.method } : {}),
  });
  return reportFromProjection(program, p, input.asOf);
}

/** One program's report entry from its projection (the dashboard builds the projection in a worker). */
export function reportFromProjection(program: ProgramDefinition, p: Projection, asOf: Day): ProgramReport {
  const payouts = payoutCalendar(program, p.accruals, asOf);
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
