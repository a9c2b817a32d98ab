import { z } from 'zod';
import {
  centsSchema,
  daySchema,
  httpsUrlSchema,
  resultPlatformSchema,
  slugSchema,
  timeZoneSchema,
  wholeNumber,
} from './common';

// A program definition says how activity turns into money. Six kinds cover every program in
// docs/programs.md §6; whatever a source leaves open is a field with a default, listed in
// `openParameters` so that the dashboard can offer it for editing.

const count = wholeNumber;

export const windowSchema = z
  .strictObject({ start: daySchema, end: daySchema })
  .refine((w) => w.start <= w.end, { message: 'the window ends before it starts', path: ['end'] });
export type ProgramWindow = z.infer<typeof windowSchema>;

export const sourceSchema = z.strictObject({
  url: httpsUrlSchema,
  note: z.string().max(500).optional(),
});

export const CONFIDENCE = ['official', 'press', 'third-party', 'user'] as const;

/** When accrued money is paid. Threshold and rollover apply at every payment run. */
export const payoutScheduleSchema = z.discriminatedUnion('type', [
  /** Day `dayOfMonth` of the month `monthsAfter` after the month it was earned (Instagram bonuses: the 21st of the next month). */
  z.strictObject({
    type: z.literal('monthly'),
    dayOfMonth: count('days').min(1).max(28),
    monthsAfter: count('months').min(0).max(6).default(1),
  }),
  /** `days` after the end of the month it was earned (Facebook Stars: about 30). */
  z.strictObject({ type: z.literal('after_month_end'), days: count('days').min(0).max(365) }),
  /** One payment `days` after the program's window ends (Referrals through Glimmer). */
  z.strictObject({ type: z.literal('after_window'), days: count('days').min(0).max(365) }),
  /** Each amount `days` after it was earned (commissions on net terms). */
  z.strictObject({ type: z.literal('after_accrual'), days: count('days').min(0).max(365) }),
]);
export type PayoutSchedule = z.infer<typeof payoutScheduleSchema>;

export const payoutSchema = z.strictObject({
  /** Nothing is paid until the unpaid balance reaches this. */
  thresholdCents: centsSchema.default(0),
  /** Below the threshold the balance carries to the next run (true) or is lost (false). */
  rollover: z.boolean().default(true),
  schedule: payoutScheduleSchema,
  /** Earnings are forfeited when no payout account is set up within this many months (Instagram Gifts). */
  forfeitAfterMonths: count('months').min(1).max(120).optional(),
  payer: z.string().max(80).optional(),
});
export type PayoutRules = z.infer<typeof payoutSchema>;

const base = {
  id: slugSchema,
  name: z.string().trim().min(1).max(120),
  description: z.string().max(2000).default(''),
  /** The app whose audience or money this is. */
  earnsOn: z.enum(['instagram', 'facebook', 'tiktok', 'youtube', 'any']).default('instagram'),
  /** Days are counted in this zone (Meta programs: America/Los_Angeles). */
  timeZone: timeZoneSchema.default('America/Los_Angeles'),
  /** Inclusive. Results outside the window never count. Without one the program runs indefinitely. */
  window: windowSchema.optional(),
  sources: z.array(sourceSchema).default([]),
  confidence: z.enum(CONFIDENCE).default('user'),
  /** Fields the sources leave open; the user may change them. */
  openParameters: z.array(z.string().max(64)).default([]),
  payout: payoutSchema,
};

/** Per sign-up or per whole block of visits, up to a cap (Instagram Referrals, TikTok invites). */
export const referralProgramSchema = z
  .strictObject({
    ...base,
    kind: z.literal('referral'),
    model: z.enum(['signups', 'visits']),
    centsPerSignup: centsSchema.default(0),
    visitsPerBlock: count('visits').min(1).default(1000),
    centsPerVisitBlock: centsSchema.default(0),
    capCents: centsSchema.nullable().default(null),
    /** Sign-ups beyond this many a day are not paid (TikTok: 100 invites a day in some countries). */
    dailySignupLimit: count('sign-ups').min(1).nullable().default(null),
  })
  .superRefine((p, ctx) => {
    // A model whose rate is 0 would silently pay nothing: name the rate that is missing.
    const field = p.model === 'signups' ? 'centsPerSignup' : 'centsPerVisitBlock';
    if (p[field] === 0)
      ctx.addIssue({ code: 'custom', path: [field], message: `the ${p.model} model needs ${field} above 0` });
  });

export const unitValueSchema = z.strictObject({
  metric: slugSchema,
  /** Value of one unit before the platform fee. */
  cents: centsSchema,
  label: z.string().max(80).optional(),
});

