import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NO_MEMBER } from '../../extension/db/store';
import { addDays } from '../../shared/dates/days';
import { DEMO_AS_OF, demoData } from '../../shared/demo/demo-data';
import { DailyLedger } from '../../shared/engine/ledger';
import { EVERY_KIND_METRICS, settingsWithEveryKind } from '../../shared/engine/test-programs';
import { observedConversion, whatIf } from '../../shared/engine/what-if';
import { findProgram } from '../../shared/programs/catalog';
import { buildReport } from '../../shared/report/build-report';
import type { PromotionEvent } from '../../shared/schemas/event';
import { programDefinitionSchema } from '../../shared/schemas/program';
import type { ResultEntry } from '../../shared/schemas/result';
import { defaultSettings, type Settings } from '../../shared/schemas/settings';
import { breakthroughResults, creator, teamSettings } from '../testing/sample-data';
import { MAX_ACTIVITY_DAYS } from './activity';
import { dashboardModel, whatIfModel } from './dashboard-model';
import { EventIndex } from './event-index';

// The dashboard shows the numbers `npm run report` prints: its report part must equal buildReport's.

function reportOf(
  data: { settings: Settings; events: PromotionEvent[]; results: ResultEntry[] },
  asOf: string,
  method: 'run-rate' | 'trend' = 'run-rate',
) {
  return dashboardModel(data, { asOf, method, member: null }).report;
}

const settingsWithAll = settingsWithEveryKind();

const resultArb = fc.record({
  day: fc.integer({ min: 0, max: 80 }).map((i) => addDays('2025-05-01', i)),
  pick: fc.constantFrom(...EVERY_KIND_METRICS),
  count: fc.integer({ min: 0, max: 400 }),
  platform: fc.constantFrom(undefined, 'tiktok', 'facebook', 'instagram'),
  member: fc.constantFrom(undefined, 'ana', 'ben'),
});

function uniqueResults(rows: fc.Arbitrary<ResultEntry[]>) {
  return rows.map((list) => {
    const seen = new Map<string, ResultEntry>();
    for (const r of list)
      seen.set(`${r.day}|${r.program}|${r.metric}|${r.platform ?? ''}|${r.member ?? ''}`, r);
    return [...seen.values()];
  });
}

const resultsArb = uniqueResults(
  fc.array(
    resultArb.map(
      ({ day, pick, count, platform, member }): ResultEntry => ({
        day,
        program: pick[0] as string,
        metric: pick[1] as string,
        count,
        source: 'import',
        ...(platform ? { platform: platform as ResultEntry['platform'] & string } : {}),
        ...(member ? { member } : {}),
      }),
    ),
    { maxLength: 120 },
  ),
);

