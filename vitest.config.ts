import { defineConfig } from 'vitest/config';

// Unit tests sit next to their code; browser e2e specs live in test/e2e and run under Playwright.
export default defineConfig({
  test: {
    include: [
      'shared/**/*.test.ts',
      'dashboard/**/*.test.ts',
      'extension/**/*.test.ts',
      'extension/**/*.test.tsx',
      'test/unit/**/*.test.ts',
    ],
    // The machine has two cores: keep the pool small so e2e and unit runs can share it.
    pool: 'threads',
    maxWorkers: 2,
    // Property tests run hundreds of cases; with the e2e browsers on the same two cores, vitest's
    // 5 s default was seen to fail them (shared/engine/ledger-arrays.test.ts at 7 s). Speed is the
    // benchmark's business, not the tests'.
    testTimeout: 30_000,
    // Source type errors are `npm run check`'s job; here only the type tests (*.test-d.ts) count.
    typecheck: {
      enabled: true,
      include: ['shared/**/*.test-d.ts'],
      tsconfig: './tsconfig.json',
      ignoreSourceErrors: true,
    },
  },
});
