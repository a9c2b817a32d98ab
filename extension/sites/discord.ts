import type { SiteAdapter } from './types';

// Discord (discord.com): one Slate editor per channel or DM, re-created on every channel switch;
// Enter sends. Class names are CSS modules with a per-build hash (`channelTextArea_1a2b3c`):
// match the name only. Every Discord selector lives here. Sources: sites.md (web2chat, harper).

export const discordAdapter: SiteAdapter = {
  platform: 'discord',
  matchesPage: (doc) => doc.location.hostname === 'discord.com',
  surfaces: [
    {
      surface: 'message',
      editor: 'slate',
      path: /^\/channels\//,
      // `aria-label` ("Message #general") is localized: match role and Slate's marker only.
      selector: '[role="textbox"][data-slate-editor="true"]',
      box: '[class*="channelTextArea"]',
      // Above the text area, else beside it (the member list), never over the messages.
      dock: ['above', 'right'],
      avoid: 'ol[data-list-id="chat-messages"] > li[id^="chat-messages-"]',
      form: 'form',
      submit: { enter: true },
      success: {
        added: 'ol[data-list-id="chat-messages"] > li[id^="chat-messages-"]',
        holdsLink: true,
        cleared: true,
      },
    },
  ],
  health: [
    {
      feature: 'composer',
      surface: 'message',
      // A text channel or DM (not the friends list at /channels/@me) where you may write:
      // channels where you may not send have no message form (sites.md), which is no breakage.
      path: /^\/channels\/[^/]+\/\d+/,
      when: 'form [class*="channelTextArea"]',
      expect: 'form [role="textbox"][data-slate-editor="true"]',
      withinMs: 10_000,
    },
  ],
  navigationEvents: [],
};
