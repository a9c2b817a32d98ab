import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../../shared/dates/days';
import { DEMO_AS_OF, demoData } from '../../shared/demo/demo-data';
import { compareMembers } from '../../shared/engine/team';
import { buildReport, type MemberProgramReport } from '../../shared/report/build-report';
import type { ResultEntry } from '../../shared/schemas/result';
import { dashboardModel, MEMBER_DETAIL_LIMIT, topMembers } from './dashboard-model';

// A large team's per-creator detail is cut to what the page lists (P6: the model crosses from the
// worker to the page); every sum stays the whole team's, and the page is told how many are left out.

const REFERRALS = 'instagram-referrals-2025';

/** `n` creators, creator i with (i % 9) sign-ups a day over 20 days (some under the cap, some over). */
function team(n: number): ResultEntry[] {
  const rows: ResultEntry[] = [];
  for (let i = 0; i < n; i++)
    for (let d = 0; d < 20; d++)
      rows.push({
        day: addDays('2025-05-12', d),
        program: REFERRALS,
        metric: 'signups',
        count: (i % 9) + (d % 2),
        platform: d % 3 === 0 ? 'tiktok' : 'youtube',
        source: 'import',
        member: `c${String(i).padStart(3, '0')}`,
      });
  return rows;
}

const rank = (a: MemberProgramReport, b: MemberProgramReport) =>
  b.projectedCents - a.projectedCents || b.earnedCents - a.earnedCents || compareMembers(a.member, b.member);

describe('a large team’s per-creator detail', () => {
  it('lists the highest projections only, counts the others, and keeps every sum the team’s', () => {
    const demo = demoData();
    const n = MEMBER_DETAIL_LIMIT + 37;
    const data = { settings: demo.settings, events: demo.events, results: team(n) };
    const model = dashboardModel(data, { asOf: DEMO_AS_OF, method: 'run-rate', member: null });
    const expected = buildReport({ ...data, asOf: DEMO_AS_OF });
    const program = model.programs.find((p) => p.report.id === REFERRALS);
    const full = expected.programs.find((p) => p.id === REFERRALS);
    expect(full?.members).toHaveLength(n);
    expect(program?.membersNotShown).toBe(37);
    expect(program?.report.members).toEqual(
      [...(full?.members ?? [])].sort(rank).slice(0, MEMBER_DETAIL_LIMIT),
    );
    // Everything else is the report's, figure for figure.
    expect({ ...program?.report, members: [] }).toEqual({ ...full, members: [] });
    expect(model.report.totals).toEqual(expected.totals);
    // The Team view and the member filter still see every creator (and the demo's own, by her events).
    expect(model.members.filter((m) => m.results > 0)).toHaveLength(n);
    expect(model.members.reduce((s, m) => s + m.earnedCents, 0)).toBe(expected.totals.earnedCents);
    // Other programs (no team) say nothing is left out.
    expect(
      model.programs.filter((p) => p.report.id !== REFERRALS).every((p) => p.membersNotShown === 0),
    ).toBe(true);
  });

  it('picks the same creators, in the same order, as sorting the whole team would', () => {
    const memberArb = fc.record({
      member: fc.option(fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'), { nil: null }),
      projectedCents: fc.integer({ min: 0, max: 50 }),
      earnedCents: fc.integer({ min: 0, max: 50 }),
    });
    fc.assert(
      fc.property(fc.array(memberArb, { maxLength: 40 }), fc.integer({ min: 1, max: 12 }), (rows, limit) => {
        const members = rows.map((r) => ({ ...r }) as unknown as MemberProgramReport);
        const { shown, notShown } = topMembers(members, limit);
        if (members.length <= limit) {
          expect(shown).toEqual(members);
          expect(notShown).toBe(0);
        } else {
          expect(shown).toEqual([...members].sort(rank).slice(0, limit));
          expect(notShown).toBe(members.length - limit);
        }
      }),
      { numRuns: 300 },
    );
  });
});
