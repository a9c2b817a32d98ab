import type { ProgramDefinitionInput } from '../schemas/program';

// docs/programs.md §5. Deals are negotiated one by one; the press only gives their range and shape.
export const exclusiveContentDeal: ProgramDefinitionInput = {
  id: 'exclusive-content-deal',
  name: 'Instagram exclusive content deal',
  kind: 'contract',
  description:
    'A monthly payment of $2,500 to $50,000 for six months (up to $300,000), in return for obligations such ' +
    'as a number of Reels posted only on Instagram. Each month is paid only if its obligations are met. ' +
    'Assumptions, all editable: $2,500 a month (the low end of the range); one obligation of 4 exclusive ' +
    'reels a month (log them under "exclusive_reels") — use your contract’s terms; six months from ' +
    '1 February 2025, when the deals were reported; payment on Instagram’s general bonus schedule (the 21st ' +
    'of the following month), since the deals’ terms are private.',
  earnsOn: 'instagram',
  timeZone: 'America/Los_Angeles',
  window: { start: '2025-02-01', end: '2025-07-31' },
  monthlyCents: 250_000,
  months: 6,
  obligations: [{ metric: 'exclusive_reels', minPerMonth: 4 }],
  payout: {
    thresholdCents: 0,
    rollover: true,
    schedule: { type: 'monthly', dayOfMonth: 21, monthsAfter: 1 },
  },
  sources: [
    {
      url: 'https://entrepreneur.com/business-news/instagram-is-paying-creators-up-to-20000-for-referrals/491945',
      note: '$2,500 to $50,000 a month for six months, with obligations such as Instagram-only Reels.',
    },
  ],
  confidence: 'press',
  openParameters: ['monthlyCents', 'obligations', 'window', 'payout'],
};
