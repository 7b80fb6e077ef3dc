import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const src = (file: string) => fileURLToPath(new URL(`./src/${file}`, import.meta.url));

export default defineConfig({
  // The package's own entries, for tests written as a consumer writes them (the README's example).
  resolve: {
    alias: {
      'timetracker-mock-kit/msw': src('msw.ts'),
      'timetracker-mock-kit/clock': src('core/clock.ts'),
      'timetracker-mock-kit/browser': src('browser.ts'),
      'timetracker-mock-kit/engine': src('core/engine.ts'),
    },
  },
  test: {
    include: ['test/**/*.test.ts', 'src/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
  },
});
