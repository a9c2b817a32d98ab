import type { ProgramDefinitionInput } from '../schemas/program';

// docs/programs.md §5 (2021 seed). Brands set their own commission rates and fees, so both lines are
// placeholders the creator replaces with the deal's terms.
export const brandedContentCommission: ProgramDefinitionInput = {
  id: 'branded-content-commission',
  name: 'Affiliate commission and branded content',
  kind: 'commission',
  description:
    'Native affiliation (a commission on the sales a creator drives), a flat fee per sponsored post ' +
    'arranged through the creator marketplace, and revenue from the creator’s own products. Log sales in ' +
    'cents under "sales_cents" and sponsored posts under "sponsored_posts". Assumptions, all editable: ' +
    'brands set their own rates, so 10% of sales and $250 per sponsored post are placeholders; each amount ' +
    'is assumed to be paid 30 days after it is earned (net-30), as no payment terms were published.',
  earnsOn: 'instagram',
  timeZone: 'America/Los_Angeles',
  lines: [
    { mode: 'percent', metric: 'sales_cents', bps: 1000 },
    { mode: 'flat', metric: 'sponsored_posts', cents: 25_000 },
  ],
  payout: { thresholdCents: 0, rollover: true, schedule: { type: 'after_accrual', days: 30 } },
  sources: [
    {
      url: 'https://about.fb.com/news/2021/07/investing-1-billion-dollars-in-creators/',
      note: 'Names affiliate among Meta’s monetization products (2021). The seed article of 2021 has no address in docs/programs.md.',
    },
    {
      url: 'https://www.tubefilter.com/2021/06/08/instagram-teases-native-affiliate-influencer-storefronts-creator-week/',
      note: 'Creator Week, June 2021: native affiliate tool with commission rates set by each brand.',
    },
  ],
  confidence: 'press',
  openParameters: ['lines', 'payout'],
};
