// The Firefox build is driven in Debian's Firefox ESR by the `firefox` project (test/e2e/firefox/);
// here it is checked the way addons.mozilla.org checks a submission: with Mozilla's own
// addons-linter. It must report no error and no warning beyond the one known below.
// The second test does the same for the package AMO actually receives, the zip of `npm run zip`,
// and checks the other two zips: Chrome Web Store's and the sources AMO's reviewers rebuild from.
import { execFile } from 'node:child_process';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { posix, resolve } from 'node:path';
import { promisify } from 'node:util';
import { inflateRawSync } from 'node:zlib';
import { expect, test } from '@playwright/test';
import linter, { type LinterMessage } from 'addons-linter';
import { ROOT } from './fixtures';

const run = promisify(execFile);
const WXT = resolve(ROOT, 'node_modules/.bin/wxt');
const OUT = resolve(ROOT, 'test-results/firefox-build');
// Apart from OUT: the two tests run in parallel, and each build empties its browser's folder.
const ZIP_OUT = resolve(ROOT, 'test-results/store-zips');

/**
 * Preact's renderer contains `el.innerHTML = props.dangerouslySetInnerHTML.__html`, which the linter
 * flags wherever Preact is bundled; no code of ours passes dangerouslySetInnerHTML (biome's
 * noDangerouslySetInnerHtml rule is on), so the assignment never runs.
 */
const KNOWN = new Set(['UNSAFE_VAR_ASSIGNMENT']);

/** The content scripts' matches: the only hosts the extension runs on without asking. */
const SITE_MATCHES = [
  'https://discord.com/*',
  'https://*.substack.com/*',
  'https://substack.com/*',
  'https://www.tiktok.com/*',
  'https://studio.youtube.com/*',
  'https://www.youtube.com/*',
];

