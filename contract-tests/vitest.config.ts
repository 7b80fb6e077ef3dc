/**
 * Vitest configuration of the contract suites (not part of `npm test`: they
 * need a target). Files and tests run one at a time: they share the
 * target's state (one running timer per user, one open workday).
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    root: fileURLToPath(new URL('..', import.meta.url)),
    include: ['contract-tests/suites/**/*.test.ts'],
    fileParallelism: false,
    pool: 'forks',
    testTimeout: 240_000,
    hookTimeout: 600_000,
    sequence: { shuffle: false, concurrent: false },
    passWithNoTests: false,
  },
});
