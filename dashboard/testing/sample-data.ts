import { addDays } from '../../shared/dates/days';
import { DEMO_WINDOW, demoData } from '../../shared/demo/demo-data';
import { exportEventsCsv } from '../../shared/io/events-csv';
import { buildExportFile, serializeExport } from '../../shared/io/export-json';
import { exportResultsCsv } from '../../shared/io/results-csv';
import { PLATFORMS } from '../../shared/schemas/common';
import type { PromotionEvent } from '../../shared/schemas/event';
import type { ResultEntry } from '../../shared/schemas/result';
import type { Settings } from '../../shared/schemas/settings';

// Files a team lead would import, made from the demo so that every run sees the same numbers: the
// e2e suite and the benchmarks use them. Test data only; nothing in the app imports this file.

export interface SampleFile {
  name: string;
  text: string;
}

/** The demo campaign as another creator ran it: own member name, own event ids, scaled results. */
export function creator(member: string, scale: number): { events: PromotionEvent[]; results: ResultEntry[] } {
  const demo = demoData();
  return {
    events: demo.events.map((e) => ({ ...e, id: `${member}-${e.id}`, member })),
    results: demo.results.map((r) => ({ ...r, member, count: Math.max(0, Math.round(r.count * scale)) })),
  };
}

/** Settings a team lead uses: Referrals over the demo window, Stars, and the Breakthrough Bonus. */
export function teamSettings(): Settings {
  const settings = demoData().settings;
  return {
    ...settings,
    member: 'lead',
    programs: {
      ...settings.programs,
      'breakthrough-bonus': {
        enabled: true,
        params: { window: { start: DEMO_WINDOW.start, end: addDays(DEMO_WINDOW.start, 89) } },
      },
    },
  };
}

/**
 * Reels for the Breakthrough Bonus, as in the example: 14 of 20 Facebook reels, 7 of 10
 * Instagram reels, on 6 of 10 distinct days, in the first 30-day period.
 */
export function breakthroughResults(member: string): ResultEntry[] {
  const facebook: [number, number][] = [
    [0, 3],
    [3, 2],
    [7, 3],
    [12, 2],
    [18, 2],
    [25, 2],
  ];
  const instagram: [number, number][] = [
    [0, 2],
    [7, 2],
    [18, 2],
    [25, 1],
  ];
  const row = (offset: number, count: number, platform: 'facebook' | 'instagram'): ResultEntry => ({
    day: addDays(DEMO_WINDOW.start, offset),
    program: 'breakthrough-bonus',
    metric: 'reels',
    count,
    platform,
    source: 'import',
    member,
  });
  return [
    ...facebook.map(([d, c]) => row(d, c, 'facebook')),
    ...instagram.map(([d, c]) => row(d, c, 'instagram')),
  ];
}

function exportJson(events: PromotionEvent[], results: ResultEntry[], settings?: Settings): string {
  return serializeExport(
    buildExportFile({
      events,
      results,
      exportedAt: '2025-06-08T20:00:00Z',
      ...(settings ? { settings } : {}),
    }),
  );
}

/**
 * Three creators' files: ana's and ben's exports (JSON, ben's carrying the team's settings) and
 * chloé's results as CSV. Clean, so that `npm run report` accepts them too.
 */
export function teamFiles(): SampleFile[] {
  const ana = creator('ana', 1);
  const ben = creator('ben', 0.6);
  const chloe = creator('chloe', 1.4);
  return [
    { name: 'ana.json', text: exportJson(ana.events, [...ana.results, ...breakthroughResults('ana')]) },
    { name: 'ben.json', text: exportJson(ben.events, ben.results, teamSettings()) },
    { name: 'chloe-results.csv', text: exportResultsCsv(chloe.results) },
  ];
}

/** A log CSV of `n` events spread over six weeks, four platforms and `members` members. */
export function bigEventsCsv(n: number, members = 40): string {
  return exportEventsCsv(bigEvents(n, members));
}

export function bigEvents(n: number, members = 40): PromotionEvent[] {
  const start = Date.UTC(2025, 4, 12, 15);
  const out: PromotionEvent[] = [];
  for (let i = 0; i < n; i++) {
    const platform = PLATFORMS[i % 4] as PromotionEvent['platform'];
    out.push({
      id: `big-${i}`,
      time: new Date(start + Math.floor((i / n) * 42 * 86_400_000)).toISOString(),
      platform,
      surface: platform === 'discord' ? 'message' : 'comment',
      action: i % 3 === 0 ? 'link_inserted' : 'posted',
      linkId: 'link-profile',
      pageUrl: `https://www.${platform}.com/@creator${i % members}`,
      member: `member-${i % members}`,
    });
  }
  return out;
}

/**
 * `n` result rows as a large team's merged export holds them: 112 per member (28 days × 4
 * platforms), each (day, platform, member) once.
 */
export function bigResults(n: number): ResultEntry[] {
  const out: ResultEntry[] = [];
  for (let i = 0; i < n; i++) {
    const j = i % 112;
    out.push({
      day: addDays('2025-05-12', j % 28),
      program: 'instagram-referrals-2025',
      metric: 'signups',
      count: 1 + (i % 3),
      platform: PLATFORMS[Math.floor(j / 28)] as ResultEntry['platform'],
      source: 'import',
      member: `m${Math.floor(i / 112)}`,
    });
  }
  return out;
}

export function bigResultsCsv(n: number): string {
  return exportResultsCsv(bigResults(n));
}

/**
 * `n` result rows of a large team: `members` members, each with n / members rows (days × 4
 * platforms), as a lead's merged results CSV holds them (issue 10: 1,000,000 rows, 25,000 members).
 */
export function teamResultsCsv(n: number, members: number): string {
  const perMember = Math.max(4, Math.floor(n / members));
  const days = Math.ceil(perMember / 4);
  const out: ResultEntry[] = [];
  for (let i = 0; i < n; i++) {
    const member = Math.floor(i / perMember);
    const j = i % perMember;
    out.push({
      day: addDays('2025-05-12', j % days),
      program: 'instagram-referrals-2025',
      metric: 'signups',
      count: 1 + (i % 3),
      platform: PLATFORMS[Math.floor(j / days) % 4] as ResultEntry['platform'],
      source: 'import',
      member: `m${member}`,
    });
  }
  return exportResultsCsv(out);
}
