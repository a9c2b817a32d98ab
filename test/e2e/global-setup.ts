// Rebuilds the site fixtures before any spec runs (esbuild, well under a second).
import { buildFixtures } from '../fixtures/build';

export default async function globalSetup(): Promise<void> {
  const { ms } = await buildFixtures();
  process.stdout.write(`site fixtures built in ${ms} ms\n`);
}
