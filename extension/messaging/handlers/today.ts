import { dayBounds, today } from '../../../shared/dates/today';
import { postedByPlatform } from '../../db/events-store';
import { brokenChecks } from '../../db/health-store';
import { readSettings } from '../../db/settings-store';
import type { Handler } from '../router';
import type { HandlerDeps } from './deps';
import { defaultLink } from './widget-state';

// The popup's day: promotions *posted* today (a link inserted but never sent is not a promotion;
// the same count as the report's "posted"), per platform, for today in the ledger's zone — the
// same day as the dashboard's and the programs' (shared/dates/today.ts).

export function todayHandler({ db, now, identity }: HandlerDeps): Handler<'today'> {
  return async () => {
    const day = today(now());
    const { from, to } = dayBounds(day);
    const [byPlatform, broken, { settings }] = await Promise.all([
      postedByPlatform(db, from, to),
      brokenChecks(db),
      readSettings(db),
    ]);
    // After the reads: a database reopened by them has been checked by then (db/identity.ts).
    const dataLost = (await identity?.lost()) ?? null;
    const link = defaultLink(settings);
    return {
      day,
      byPlatform,
      defaultLink: link ? { id: link.id, label: link.label, url: link.url } : null,
      dataLost,
      broken: broken.map((r) => ({
        platform: r.platform,
        feature: r.feature,
        surface: r.surface,
        since: r.since,
      })),
    };
  };
}
