import { addDays, type Day, daySpan } from '../../shared/dates/days';
import { LEDGER_TIME_ZONE } from '../../shared/dates/today';
import { PLATFORMS, type Platform } from '../../shared/schemas/common';
import type { PromotionAction, Surface } from '../../shared/schemas/event';
import type { EventIndex } from './event-index';

// Promotion activity: what was promoted where, per day. One pass over the events.

export interface ActionCounts {
  posted: number;
  inserted: number;
  copied: number;
}

export interface SurfaceActivity extends ActionCounts {
  platform: Platform;
  surface: Surface;
}

export interface DailyActivity {
  /** Every day from the first to the last day with an event (local to the dashboard's zone). */
  days: Day[];
  /** Posted promotions per platform, aligned with `days`. */
  posted: Record<Platform, number[]>;
}

export interface ActivityModel {
  totals: ActionCounts;
  byPlatform: (ActionCounts & { platform: Platform })[];
  bySurface: SurfaceActivity[];
  daily: DailyActivity;
}

const FIELD: Record<PromotionAction, keyof ActionCounts> = {
  posted: 'posted',
  link_inserted: 'inserted',
  link_copied: 'copied',
};

/** A year and a half of daily bars at most; a log spanning more is cut to its latest days. */
export const MAX_ACTIVITY_DAYS = 2_000;

const zero = (): ActionCounts => ({ posted: 0, inserted: 0, copied: 0 });

export function activityModel(index: EventIndex): ActivityModel {
  const totals = zero();
  const byPlatform = new Map<Platform, ActionCounts>();
  const bySurface = new Map<string, SurfaceActivity>();
  for (const e of index.events) {
    const field = FIELD[e.action];
    totals[field]++;
    let p = byPlatform.get(e.platform);
    if (!p) {
      p = zero();
      byPlatform.set(e.platform, p);
    }
    p[field]++;
    const sKey = `${e.platform}|${e.surface}`;
    let s = bySurface.get(sKey);
    if (!s) {
      s = { platform: e.platform, surface: e.surface, ...zero() };
      bySurface.set(sKey, s);
    }
    s[field]++;
  }

  const { posted: postedByDay } = index.zone(LEDGER_TIME_ZONE);
  let first: Day | null = null;
  let last: Day | null = null;
  for (const day of postedByDay.keys()) {
    if (first === null || day < first) first = day;
    if (last === null || day > last) last = day;
  }
  const posted = Object.fromEntries(PLATFORMS.map((p) => [p, [] as number[]])) as Record<Platform, number[]>;
  const days: Day[] = [];
  if (first !== null && last !== null) {
    const span = daySpan(first, last);
    const start = span > MAX_ACTIVITY_DAYS ? addDays(last, -(MAX_ACTIVITY_DAYS - 1)) : first;
    for (let day = start; day <= last; day = addDays(day, 1)) {
      days.push(day);
      const row = postedByDay.get(day);
      for (const p of PLATFORMS) posted[p].push(row ? row[p] : 0);
    }
  }

  return {
    totals,
    byPlatform: PLATFORMS.filter((p) => byPlatform.has(p)).map((platform) => ({
      platform,
      ...(byPlatform.get(platform) as ActionCounts),
    })),
    bySurface: [...bySurface.values()].sort(
      (a, b) => PLATFORMS.indexOf(a.platform) - PLATFORMS.indexOf(b.platform) || b.posted - a.posted,
    ),
    daily: { days, posted },
  };
}
