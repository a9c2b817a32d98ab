import type { ProgramDefinitionInput } from '../schemas/program';

// docs/programs.md §1, the program the extension exists for. Each invite offers one model, so both
// models' rates are filled in and only `model` needs to change when a creator's invite says visits.
export const instagramReferrals2025: ProgramDefinitionInput = {
  id: 'instagram-referrals-2025',
  name: 'Instagram Referrals (2025)',
  kind: 'referral',
  description:
    'Invite-only test for US-based creators, about six weeks in May–June 2025. Each invite offers one model: ' +
    '$100 for every eligible new user who signs up through the creator’s link (model "signups"), or $100 for ' +
    'every whole block of 1,000 eligible visits to the Instagram app (model "visits"; 999 visits pay $0). ' +
    'Only one visit per person counts during the whole program, so log the unique visits Instagram reports, ' +
    'not clicks. Earnings stop at $20,000 per creator (200 sign-ups or 200,000 visits). A referral link is any ' +
    'link to the creator’s profile, reels, posts, stories, highlights or channels shared outside Instagram ' +
    '(TikTok, YouTube, Discord, Substack, a personal site). Assumptions, all editable: the exact dates were ' +
    'not published, so the window defaults to six weeks from Monday 12 May to Sunday 22 June 2025; the model ' +
    'defaults to sign-ups; the cap is reported as "up to" $20,000, so an invite may set less. Glimmer pays, ' +
    'on a schedule Instagram has not published (Glimmer’s own terms: the client’s net terms, or within 14 days ' +
    'of the client paying Glimmer), so one payment 30 days after the window ends is assumed.',
  earnsOn: 'instagram',
  timeZone: 'America/Los_Angeles',
  window: { start: '2025-05-12', end: '2025-06-22' },
  model: 'signups',
  centsPerSignup: 10_000,
  visitsPerBlock: 1000,
  centsPerVisitBlock: 10_000,
  capCents: 2_000_000,
  dailySignupLimit: null,
  payout: {
    payer: 'Glimmer',
    thresholdCents: 0,
    rollover: true,
    schedule: { type: 'after_window', days: 30 },
  },
  sources: [
    {
      url: 'https://gage.news/art/instagram-paying-creators-hundreds-dollars-drive-traffic-new-sign-ups-2025-5',
      note: 'Invite-only test for US-based creators; some invites pay per sign-up, others per visits.',
    },
    {
      url: 'https://netinfluencer.com/instagram-launches-referrals-program-for-creators-to-drive-traffic-sign-ups/',
      note: 'About six weeks, May–June 2025; $100 per sign-up or $100 per 1,000 eligible visits.',
    },
    {
      url: 'https://entrepreneur.com/business-news/instagram-is-paying-creators-up-to-20000-for-referrals/491945',
      note: 'One model per creator; up to $20,000.',
    },
    {
      url: 'https://carpetnews.net/instagram-launches-new-referrals-program-offering-creators-up-to-20000-for-driving-user-growth',
      note: 'Cap of $20,000 = 200 sign-ups or 200,000 visits.',
    },
    {
      url: 'https://metricool.com/instagram-referral-program',
      note: 'Only one visit per person counts; what counts as a referral link.',
    },
    {
      url: 'https://www.benzinga.com/media/25/05/45510687/instagram-is-offering-creators-up-to-20000-to-bring-new-users-to-the-mark-zuckerberg-led-platform-heres-the',
      note: 'Where to share: TikTok, YouTube, Discord, Substack, personal sites; Glimmer handles payments.',
    },
    {
      url: 'https://help.glimmer.io/en/articles/8392478-payments-faq',
      note: 'Glimmer’s general payment terms; Instagram has not published the payout date.',
    },
  ],
  confidence: 'press',
  openParameters: ['model', 'window', 'capCents', 'payout'],
};
