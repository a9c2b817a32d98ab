import 'fake-indexeddb/auto';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { promotionEventSchema } from '../../shared/schemas/event';
import { resultEntrySchema, resultKey } from '../../shared/schemas/result';
import { settingsSchema } from '../../shared/schemas/settings';
import { LedgerDb } from './db';
import { readSettings } from './settings-store';
import { SCHEMA_VERSIONS } from './versions';

// quality.md R4: every released schema version has a frozen fixture of what it wrote; each one is
// loaded at its own version and opened with today's code, and must come through whole.

interface Fixture {
  version: number;
  schema: Record<string, string>;
  stores: Record<string, Record<string, unknown>[]>;
}

const FIXTURE_DIR = join(dirname(fileURLToPath(import.meta.url)), 'fixtures');
const fixtures: Fixture[] = readdirSync(FIXTURE_DIR)
  .filter((f) => /^v\d+\.json$/.test(f))
  .map((f) => JSON.parse(readFileSync(join(FIXTURE_DIR, f), 'utf8')) as Fixture)
  .sort((a, b) => a.version - b.version);

let dbCount = 0;
const uniqueName = () => `upgrade-test-${++dbCount}`;

/** Writes a fixture's rows with the schema of its own version, as that release would have. */
async function seed(name: string, fixture: Fixture): Promise<void> {
  const old = new LedgerDb(
    name,
    SCHEMA_VERSIONS.filter((v) => v.version <= fixture.version),
  );
  await old.open();
  for (const [store, rows] of Object.entries(fixture.stores)) await old.table(store).bulkAdd(rows);
  old.close();
}

describe('schema versions', () => {
  it('are numbered 1, 2, 3 … and each has a frozen fixture', () => {
    expect(SCHEMA_VERSIONS.map((v) => v.version)).toEqual(SCHEMA_VERSIONS.map((_, i) => i + 1));
    expect(fixtures.map((f) => f.version)).toEqual(SCHEMA_VERSIONS.map((v) => v.version));
  });

  it.each(fixtures)('version $version is as released (never edited)', (fixture) => {
    const declared = SCHEMA_VERSIONS.find((v) => v.version === fixture.version);
    expect(declared?.stores).toEqual(fixture.schema);
  });
});

describe.each(fixtures)('upgrade from version $version', (fixture) => {
  it('keeps every event, result, settings record and health row', async () => {
    const name = uniqueName();
    await seed(name, fixture);
    const db = new LedgerDb(name);
    await db.open();
    expect(db.verno).toBe(SCHEMA_VERSIONS.at(-1)?.version);

    const events = await db.events.toArray();
    expect(events.map((e) => e.id).sort()).toEqual(fixture.stores.events?.map((e) => e.id).sort());
    for (const e of events) expect(promotionEventSchema.safeParse(e).success).toBe(true);

    const results = await db.results.toArray();
    expect(results).toHaveLength(fixture.stores.results?.length ?? 0);
    for (const { id, ...entry } of results) {
      const parsed = resultEntrySchema.parse(entry);
      expect(id).toBe(resultKey(parsed));
    }

    const { settings, recovered } = await readSettings(db);
    expect(recovered).toBeNull();
    const storedSettings = fixture.stores.settings?.find((r) => r.id === 'current')?.value;
    expect(settings).toEqual(settingsSchema.parse(storedSettings));

    expect(await db.siteHealth.toArray()).toEqual(fixture.stores.siteHealth);
    db.close();
  });
});

describe('a failing upgrade', () => {
  it('leaves the old data intact and openable', async () => {
    const latest = fixtures.at(-1) as Fixture;
    const name = uniqueName();
    await seed(name, latest);
    const broken = new LedgerDb(name, [
      ...SCHEMA_VERSIONS,
      {
        version: latest.version + 1,
        stores: {},
        upgrade: async (tx) => {
          await tx.table('events').clear();
          throw new Error('upgrade bug');
        },
      },
    ]);
    await expect(broken.open()).rejects.toThrow(/upgrade bug/);
    broken.close();

    const db = new LedgerDb(name);
    await db.open();
    expect(db.verno).toBe(latest.version);
    expect(await db.events.count()).toBe(latest.stores.events?.length);
    db.close();
  });
});
