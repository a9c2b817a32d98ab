import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../dates/days';
import { DailyLedger } from '../engine/ledger';
import { compareMembers, groupRows } from '../engine/team';
import { EVERY_KIND_METRICS, settingsWithEveryKind } from '../engine/test-programs';
import type { Payout } from '../engine/types';
import type { ResultEntry } from '../schemas/result';
import { buildReport, type ProgramReport } from './build-report';

// A team's entry is made one creator at a time (rows grouped by member, each creator's ledger built,
// projected and dropped, the figures added up as they come). It must equal what each creator's own
// report says, added up: the plain path, one buildReport per creator on their rows alone.

const settings = settingsWithEveryKind();

const MEMBERS = ['ana', 'ben', 'chloe', undefined] as const;

const rowArb = fc.record({
  day: fc.integer({ min: 0, max: 80 }).map((i) => addDays('2025-05-01', i)),
  pick: fc.constantFrom(...EVERY_KIND_METRICS, ['not-enabled', 'signups'] as const),
  count: fc.oneof(fc.integer({ min: 0, max: 30 }), fc.integer({ min: 0, max: 400 })),
  platform: fc.constantFrom(undefined, 'tiktok', 'facebook', 'instagram'),
  member: fc.constantFrom(...MEMBERS),
});

/** Random rows, unique per result key (as the store keeps them). */
const rowsArb = fc.array(rowArb, { maxLength: 150 }).map((list) => {
  const seen = new Map<string, ResultEntry>();
  for (const { day, pick, count, platform, member } of list) {
    const r: ResultEntry = {
      day,
      program: pick[0] as string,
      metric: pick[1] as string,
      count,
      source: 'import',
      ...(platform ? { platform: platform as ResultEntry['platform'] & string } : {}),
      ...(member ? { member } : {}),
    };
    seen.set(`${r.day}|${r.program}|${r.metric}|${r.platform ?? ''}|${r.member ?? ''}`, r);
  }
  return [...seen.values()];
});

const MONEY = ['earnedCents', 'projectedCents', 'lowCents', 'highCents'] as const;

function sumOrNull(values: (number | null)[]): number | null {
  return values.some((v) => v === null) ? null : values.reduce<number>((s, v) => s + (v ?? 0), 0);
}

describe('a team’s entry, one creator at a time', () => {
  it('equals the creators’ own reports added up, for every kind of program', () => {
    fc.assert(
      fc.property(
        rowsArb,
        fc.integer({ min: -5, max: 100 }),
        fc.constantFrom('run-rate' as const, 'trend' as const),
        (results, offset, method) => {
          const asOf = addDays('2025-05-01', offset);
          const team = buildReport({ settings, events: [], results, asOf, method });
          expect(team.programs).toHaveLength(Object.keys(settings.programs).length);
          for (const entry of team.programs) {
            const rows = results.filter((r) => r.program === entry.id);
            const names = [...new Set(rows.map((r) => r.member ?? null))].sort(compareMembers);
            const own = (who: string | null) =>
              buildReport({
                settings,
                events: [],
                results: results.filter((r) => (r.member ?? null) === who),
                asOf,
                method,
              }).programs.find((p) => p.id === entry.id) as ProgramReport;
            if (names.length <= 1) {
              expect(entry.members).toBeUndefined();
              if (names.length === 1) expect(entry).toEqual(own(names[0] ?? null));
              continue;
            }
            const parts = names.map(own);
            expect(entry.members?.map((m) => m.member)).toEqual(names);
            for (const field of MONEY) expect(entry[field]).toBe(parts.reduce((s, p) => s + p[field], 0));
            expect(entry.capCents).toBe(sumOrNull(parts.map((p) => p.capCents)));
            expect(entry.leftOnTableCents).toBe(sumOrNull(parts.map((p) => p.leftOnTableCents)));
            expect(entry.capReached).toBe(parts.every((p) => p.capReached));
            expect(entry.capDate).toBeNull();
            parts.forEach((p, i) => {
              const m = entry.members?.[i];
              expect(m).toEqual({
                member: names[i],
                earnedCents: p.earnedCents,
                capCents: p.capCents,
                projectedCents: p.projectedCents,
                lowCents: p.lowCents,
                highCents: p.highCents,
                basis: p.basis,
                ratePerDay: p.ratePerDay,
                capDate: p.capDate,
                capReached: p.capReached,
                paceNeeded: p.paceNeeded,
                leftOnTableCents: p.leftOnTableCents,
                nextPayout: p.nextPayout ? { date: p.nextPayout.date, cents: p.nextPayout.cents } : null,
                progress: p.progress,
              });
            });
            // The calendar: per date and status, the creators' entries added up.
            const expected = new Map<string, { cents: number; creators: number }>();
            for (const p of parts.flatMap((x) => x.payouts)) {
              const key = `${p.date}|${p.status}`;
              const e = expected.get(key) ?? { cents: 0, creators: 0 };
              expected.set(key, { cents: e.cents + p.cents, creators: e.creators + 1 });
            }
            expect(
              new Map(
                entry.payouts.map((p: Payout) => [
                  `${p.date}|${p.status}`,
                  { cents: p.cents, creators: p.creators },
                ]),
              ),
            ).toEqual(expected);
          }
        },
      ),
      { numRuns: 80 },
    );
  });
});

describe('rows grouped by program and member', () => {
  it('give each member’s ledger as their rows alone would, in member order', () => {
    fc.assert(
      fc.property(rowsArb, (results) => {
        const all = groupRows(results);
        const some = groupRows(results, ['facebook-stars', 'absent']);
        expect([...all.byProgram.keys()].sort()).toEqual([...new Set(results.map((r) => r.program))].sort());
        expect([...some.byProgram.keys()]).toEqual(['facebook-stars', 'absent']);
        expect(some.byProgram.get('absent')?.length).toBe(0);
        const days = results.map((r) => r.day).sort();
        expect(all.first).toBe(days[0] ?? null);
        expect(all.last).toBe(days.at(-1) ?? null);
        for (const [id, groups] of all.byProgram) {
          const rows = results.filter((r) => r.program === id);
          expect(groups.members).toEqual(
            [...new Set(rows.map((r) => r.member ?? null))].sort(compareMembers),
          );
          const same = (a: DailyLedger, b: DailyLedger) => {
            expect(a.allDays()).toEqual(b.allDays());
            for (const metric of b.metrics())
              for (const platform of [undefined, 'tiktok', 'facebook', 'instagram'])
                for (const day of b.allDays())
                  expect(a.count(day, metric, platform)).toBe(b.count(day, metric, platform));
          };
          groups.members.forEach((member, i) => {
            const mine = rows.filter((r) => (r.member ?? null) === member);
            expect(groups.rows(i)).toBe(mine.length);
            same(groups.ledger(i), DailyLedger.fromResults(mine, id));
            const alone = groups.only(member);
            expect(alone.members).toEqual([member]);
            same(alone.ledger(0), DailyLedger.fromResults(mine, id));
          });
          same(groups.total(), DailyLedger.fromResults(rows, id));
          expect(groups.only('nobody').length).toBe(0);
        }
      }),
      { numRuns: 150 },
    );
  });
});
