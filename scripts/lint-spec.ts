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

export const PROVENANCES = ['documented', 'specified', 'observed'] as const;
/** Keys of the object form of `x-provenance` besides schema keywords. */
const PROVENANCE_KEYS = new Set(['self', 'properties', 'required', 'enum', 'type', 'format', 'pattern', 'minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum', 'minLength', 'maxLength', 'minItems', 'maxItems', 'uniqueItems', 'additionalProperties', 'items', 'nullable', 'const']);

/** What is wrong with one `x-provenance` value (a word, or `{self, properties, <keyword>: word}`). */
function provenanceValueProblem(v: unknown): string | undefined {
  const ok = (x: unknown) => typeof x === 'string' && (PROVENANCES as readonly string[]).includes(x);
  if (ok(v)) return undefined;
  if (!isObj(v)) return `x-provenance must be one of ${PROVENANCES.join(', ')} or an object of them, got ${JSON.stringify(v)}`;
  for (const [k, x] of Object.entries(v)) {
    if (!PROVENANCE_KEYS.has(k)) return `x-provenance: unknown key "${k}" (self, properties or a schema keyword)`;
    if (!ok(x)) return `x-provenance.${k} must be one of ${PROVENANCES.join(', ')}, got ${JSON.stringify(x)}`;
  }
  return undefined;
}

/**
 * decisions/0013: every operation says where its expectation comes from
 * (`x-provenance: documented | specified | observed`, a word), so do every
 * component schema, response and parameter and every inline parameter; any
 * other schema node, response or header may say it too (it inherits
 * otherwise), and no value beside a `$ref` (where it would be ignored).
 * Every value anywhere must be valid.
 */
export function provenanceProblems(doc: Json): string[] {
  const problems: string[] = [];
  const walk = (node: unknown, where: string): void => {
    if (Array.isArray(node)) {
      node.forEach((n, i) => walk(n, `${where}[${i}]`));
      return;
    }
    if (!isObj(node)) return;
    if ('x-provenance' in node) {
      const p = provenanceValueProblem(node['x-provenance']);
      if (p) problems.push(`${where}: ${p}`);
      if (typeof node.$ref === 'string') problems.push(`${where}: x-provenance beside $ref is ignored (mark the referenced component)`);
    }
    for (const [k, v] of Object.entries(node)) if (k !== 'x-provenance' && k !== 'example' && k !== 'examples') walk(v, `${where}/${k}`);
  };
  walk(doc, '#');
  const components = isObj(doc.components) ? doc.components : {};
  for (const section of ['schemas', 'responses', 'parameters']) {
    const entries = isObj(components[section]) ? components[section] : {};
    for (const [name, c] of Object.entries(entries)) {
      // A component that is only a $ref (an alias) takes its target's provenance.
      if (isObj(c) && !('x-provenance' in c) && typeof c.$ref !== 'string') problems.push(`#/components/${section}/${name}: needs x-provenance (documented, specified or observed)`);
    }
  }
  for (const [path, item] of Object.entries(isObj(doc.paths) ? doc.paths : {})) {
    if (!isObj(item)) continue;
    const inline = (ps: unknown, where: string) => {
      for (const p of Array.isArray(ps) ? ps : []) if (isObj(p) && typeof p.$ref !== 'string' && !('x-provenance' in p)) problems.push(`${where}: parameter ${String(p.name)} needs x-provenance`);
    };
    inline(item.parameters, path);
    for (const method of ['get', 'post', 'put', 'patch', 'delete']) {
      const op = item[method];
      if (!isObj(op)) continue;
      const where = `${method.toUpperCase()} ${path} (${String(op.operationId)})`;
      if (typeof op['x-provenance'] !== 'string') problems.push(`${where}: needs x-provenance: documented, specified or observed (decisions/0013)`);
      inline(op.parameters, where);
    }
  }
  return problems;
}

/**
 * The markers of decisions/0004, 0005 and 0013, as rules: every GET says whether
 * its answer may be cached (`x-mock-cache: true|false`, a conscious choice
 * per read) and nothing else may be cached; `Idempotency-Key` is a POST
 * header; `x-clamp` caps only parameters with a numeric `maximum`;
 * `x-mock-only` is a boolean; `x-writes: true` (a GET that changes state)
 * only on a GET that is not cached; `x-throttle-exempt` and `x-path-pairs`
 * (on the document, a path or an operation) are booleans;
 * `x-mock-reads` (the tables a cached answer is made of, decisions/0004) is
 * a list of names on a cacheable GET only (the engine checks the names
 * against the API's tables when it starts); and the provenance of every
 * expectation (`provenanceProblems`, decisions/0013).
 */

export function markerProblems(doc: Json): string[] {
  const problems: string[] = provenanceProblems(doc);
  const components = isObj(doc.components) && isObj(doc.components.parameters) ? doc.components.parameters : {};
  const param = (p: unknown): Json | undefined => {
    if (!isObj(p)) return undefined;
    if (typeof p.$ref === 'string') return components[p.$ref.split('/').pop() as string] as Json | undefined;
    return p;
  };
  if (doc['x-path-pairs'] !== undefined && typeof doc['x-path-pairs'] !== 'boolean') problems.push('x-path-pairs must be a boolean');
  for (const [path, item] of Object.entries(isObj(doc.paths) ? doc.paths : {})) {
    if (!isObj(item)) continue;
    if (item['x-path-pairs'] !== undefined && typeof item['x-path-pairs'] !== 'boolean') problems.push(`${path}: x-path-pairs must be a boolean`);
    for (const method of ['get', 'post', 'put', 'patch', 'delete']) {
      const op = item[method];
      if (!isObj(op)) continue;
      const where = `${method.toUpperCase()} ${path} (${String(op.operationId)})`;
      const cache = op['x-mock-cache'];
      if (method === 'get' && typeof cache !== 'boolean') problems.push(`${where}: a GET must say x-mock-cache: true or false (decisions/0004-read-cache.md)`);
      if (method !== 'get' && cache !== undefined) problems.push(`${where}: only GET operations may carry x-mock-cache`);
      if (op['x-mock-only'] !== undefined && typeof op['x-mock-only'] !== 'boolean') problems.push(`${where}: x-mock-only must be a boolean`);
      if (op['x-writes'] !== undefined && (op['x-writes'] !== true || method !== 'get' || cache === true)) problems.push(`${where}: x-writes: true marks a GET that changes state, and such a GET is x-mock-cache: false`);
      for (const marker of ['x-throttle-exempt', 'x-path-pairs']) {
        if (op[marker] !== undefined && typeof op[marker] !== 'boolean') problems.push(`${where}: ${marker} must be a boolean`);
      }
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
