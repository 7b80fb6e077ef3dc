/**
 * `npm run lint:spec`: the spec must load and validate in swagger-parser, pass
 * the committed Redocly rule set (redocly.yaml) with zero problems, and the
 * generated types must match it.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import SwaggerParser from '@apidevtools/swagger-parser';
import { generateTypes, GENERATED_TYPES } from './gen-types.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const spec = `${root}openapi.yaml`;
let failed = false;

try {
  await SwaggerParser.validate(spec);
  console.log('swagger-parser: openapi.yaml is valid');
} catch (error) {
  failed = true;
  console.error(`swagger-parser: ${(error as Error).message}`);
}

const redocly = spawnSync(
  process.execPath,
  [`${root}node_modules/@redocly/cli/bin/cli.js`, 'lint', spec, '--config', `${root}redocly.yaml`, '--format', 'stylish'],
  { encoding: 'utf8', env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' } },
);
const redoclyOut = `${redocly.stdout}${redocly.stderr}`;
const problems = redoclyOut.split('\n').filter((line) => /\b(error|warning)\b/.test(line) && !/Deprecation|Node\.js/.test(line));
if (redocly.status !== 0 || problems.length > 0) {
  failed = true;
  console.error(`redocly lint: ${problems.length} problem(s)\n${problems.join('\n') || redoclyOut}`);
} else {
  console.log('redocly lint: 0 errors, 0 warnings');
}

const fresh = await generateTypes(spec);
const committed = readFileSync(`${root}${GENERATED_TYPES}`, 'utf8');
if (fresh !== committed) {
  failed = true;
  console.error(`${GENERATED_TYPES} is stale: run \`npm run gen\` and commit the result`);
} else {
  console.log(`${GENERATED_TYPES} is fresh`);
}

process.exit(failed ? 1 : 0);
