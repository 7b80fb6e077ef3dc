/**
 * `npm run lint:spec`: every spec of the kit must load and validate in
 * swagger-parser, pass the committed Redocly rule set (redocly.yaml) with
 * zero problems, carry the per-operation markers the engine reads (checked
 * by `markerProblems`), and its generated files must be fresh.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import SwaggerParser from '@apidevtools/swagger-parser';
import { parse } from 'yaml';
import { SPECS } from '../src/apis/specs.js';
import { generateAll } from './gen-types.js';

const root = fileURLToPath(new URL('..', import.meta.url));
let failed = false;
const fail = (message: string) => {
  failed = true;
  console.error(message);
};

type Json = Record<string, unknown>;
const isObj = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * The markers of decisions/0004 and 0005, as rules: every GET says whether
 * its answer may be cached (`x-mock-cache: true|false`, a conscious choice
 * per read) and nothing else may be cached; `Idempotency-Key` is a POST
 * header; `x-clamp` caps only parameters with a numeric `maximum`;
 * `x-mock-only` is a boolean; `x-writes: true` (a GET that changes state)
 * only on a GET that is not cached; `x-throttle-exempt` is a boolean;
 * `x-mock-reads` (the tables a cached answer is made of, decisions/0004) is
 * a list of names on a cacheable GET only (the engine checks the names
 * against the API's tables when it starts); and once a spec marks
 * provenance, every operation says `x-provenance: documented|observed|specified`.
 */
const PROVENANCE = ['documented', 'observed', 'specified'];

export function markerProblems(doc: Json): string[] {
  const problems: string[] = [];
  const paths = Object.values(isObj(doc.paths) ? doc.paths : {}).filter(isObj);
  const marksProvenance = paths.some((item) => Object.values(item).some((op) => isObj(op) && op['x-provenance'] !== undefined));
  const components = isObj(doc.components) && isObj(doc.components.parameters) ? doc.components.parameters : {};
  const param = (p: unknown): Json | undefined => {
    if (!isObj(p)) return undefined;
    if (typeof p.$ref === 'string') return components[p.$ref.split('/').pop() as string] as Json | undefined;
    return p;
  };
  for (const [path, item] of Object.entries(isObj(doc.paths) ? doc.paths : {})) {
    if (!isObj(item)) continue;
    for (const method of ['get', 'post', 'put', 'patch', 'delete']) {
      const op = item[method];
      if (!isObj(op)) continue;
      const where = `${method.toUpperCase()} ${path} (${String(op.operationId)})`;
      const cache = op['x-mock-cache'];
      if (method === 'get' && typeof cache !== 'boolean') problems.push(`${where}: a GET must say x-mock-cache: true or false (decisions/0004-read-cache.md)`);
      if (method !== 'get' && cache !== undefined) problems.push(`${where}: only GET operations may carry x-mock-cache`);
      if (op['x-mock-only'] !== undefined && typeof op['x-mock-only'] !== 'boolean') problems.push(`${where}: x-mock-only must be a boolean`);
      if (op['x-writes'] !== undefined && (op['x-writes'] !== true || method !== 'get' || cache === true)) problems.push(`${where}: x-writes: true marks a GET that changes state, and such a GET is x-mock-cache: false`);
      if (op['x-throttle-exempt'] !== undefined && typeof op['x-throttle-exempt'] !== 'boolean') problems.push(`${where}: x-throttle-exempt must be a boolean`);
      if (marksProvenance && !PROVENANCE.includes(op['x-provenance'] as string)) problems.push(`${where}: x-provenance must be one of ${PROVENANCE.join(', ')}`);
      const reads = op['x-mock-reads'];
      if (reads !== undefined) {
        if (cache !== true) problems.push(`${where}: x-mock-reads belongs on a GET marked x-mock-cache: true`);
        if (!Array.isArray(reads) || !reads.every((t) => typeof t === 'string' && t.length > 0)) problems.push(`${where}: x-mock-reads must be a list of table names`);
      }
      const params = [...(Array.isArray(item.parameters) ? item.parameters : []), ...(Array.isArray(op.parameters) ? op.parameters : [])].map(param);
      for (const p of params) {
        if (!p) continue;
        if (p.in === 'header' && String(p.name).toLowerCase() === 'idempotency-key' && method !== 'post') problems.push(`${where}: Idempotency-Key belongs on POST operations`);
        if (p['x-clamp'] !== undefined) {
          const schema = isObj(p.schema) ? p.schema : {};
          if (p['x-clamp'] !== true || typeof schema.maximum !== 'number') problems.push(`${where}: parameter ${String(p.name)}: x-clamp: true needs a numeric schema maximum`);
        }
      }
    }
  }
  return problems;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  // The control API's description is the schema its bodies are checked against (src/server/control.ts).
  try {
    await SwaggerParser.validate(`${root}control-api.yaml`);
    console.log('swagger-parser: control-api.yaml is valid');
  } catch (error) {
    fail(`swagger-parser: control-api.yaml: ${(error as Error).message}`);
  }
  for (const { file } of SPECS) {
    const spec = `${root}${file}`;
    try {
      await SwaggerParser.validate(spec);
      console.log(`swagger-parser: ${file} is valid`);
    } catch (error) {
      fail(`swagger-parser: ${file}: ${(error as Error).message}`);
    }
    const redocly = spawnSync(
      process.execPath,
      [`${root}node_modules/@redocly/cli/bin/cli.js`, 'lint', spec, '--config', `${root}redocly.yaml`, '--format', 'stylish'],
      { encoding: 'utf8', env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' } },
    );
    const out = `${redocly.stdout}${redocly.stderr}`;
    const problems = out.split('\n').filter((line) => /\b(error|warning)\b/.test(line) && !/Deprecation|Node\.js/.test(line));
    if (redocly.status !== 0 || problems.length > 0) fail(`redocly lint: ${file}: ${problems.length} problem(s)\n${problems.join('\n') || out}`);
    else console.log(`redocly lint: ${file}: 0 errors, 0 warnings`);
    const markers = markerProblems(parse(readFileSync(spec, 'utf8')) as Json);
    if (markers.length > 0) fail(`markers: ${file}: ${markers.length} problem(s)\n  ${markers.join('\n  ')}`);
    else console.log(`markers: ${file}: every operation carries the markers the engine reads`);
  }
  for (const [path, content] of await generateAll()) {
    if (!existsSync(`${root}${path}`) || readFileSync(`${root}${path}`, 'utf8') !== content) fail(`${path} is stale: run \`npm run gen\` and commit the result`);
    else console.log(`${path} is fresh`);
  }
  process.exit(failed ? 1 : 0);
}
