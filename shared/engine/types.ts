import type { Day } from '../dates/days';
import type { PayoutSchedule } from '../schemas/program';

// What the engine says about a figure is structured data, never a sentence: the dashboard
// (dashboard/i18n.ts) and the report (shared/report/format-report.ts) turn it into English or French.

/**
 * What a progress item or a pace is about.
 * - `reach-cap`: the referral metric still needed to reach the program's cap;
 * - `tier`: a challenge tier, named by the catalog (sourced text, not translated);
 * - `requirement`: a cadence rule's minimum of a metric in the period, on a platform or on all;
 * - `distinct-days`: a cadence rule's posting days in the period;
 * - `obligation`: a contract's monthly minimum of a metric, in month `month` (1-based);
 * - `window-needed`: the rule cannot be checked before the program's window (its start) is set.
 */
export type EngineLabel =
  | { id: 'reach-cap'; metric: 'signups' | 'visits' }
  | { id: 'tier'; text: string }
  | { id: 'requirement'; min: number; metric: string; platform?: string }
  | { id: 'distinct-days'; days: number }
  | { id: 'obligation'; min: number; metric: string; month: number }
  | { id: 'window-needed'; rule: 'cadence' | 'contract' };

export type EngineLabelId = EngineLabel['id'];

/**
 * Why a payout is where it is.
 * - `scheduled` (paid or due): when the program pays (`schedule`; `windowEnd` for after-window
 *   schedules, null when the program has no window and a monthly run on the 1st is assumed), who pays,
 *   the part carried over from earlier runs, and the months after which an unclaimed payout is lost;
 * - `under-threshold` (rolled over): under `thresholdCents`; `next` says whether it goes to the next
 *   run, waits for later earnings (the last run), or — for a team's sum of several creators' balances
 *   that differ in this — is simply carried over;
 * - `forfeited`: under the threshold in a program that does not carry balances over.
 */
export type PayoutNote =
  | {
      kind: 'scheduled';
      schedule: PayoutSchedule;
      windowEnd?: Day | null;
      payer?: string;
      carriedCents: number;
      forfeitAfterMonths?: number;
    }
  | {
      kind: 'under-threshold';
      thresholdCents: number;
      next: 'next-run' | 'later' | 'carried';
      forfeitAfterMonths?: number;
    }
  | { kind: 'forfeited'; thresholdCents: number };

export type PayoutNoteKind = PayoutNote['kind'];

/** Money that became due on a day: the unit of the payout calendar. */
export interface Accrual {
  day: Day;
  cents: number;
  /**
   * What it is for, in English: "12 sign-ups", "Tier 1: 5 reels reached 100 plays". A trace for tests
   * and debugging: neither the dashboard nor the report shows it.
   */
  label: string;
}

/** Progress towards one milestone, tier, cadence rule or contract obligation. */
export interface Progress {
  id: string;
  label: EngineLabel;
  current: number;
  target: number;
  reached: boolean;
  /** The period the progress belongs to (inclusive), when the rule works per period. */
  periodStart?: Day;
  periodEnd?: Day;
  /** False when the period has ended (or will end) without the target being reachable. */
  reachable: boolean;
}

export interface Earnings {
  programId: string;
  /** Sum of the accruals up to and including the `through` day. */
  earnedCents: number;
  /** The most the program can pay in all, or null when it has no overall cap. */
  capCents: number | null;
  /** Chronological, every one on or before `through` and inside the window. */
  accruals: Accrual[];
  /** Progress in the period holding `through` (challenges, cadence, contracts); empty otherwise. */
  progress: Progress[];
}

export type PayoutStatus = 'paid' | 'due' | 'rolled_over' | 'forfeited';

/** One expected payment, or a balance carried over, on the payout calendar. */
export interface Payout {
  programId: string;
  /** The day the money is expected (or, for a rollover, the payment run it missed). */
  date: Day;
  cents: number;
  /** paid: the date is on or before as-of; due: after it; rolled_over: under the threshold, carried on. */
  status: PayoutStatus;
  /** The earning days this payment covers (inclusive). */
  earnedFrom: Day;
  earnedTo: Day;
  note: PayoutNote;
  /**
   * Only in a team's calendar (several creators): how many creators' payments or balances this entry
   * adds up (each creator's threshold and schedule applied to their own earnings).
   */
  creators?: number;
}
