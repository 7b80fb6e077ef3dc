/** The README's MSW example is test/msw/readme-example.test.ts, character for character (so the example runs). */
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { readmeBlock } from '../support/readme.js';

const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');

it('the README example and the test file are the same text', () => {
  expect(readmeBlock(read('README.md'), '### In Node: `setupServer`')).toBe(read('test/msw/readme-example.test.ts'));
});
