import { describe, expect, it } from 'vitest';
import type { EngineLabel, EngineLabelId, PayoutNote, PayoutNoteKind } from '../shared/engine/types';
import { formatter } from './format';
import { engineLabel, MESSAGES, payoutNote, VIEWS } from './i18n';

/** Every leaf of a dictionary: strings as they are, functions called with sample arguments. */
function leaves(value: unknown, path = ''): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  if (typeof value === 'function') {
    const args = Array.from({ length: value.length }, (_, i) => (i % 2 === 0 ? 3 : 'X'));
    return [[path, String((value as (...a: unknown[]) => unknown)(...args))]];
  }
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => leaves(v, path ? `${path}.${k}` : k));
  return [];
}

describe('the dashboard’s dictionaries', () => {
  it('have the same keys in English and French, none empty', () => {
    const en = leaves(MESSAGES.en);
    const fr = leaves(MESSAGES.fr);
    expect(fr.map(([k]) => k)).toEqual(en.map(([k]) => k));
    for (const [key, text] of [...en, ...fr]) expect(text.trim(), key).not.toBe('');
  });

  it('name every view', () => {
    for (const lang of ['en', 'fr'] as const)
      for (const v of VIEWS) expect(MESSAGES[lang].nav[v]).toBeTruthy();
  });

  it('are really translated (French differs from English in most places)', () => {
    const en = new Map(leaves(MESSAGES.en));
    const same = leaves(MESSAGES.fr)
      .filter(([k, v]) => en.get(k) === v)
      .map(([k]) => k);
    // Brand and platform names, and a few words that are the same in both languages.
    expect(same.length).toBeLessThan(40);
  });
});

// One sample of every label id and note kind the engine returns (the `satisfies` makes tsc fail when a
// new id or kind is added to shared/engine/types.ts without a sample here).
const LABELS = {
  'reach-cap': [
    { id: 'reach-cap', metric: 'signups' },
    { id: 'reach-cap', metric: 'visits' },
  ],
  tier: [{ id: 'tier', text: 'Tier 1: 5 reels reached 100 plays' }],
  requirement: [
    { id: 'requirement', min: 20, metric: 'reels', platform: 'facebook' },
    { id: 'requirement', min: 3, metric: 'signups' },
  ],
  'distinct-days': [
    { id: 'distinct-days', days: 10 },
    { id: 'distinct-days', days: 1 },
  ],
  obligation: [{ id: 'obligation', min: 4, metric: 'reels_exclusive', month: 2 }],
  'window-needed': [
    { id: 'window-needed', rule: 'cadence' },
    { id: 'window-needed', rule: 'contract' },
  ],
} satisfies { [K in EngineLabelId]: Extract<EngineLabel, { id: K }>[] };

const NOTES = {
  scheduled: [
    {
      kind: 'scheduled',
      schedule: { type: 'monthly', dayOfMonth: 21, monthsAfter: 1 },
      payer: 'Instagram',
      carriedCents: 0,
    },
    { kind: 'scheduled', schedule: { type: 'monthly', dayOfMonth: 5, monthsAfter: 0 }, carriedCents: 0 },
    { kind: 'scheduled', schedule: { type: 'monthly', dayOfMonth: 5, monthsAfter: 2 }, carriedCents: 0 },
    {
      kind: 'scheduled',
      schedule: { type: 'after_month_end', days: 30 },
      carriedCents: 2000,
      forfeitAfterMonths: 6,
    },
    {
      kind: 'scheduled',
      schedule: { type: 'after_window', days: 30 },
      windowEnd: '2025-06-22',
      carriedCents: 0,
    },
    { kind: 'scheduled', schedule: { type: 'after_window', days: 30 }, windowEnd: null, carriedCents: 0 },
    { kind: 'scheduled', schedule: { type: 'after_accrual', days: 1 }, carriedCents: 0 },
  ],
  'under-threshold': [
    { kind: 'under-threshold', thresholdCents: 2500, next: 'next-run' },
    { kind: 'under-threshold', thresholdCents: 2500, next: 'later', forfeitAfterMonths: 6 },
    { kind: 'under-threshold', thresholdCents: 2500, next: 'carried' },
  ],
  forfeited: [{ kind: 'forfeited', thresholdCents: 2500 }],
} satisfies { [K in PayoutNoteKind]: Extract<PayoutNote, { kind: K }>[] };

describe('counts in sentences', () => {
  it('agree in number, in English and in French', () => {
    expect(MESSAGES.en.activity.totals(1, 1, 0)).toBe('1 posted, 1 link inserted, 0 copied.');
    expect(MESSAGES.en.activity.totals(3, 2, 1_200)).toBe('3 posted, 2 links inserted, 1,200 copied.');
    expect(MESSAGES.fr.activity.totals(1, 0, 2).replace(/\s/g, ' ')).toBe(
      '1 publiée, 0 lien inséré, 2 copiés.',
    );
  });
});

describe('what the engine says, in both languages', () => {
  const en = { t: MESSAGES.en, f: formatter('en') };
  const fr = { t: MESSAGES.fr, f: formatter('fr') };

  it('words every label id in French, differently from English but for the catalog’s tier names', () => {
    for (const [id, samples] of Object.entries(LABELS))
      for (const label of samples as EngineLabel[]) {
        const inEn = engineLabel(en.t, en.f, label);
        const inFr = engineLabel(fr.t, fr.f, label);
        expect(inEn.trim(), id).not.toBe('');
        expect(inFr.trim(), id).not.toBe('');
        expect(inFr).not.toContain('[object');
        if (id === 'tier') expect(inFr, id).toBe(inEn);
        else expect(inFr, `${id}: ${inEn}`).not.toBe(inEn);
      }
    expect(engineLabel(fr.t, fr.f, LABELS.requirement[0] as EngineLabel)).toBe('20 reels sur Facebook');
    expect(engineLabel(fr.t, fr.f, LABELS['reach-cap'][0] as EngineLabel)).toBe(
      'inscriptions pour atteindre le plafond',
    );
  });

  it('words every payout note kind in French, differently from English', () => {
    for (const [kind, samples] of Object.entries(NOTES))
      for (const note of samples as PayoutNote[])
        for (const creators of [undefined, 3]) {
          const inEn = payoutNote(en.t, en.f, note, creators);
          const inFr = payoutNote(fr.t, fr.f, note, creators);
          expect(inEn.trim(), kind).not.toBe('');
          expect(inFr, `${kind}: ${inEn}`).not.toBe(inEn);
          expect(inFr).not.toMatch(/\b(Paid|Under the|carried|creators)\b/);
          expect(inEn).not.toMatch(/\b(Versé|Sous le|reporté|créateurs)\b/);
        }
    const carried = NOTES.scheduled[3] as PayoutNote;
    expect(payoutNote(en.t, en.f, carried)).toBe(
      'Paid 30 days after the end of the month earned. Includes $20.00 carried over from earlier runs. Set up a payout account within 6 months or this is forfeited.',
    );
    expect(payoutNote(fr.t, fr.f, carried)).toMatch(
      /^Versé 30 jours après la fin du mois gagné\. Dont 20,00\s\$US reportés/,
    );
  });
});
