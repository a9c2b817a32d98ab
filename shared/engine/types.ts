import type { Day } from '../dates/days';

/** Money that became due on a day: the unit of the payout calendar. */
export interface Accrual {
  day: Day;
  cents: number;
  /** What it is for, in plain words: "12 sign-ups", "Tier 1: 5 reels reached 100 plays". */
  label: string;
}

/** Progress towards one milestone, tier, cadence rule or contract obligation. */
export interface Progress {
  id: string;
  label: string;
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
  note: string;
}
