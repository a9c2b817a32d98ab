import { describe, expect, it } from 'vitest';
import { daySpan } from '../dates/days';
import { type ProgramDefinition, type ProgramOf, programDefinitionSchema } from '../schemas/program';
import { DEFAULT_PROGRAM_ID, defaultSettings, type Settings, settingsSchema } from '../schemas/settings';
import {
  activePrograms,
  CATALOG,
  effectiveProgram,
  findProgram,
  instagramReferrals2025,
  openParameterErrors,
  parseCustomProgram,
  resolveProgram,
} from './index';

function referrals(): ProgramOf<'referral'> {
  const def = findProgram(DEFAULT_PROGRAM_ID);
  if (def?.kind !== 'referral') throw new Error('the default program must be a referral program');
  return def;
}

function fieldsOf(kind: ProgramDefinition['kind']): string[] {
  const option = programDefinitionSchema.options.find((o) => o.shape.kind.value === kind);
  return option ? Object.keys(option.shape) : [];
}

/** A small valid custom challenge; tests change one thing at a time. */
function customChallenge(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: 'my-challenge',
    name: 'My challenge',
    kind: 'challenge',
    period: { type: 'calendar_month' },
    tiers: [{ id: 'first', label: '10 posts', metric: 'posts', target: 10, rewardCents: 5000 }],
    payout: { schedule: { type: 'after_accrual', days: 0 } },
    ...overrides,
  };
}

function settingsWith(input: Record<string, unknown>): Settings {
  return settingsSchema.parse(input);
}

describe('CATALOG', () => {
  it.each(CATALOG.map((def) => [def.id, def] as const))('%s parses with the program schema', (_, def) => {
    expect(programDefinitionSchema.parse(def)).toEqual(def);
  });

  it.each(CATALOG.map((def) => [def.id, def] as const))('%s cites https sources', (_, def) => {
    expect(def.sources.length).toBeGreaterThan(0);
    for (const source of def.sources) expect(new URL(source.url).protocol).toBe('https:');
  });

  it.each(CATALOG.map((def) => [def.id, def] as const))(
    '%s has a confidence tag and a description',
    (_, def) => {
      expect(['official', 'press', 'third-party']).toContain(def.confidence);
      expect(def.description.length).toBeGreaterThan(100);
      expect(def.name.length).toBeGreaterThan(0);
    },
  );

  it.each(CATALOG.map((def) => [def.id, def] as const))(
    '%s opens only real top-level fields of its kind',
    (_, def) => {
      expect(def.openParameters.length).toBeGreaterThan(0);
      const fields = fieldsOf(def.kind);
      for (const name of def.openParameters) expect(fields).toContain(name);
      expect(def.openParameters).not.toContain('id');
      expect(def.openParameters).not.toContain('kind');
      expect(openParameterErrors(def)).toEqual([]);
    },
  );

  it('has unique ids', () => {
    const ids = CATALOG.map((def) => def.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('lists referral programs first, starting with the default program', () => {
    expect(CATALOG[0]?.id).toBe(DEFAULT_PROGRAM_ID);
    const kinds = CATALOG.map((def) => def.kind);
    const firstOther = kinds.findIndex((kind) => kind !== 'referral');
    expect(kinds.slice(firstOther)).not.toContain('referral');
  });

  it('is frozen, so no caller can change what another reads', () => {
    const def = referrals();
    expect(Object.isFrozen(CATALOG)).toBe(true);
    expect(Object.isFrozen(def.payout.schedule)).toBe(true);
    expect(() => {
      (def as { capCents: number | null }).capCents = 1;
    }).toThrow(TypeError);
  });

  it('finds programs by id', () => {
    expect(findProgram('facebook-stars')?.kind).toBe('per_unit');
    expect(findProgram('no-such-program')).toBeUndefined();
  });

  it('encodes Instagram Referrals as docs/programs.md states it', () => {
    const def = referrals();
    expect(def.id).toBe(instagramReferrals2025.id);
    expect(def.name).toBe('Instagram Referrals (2025)');
    expect(def.model).toBe('signups');
    expect(def.capCents).toBe(2_000_000);
    expect(def.centsPerSignup).toBe(10_000);
    expect(def.visitsPerBlock).toBe(1000);
    expect(def.centsPerVisitBlock).toBe(10_000);
    // The cap is reached at 200 sign-ups or 200,000 visits.
    expect(200 * def.centsPerSignup).toBe(def.capCents);
    expect((200_000 / def.visitsPerBlock) * def.centsPerVisitBlock).toBe(def.capCents);
    expect(def.timeZone).toBe('America/Los_Angeles');
    expect(def.window).toEqual({ start: '2025-05-12', end: '2025-06-22' });
    expect(daySpan(def.window?.start ?? '', def.window?.end ?? '')).toBe(42);
    expect(def.payout).toMatchObject({ payer: 'Glimmer', thresholdCents: 0 });
    expect(def.payout.schedule.type).toBe('after_window');
    expect(def.openParameters).toEqual(expect.arrayContaining(['model', 'window', 'capCents']));
  });

  it('gives windowed period programs a window as long as their periods', () => {
    const bonus = findProgram('breakthrough-bonus');
    if (bonus?.kind !== 'cadence' || !bonus.window)
      throw new Error('expected the cadence bonus with a window');
    expect(daySpan(bonus.window.start, bonus.window.end)).toBe(bonus.periodDays * bonus.periods);
    expect(bonus.requirements).toEqual([
      { metric: 'reels', platform: 'facebook', min: 20 },
      { metric: 'reels', platform: 'instagram', min: 10 },
    ]);

    const reels = findProgram('facebook-reels-challenges');
    if (reels?.kind !== 'challenge' || !reels.window || reels.period.type !== 'days') {
      throw new Error('expected the Reels challenges with 30-day periods');
    }
    expect(daySpan(reels.window.start, reels.window.end) % reels.period.days).toBe(0);
  });

  it('keeps the fan-payment unit values of docs/programs.md', () => {
    const badges = findProgram('instagram-live-badges');
    if (badges?.kind !== 'per_unit') throw new Error('expected a per-unit program');
    expect(badges.units.map((u) => u.cents)).toEqual([99, 199, 499]);
    expect(badges.feeBps).toBe(3000);
    expect(badges.payout.thresholdCents).toBe(10_000);

    const gifts = findProgram('instagram-gifts');
    expect(gifts?.payout.forfeitAfterMonths).toBe(6);
  });
});

describe('resolveProgram', () => {
  it('switches the Referrals model and leaves the rest alone', () => {
    const result = resolveProgram(referrals(), { model: 'visits' });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value).toEqual({ ...referrals(), model: 'visits' });
    expect(referrals().model).toBe('signups');
  });

  it('returns a fresh definition the caller may change', () => {
    const result = resolveProgram(referrals(), {});
    if (!result.ok) throw new Error('expected no errors');
    expect(result.value).not.toBe(referrals());
    expect(Object.isFrozen(result.value)).toBe(false);
  });

  it('replaces the window and payout as a whole', () => {
    const window = { start: '2025-05-19', end: '2025-06-29' };
    const payout = { schedule: { type: 'after_window', days: 14 } };
    const result = resolveProgram(referrals(), { window, payout, capCents: 1_500_000 });
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.value.window).toEqual(window);
    // The payer is not merged in from the default: a new payout is given in full.
    expect(result.value.payout).toEqual({ thresholdCents: 0, rollover: true, schedule: payout.schedule });
    expect(result.value.kind === 'referral' && result.value.capCents).toBe(1_500_000);
  });

  it('keeps the default for an undefined value', () => {
    const result = resolveProgram(referrals(), { capCents: undefined });
    expect(result.ok && result.value.kind === 'referral' && result.value.capCents).toBe(2_000_000);
  });

  it('names the field of a bad value', () => {
    const result = resolveProgram(referrals(), { capCents: -5 });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => e.field)).toEqual(['capCents']);
  });

  it('names the inner field of a bad window', () => {
    const result = resolveProgram(referrals(), { window: { start: '2025-06-22', end: '2025-05-12' } });
    expect(result.ok ? [] : result.errors.map((e) => e.field)).toEqual(['window.end']);
  });

  it('rejects parameters that are not open', () => {
    const result = resolveProgram(referrals(), { kind: 'x', model: 'visits' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]?.field).toBe('kind');
    expect(result.errors[0]?.message).toContain(
      'kind is not an open parameter of Instagram Referrals (2025)',
    );
  });
});

