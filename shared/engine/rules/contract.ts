import type { Day } from '../../dates/days';
import { addDays, addMonths, daysBetween, maxDay, minDay } from '../../dates/days';
import type { ProgramOf } from '../../schemas/program';
import type { DailyLedger } from '../ledger';
import type { Accrual, Earnings, Progress } from '../types';
import { activeDays, earningsOf, pushAccrual, scopeOf } from './common';

type ContractProgram = ProgramOf<'contract'>;

interface ContractMonth {
  index: number;
  start: Day;
  /** Inclusive; clipped to the window's end, since nothing after it counts. */
  end: Day;
}

/**
 * Month `index` runs from `addMonths(start, index)` to the day before `addMonths(start, index + 1)`.
 * Both bounds are computed from the start (not chained), so a contract starting on the 31st keeps
 * its months contiguous: Jan 31–Feb 27, Feb 28–Mar 30, Mar 31–Apr 29, …
 */
function monthAt(start: Day, end: Day, index: number): ContractMonth {
  const from = addMonths(start, index);
  return { index, start: from, end: minDay(addDays(addMonths(start, index + 1), -1), end) };
}

/**
 * Exclusive content deals: `monthlyCents` for each of `months` months from the window's start,
 * paid on the month's last day when every obligation's metric reached `minPerMonth` within it.
 */
export function contractEarnings(program: ContractProgram, ledger: DailyLedger, through: Day): Earnings {
  const cap = program.monthlyCents * program.months;
  const programWindow = program.window;
  if (programWindow === undefined) {
    const note: Progress = {
      id: 'window-start',
      label: { id: 'window-needed', rule: 'contract' },
      current: 0,
      target: 1,
      reached: false,
      reachable: true,
    };
    return earningsOf(program, [], [note], cap);
  }
  const { start, end } = programWindow;

  // Walk the active days once, keeping the month's running counts per obligation.
  const days = activeDays(ledger, program.obligations, scopeOf(program, through));
  let cursor = 0;
  const countMonth = (month: ContractMonth): number[] => {
    const counts = program.obligations.map(() => 0);
    while (cursor < days.length && (days[cursor] as Day) < month.start) cursor++;
    for (; cursor < days.length && (days[cursor] as Day) <= month.end; cursor++) {
      const day = days[cursor] as Day;
      program.obligations.forEach((o, i) => {
        counts[i] = (counts[i] ?? 0) + ledger.count(day, o.metric);
      });
    }
    return counts;
  };
  const met = (counts: number[]) => program.obligations.every((o, i) => (counts[i] ?? 0) >= o.minPerMonth);

  const accruals: Accrual[] = [];
  // The month holding `through` (the first before the contract starts, the last after it ends).
  let current: { month: ContractMonth; counts: number[] } | undefined;
  for (let index = 0; index < program.months; index++) {
    const month = monthAt(start, end, index);
    if (month.start > month.end) break;
    const counts = countMonth(month);
    if (!current || month.start <= through) current = { month, counts };
    if (month.end > through) break;
    if (met(counts)) {
      pushAccrual(accruals, month.end, program.monthlyCents, `Month ${index + 1} of ${program.months}`);
    }
  }

  const progress: Progress[] = [];
  if (current) {
    const { month, counts } = current;
    const daysLeft = Math.max(0, daysBetween(maxDay(through, addDays(month.start, -1)), month.end));
    program.obligations.forEach((o, i) => {
      const value = counts[i] ?? 0;
      const reached = value >= o.minPerMonth;
      progress.push({
        id: o.metric,
        label: { id: 'obligation', min: o.minPerMonth, metric: o.metric, month: month.index + 1 },
        current: value,
        target: o.minPerMonth,
        reached,
        reachable: reached || daysLeft > 0,
        periodStart: month.start,
        periodEnd: month.end,
      });
    });
  }

  return earningsOf(program, accruals, progress, cap);
}
