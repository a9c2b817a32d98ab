import type { ProgramDefinitionInput } from '../schemas/program';

// docs/programs.md §5. TikTok runs these as time-limited in-app campaigns whose amounts change from
// one campaign to the next, so the amount, the daily limit and the campaign dates are all open.
export const tiktokInviteRewards: ProgramDefinitionInput = {
  id: 'tiktok-invite-rewards',
  name: 'TikTok invite rewards',
  kind: 'referral',
  description:
    'Time-limited in-app offers that pay for inviting new users to TikTok. The invitee must be new (TikTok ' +
    'never installed on that device), in the same country and 18 or older. There is no cap on referrals, ' +
    'except that some countries limit invites to 100 a day. Amounts vary by campaign (2019: points towards a ' +
    '$10 gift card; 2026 screenshots: up to $75 per new user). Assumptions, all editable: $75 per sign-up, ' +
    'taken from the 2026 screenshots and an upper bound, so set your campaign’s amount; no daily limit (set ' +
    '100 if your country has one); no window, since each campaign has its own dates; days are counted in ' +
    'America/Los_Angeles like the rest of the ledger, because TikTok does not say which zone its daily limit ' +
    'uses and the extension’s users are US creators (set your own zone if you are elsewhere); the reward is ' +
    'assumed to be credited on the day it is earned, as payout timing is not published.',
  earnsOn: 'tiktok',
  timeZone: 'America/Los_Angeles',
  model: 'signups',
  centsPerSignup: 7500,
  capCents: null,
  dailySignupLimit: null,
  payout: { thresholdCents: 0, rollover: true, schedule: { type: 'after_accrual', days: 0 } },
  sources: [
    {
      url: 'https://www.tiktok.com/tiktok-rewards/eligibility',
      note: 'Invitee must be new on that device, in the same country, 18+; 100 invites a day in some countries.',
    },
    {
      url: 'https://www.businessofapps.com/news/tiktok-now-offers-rewards-in-exchange-for-friend-referrals/',
      note: '2019 campaign: points towards a $10 gift card. The $75 figure comes from 2026 screenshots only.',
    },
  ],
  // The amount in use comes from screenshots, not from TikTok or the press.
  confidence: 'third-party',
  openParameters: ['centsPerSignup', 'dailySignupLimit', 'window', 'timeZone', 'payout'],
};
