import type { ProgramDefinitionInput } from '../schemas/program';

// docs/programs.md §4. The three milestones are one-off rewards over an onboarding window, not monthly
// ones, so the whole window is a single period.
export const liveMilestones2021: ProgramDefinitionInput = {
  id: 'live-milestones-2021',
  name: 'Instagram Live badge milestones (2021)',
  kind: 'challenge',
  description:
    'Bonuses for creators onboarded to Live Badges in 2021: $100 for going Live with badges for at least ' +
    '15 minutes within 7 days of onboarding; $150 for going Live with another account for at least 30 ' +
    'minutes; $250 for going Live for at least 15 minutes once a week. Log qualifying Lives under ' +
    '"lives_badges_15min", "lives_cohost_30min" and "lives_15min". Assumptions, all editable: the window ' +
    'starts on the day of onboarding (so "within 7 days" counts from its start) and defaults to June–July ' +
    '2021; "once a week" is taken to mean four distinct weeks; payment follows Instagram’s general bonus ' +
    'schedule (the 21st of the next month).',
  earnsOn: 'instagram',
  timeZone: 'America/Los_Angeles',
  window: { start: '2021-06-01', end: '2021-07-31' },
  period: { type: 'window' },
  sequential: false,
  periodCapCents: null,
  tiers: [
    {
      id: 'live_badges_first_week',
      label: 'Go Live with badges for 15+ minutes within 7 days of onboarding',
      metric: 'lives_badges_15min',
      target: 1,
      rewardCents: 10_000,
      withinDaysOfStart: 7,
    },
    {
      id: 'live_with_another_account',
      label: 'Go Live with another account for 30+ minutes',
      metric: 'lives_cohost_30min',
      target: 1,
      rewardCents: 15_000,
    },
    {
      id: 'live_every_week',
      label: 'Go Live for 15+ minutes once a week',
      metric: 'lives_15min',
      target: 1,
      rewardCents: 25_000,
      weeks: 4,
    },
  ],
  payout: {
    thresholdCents: 0,
    rollover: true,
    schedule: { type: 'monthly', dayOfMonth: 21, monthsAfter: 1 },
  },
  sources: [
    {
      url: 'https://blogist.co/blog/instagram-live-bonuses-how-instagram-live-badges-earn-creators-money/',
      note: 'The three milestones and their amounts.',
    },
    {
      url: 'https://help.instagram.com/331274061770840',
      note: 'Instagram bonuses: processed on the 1st of the next month, paid around the 21st.',
    },
  ],
  confidence: 'third-party',
  openParameters: ['window', 'tiers', 'payout'],
};
