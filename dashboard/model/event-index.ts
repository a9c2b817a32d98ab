import { dayBucketer } from '../../extension/db/filters';
import { addDays, type Day, daySpan } from '../../shared/dates/days';
import { PLATFORMS, type Platform } from '../../shared/schemas/common';
import type { PromotionEvent } from '../../shared/schemas/event';

// The promotion log, indexed once per data load and member selection: every count the model needs
// from events (promotions per day and platform in a zone, the span of days) comes from here, so a
// model over 100k events walks them once instead of once per program and per figure (P6, P7).

export type PlatformCounts = Record<Platform, number>;

export interface ZoneIndex {
  /** Posted promotions per local day and platform. */
  posted: Map<Day, PlatformCounts>;
  /** First and last local day with any event, posted or not. */
  first: Day | null;
  last: Day | null;
}

const zeros = (): PlatformCounts => ({ tiktok: 0, youtube: 0, discord: 0, substack: 0 });

export class EventIndex {
  private readonly zones = new Map<string, ZoneIndex>();

  constructor(readonly events: readonly PromotionEvent[]) {}

  zone(timeZone: string): ZoneIndex {
    let z = this.zones.get(timeZone);
    if (!z) {
      z = buildZone(this.events, dayBucketer(timeZone));
      this.zones.set(timeZone, z);
    }
    return z;
  }

  /** Posted promotions in [from, to] (local days of `timeZone`), per platform. */
  postedIn(timeZone: string, from: Day, to: Day): PlatformCounts {
    const out = zeros();
    const { posted } = this.zone(timeZone);
    // Walk whichever is shorter: the range's days or the days that have posts.
    if (daySpan(from, to) <= posted.size) {
      for (let day = from; day <= to; day = addDays(day, 1)) add(out, posted.get(day));
    } else {
      for (const [day, counts] of posted) if (day >= from && day <= to) add(out, counts);
    }
    return out;
  }

  /** Posted promotions in [from, to] (local days of `timeZone`), all platforms: shared/engine's `PostedCounter`. */
  postedBetween(timeZone: string, from: Day, to: Day): number {
    return totalOf(this.postedIn(timeZone, from, to));
  }
}

function add(into: PlatformCounts, counts: PlatformCounts | undefined): void {
  if (!counts) return;
  for (const p of PLATFORMS) into[p] += counts[p];
}

function buildZone(events: readonly PromotionEvent[], dayOf: (time: string) => Day): ZoneIndex {
  const posted = new Map<Day, PlatformCounts>();
  let first: Day | null = null;
  let last: Day | null = null;
  for (const e of events) {
    const day = dayOf(e.time);
    if (first === null || day < first) first = day;
    if (last === null || day > last) last = day;
    if (e.action !== 'posted') continue;
    let counts = posted.get(day);
    if (!counts) {
      counts = zeros();
      posted.set(day, counts);
    }
    counts[e.platform]++;
  }
  return { posted, first, last };
}

export function totalOf(counts: PlatformCounts): number {
  return counts.tiktok + counts.youtube + counts.discord + counts.substack;
}