/** Fan payments: units × value, less a platform fee (Stars, Badges, Gifts, tips). */
export const perUnitProgramSchema = z.strictObject({
  ...base,
  kind: z.literal('per_unit'),
  units: z.array(unitValueSchema).min(1, { message: 'add at least one unit' }),
  /** Share kept by the platform or app store, in basis points (30% = 3000). */
  feeBps: count('basis points').min(0).max(10_000).default(0),
});

export const tierSchema = z.strictObject({
  id: slugSchema,
  label: z.string().max(160),
  metric: slugSchema,
  /** Count of `metric` that reaches the tier within a period. */
  target: count('units').min(1),
  rewardCents: centsSchema,
  /** Pay again for every further multiple of `target` (Stars Party: $50 a party). */
  repeat: z.boolean().default(false),
  /** Only activity in the first N days of the window counts (Live within 7 days of onboarding). */
  withinDaysOfStart: count('days').min(1).optional(),
  /** The target must be met in this many distinct weeks of the period (go Live once a week). */
  weeks: count('weeks').min(1).optional(),
});
export type Tier = z.infer<typeof tierSchema>;

export const challengePeriodSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('window') }),
  z.strictObject({ type: z.literal('calendar_month') }),
  /** Consecutive periods of `days`, from the window's start. */
  z.strictObject({ type: z.literal('days'), days: count('days').min(1).max(366) }),
]);

/** Milestones and tiers, evaluated afresh in each period (Reels, Live and Stars challenges). */
export const challengeProgramSchema = z.strictObject({
  ...base,
  kind: z.literal('challenge'),
  period: challengePeriodSchema,
  /** A tier counts only once every earlier tier of the same period is reached. */
  sequential: z.boolean().default(false),
  periodCapCents: centsSchema.nullable().default(null),
  tiers: z.array(tierSchema).min(1, { message: 'add at least one tier' }),
});

export const requirementSchema = z.strictObject({
  metric: slugSchema,
  platform: resultPlatformSchema.optional(),
  min: count('posts').min(1),
});

/** Qualify period by period through a posting cadence (Breakthrough Bonus). Needs a window start. */
export const cadenceProgramSchema = z.strictObject({
  ...base,
  kind: z.literal('cadence'),
  periodDays: count('days').min(1).max(366),
  periods: count('periods').min(1).max(24),
  /** Total over all periods; each qualifying period pays its equal share (the last takes the remainder). */
  totalCents: centsSchema,
  requirements: z.array(requirementSchema).min(1, { message: 'add at least one requirement' }),
  /** Qualifying posts must fall on at least this many distinct days of the period. */
  minDistinctDays: count('days').min(0).max(366).default(0),
});

/** A monthly amount for a number of months, each month paid only if its obligations are met. */
export const contractProgramSchema = z.strictObject({
  ...base,
  kind: z.literal('contract'),
  monthlyCents: centsSchema,
  months: count('months').min(1).max(120),
  obligations: z
    .array(z.strictObject({ metric: slugSchema, minPerMonth: count('units').min(1) }))
    .default([]),
});

export const commissionLineSchema = z.discriminatedUnion('mode', [
  /** `metric` counts sales in cents; the creator gets `bps` of them. */
  z.strictObject({
    mode: z.literal('percent'),
    metric: slugSchema,
    bps: count('basis points').min(0).max(10_000),
  }),
  /** A flat fee per unit of `metric` (per sponsored post). */
  z.strictObject({ mode: z.literal('flat'), metric: slugSchema, cents: centsSchema }),
]);

export const commissionProgramSchema = z.strictObject({
  ...base,
  kind: z.literal('commission'),
  lines: z.array(commissionLineSchema).min(1, { message: 'add at least one line' }),
});

export const programDefinitionSchema = z.discriminatedUnion('kind', [
  referralProgramSchema,
  perUnitProgramSchema,
  challengeProgramSchema,
  cadenceProgramSchema,
  contractProgramSchema,
  commissionProgramSchema,
]);

export type ProgramDefinition = z.infer<typeof programDefinitionSchema>;
export type ProgramDefinitionInput = z.input<typeof programDefinitionSchema>;
export type ProgramKind = ProgramDefinition['kind'];
export type ProgramOf<K extends ProgramKind> = Extract<ProgramDefinition, { kind: K }>;
export const PROGRAM_KINDS = [
  'referral',
  'per_unit',
  'challenge',
  'cadence',
  'contract',
  'commission',
] as const;
