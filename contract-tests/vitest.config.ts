/**
 * Vitest configuration of the contract suites (not part of `npm test`: they
 * need a target), run from the sources. The built runner (dist/) passes the
 * same options inline (lib/run-suites.ts).
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { SUITE_OPTIONS } from './lib/suite-options.js';

export default defineConfig({
  test: {
    root: fileURLToPath(new URL('..', import.meta.url)),
    include: ['contract-tests/suites/**/*.test.ts'],
    ...SUITE_OPTIONS,
  },
});
