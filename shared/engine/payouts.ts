import type { Day } from '../dates/days';
import { addDays, dayOfMonthAfter, lastOfMonth, maxDay, minDay } from '../dates/days';
import type { ProgramDefinition } from '../schemas/program';
import type { Accrual, Payout, PayoutNote, PayoutStatus } from './types';

/** Money awaiting a payment run, and the earning days it covers. */
interface Balance {
  cents: number;
  from: Day;
  to: Day;
}

/** The payment run an amount earned on `day` belongs to. */
function runDate(program: ProgramDefinition, day: Day): Day {
  const schedule = program.payout.schedule;
  switch (schedule.type) {
    case 'monthly': {
      // With `monthsAfter: 0`, money earned after that month's pay day waits for next month's run
      // rather than being "paid" before it was earned.
      const date = dayOfMonthAfter(day, schedule.monthsAfter, schedule.dayOfMonth);
      return date >= day ? date : dayOfMonthAfter(day, schedule.monthsAfter + 1, schedule.dayOfMonth);
    }
    case 'after_month_end':
      return addDays(lastOfMonth(day), schedule.days);
    case 'after_window':
      // Without a window there is no end to wait for: assume a monthly run on the 1st (see the note).
      return program.window ? addDays(program.window.end, schedule.days) : dayOfMonthAfter(day, 1, 1);
    case 'after_accrual':
      return addDays(day, schedule.days);
  }
}

/**
 * When the accrued money is paid. Accruals are grouped into payment runs by the program's schedule;
 * at each run the unpaid balance (the run's amount plus whatever rolled over) is paid when it
 * reaches the threshold. Below it, the balance becomes a `rolled_over` entry and is carried to the
 * next run (or a `forfeited` entry when the program does not roll over). A balance still under the
 * threshold after the last run stays as the final `rolled_over` entry, so that paid + due +
 * forfeited + that final balance always equals what was earned.
 */
export function payoutCalendar(
  program: ProgramDefinition,
  accruals: readonly Accrual[],
  asOf: Day,
): Payout[] {
  const rules = program.payout;
  const runs = new Map<Day, Balance>();
  // Accruals come in day order, often several a day (and after a window, all to one run).
  let lastDay: Day | null = null;
  let lastRun: Day = '';
  const fixedRun =
    rules.schedule.type === 'after_window' && program.window
      ? addDays(program.window.end, rules.schedule.days)
      : null;
  for (const a of accruals) {
    if (a.cents <= 0) continue;
    if (a.day !== lastDay) {
      lastDay = a.day;
      lastRun = fixedRun ?? runDate(program, a.day);
    }
    const date = lastRun;
    const run = runs.get(date);
    if (run) {
      run.cents += a.cents;
      run.from = minDay(run.from, a.day);
      run.to = maxDay(run.to, a.day);
    } else {
      runs.set(date, { cents: a.cents, from: a.day, to: a.day });
    }
  }

  const forfeit =
    rules.forfeitAfterMonths === undefined ? {} : { forfeitAfterMonths: rules.forfeitAfterMonths };
  const out: Payout[] = [];
  const dates = runs.size === 1 ? [...runs.keys()] : [...runs.keys()].sort();
  let carried: Balance | null = null;
  for (let i = 0; i < dates.length; i++) {
    const date = dates[i] as Day;
    const run = runs.get(date) as Balance;
    const balance: Balance = carried
      ? {
          cents: carried.cents + run.cents,
          from: minDay(carried.from, run.from),
          to: maxDay(carried.to, run.to),
        }
      : run;
    const entry = {
      programId: program.id,
      date,
      cents: balance.cents,
      earnedFrom: balance.from,
      earnedTo: balance.to,
    };
    if (balance.cents >= rules.thresholdCents) {
      out.push({
        ...entry,
        status: date <= asOf ? 'paid' : 'due',
        note: scheduledNote(program, carried ? carried.cents : 0, forfeit),
      });
      carried = null;
    } else if (rules.rollover) {
      out.push({
        ...entry,
        status: 'rolled_over',
        note: {
          kind: 'under-threshold',
          thresholdCents: rules.thresholdCents,
          next: i === dates.length - 1 ? 'later' : 'next-run',
          ...forfeit,
        },
      });
      carried = balance;
    } else {
      out.push({
        ...entry,
        status: 'forfeited',
        note: { kind: 'forfeited', thresholdCents: rules.thresholdCents },
      });
      carried = null;
    }
  }
  return out;
}

function scheduledNote(
  program: ProgramDefinition,
  carriedCents: number,
  forfeit: { forfeitAfterMonths?: number },
): PayoutNote {
  const rules = program.payout;
  return {
    kind: 'scheduled',
    schedule: rules.schedule,
    ...(rules.schedule.type === 'after_window' ? { windowEnd: program.window?.end ?? null } : {}),
    ...(rules.payer ? { payer: rules.payer } : {}),
    carriedCents,
    ...forfeit,
  };
}

const STATUS_ORDER = { paid: 0, due: 1, rolled_over: 2, forfeited: 3 } as const;

/** Adds `b` into `a`, a team entry's own copy of its first creator's note. */
function mergeNote(a: PayoutNote, b: PayoutNote): void {
  if (a.kind === 'scheduled' && b.kind === 'scheduled') a.carriedCents += b.carriedCents;
  else if (a.kind === 'under-threshold' && b.kind === 'under-threshold' && a.next !== b.next)
    a.next = 'carried';
}

/**
 * A team's payout calendar from each creator's own (every creator's threshold, rollover and schedule
 * applied to their own earnings): the entries of one payment date and status added up, with how many
 * creators each sums. The amounts are the sums of the creators' entries, so paid + due + forfeited +
 * final balances still equal what the team earned.
 */
export function teamPayoutCalendar(calendars: readonly (readonly Payout[])[]): Payout[] {
  const sum = new PayoutSum();
  for (const calendar of calendars) sum.add(calendar);
  return sum.result();
}

/** `teamPayoutCalendar`, one creator's calendar at a time (none needs keeping after it is added). */
export class PayoutSum {
  /** payment date → status → the entries added up */
  private readonly merged = new Map<Day, Map<PayoutStatus, Payout & { creators: number }>>();

  add(calendar: readonly Payout[]): void {
    for (const p of calendar) {
      let byStatus = this.merged.get(p.date);
      if (!byStatus) {
        byStatus = new Map();
        this.merged.set(p.date, byStatus);
      }
      const m = byStatus.get(p.status);
      if (!m) {
        byStatus.set(p.status, { ...p, note: { ...p.note }, creators: 1 });
        continue;
      }
      m.cents += p.cents;
      m.earnedFrom = minDay(m.earnedFrom, p.earnedFrom);
      m.earnedTo = maxDay(m.earnedTo, p.earnedTo);
      mergeNote(m.note, p.note);
      m.creators++;
    }
  }

  result(): Payout[] {
    const out: Payout[] = [];
    for (const byStatus of this.merged.values()) out.push(...byStatus.values());
    return out.sort((a, b) =>
      a.date < b.date ? -1 : a.date > b.date ? 1 : STATUS_ORDER[a.status] - STATUS_ORDER[b.status],
    );
  }
}
