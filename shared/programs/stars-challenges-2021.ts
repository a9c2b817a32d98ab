import type { ProgramDefinitionInput } from '../schemas/program';

// docs/programs.md §4. Meta announced "a monthly bonus for hitting Stars milestones over the next three
// months" without publishing the milestones, so the Stars tier is a placeholder per creator.
export const starsChallenges2021: ProgramDefinitionInput = {
  id: 'stars-challenges-2021',
  name: 'Facebook Stars Challenges (2021)',
  kind: 'challenge',
  description:
    'Invited video and gaming creators got a monthly bonus for hitting Stars milestones over three months ' +
    '(announced July 2021), and $50 for every completed Stars Party (a countdown in which viewers reach a ' +
    'Stars goal together). Log Stars received under "stars" and completed parties under "stars_parties". ' +
    'Assumptions, all editable: the milestones were set per creator and never published, so one milestone ' +
    'of 10,000 Stars a month paying $100 is a placeholder; the three months default to August–October 2021. ' +
    'Meta’s Stars Fest post offers the Stars Party bonus from 22 December 2021 to 3 January 2022; set the ' +
    'window to those days to track it alone. Payment is assumed to follow Stars’ own schedule (about 30 ' +
    'days after the end of the month).',
  earnsOn: 'facebook',
  timeZone: 'America/Los_Angeles',
  window: { start: '2021-08-01', end: '2021-10-31' },
  period: { type: 'calendar_month' },
  sequential: false,
  periodCapCents: null,
  tiers: [
    {
      id: 'stars_milestone',
      label: 'Monthly Stars milestone (placeholder: 10,000 Stars)',
      metric: 'stars',
      target: 10_000,
      rewardCents: 10_000,
    },
    {
      id: 'stars_party',
      label: '$50 for every completed Stars Party',
      metric: 'stars_parties',
      target: 1,
      rewardCents: 5000,
      repeat: true,
    },
  ],
  payout: { thresholdCents: 0, rollover: true, schedule: { type: 'after_month_end', days: 30 } },
  sources: [
    {
      url: 'https://about.fb.com/news/2021/07/investing-1-billion-dollars-in-creators/',
      note: 'Stars Challenges: a monthly bonus for hitting Stars milestones over the next three months.',
    },
    {
      url: 'https://about.fb.com/news/2021/12/support-creators-with-stars-fest-on-facebook/',
      note: 'Stars Party: $50 for every completed party, 22 December 2021 to 3 January 2022.',
    },
  ],
  confidence: 'official',
  openParameters: ['window', 'tiers', 'payout'],
};
