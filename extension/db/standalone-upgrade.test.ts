import 'fake-indexeddb/auto';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { resultKey } from '../../shared/schemas/result';
import { settingsSchema } from '../../shared/schemas/settings';
import { StandaloneDb } from './standalone-db';
import { openStandaloneStore } from './standalone-store';
import { STANDALONE_SCHEMA_VERSIONS } from './standalone-versions';

// quality.md R4 for the standalone dashboard's database, as upgrade.test.ts does for the
// extension's: every released version has a frozen fixture of what it wrote, loaded at its own
// version and read through today's store, which must give all of it back.

interface Fixture {
  version: number;
  schema: Record<string, string>;
  stores: Record<string, Record<string, unknown>[]>;
}

const DIR = join(dirname(fileURLToPath(import.meta.url)), 'fixtures/standalone');
const fixtures: Fixture[] = readdirSync(DIR)
  .filter((f) => /^v\d+\.json$/.test(f))
  .map((f) => JSON.parse(readFileSync(join(DIR, f), 'utf8')) as Fixture)
  .sort((a, b) => a.version - b.version);

let n = 0;

describe('standalone schema versions', () => {
  it('are numbered 1, 2, 3 … and each has a frozen fixture', () => {
    expect(STANDALONE_SCHEMA_VERSIONS.map((v) => v.version)).toEqual(
      STANDALONE_SCHEMA_VERSIONS.map((_, i) => i + 1),
    );
    expect(fixtures.map((f) => f.version)).toEqual(STANDALONE_SCHEMA_VERSIONS.map((v) => v.version));
  });

  it.each(fixtures)('version $version is as released (never edited)', (fixture) => {
    expect(STANDALONE_SCHEMA_VERSIONS.find((v) => v.version === fixture.version)?.stores).toEqual(
      fixture.schema,
    );
  });
});

describe.each(fixtures)('the standalone database from version $version', (fixture) => {
  it('reads back every event, result, the settings and the meta through today’s store', async () => {
    const name = `standalone-upgrade-${++n}`;
    const old = new StandaloneDb(
      name,
      STANDALONE_SCHEMA_VERSIONS.filter((v) => v.version <= fixture.version),
    );
    await old.open();
    for (const [store, rows] of Object.entries(fixture.stores)) await old.table(store).bulkAdd(rows);
    old.close();

    const store = openStandaloneStore(name);
    const events = fixture.stores.eventChunks?.flatMap((c) => c.events as { id: string }[]) ?? [];
    const read = await store.readCheckedEvents();
    expect(read.unreadable).toBe(0);
    expect(read.events.map((e) => e.id).sort()).toEqual(events.map((e) => e.id).sort());
    const results = await store.readResults();
    expect(results.map(resultKey).sort()).toEqual(fixture.stores.results?.map((r) => r.id).sort());
    const settings = fixture.stores.settings?.find((r) => r.id === 'current')?.value;
    expect((await store.readSettings()).settings).toEqual(settingsSchema.parse(settings));
    expect(await store.readMeta()).toMatchObject({ demo: false, welcomeDismissed: true });
    store.close?.();
  });
});
