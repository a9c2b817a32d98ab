import type { ProgramDefinitionInput } from '../schemas/program';

// docs/programs.md §3. Known only from the 2021 seed article ("$1 to $5 per tip during a Live"), which
// has no address; the tips it describes match Live Badges' $0.99–$4.99, so the Badges help page is cited.
export const liveTips: ProgramDefinitionInput = {
  id: 'live-tips',
  name: 'Instagram Live tips (2021)',
  kind: 'per_unit',
  description:
    'Viewers tip the creator $1 to $5 at a time during a Live (2021 rollout). Log each tip under "tips". ' +
    'These tips look like Live Badges under another name: do not enable both programs for the same money. ' +
    'Assumptions, all editable: each tip is counted at $1, the low end, so earnings are not overstated — set ' +
    'your average tip; no platform fee and no threshold, as none was reported; payment on Instagram’s general ' +
    'bonus schedule (the 21st of the next month).',
  earnsOn: 'instagram',
  timeZone: 'America/Los_Angeles',
  units: [{ metric: 'tips', cents: 100, label: 'Tip ($1 to $5)' }],
  feeBps: 0,
  payout: {
    thresholdCents: 0,
    rollover: true,
    schedule: { type: 'monthly', dayOfMonth: 21, monthsAfter: 1 },
  },
  sources: [
    {
      url: 'https://help.instagram.com/2284971015132274',
      note: 'The $1–$5 per tip comes from the seed article (June 2021), whose address is not recorded; Live Badges are the in-Live tips at $0.99–$4.99.',
    },
  ],
  confidence: 'press',
  openParameters: ['units', 'feeBps', 'payout'],
};
