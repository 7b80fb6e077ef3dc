/** The README's MSW example is test/msw/readme-example.test.ts, character for character (so the example runs). */
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';

const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');

/** The first TypeScript block after a heading of the README. */
export function readmeBlock(readme: string, heading: string): string {
  const at = readme.indexOf(heading);
  if (at < 0) throw new Error(`README has no heading ${heading}`);
  const block = readme.slice(at).split('```ts\n')[1]?.split('```')[0];
  if (block === undefined) throw new Error(`no ts block after ${heading}`);
  return block;
}

it('the README example and the test file are the same text', () => {
  expect(readmeBlock(read('README.md'), '### In Node: `setupServer`')).toBe(read('test/msw/readme-example.test.ts'));
});