/** Lints a folder or a zip as AMO does, and applies the known-warning policy above. */
async function expectLintClean(path: string): Promise<void> {
  const output = await linter
    .createInstance({
      config: {
        _: [path],
        logLevel: 'fatal',
        stack: false,
        pretty: false,
        warningsAsErrors: false,
        metadata: false,
        output: 'none',
        boring: false,
        selfHosted: false,
      },
      runAsBinary: false,
    })
    .run();
  const describe = (m: LinterMessage) => `${m.code} ${m.file ?? ''}: ${m.message}`;
  expect(output.errors.map(describe)).toEqual([]);
  expect(output.warnings.filter((w) => !KNOWN.has(w.code)).map(describe)).toEqual([]);
  // The known warning comes from the bundles that contain Preact, nowhere else.
  for (const w of output.warnings) expect(w.file ?? '').toMatch(/^(content-scripts|chunks)\//);
}

function expectFirefoxManifest(manifest: Record<string, unknown>): void {
  expect(manifest).toMatchObject({
    manifest_version: 3,
    browser_specific_settings: {
      gecko: { id: 'promo-ledger@promo-ledger.app', data_collection_permissions: { required: ['none'] } },
    },
  });
  // Firefox runs the background as an event page, not a service worker.
  expect(manifest.background).toEqual({ scripts: ['background.js'] });
}

/**
 * The entries of a zip file, read from its central directory (stored or deflated, as WXT's JSZip
 * writes them): enough for these checks without another dependency or an `unzip` on the machine.
 */
function readZip(file: string): Map<string, () => Buffer> {
  const zip = readFileSync(file);
  let end = zip.length - 22;
  while (end >= 0 && zip.readUInt32LE(end) !== 0x06054b50) end--;
  if (end < 0) throw new Error(`${file}: no end of central directory`);
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  const entries = new Map<string, () => Buffer>();
  for (let i = 0; i < count; i++) {
    if (zip.readUInt32LE(at) !== 0x02014b50) throw new Error(`${file}: bad central directory entry ${i}`);
    const method = zip.readUInt16LE(at + 10);
    const size = zip.readUInt32LE(at + 20);
    const nameLength = zip.readUInt16LE(at + 28);
    const skip = nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
    const local = zip.readUInt32LE(at + 42);
    const name = zip.toString('utf8', at + 46, at + 46 + nameLength);
    entries.set(name, () => {
      const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
      const data = zip.subarray(start, start + size);
      if (method === 0) return Buffer.from(data);
      if (method === 8) return inflateRawSync(data);
      throw new Error(`${file}: ${name} uses compression method ${method}`);
    });
    at += 46 + skip;
  }
  return entries;
}

const text = (entries: Map<string, () => Buffer>, name: string): string => {
  const entry = entries.get(name);
  if (!entry) throw new Error(`no ${name} in the zip`);
  return entry().toString('utf8');
};

test('the Firefox build passes Mozilla’s addons-linter', async () => {
  test.setTimeout(180_000);
  await run(WXT, ['build', '-b', 'firefox', '--mv3'], {
    cwd: ROOT,
    env: { ...process.env, WXT_OUT_DIR: OUT },
  });
  const dir = resolve(OUT, 'firefox-mv3');
  const manifest = JSON.parse(readFileSync(resolve(dir, 'manifest.json'), 'utf8'));
  expectFirefoxManifest(manifest);
  await expectLintClean(dir);
});

test('npm run zip: the store packages lint clean and the sources zip holds what rebuilds them', async () => {
  // Two production builds and a lint of the zip, on a slow shared machine.
  test.setTimeout(600_000);
  rmSync(ZIP_OUT, { recursive: true, force: true });
  const env = { ...process.env, WXT_OUT_DIR: ZIP_OUT };
  // What `npm run zip` runs, one after the other (both write WXT's .wxt/ folder).
  await run(WXT, ['zip'], { cwd: ROOT, env });
  await run(WXT, ['zip', '-b', 'firefox', '--mv3'], { cwd: ROOT, env });

  const { version } = JSON.parse(readFileSync(resolve(ROOT, 'package.json'), 'utf8'));
  const name = (kind: string) => `promo-ledger-${version}-${kind}.zip`;
  expect(readdirSync(ZIP_OUT).filter((f) => f.endsWith('.zip'))).toEqual(
    expect.arrayContaining([name('chrome'), name('firefox'), name('sources')]),
  );
  expect(readdirSync(ZIP_OUT).filter((f) => f.endsWith('.zip'))).toHaveLength(3);

  // AMO's package: Mozilla's linter on the zip itself, not only on the folder.
  const firefoxZip = resolve(ZIP_OUT, name('firefox'));
  const firefox = readZip(firefoxZip);
  expectFirefoxManifest(JSON.parse(text(firefox, 'manifest.json')));
  await expectLintClean(firefoxZip);

  // Chrome Web Store's package: a service worker, no Firefox keys, the same narrow permissions,
  // and every file the manifest names is in the zip.
  const chrome = readZip(resolve(ZIP_OUT, name('chrome')));
  const manifest = JSON.parse(text(chrome, 'manifest.json'));
  expect(manifest).toMatchObject({
    manifest_version: 3,
    version,
    default_locale: 'en',
    background: { service_worker: 'background.js' },
    permissions: ['storage', 'scripting', 'contextMenus'],
    optional_host_permissions: ['https://*/*'],
  });
  expect(manifest.browser_specific_settings).toBeUndefined();
  expect(manifest.host_permissions).toBeUndefined();
  const scripts: { matches: string[]; js: string[] }[] = manifest.content_scripts;
  expect(scripts.flatMap((s) => s.matches).sort()).toEqual([...SITE_MATCHES].sort());
  const named = [
    manifest.background.service_worker,
    manifest.action.default_popup,
    manifest.options_ui.page,
    ...scripts.flatMap((s) => s.js),
    ...Object.values<string>(manifest.icons),
    '_locales/en/messages.json',
    '_locales/fr/messages.json',
  ];
  expect(named.filter((file) => !chrome.has(file))).toEqual([]);
  // The store shows the manifest's description as the item's summary: 132 characters at most.
  for (const locale of ['en', 'fr']) {
    const messages = JSON.parse(text(chrome, `_locales/${locale}/messages.json`));
    expect([...messages.extDescription.message].length).toBeLessThanOrEqual(132);
  }

  // The sources zip: the reviewer's note at its root, the locked dependencies, the build's
  // configuration and sources; nothing installed, built, generated or tested.
  const sources = readZip(resolve(ZIP_OUT, name('sources')));
  const files = [...sources.keys()].filter((f) => !f.endsWith('/'));
  for (const file of [
    'SOURCE_CODE_REVIEW.md',
    'README.md',
    'package.json',
    'package-lock.json',
    'tsconfig.json',
    'wxt.config.ts',
    'biome.json',
    'extension/entrypoints/background.ts',
    'extension/public/_locales/en/messages.json',
    'shared/programs/catalog.ts',
    'dashboard/mount.tsx',
  ])
    expect(files, file).toContain(file);
  const unwanted = files.filter((f) =>
    /(^|\/)(node_modules|\.output|\.wxt|\.git|test-results|playwright-report|coverage|dist)\/|^test\/|\.test(-d)?\.tsx?$/.test(
      f,
    ),
  );
  expect(unwanted).toEqual([]);
  expect(text(sources, 'package.json')).toBe(readFileSync(resolve(ROOT, 'package.json'), 'utf8'));
  const note = text(sources, 'SOURCE_CODE_REVIEW.md');
  expect(note).toContain('npm ci');
  expect(note).toContain('npx wxt build -b firefox --mv3');
  expect(note).toContain('.output/firefox-mv3');

  // Every relative import in the sources resolves inside the zip, so nothing the build reads was
  // left out (the full rebuild, `npm ci` and the build in an empty folder, is too slow to run here).
  const has = (path: string) =>
    ['', '.ts', '.tsx', '/index.ts', '/index.tsx'].some((ext) => sources.has(path + ext));
  const missing: string[] = [];
  for (const file of files.filter((f) => /\.(tsx?|css|html)$/.test(f))) {
    const source = text(sources, file);
    const specifiers = [
      ...source.matchAll(/(?:\bfrom|\bimport|\bimport\(|new URL\(|@import)\s*['"](\.{1,2}\/[^'"]+)['"]/g),
      ...source.matchAll(/\b(?:src|href)="(\.{1,2}\/[^"]+)"/g),
    ].map((m) => m[1] as string);
    for (const specifier of specifiers) {
      const target = posix.normalize(posix.join(posix.dirname(file), specifier.split('?')[0] as string));
      if (!has(target)) missing.push(`${file} → ${specifier}`);
    }
  }
  expect(missing).toEqual([]);
});
