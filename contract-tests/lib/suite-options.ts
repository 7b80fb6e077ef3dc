/**
 * How vitest runs the contract suites, shared by contract-tests/vitest.config.ts
 * (from the sources) and the runner's inline configuration (from dist/).
 * Files and tests run one at a time: they share the target's state (one
 * running timer per user, one open workday).
 */
export const SUITE_OPTIONS = {
  fileParallelism: false,
  pool: 'forks',
  testTimeout: 240_000,
  hookTimeout: 600_000,
  sequence: { shuffle: false, concurrent: false },
  passWithNoTests: false,
} as const;
