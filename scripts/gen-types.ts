/**
 * `npm run gen`: generate TypeScript types from openapi.yaml into
 * src/generated/openapi.ts with openapi-typescript. The lint step regenerates
 * in memory and fails when the committed file differs.
 */
import { writeFileSync, mkdirSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';

export const GENERATED_TYPES = 'src/generated/openapi.ts';

const HEADER = `/**\n * Generated from openapi.yaml by \`npm run gen\` (openapi-typescript). Do not edit.\n */\n\n`;

export async function generateTypes(specPath: string): Promise<string> {
  const ast = await openapiTS(pathToFileURL(specPath), { alphabetize: false, defaultNonNullable: false });
  return HEADER + astToString(ast);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const root = fileURLToPath(new URL('..', import.meta.url));
  mkdirSync(`${root}src/generated`, { recursive: true });
  writeFileSync(`${root}${GENERATED_TYPES}`, await generateTypes(`${root}openapi.yaml`));
  console.log(`wrote ${GENERATED_TYPES}`);
}
