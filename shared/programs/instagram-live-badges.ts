import type { ProgramDefinitionInput } from '../schemas/program';

// docs/programs.md §3. One unit per badge tier, because a viewer's badge is worth a different amount
// depending on how many hearts it has.
export const instagramLiveBadges: ProgramDefinitionInput = {
  id: 'instagram-live-badges',
  name: 'Instagram Live Badges',
  kind: 'per_unit',
  description:
    'Viewers buy badges during a creator’s Live: one heart $0.99, two hearts $1.99, three hearts $4.99, ' +
    'once per viewer per Live. Log badges per tier ("badges_1", "badges_2", "badges_3"). App stores take 30% ' +
    'of in-app purchases. Eligibility: US, 18+, 10,000 followers. Paid monthly once the balance is above ' +
    '$100; below that it rolls over. Assumptions, all editable: the 30% fee is applied to every badge, though ' +
    'it only concerns in-app purchases; the pay day follows Instagram’s general bonus schedule (the 21st of ' +
    'the next month), since the sources only say "monthly".',
  earnsOn: 'instagram',
  timeZone: 'America/Los_Angeles',
  units: [
    { metric: 'badges_1', cents: 99, label: 'One heart ($0.99)' },
    { metric: 'badges_2', cents: 199, label: 'Two hearts ($1.99)' },
    { metric: 'badges_3', cents: 499, label: 'Three hearts ($4.99)' },
  ],
  feeBps: 3000,
  payout: {
    thresholdCents: 10_000,
    rollover: true,
    schedule: { type: 'monthly', dayOfMonth: 21, monthsAfter: 1 },
  },
  sources: [
    {
      url: 'https://help.instagram.com/2284971015132274',
      note: 'Badge tiers and prices, once per viewer per Live, eligibility, monthly payment above $100.',
    },
    {
      url: 'https://business.instagram.com/blog/instagram-live-badges-creators-united-states/',
      note: 'US launch; app stores take 30% of in-app purchases.',
    },
  ],
  confidence: 'official',
  openParameters: ['feeBps', 'payout'],
};
