import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { discordAdapter } from '../../extension/sites/discord';
import { substackAdapter } from '../../extension/sites/substack';
import { tiktokAdapter } from '../../extension/sites/tiktok';
import type { Control, SiteAdapter } from '../../extension/sites/types';
import { youtubeAdapter } from '../../extension/sites/youtube';
import { FIXTURES } from '../fixtures/sites';

// The contract every adapter keeps, checked the way refined-github checks its features: each
// surface it declares has a site fixture (which test/e2e/insert.spec.ts posts through), a health
// check, submit and success cues, and a row in the README's table of where the extension works.

const ADAPTERS: readonly SiteAdapter[] = [tiktokAdapter, youtubeAdapter, discordAdapter, substackAdapter];
const README = readFileSync(resolve(import.meta.dirname, '../../README.md'), 'utf8');
const SITE_NAMES = {
  tiktok: 'TikTok',
  youtube: 'YouTube',
  discord: 'Discord',
  substack: 'Substack',
} as const;

const usable = (controls: readonly Control[] | undefined) =>
  (controls ?? []).length > 0 &&
  (controls ?? []).every((c) => (c.selector ?? '') !== '' || (c.names ?? []).length > 0);

describe.each(ADAPTERS.flatMap((adapter) => adapter.surfaces.map((spec) => ({ adapter, spec }))))(
  '$adapter.platform $spec.surface',
  ({ adapter, spec }) => {
    it('has a site fixture', () => {
      expect(
        FIXTURES.filter((f) => f.site === adapter.platform && f.surface === spec.surface),
      ).not.toHaveLength(0);
    });

    it('has a health check', () => {
      expect(adapter.health.filter((check) => check.surface === spec.surface)).not.toHaveLength(0);
    });

    it('has submit cues: a control to press (by selector or name) or Enter', () => {
      const { press, confirm, enter } = spec.submit;
      expect(usable(press) || enter === true).toBe(true);
      if (confirm) expect(usable(confirm)).toBe(true);
    });

    it('has a success cue', () => {
      const { added, shown, text, disabledAgain, url } = spec.success;
      expect(Boolean(added || shown || (text && text.length > 0) || disabledAgain || url)).toBe(true);
    });

    it("has a row in the README's table", () => {
      const row = new RegExp(`^\\|\\s*${SITE_NAMES[adapter.platform]}\\s*\\|\\s*${spec.surface}\\s*\\|`, 'm');
      expect(README).toMatch(row);
    });
  },
);

it('every surface named by a fixture or a health check is one the adapters declare', () => {
  const declared = new Set(ADAPTERS.flatMap((a) => a.surfaces.map((s) => `${a.platform}:${s.surface}`)));
  for (const f of FIXTURES) expect(declared).toContain(`${f.site}:${f.surface}`);
  for (const a of ADAPTERS)
    for (const c of a.health) expect(declared).toContain(`${a.platform}:${c.surface}`);
});