describe('parseCustomProgram', () => {
  it('accepts JSON text and tags the program as the user’s', () => {
    const result = parseCustomProgram(JSON.stringify(customChallenge()));
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.value).toMatchObject({ id: 'my-challenge', kind: 'challenge', confidence: 'user' });
    expect(result.value.timeZone).toBe('America/Los_Angeles');
  });

  it('accepts an object as well as text', () => {
    expect(parseCustomProgram(customChallenge()).ok).toBe(true);
  });

  it('names the bad tier field', () => {
    const tiers = [{ id: 'first', label: 'x', metric: 'posts', target: 0, rewardCents: 5000 }];
    const result = parseCustomProgram(JSON.stringify(customChallenge({ tiers })));
    expect(result.ok ? [] : result.errors.map((e) => e.field)).toEqual(['tiers[0].target']);
  });

  it('reports invalid JSON as one error with the parser’s message', () => {
    const text = '{"id": "my-challenge",';
    let parserMessage = '';
    try {
      JSON.parse(text);
    } catch (e) {
      parserMessage = (e as Error).message;
    }
    expect(parseCustomProgram(text)).toEqual({
      ok: false,
      errors: [{ field: '(root)', message: parserMessage }],
    });
  });

  it('rejects JSON that is not one object', () => {
    const result = parseCustomProgram('[1, 2]');
    expect(result.ok ? [] : result.errors.map((e) => e.field)).toEqual(['(root)']);
  });

  it('rejects an id taken by the catalog', () => {
    const result = parseCustomProgram(customChallenge({ id: 'facebook-stars' }));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => e.field)).toEqual(['id']);
    expect(result.errors[0]?.message).toContain('Facebook Stars');
  });

  it('rejects open parameters that are not fields of the program or may never change', () => {
    const result = parseCustomProgram(customChallenge({ openParameters: ['tiers', 'capCents', 'kind'] }));
    expect(result.ok ? [] : result.errors.map((e) => e.field)).toEqual([
      'openParameters[1]',
      'openParameters[2]',
    ]);
  });

  it('reports a missing kind on the kind field', () => {
    const { kind: _, ...withoutKind } = customChallenge();
    const result = parseCustomProgram(withoutKind);
    expect(result.ok ? [] : result.errors.map((e) => e.field)).toEqual(['kind']);
  });
});

