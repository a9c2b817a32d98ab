import type { ProgramDefinitionInput } from '../schemas/program';

// docs/programs.md §3. The cent per Star is Meta's own figure; the threshold changed over the years,
// so it stays open with the 2025 value as default.
export const facebookStars: ProgramDefinitionInput = {
  id: 'facebook-stars',
  name: 'Facebook Stars',
  kind: 'per_unit',
  description:
    'Fans buy Stars and send them to the creator; the creator gets $0.01 per Star received (the fan’s ' +
    'purchase price is Meta’s business, so no fee comes off the creator’s cent). Eligibility: 500 followers ' +
    'for 30 consecutive days. Paid about 30 days after the end of the month the Stars were received, once ' +
    'the unpaid balance reaches the payout threshold: $25 in 2025, $100 in older terms. Assumptions, all ' +
    'editable: the $25 threshold; a balance under it carries over to the next month.',
  earnsOn: 'facebook',
  timeZone: 'America/Los_Angeles',
  units: [{ metric: 'stars', cents: 1, label: 'Star' }],
  feeBps: 0,
  payout: { thresholdCents: 2500, rollover: true, schedule: { type: 'after_month_end', days: 30 } },
  sources: [
    { url: 'https://creators.facebook.com/tools/stars', note: '$0.01 per Star; eligibility.' },
    {
      url: 'https://uncoversocial.com/how-do-you-know-when-facebook-pays-you',
      note: 'Paid about 30 days after the end of the month; $100 threshold (older).',
    },
    {
      url: 'https://toochitech.com/2025/11/what-is-minimum-payout-threshold-for.html',
      note: '$25 minimum payout threshold (2025).',
    },
  ],
  confidence: 'official',
  openParameters: ['payout'],
};
