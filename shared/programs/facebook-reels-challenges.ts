import type { ProgramDefinitionInput } from '../schemas/program';

// docs/programs.md §4. Meta gave the tiers only as examples ("e.g."), so they are open; the sequence,
// the monthly cap and the 30-day reset are stated and encoded as such.
export const facebookReelsChallenges: ProgramDefinitionInput = {
  id: 'facebook-reels-challenges',
  name: 'Facebook Reels challenges (2022)',
  kind: 'challenge',
  description:
    'Part of Facebook’s Reels Play bonus (2022): sequential, cumulative challenges, each unlocked by the one ' +
    'before, for example $20 when 5 reels reach 100 plays each, then $100 when 20 reels reach 500 plays ' +
    'each; up to $4,000 a month; progress resets at the start of every 30-day bonus period. Log the number ' +
    'of reels past each play count under "reels_100_plays" and "reels_500_plays". Assumptions, all ' +
    'editable: the two example tiers stand for your own challenge list; three 30-day periods from ' +
    '1 June 2022 (the program was announced in May 2022) — set your own start; payment is assumed to follow ' +
    'Facebook’s Stars schedule (about 30 days after the end of the month).',
  earnsOn: 'facebook',
  timeZone: 'America/Los_Angeles',
  window: { start: '2022-06-01', end: '2022-08-29' },
  period: { type: 'days', days: 30 },
  sequential: true,
  periodCapCents: 400_000,
  tiers: [
    {
      id: 'five_reels_100_plays',
      label: '5 reels reach 100 plays each',
      metric: 'reels_100_plays',
      target: 5,
      rewardCents: 2000,
    },
    {
      id: 'twenty_reels_500_plays',
      label: '20 reels reach 500 plays each',
      metric: 'reels_500_plays',
      target: 20,
      rewardCents: 10_000,
    },
  ],
  payout: { thresholdCents: 0, rollover: true, schedule: { type: 'after_month_end', days: 30 } },
  sources: [
    {
      // docs/programs.md cites a bgr.in article whose address it records only in part
      // (bgr.in/apps/now-you-can-earn-rs-3-6-lakh-per-month-…-1267326/); this report quotes the same statement.
      url: 'https://infotechlead.com/digital/reels-on-facebook-offers-4000-per-month-for-original-content-72422',
      note: 'Quotes Meta: sequential, cumulative challenges, the $20 and $100 examples, up to $4,000 a month, reset every 30-day bonus period.',
    },
  ],
  confidence: 'press',
  openParameters: ['window', 'tiers', 'payout'],
};