describe('the dashboard model', () => {
  it('equals buildReport on the demo', () => {
    const demo = demoData();
    for (const method of ['run-rate', 'trend'] as const) {
      const expected = buildReport({ ...demo, asOf: DEMO_AS_OF, method });
      expect(reportOf(demo, DEMO_AS_OF, method)).toEqual({ ...expected, demo: false });
    }
  });

  it('equals buildReport on generated data, for every kind of program and any as-of', () => {
    fc.assert(
      fc.property(
        resultsArb,
        fc.integer({ min: -5, max: 100 }),
        fc.constantFrom('run-rate' as const, 'trend' as const),
        (results, offset, method) => {
          const asOf = addDays('2025-05-01', offset);
          const data = { settings: settingsWithAll, events: demoData().events, results };
          const expected = buildReport({ ...data, asOf, method });
          expect(expected.errors).toEqual([]);
          expect(expected.programs).toHaveLength(7);
          expect(reportOf(data, asOf, method)).toEqual(expected);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('filters everything by member, and sums members back to the team', () => {
    const demo = demoData();
    const other: ResultEntry[] = demo.results.map((r) => ({ ...r, member: 'zoé' }));
    const data = { settings: demo.settings, events: demo.events, results: [...demo.results, ...other] };
    const team = dashboardModel(data, { asOf: DEMO_AS_OF, method: 'run-rate', member: null });
    const maya = dashboardModel(data, { asOf: DEMO_AS_OF, method: 'run-rate', member: 'maya' });
    const zoe = dashboardModel(data, { asOf: DEMO_AS_OF, method: 'run-rate', member: 'zoé' });
    expect(maya.report.programs.map((p) => p.earnedCents)).toEqual(
      buildReport({ ...demo, asOf: DEMO_AS_OF }).programs.map((p) => p.earnedCents),
    );
    // zoé has results but no events of her own.
    expect(zoe.report.promotions.posted).toBe(0);
    expect(maya.report.promotions.posted).toBe(team.report.promotions.posted);
    expect(team.members.map((m) => m.member)).toEqual(['maya', 'zoé']);
    expect(team.members.find((m) => m.member === 'maya')?.earnedCents).toBe(maya.report.totals.earnedCents);
    expect(team.counts.results).toBe(maya.counts.results + zoe.counts.results);
    // Two creators: each under their own cap, the team's figures are the sums.
    team.report.programs.forEach((p, i) => {
      expect(p.earnedCents).toBe(
        (maya.report.programs[i]?.earnedCents ?? 0) + (zoe.report.programs[i]?.earnedCents ?? 0),
      );
      expect(p.projectedCents).toBe(
        (maya.report.programs[i]?.projectedCents ?? 0) + (zoe.report.programs[i]?.projectedCents ?? 0),
      );
    });
  });

  it('equals buildReport on a merged team log, each creator under their own caps', () => {
    const [ana, ben, chloe] = [creator('ana', 1), creator('ben', 0.6), creator('chloe', 1.4)];
    const data = {
      settings: teamSettings(),
      events: [...ana.events, ...ben.events, ...chloe.events],
      results: [...ana.results, ...breakthroughResults('ana'), ...ben.results, ...chloe.results],
    };
    const model = dashboardModel(data, { asOf: DEMO_AS_OF, method: 'run-rate', member: null });
    const expected = buildReport({ ...data, asOf: DEMO_AS_OF });
    expect(model.report).toEqual(expected);
    const referrals = model.programs.find((p) => p.report.id === 'instagram-referrals-2025');
    expect(referrals?.report.members?.map((m) => m.member)).toEqual(['ana', 'ben', 'chloe']);
    expect(referrals?.report.capCents).toBe(3 * 2_000_000);
    expect(referrals?.report.capDate).toBeNull();
    // Each creator's own figures are what the model shows for that creator alone.
    for (const who of ['ana', 'ben', 'chloe']) {
      const alone = dashboardModel(data, { asOf: DEMO_AS_OF, method: 'run-rate', member: who });
      const own = alone.programs.find((p) => p.report.id === 'instagram-referrals-2025')?.report;
      const inTeam = referrals?.report.members?.find((m) => m.member === who);
      expect(inTeam?.earnedCents).toBe(own?.earnedCents);
      expect(inTeam?.projectedCents).toBe(own?.projectedCents);
      expect(inTeam?.capDate).toBe(own?.capDate);
      expect(model.members.find((m) => m.member === who)?.earnedCents).toBe(alone.report.totals.earnedCents);
    }
    // The chart and month figures add the creators' accruals up too.
    expect(referrals?.series.actual.at(-1)?.cents).toBe(referrals?.report.earnedCents);
    expect(referrals?.series.projected.at(-1)?.cents).toBe(referrals?.report.projectedCents);
    // The calendar is the report's, entry for entry.
    expect(model.payouts.map(({ programName: _n, ...p }) => p)).toEqual(
      expect.arrayContaining(expected.programs.flatMap((p) => p.payouts)),
    );
    // The what-if of the team starts from the same projection and has no single cap date.
    const w = whatIfModel(data, {
      programId: 'instagram-referrals-2025',
      asOf: DEMO_AS_OF,
      method: 'run-rate',
      member: null,
      extraPromotionsPerDay: 3,
    });
    expect(w?.creators).toBe(3);
    expect(w?.base.projectedCents).toBe(referrals?.report.projectedCents);
    expect(w?.base.capDate).toBeNull();
    expect(w?.scenario.projectedCents).toBeGreaterThanOrEqual(w?.base.projectedCents ?? 0);
    expect(w?.scenario.projectedCents).toBeLessThanOrEqual(3 * 2_000_000);
  });

  it('projects from promotions × conversion where a selection has no results, and says so', () => {
    const demo = demoData();
    // A second creator with promotions but no results: the team's observed conversion applies.
    const events = [...demo.events, ...demo.events.map((e) => ({ ...e, id: `z-${e.id}`, member: 'zoé' }))];
    const data = { settings: demo.settings, events, results: demo.results };
    const zoe = dashboardModel(data, { asOf: DEMO_AS_OF, method: 'run-rate', member: 'zoé' });
    const referral = zoe.programs.find((p) => p.report.id === 'instagram-referrals-2025');
    expect(referral?.report.basis).toBe('none');
    expect(referral?.basis).toMatchObject({ kind: 'promotions', source: 'team' });
    expect(referral?.fromPromotions?.projectedCents).toBeGreaterThan(0);
    // Without a member filter and without an assumption, nothing differs from the report.
    const none = dashboardModel(
      { ...data, results: [] },
      { asOf: DEMO_AS_OF, method: 'run-rate', member: null },
    );
    expect(none.programs.every((p) => p.basis.kind === 'none' && p.fromPromotions === null)).toBe(true);
    // With an assumed conversion, it projects from promotions.
    const assumed = dashboardModel(
      { ...data, results: [] },
      {
        asOf: DEMO_AS_OF,
        method: 'run-rate',
        member: null,
        assumedConversion: { 'instagram-referrals-2025': 0.5 },
      },
    );
    const p = assumed.programs.find((x) => x.report.id === 'instagram-referrals-2025');
    expect(p?.basis).toMatchObject({ kind: 'promotions', source: 'assumed', conversion: 0.5 });
  });

  it('gives the month total, the activity and the payout calendar', () => {
    const demo = demoData();
    const model = dashboardModel(demo, { asOf: DEMO_AS_OF, method: 'run-rate', member: null });
    expect(model.month.month).toBe('2025-06');
    expect(model.month.earnedCents).toBeLessThanOrEqual(model.month.projectedCents);
    expect(model.activity.totals.posted).toBe(buildReport({ ...demo, asOf: DEMO_AS_OF }).promotions.posted);
    const days = model.activity.daily.days;
    expect(days[0]).toBe('2025-05-12');
    for (const p of ['tiktok', 'youtube', 'discord', 'substack'] as const)
      expect(model.activity.daily.posted[p]).toHaveLength(days.length);
    expect(model.payouts.map((p) => p.date)).toEqual([...model.payouts.map((p) => p.date)].sort());
    const series = model.programs[0]?.series;
    expect(series?.actual.at(-1)?.cents).toBe(model.programs[0]?.report.earnedCents);
    expect(series?.projected.at(-1)?.cents).toBe(model.programs[0]?.report.projectedCents);
    expect(model.members.map((m) => m.member)).toEqual(['maya']);
  });

  it('keeps the activity chart within its day limit for a log spanning years', () => {
    const events: PromotionEvent[] = Array.from({ length: 3_000 }, (_, i) => ({
      id: `e${i}`,
      time: new Date(Date.UTC(2018, 0, 1) + i * 86_400_000 + 20 * 3_600_000).toISOString(),
      platform: 'tiktok',
      surface: 'comment',
      action: 'posted',
      linkId: 'l',
      pageUrl: 'https://www.tiktok.com/@x',
    }));
    const model = dashboardModel(
      { settings: defaultSettings(), events, results: [] },
      { asOf: '2026-01-01', method: 'run-rate', member: null },
    );
    expect(model.activity.daily.days).toHaveLength(MAX_ACTIVITY_DAYS);
    expect(model.activity.totals.posted).toBe(3_000);
  });

  it('counts rows without a member as their own group', () => {
    const demo = demoData();
    const events = demo.events.map(({ member: _m, ...e }) => e);
    const model = dashboardModel(
      { ...demo, events },
      { asOf: DEMO_AS_OF, method: 'run-rate', member: NO_MEMBER },
    );
    expect(model.report.promotions.posted).toBeGreaterThan(0);
    expect(model.counts.results).toBe(0);
  });
});

describe('the conversion and what-if over the event index', () => {
  const demo = demoData();
  const program = findProgram('instagram-referrals-2025');
  if (!program) throw new Error('no referrals');
  const ledger = DailyLedger.fromResults(demo.results, program.id);

  it('give the same answers from the index as from the raw events', () => {
    for (const asOf of ['2025-05-01', '2025-05-20', DEMO_AS_OF, '2025-07-01']) {
      const index = new EventIndex(demo.events);
      expect(observedConversion(program, ledger, index, asOf)).toEqual(
        observedConversion(program, ledger, demo.events, asOf),
      );
      for (const conversion of [undefined, 0.3]) {
        const input = { asOf, extraPromotionsPerDay: 3, ...(conversion !== undefined ? { conversion } : {}) };
        expect(whatIf(program, ledger, index, input)).toEqual(whatIf(program, ledger, demo.events, input));
      }
    }
  });

  it('count promotions per local day exactly as Intl does, across DST and odd offsets', () => {
    const zones = [
      'America/Los_Angeles',
      'Asia/Kathmandu',
      'Australia/Lord_Howe',
      'Pacific/Chatham',
      'Europe/Paris',
    ];
    const instant = fc
      .integer({ min: Date.UTC(2025, 2, 1), max: Date.UTC(2025, 11, 31) })
      .map((ms) => new Date(ms).toISOString());
    fc.assert(
      fc.property(
        fc.array(instant, { maxLength: 60 }),
        fc.constantFrom(...zones),
        fc.integer({ min: 0, max: 300 }),
        (times, timeZone, offset) => {
          const def = programDefinitionSchema.parse({
            ...program,
            timeZone,
            window: { start: '2025-03-01', end: '2025-12-31' },
          });
          const events = times.map((time, i) => ({
            ...(demo.events[1] as PromotionEvent),
            id: `t${i}`,
            time,
          }));
          const asOf = addDays('2025-03-01', offset);
          const results: ResultEntry[] = [
            { day: asOf, program: def.id, metric: 'signups', count: 3, source: 'manual' },
          ];
          const l = DailyLedger.fromResults(results, def.id);
          expect(observedConversion(def, l, new EventIndex(events), asOf)).toEqual(
            observedConversion(def, l, events, asOf),
          );
        },
      ),
      { numRuns: 150 },
    );
  });

  it('models a scenario: more promotions a day reach the cap sooner', () => {
    const r = whatIfModel(demo, {
      programId: 'instagram-referrals-2025',
      asOf: '2025-05-25',
      method: 'run-rate',
      member: null,
      extraPromotionsPerDay: 4,
    });
    expect(r?.conversion.source).toBe('observed');
    expect(r?.scenario.projectedCents).toBeGreaterThanOrEqual(r?.base.projectedCents ?? 0);
    expect(r?.deltaCents).toBe((r?.scenario.projectedCents ?? 0) - (r?.base.projectedCents ?? 0));
    expect(
      whatIfModel(demo, {
        programId: 'nope',
        asOf: DEMO_AS_OF,
        method: 'run-rate',
        member: null,
        extraPromotionsPerDay: 1,
      }),
    ).toBeNull();
  });
});
