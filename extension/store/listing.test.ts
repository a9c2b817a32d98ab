import { readdirSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import config from '../../wxt.config';
import { widgetDictionary } from '../i18n/widget';

// The store listings (listing.en.md, listing.fr.md) against what the extension really is: the
// manifest config in wxt.config.ts, the content scripts' matches, the locales' description (the
// summary Chrome Web Store shows) and the widget's button. A permission added to the manifest
// without a word in the listings, or a listing that names one the manifest no longer asks for,
// fails here.

const HERE = dirname(fileURLToPath(import.meta.url));
const EXTENSION = resolve(HERE, '..');

/** The headings of each listing's sections, in the listing's language. */
const SECTIONS = {
  en: {
    name: 'Name',
    short: 'Short description',
    full: 'Full description',
    purpose: 'Single purpose',
    permissions: 'Permissions',
    privacy: 'Privacy',
  },
  fr: {
    name: 'Nom',
    short: 'Description courte',
    full: 'Description complète',
    purpose: 'Objectif unique',
    permissions: 'Autorisations',
    privacy: 'Confidentialité',
  },
} as const;
type Locale = keyof typeof SECTIONS;
type Section = keyof (typeof SECTIONS)['en'];

/**
 * The affiliate disclosure (Chrome Web Store's affiliate-ads policy, 2025): whose link it is, that
 * it goes in only on the creator's action, and never automatically, in the full description.
 */
const DISCLOSURE: Record<Locale, RegExp[]> = {
  en: [
    /^Affiliate disclosure:/m,
    /your own Instagram referral link/,
    /into your own post/,
    /only after you click/,
    /never automatically/,
  ],
  fr: [
    /^Transparence sur l’affiliation :/m,
    /votre propre lien de parrainage\s+Instagram/,
    /dans\s+votre propre publication/,
    /ne le fait qu’après que vous avez cliqué/,
    /jamais automatiquement/,
  ],
};

const QUOTE: Record<Locale, (label: string) => string> = {
  en: (label) => `"${label}"`,
  fr: (label) => `« ${label} »`,
};

/** The French keyboard names Shift "Maj". */
const SHORTCUT_NAMES: Record<Locale, (key: string) => string> = {
  en: (key) => key,
  fr: (key) => key.replaceAll('Shift', 'Maj'),
};

function sections(locale: Locale): Record<Section, string> {
  const text = readFileSync(resolve(HERE, `listing.${locale}.md`), 'utf8');
  const byHeading = new Map<string, string>();
  for (const part of text.split(/^## /m).slice(1)) {
    const newline = part.indexOf('\n');
    byHeading.set(part.slice(0, newline).trim(), part.slice(newline + 1).trim());
  }
  const out = {} as Record<Section, string>;
  for (const [key, heading] of Object.entries(SECTIONS[locale]) as [Section, string][]) {
    const body = byHeading.get(heading);
    if (body === undefined) throw new Error(`listing.${locale}.md has no "## ${heading}" section`);
    out[key] = body;
  }
  return out;
}

type Manifest = {
  permissions?: string[];
  optional_host_permissions?: string[];
  host_permissions?: string[];
  commands?: Record<string, { suggested_key?: { default?: string } }>;
  browser_specific_settings?: { gecko?: { data_collection_permissions?: { required?: string[] } } };
};

async function manifestFor(browser: 'chrome' | 'firefox'): Promise<Manifest> {
  const manifest = config.manifest;
  if (typeof manifest !== 'function') throw new Error('wxt.config.ts: manifest is expected to be a function');
  return (await manifest({ browser, manifestVersion: 3, mode: 'production', command: 'build' })) as Manifest;
}

/** Every content script's `matches`, read from its entrypoint's source (importing it needs WXT's globals). */
function contentScriptMatches(): string[] {
  const dir = resolve(EXTENSION, 'entrypoints');
  const files = readdirSync(dir).filter((f) => /\.content\.tsx?$/.test(f));
  return files.flatMap((file) => {
    const match = /\bmatches:\s*\[([^\]]*)\]/.exec(readFileSync(resolve(dir, file), 'utf8'));
    if (!match?.[1]) throw new Error(`${file}: no matches: [...]`);
    return [...match[1].matchAll(/'([^']+)'/g)].map((m) => m[1] as string);
  });
}

/** The names of permissions and host patterns the listing explains: what it puts in backticks. */
const backticked = (text: string) => new Set([...text.matchAll(/`([^`]+)`/g)].map((m) => m[1] as string));

const locales = Object.keys(SECTIONS) as Locale[];

describe.each(locales)('listing.%s.md', (locale) => {
  const listing = sections(locale);
  const messages = JSON.parse(
    readFileSync(resolve(EXTENSION, `public/_locales/${locale}/messages.json`), 'utf8'),
  ) as Record<string, { message: string }>;

  it('names the extension as its manifest does', () => {
    expect(listing.name).toBe(messages.extName?.message);
  });

  it('has a short description of at most 132 characters, the one the manifest carries', () => {
    expect([...listing.short].length).toBeLessThanOrEqual(132);
    // Chrome Web Store shows the manifest's description as the summary: the two must agree.
    expect(listing.short).toBe(messages.extDescription?.message);
  });

  it('discloses in the full description that the creator’s own link goes in only on their action', async () => {
    for (const phrase of DISCLOSURE[locale]) expect(listing.full).toMatch(phrase);
    // The widget's own notice, which the listing promises, says the same before the first insertion.
    expect(widgetDictionary[locale].disclosure).toMatch(
      locale === 'en' ? /your own .*only when you click/ : /votre propre .*seulement quand vous cliquez/,
    );
    // The button, by the label the widget gives it in that language.
    expect(listing.full).toContain(QUOTE[locale](widgetDictionary[locale].insert));
    const { commands } = await manifestFor('chrome');
    const keys = Object.values(commands ?? {}).map((c) => c.suggested_key?.default);
    expect(keys.length).toBeGreaterThan(0);
    for (const key of keys) expect(listing.full).toContain(SHORTCUT_NAMES[locale](key ?? '?'));
  });

  it('explains every permission the manifest asks for, and only those', async () => {
    const asked = new Set<string>(contentScriptMatches());
    for (const browser of ['chrome', 'firefox'] as const) {
      const manifest = await manifestFor(browser);
      for (const list of [
        manifest.permissions,
        manifest.optional_host_permissions,
        manifest.host_permissions,
      ])
        for (const permission of list ?? []) asked.add(permission);
    }
    expect(asked.size).toBeGreaterThan(0);
    const explained = backticked(listing.permissions);
    expect(
      [...asked].filter((p) => !explained.has(p)),
      'asked for but not explained',
    ).toEqual([]);
    expect(
      [...explained].filter((p) => !asked.has(p)),
      'explained but not asked for',
    ).toEqual([]);
  });

  it('says that no data leaves the machine, as the Firefox manifest declares', async () => {
    const firefox = await manifestFor('firefox');
    const declared = firefox.browser_specific_settings?.gecko?.data_collection_permissions?.required;
    expect(declared).toEqual(['none']);
    expect(listing.privacy).toContain('`data_collection_permissions`');
    expect(listing.privacy).toContain(`required: ${JSON.stringify(declared)}`);
    expect(listing.privacy).toMatch(
      locale === 'en' ? /^No data leaves your machine\./ : /^Aucune donnée ne quitte votre machine\./,
    );
  });

  it('states a single purpose', () => {
    expect(listing.purpose.length).toBeGreaterThan(0);
  });
});
