import type { Day } from '../dates/days';
import { addDays, dayOfMonthAfter, lastOfMonth, maxDay, minDay } from '../dates/days';
import type { PayoutSchedule, ProgramDefinition } from '../schemas/program';
import { formatCents, plural } from './rules/common';
import type { Accrual, Payout } from './types';

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

function scheduleNote(program: ProgramDefinition, schedule: PayoutSchedule): string {
  switch (schedule.type) {
    case 'monthly': {
      const month =
        schedule.monthsAfter === 0
          ? 'the month earned'
          : schedule.monthsAfter === 1
            ? 'the following month'
            : `the month ${schedule.monthsAfter} months after the month earned`;
      return `Paid on day ${schedule.dayOfMonth} of ${month}`;
    }
    case 'after_month_end':
      return `Paid ${plural(schedule.days, 'day')} after the end of the month earned`;
    case 'after_window':
      return program.window
        ? `Paid ${plural(schedule.days, 'day')} after the program ends (${program.window.end})`
        : 'Paid after the program ends, but it has no window: assumed paid on the 1st of the month after earning';
    case 'after_accrual':
      return `Paid ${plural(schedule.days, 'day')} after it was earned`;
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
  for (const a of accruals) {
    if (a.cents <= 0) continue;
    const date = runDate(program, a.day);
    const run = runs.get(date);
    if (run) {
      run.cents += a.cents;
      run.from = minDay(run.from, a.day);
      run.to = maxDay(run.to, a.day);
    } else {
      runs.set(date, { cents: a.cents, from: a.day, to: a.day });
    }
  }

  const base = scheduleNote(program, rules.schedule) + (rules.payer ? `, by ${rules.payer}` : '');
  const threshold = formatCents(rules.thresholdCents);
  const forfeitNote =
    rules.forfeitAfterMonths === undefined
      ? ''
      : ` Set up a payout account within ${plural(rules.forfeitAfterMonths, 'month')} or this is forfeited.`;

  const out: Payout[] = [];
  const dates = [...runs.keys()].sort();
  let carried: Balance | null = null;
  dates.forEach((date, i) => {
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
      const carriedNote = carried
        ? ` Includes ${formatCents(carried.cents)} carried over from earlier runs.`
        : '';
      out.push({
        ...entry,
        status: date <= asOf ? 'paid' : 'due',
        note: `${base}.${carriedNote}${forfeitNote}`,
      });
      carried = null;
    } else if (rules.rollover) {
      const next =
        i === dates.length - 1
          ? `carried over until later earnings bring the balance to ${threshold}`
          : 'carried to the next payment run';
      out.push({
        ...entry,
        status: 'rolled_over',
        note: `Under the ${threshold} payout threshold: ${next}.${forfeitNote}`,
      });
      carried = balance;
    } else {
      out.push({
        ...entry,
        status: 'forfeited',
        note: `Under the ${threshold} payout threshold, and this program does not carry balances over: forfeited.`,
      });
      carried = null;
    }
  });
  return out;
}
