import type { ProgramDefinitionInput } from '../schemas/program';

// docs/programs.md §2. Meta's bonus for creators arriving from TikTok: qualification is a posting
// cadence checked per 30-day period, on both apps at once.
export const breakthroughBonus: ProgramDefinitionInput = {
  id: 'breakthrough-bonus',
  name: 'Meta Breakthrough Bonus (2025)',
  kind: 'cadence',
  description:
    'Up to $5,000 over a creator’s first 90 days, for US creators 18+ who are new to Facebook and Instagram ' +
    'and have an established presence on other apps. In each 30-day period the creator must post at least ' +
    '20 reels on Facebook and 10 on Instagram, on at least 10 distinct days; reels must be public, not ' +
    'boosted and original (not shared elsewhere before). Cross-posting between the two apps does not count: ' +
    'log a cross-posted reel under the metric "reels_crossposted", which this rule ignores, and only native ' +
    'posts under "reels". Assumptions, all editable: Meta sets the amount per creator, so $5,000 (the maximum) ' +
    'is only a default; the sources do not say how it is split, so each qualifying period pays a third; the ' +
    '90 days start on 20 January 2025 (the program’s launch month) — set your own start; payment follows ' +
    'Instagram’s general bonus schedule (processed on the 1st, paid around the 21st of the next month).',
  // Both apps' audiences count towards it and Meta pays it once, so it belongs to neither app alone.
  earnsOn: 'any',
  timeZone: 'America/Los_Angeles',
  window: { start: '2025-01-20', end: '2025-04-19' },
  periodDays: 30,
  periods: 3,
  totalCents: 500_000,
  requirements: [
    { metric: 'reels', platform: 'facebook', min: 20 },
    { metric: 'reels', platform: 'instagram', min: 10 },
  ],
  minDistinctDays: 10,
  payout: {
    thresholdCents: 0,
    rollover: true,
    schedule: { type: 'monthly', dayOfMonth: 21, monthsAfter: 1 },
  },
  sources: [
    {
      url: 'https://husllyfe.com/?p=28520',
      note: 'Quotes Facebook’s Business Help Center: eligibility, 20 + 10 reels on 10 distinct days per 30 days, no cross-posting.',
    },
    {
      url: 'https://dailytuesday.co.uk/meta-creator-bonus-tiktok-uncertainty',
      note: 'Up to $5,000 over the first 90 days, amount set per creator.',
    },
    {
      url: 'https://entrepreneur.com/business-news/instagram-is-paying-creators-up-to-20000-for-referrals/491945',
      note: 'Context: the bonus alongside Referrals and exclusive deals.',
    },
    {
      url: 'https://help.instagram.com/331274061770840',
      note: 'Instagram bonuses: processed on the 1st of the next month, paid around the 21st (applied here by assumption).',
    },
  ],
  confidence: 'press',
  openParameters: ['totalCents', 'window', 'payout'],
};
