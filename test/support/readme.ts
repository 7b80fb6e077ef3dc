/** The first TypeScript block after a heading of a README (the MSW example is one). */
export function readmeBlock(readme: string, heading: string): string {
  const at = readme.indexOf(heading);
  if (at < 0) throw new Error(`README has no heading ${heading}`);
  const block = readme.slice(at).split('```ts\n')[1]?.split('```')[0];
  if (block === undefined) throw new Error(`no ts block after ${heading}`);
  return block;
}
