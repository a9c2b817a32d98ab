import type { ProgramDefinitionInput } from '../schemas/program';

// docs/programs.md §3. Gifts on Reels pay in Meta's Stars at a cent each; unlike the other fan
// payments, money is lost when no payout account is set up in time, so `forfeitAfterMonths` is set.
export const instagramGifts: ProgramDefinitionInput = {
  id: 'instagram-gifts',
  name: 'Instagram Gifts (Reels)',
  kind: 'per_unit',
  description:
    'Viewers buy Stars and send them as gifts on a creator’s Reels; the creator gets $0.01 per Star ' +
    'received, paid monthly. Cash-out threshold: $100 when Gifts opened to US creators (February 2023), $25 ' +
    'later; the balance includes other Instagram monetization earnings. Earnings are forfeited when no ' +
    'payout account is set up within 6 months. Assumptions, all editable: the $25 threshold; a balance under ' +
    'it carries over; the pay day follows Instagram’s general bonus schedule (the 21st of the next month).',
  earnsOn: 'instagram',
  timeZone: 'America/Los_Angeles',
  units: [{ metric: 'gift_stars', cents: 1, label: 'Star received as a gift' }],
  feeBps: 0,
  payout: {
    thresholdCents: 2500,
    rollover: true,
    forfeitAfterMonths: 6,
    schedule: { type: 'monthly', dayOfMonth: 21, monthsAfter: 1 },
  },
  sources: [
    {
      url: 'https://socialnationnow.com/instagram-expands-gifts-for-reels-creators-to-all-us-creators',
      note: '$0.01 per Star, paid monthly; $100 cash-out threshold at the US launch (February 2023).',
    },
    {
      url: 'https://mediapost.com/publications/article/389275/',
      note: '$25 cash-out threshold; earnings kept by Meta if no payout account within 6 months.',
    },
  ],
  confidence: 'press',
  openParameters: ['payout'],
};
