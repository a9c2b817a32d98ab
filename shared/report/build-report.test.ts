import { describe, expect, it } from 'vitest';
import { addDays } from '../dates/days';
import { DEMO_AS_OF, demoData } from '../demo/demo-data';
import type { ResultEntry } from '../schemas/result';
import { defaultSettings, type Settings } from '../schemas/settings';
import { buildReport } from './build-report';
import { ENGINE_WORDS } from './engine-text';
import { formatReport } from './format-report';

// Caps, thresholds, tiers and cadence rules apply per creator (docs/programs.md): a merged team log
// is reported as the sum of each creator's own figures.

const REFERRALS = 'instagram-referrals-2025';
const CAP = 2_000_000;

const settings: Settings = {
  ...defaultSettings(),
  programs: {
    [REFERRALS]: { enabled: true, params: { window: { start: '2025-05-12', end: '2025-06-22' } } },
  },
};

/** `perDay` sign-ups a day for `days` days from the window's start. */
function signups(perDay: number, days: number, member?: string): ResultEntry[] {
  return Array.from({ length: days }, (_, i) => ({
    day: addDays('2025-05-12', i),
    program: REFERRALS,
    metric: 'signups',
    count: perDay,
    source: 'import' as const,
    ...(member ? { member } : {}),
  }));
}

const report = (results: ResultEntry[], asOf = '2025-06-08') =>
  buildReport({ settings, events: [], results, asOf });

describe('a merged team log', () => {
  it('applies the Referrals cap to each creator: two creators above it earn twice the cap', () => {
    // 10 sign-ups a day for 28 days: $28,000 each before the cap.
    const r = report([...signups(10, 28, 'ana'), ...signups(10, 28, 'ben')]);
    const referrals = r.programs[0];
    expect(referrals?.earnedCents).toBe(2 * CAP);
    expect(referrals?.capCents).toBe(2 * CAP);
    expect(referrals?.capReached).toBe(true);
    expect(referrals?.members?.map((m) => [m.member, m.earnedCents, m.capReached])).toEqual([
      ['ana', CAP, true],
      ['ben', CAP, true],
    ]);
    // As one creator it would have been capped once.
    expect(report([...signups(20, 28)]).programs[0]?.earnedCents).toBe(CAP);
  });

  it('adds up earned, projection, band, left on the table and payouts, and leaves the cap date per creator', () => {
    const rows = [...signups(3, 28, 'ana'), ...signups(9, 28, 'ben'), ...signups(2, 28)];
    const team = report(rows).programs[0];
    const alone = (who: string | undefined) => report(rows.filter((r) => r.member === who)).programs[0];
    const parts = [alone('ana'), alone('ben'), alone(undefined)];
    const sum = (pick: (p: NonNullable<(typeof parts)[number]>) => number) =>
      parts.reduce((s, p) => s + (p ? pick(p) : 0), 0);
    expect(team?.earnedCents).toBe(sum((p) => p.earnedCents));
    expect(team?.projectedCents).toBe(sum((p) => p.projectedCents));
    expect(team?.lowCents).toBe(sum((p) => p.lowCents));
    expect(team?.highCents).toBe(sum((p) => p.highCents));
    expect(team?.leftOnTableCents).toBe(sum((p) => p.leftOnTableCents ?? 0));
    expect(team?.capCents).toBe(3 * CAP);
    expect(team?.payouts.reduce((s, p) => s + p.cents, 0)).toBe(
      sum((p) => p.payouts.reduce((s, x) => s + x.cents, 0)),
    );
    expect(team?.nextPayout?.cents).toBe(sum((p) => p.nextPayout?.cents ?? 0));
    expect(team?.nextPayout?.creators).toBe(3);
    // Rows without a member are one more creator, listed last.
    expect(team?.members?.map((m) => m.member)).toEqual(['ana', 'ben', null]);
    // Cap date, pace and progress belong to each creator.
    expect(team?.capDate).toBeNull();
    expect(team?.paceNeeded).toEqual([]);
    expect(team?.members?.find((m) => m.member === 'ben')?.capDate).toBe(alone('ben')?.capDate);
    expect(team?.members?.find((m) => m.member === 'ana')?.paceNeeded).toEqual(alone('ana')?.paceNeeded);
  });

  it('gives one creator’s log exactly the single-creator figures, member or not', () => {
    const plain = report(signups(6, 28));
    const named = report(signups(6, 28, 'ana'));
    expect(named).toEqual(plain);
    expect(plain.programs[0]?.members).toBeUndefined();
    expect(plain.programs[0]?.capDate).not.toBeNull();
    // The demo is one creator ("maya"): no per-member breakdown.
    const demo = demoData();
    expect(buildReport({ ...demo, asOf: DEMO_AS_OF }).programs.every((p) => !p.members)).toBe(true);
  });

  it('prints the per-creator lines under the program, in English and French', () => {
    const r = report([...signups(10, 28, 'ana'), ...signups(3, 28, 'ben')]);
    const en = formatReport(r, 'en');
    expect(en).toContain('Cap reached        per creator (below)');
    expect(en).toContain('Per creator (2; caps, thresholds and tiers apply to each)');
    expect(en).toMatch(/ {4}ana +\$20,000\.00 \/ cap \$20,000\.00 .*cap reached on 2025-05-31/);
    expect(en).toMatch(/ {4}ben +\$8,400\.00 \/ cap \$20,000\.00/);
    const fr = formatReport(r, 'fr');
    expect(fr).toContain('Par créateur (2 ;');
    expect(fr).toMatch(
      / {4}ana +20\s000,00\s\$US \/ plafond 20\s000,00\s\$US .*plafond atteint le 2025-05-31/,
    );
    expect(fr).toContain(ENGINE_WORDS.fr.creators(2));
    expect(fr).not.toContain('Paid ');
  });
});
