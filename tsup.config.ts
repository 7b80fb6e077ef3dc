/**
 * `npm run build` (also `prepack`, so `npm pack` always ships a fresh build):
 * the package's JavaScript and declarations in dist/, flat, so that every
 * module is one level below the package root (src/node.ts finds the root,
 * and with it openapi.yaml, from its own location). decisions/0009.
 *
 * - ESM, with shared chunks: the library entries, the two bins' programs and
 *   the contract suites (vitest loads them as test files);
 * - CommonJS for the Node library entries (index, msw, engine, clock);
 * - `.d.ts`/`.d.cts` bundled per library entry, so consumers type-check
 *   declarations only (no kit sources under their compiler flags).
 * Dependencies and peer dependencies stay external (but json-schema-faker in
 * the CommonJS build: it has no CommonJS export); nothing is minified.
 */
import { copyFileSync } from 'node:fs';
import { defineConfig } from 'tsup';

const library = {
  index: 'src/index.ts',
  msw: 'src/msw.ts',
  engine: 'src/core/engine.ts',
  clock: 'src/core/clock.ts',
};

const common = {
  outDir: 'dist',
  target: 'node20',
  platform: 'node',
  tsconfig: 'tsconfig.build.json',
  splitting: true,
  sourcemap: false,
  minify: false,
  treeshake: false,
  shims: true,
} as const;

export default defineConfig([
  {
    ...common,
    clean: true,
    format: ['esm'],
    entry: {
      ...library,
      browser: 'src/browser.ts',
      cli: 'src/server/cli.ts',
      contract: 'contract-tests/run.ts',
      'contract-operations.test': 'contract-tests/suites/operations.test.ts',
      'contract-flows.test': 'contract-tests/suites/flows.test.ts',
      // The Dredd hooks' kit (contract-tests/dredd-hooks.cjs requires it from an install).
      'dredd-kit': 'contract-tests/lib/dredd.ts',
    },
    dts: { entry: { ...library, browser: 'src/browser.ts' } },
    onSuccess: async () => copyFileSync('src/generated/timetracker/openapi.json', 'dist/openapi.json'),
  },
  {
    ...common,
    format: ['cjs'],
    entry: library,
    // json-schema-faker ships ESM only, with an `import`-only export: require() cannot resolve it, so the CommonJS build carries it.
    noExternal: ['json-schema-faker'],
    dts: { entry: library },
  },
]);
