import type { Day } from '../../dates/days';
import { addDays, daysBetween, maxDay, minDay } from '../../dates/days';
import type { ProgramOf } from '../../schemas/program';
import type { DailyLedger } from '../ledger';
import type { Accrual, Earnings, EngineLabel, Progress } from '../types';
import { activeDays, earningsOf, plural, pushAccrual, scopeOf } from './common';

type CadenceProgram = ProgramOf<'cadence'>;

interface CadencePeriod {
  index: number;
  start: Day;
  /** Inclusive; clipped to the window's end, since nothing after it counts. */
  end: Day;
}

/** Period `index` (0-based): `periodDays` days from `start + index × periodDays`, clipped to the window. */
function periodAt(program: CadenceProgram, start: Day, index: number): CadencePeriod {
  const from = addDays(start, index * program.periodDays);
  const end = addDays(from, program.periodDays - 1);
  return { index, start: from, end: program.window ? minDay(end, program.window.end) : end };
}

/** Equal shares rounded down; the last period takes the remainder so the shares add up to the total. */
export function cadenceShare(program: CadenceProgram, index: number): number {
  const share = Math.floor(program.totalCents / program.periods);
  return index === program.periods - 1 ? program.totalCents - share * (program.periods - 1) : share;
}

interface PeriodCounts {
  perRequirement: number[];
  distinctDays: number;
}

/** Counts of one period, read from its active days only. */
function countPeriod(program: CadenceProgram, ledger: DailyLedger, days: readonly Day[]): PeriodCounts {
  const perRequirement = program.requirements.map(() => 0);
  let distinctDays = 0;
  for (const day of days) {
    let posted = false;
    program.requirements.forEach((r, i) => {
      const count = ledger.count(day, r.metric, r.platform);
      perRequirement[i] = (perRequirement[i] ?? 0) + count;
      if (count > 0) posted = true;
    });
    if (posted) distinctDays++;
  }
  return { perRequirement, distinctDays };
}

function qualifies(program: CadenceProgram, counts: PeriodCounts): boolean {
  return (
    program.requirements.every((r, i) => (counts.perRequirement[i] ?? 0) >= r.min) &&
    counts.distinctDays >= program.minDistinctDays
  );
}

function requirementLabel(r: CadenceProgram['requirements'][number]): EngineLabel {
  return { id: 'requirement', min: r.min, metric: r.metric, ...(r.platform ? { platform: r.platform } : {}) };
}

/**
 * Breakthrough Bonus: `periods` periods of `periodDays` from the window's start. A period qualifies
 * when every requirement's metric (on its platform) reaches its minimum within the period and those
 * metrics were posted on at least `minDistinctDays` distinct days; other metrics, such as
 * cross-posted reels, never count. A qualifying period accrues its share on its last day.
 */
export function cadenceEarnings(program: CadenceProgram, ledger: DailyLedger, through: Day): Earnings {
  const programWindow = program.window;
  if (programWindow === undefined) {
    const note: Progress = {
      id: 'window-start',
      label: { id: 'window-needed', rule: 'cadence' },
      current: 0,
      target: 1,
      reached: false,
      reachable: true,
    };
    return earningsOf(program, [], [note], program.totalCents);
  }
  const start = programWindow.start;

  // Group the active days by period in one pass.
  const byPeriod = new Map<number, Day[]>();
  for (const day of activeDays(ledger, program.requirements, scopeOf(program, through))) {
    const index = Math.floor(daysBetween(start, day) / program.periodDays);
    if (index >= program.periods) break;
    const list = byPeriod.get(index);
    if (list) list.push(day);
    else byPeriod.set(index, [day]);
  }

  const accruals: Accrual[] = [];
  for (let index = 0; index < program.periods; index++) {
    const period = periodAt(program, start, index);
    if (period.start > period.end || period.end > through) break;
    const counts = countPeriod(program, ledger, byPeriod.get(index) ?? []);
    if (!qualifies(program, counts)) continue;
    const label = `Period ${index + 1} of ${program.periods} qualified (${plural(counts.distinctDays, 'posting day')})`;
    pushAccrual(accruals, period.end, cadenceShare(program, index), label);
  }

  // Progress in the period holding `through`: the first before it starts, the last after it ends.
  const lastDay = minDay(periodAt(program, start, program.periods - 1).end, programWindow.end);
  const at = minDay(maxDay(through, start), lastDay);
  const current = periodAt(
    program,
    start,
    Math.max(0, Math.floor(daysBetween(start, at) / program.periodDays)),
  );
  const counts = countPeriod(program, ledger, byPeriod.get(current.index) ?? []);
  // Days after `through` still open for posting in this period (`through` itself is taken as final).
  const daysLeft = Math.max(0, daysBetween(maxDay(through, addDays(current.start, -1)), current.end));
  const span = { periodStart: current.start, periodEnd: current.end };
  const progress: Progress[] = program.requirements.map((r, i) => {
    const value = counts.perRequirement[i] ?? 0;
    const reached = value >= r.min;
    return {
      id: `${r.metric}${r.platform ? `-${r.platform}` : ''}`,
      label: requirementLabel(r),
      current: value,
      target: r.min,
      reached,
      reachable: reached || daysLeft > 0,
      ...span,
    };
  });
  progress.push({
    id: 'distinct-days',
    label: { id: 'distinct-days', days: program.minDistinctDays },
    current: counts.distinctDays,
    target: program.minDistinctDays,
    reached: counts.distinctDays >= program.minDistinctDays,
    reachable: counts.distinctDays + daysLeft >= program.minDistinctDays,
    ...span,
  });

  return earningsOf(program, accruals, progress, program.totalCents);
}