describe('effectiveProgram, the one resolver the widget, the dashboard and the report use', () => {
  it('gives the same errors as activePrograms for invalid parameters, never the catalog defaults', () => {
    const settings = settingsWith({
      programs: { 'instagram-referrals-2025': { enabled: true, params: { capCents: -5 } } },
    });
    const resolved = effectiveProgram(settings, 'instagram-referrals-2025');
    expect(resolved?.ok).toBe(false);
    const { errors } = activePrograms(settings);
    expect(resolved?.ok === false && resolved.errors).toEqual(errors[0]?.errors);
  });

  it('resolves a program that is switched off too (a link may promote it), and null for no such id', () => {
    const settings = settingsWith({
      programs: { 'instagram-referrals-2025': { enabled: false, params: { model: 'visits' } } },
    });
    const resolved = effectiveProgram(settings, 'instagram-referrals-2025');
    expect(resolved?.ok && resolved.value.kind === 'referral' && resolved.value.model).toBe('visits');
    expect(effectiveProgram(settings, 'no-such-program')).toBeNull();
  });
});

describe('activePrograms', () => {
  it('gives exactly the Referrals program for default settings', () => {
    const { programs, errors } = activePrograms(defaultSettings());
    expect(errors).toEqual([]);
    expect(programs).toEqual([referrals()]);
  });

  it('applies the parameters of enabled catalog programs, in catalog order', () => {
    const settings = settingsWith({
      programs: {
        'facebook-stars': { enabled: true },
        'instagram-referrals-2025': { enabled: true, params: { model: 'visits' } },
        'instagram-gifts': { enabled: false },
      },
    });
    const { programs, errors } = activePrograms(settings);
    expect(errors).toEqual([]);
    expect(programs.map((p) => p.id)).toEqual(['instagram-referrals-2025', 'facebook-stars']);
    expect(programs[0]?.kind === 'referral' && programs[0].model).toBe('visits');
  });

  it('leaves out and reports a program with bad parameters', () => {
    const settings = settingsWith({
      programs: { 'instagram-referrals-2025': { enabled: true, params: { capCents: -5, kind: 'x' } } },
    });
    const { programs, errors } = activePrograms(settings);
    expect(programs).toEqual([]);
    expect(errors).toEqual([
      { programId: 'instagram-referrals-2025', errors: [expect.objectContaining({ field: 'kind' })] },
    ]);
  });

  it('reports unknown ids instead of throwing', () => {
    const settings = settingsWith({
      programs: { 'instagram-referrals-2025': { enabled: true }, 'gone-program': { enabled: true } },
    });
    const { programs, errors } = activePrograms(settings);
    expect(programs.map((p) => p.id)).toEqual(['instagram-referrals-2025']);
    expect(errors).toEqual([
      { programId: 'gone-program', errors: [expect.objectContaining({ field: 'id' })] },
    ]);
  });

  it('includes custom programs unless they are switched off', () => {
    const other = customChallenge({ id: 'other-challenge', name: 'Other' });
    const on = activePrograms(settingsWith({ programs: {}, customPrograms: [customChallenge(), other] }));
    expect(on.errors).toEqual([]);
    expect(on.programs.map((p) => p.id)).toEqual(['my-challenge', 'other-challenge']);

    const off = activePrograms(
      settingsWith({
        programs: { 'my-challenge': { enabled: false } },
        customPrograms: [customChallenge(), other],
      }),
    );
    expect(off.errors).toEqual([]);
    expect(off.programs.map((p) => p.id)).toEqual(['other-challenge']);
  });

  it('applies the parameters of custom programs', () => {
    const custom = customChallenge({ openParameters: ['periodCapCents'] });
    const settings = settingsWith({
      programs: { 'my-challenge': { enabled: true, params: { periodCapCents: 1000 } } },
      customPrograms: [custom],
    });
    const { programs } = activePrograms(settings);
    expect(programs[0]?.kind === 'challenge' && programs[0].periodCapCents).toBe(1000);
  });

  it('reports custom programs whose id clashes with the catalog or another custom program', () => {
    const settings = settingsWith({
      programs: {},
      customPrograms: [customChallenge({ id: 'facebook-stars' }), customChallenge(), customChallenge()],
    });
    const { programs, errors } = activePrograms(settings);
    expect(programs.map((p) => p.id)).toEqual(['my-challenge']);
    expect(errors.map((e) => [e.programId, e.errors.map((f) => f.field)])).toEqual([
      ['facebook-stars', ['id']],
      ['my-challenge', ['id']],
    ]);
  });
});
