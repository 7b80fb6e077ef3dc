/**
 * `npm run gen`: for every API of the kit, from its hand-written spec, write
 * into src/generated/<api>/:
 * - `openapi.ts`: the spec's types (openapi-typescript);
 * - `handlers.ts`: the operation contract: one member per operationId whose
 *   type is the handler's signature (typed params, query, body, result), and
 *   the route of each operation;
 * - `openapi.json`: the spec as data, for the browser entry (which cannot read files);
 * and, for every API, `src/generated/words.json`: the word lists the seeded
 * text generator (src/fixtures/text.ts) draws from, taken from faker's English
 * locale here, at generation time, so that faker stays out of the runtime and
 * the browser bundle (decisions/0009-package-and-build.md); and the README's
 * profile table (`readmeWithProfileTables`).
 * The lint step regenerates in memory and fails when a committed file differs.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { en } from '@faker-js/faker';
import openapiTS, { astToString } from 'openapi-typescript';
import { parse } from 'yaml';
import { SPECS } from '../src/apis/specs.js';
import { PROFILE_NAMES, profileTable, type ProfileName } from '../src/apis/timetracker/profiles.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

const header = (spec: string, what: string) => `/**\n * Generated from ${spec} by \`npm run gen\` (${what}). Do not edit.\n */\n\n`;

async function typesOf(spec: string): Promise<string> {
  const ast = await openapiTS(pathToFileURL(`${ROOT}${spec}`), { alphabetize: false, defaultNonNullable: false });
  return header(spec, 'openapi-typescript') + astToString(ast);
}

interface OpInfo {
  operationId: string;
  method: string;
  path: string;
  summary: string;
  public: boolean;
}

function operationsOf(document: Record<string, unknown>): OpInfo[] {
  const out: OpInfo[] = [];
  const globalSecurity = (document.security as unknown[] | undefined) ?? [];
  for (const [path, item] of Object.entries(document.paths as Record<string, Record<string, Record<string, unknown>>>)) {
    for (const method of ['get', 'post', 'put', 'patch', 'delete']) {
      const op = item[method];
      if (!op) continue;
      const security = (op.security as unknown[] | undefined) ?? globalSecurity;
      out.push({ operationId: String(op.operationId), method: method.toUpperCase(), path, summary: String(op.summary ?? ''), public: security.length === 0 });
    }
  }
  return out;
}

function handlersOf(spec: string, document: Record<string, unknown>): string {
  const ops = operationsOf(document);
  const members = ops.map(
    (o) =>
      `  /** \`${o.method} ${o.path}\`: ${o.summary.replace(/\*\//g, '* /')} */\n  ${o.operationId}: OperationHandler<operations['${o.operationId}'], E${o.public ? ", 'public'" : ''}>;`,
  );
  const routes = ops.map((o) => `  ${o.operationId}: { method: '${o.method}', path: '${o.path}' },`);
  return `${header(spec, 'scripts/gen-types.ts')}import type { ApiEnv, OperationHandler } from '../../core/handler.js';
import type { operations } from './openapi.js';

/** Every operation of the spec and its handler's signature. The API's handler table \`satisfies\` this. */
export interface OperationHandlers<E extends ApiEnv> {
${members.join('\n')}
}

/** The method and path template of every operation, by operationId. */
export const operationRoutes = {
${routes.join('\n')}
} as const;

export type OperationId = keyof typeof operationRoutes;
`;
}

/** Every `step`-th item, at most `max` of them: a stable sample of a long list. */
const sample = (items: readonly string[], max: number): string[] => {
  const step = Math.max(1, Math.ceil(items.length / max));
  return items.filter((_, i) => i % step === 0);
};

/** The word lists of src/fixtures/text.ts, from faker's English locale (plain words only, no patterns). */
export function wordsOf(): Record<string, string[]> {
  const at = (path: string): string[] => {
    const v = path.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown> | null | undefined)?.[k], en);
    if (!Array.isArray(v) || !v.every((x) => typeof x === 'string')) throw new Error(`faker's en locale has no word list ${path}`);
    return v as string[];
  };
  return {
    firstName: sample([...at('person.first_name.female'), ...at('person.first_name.male')], 240),
    lastName: sample(at('person.last_name.generic'), 480),
    companySuffix: at('company.legal_entity_type'),
    catchAdjective: at('company.adjective'),
    catchDescriptor: at('company.descriptor'),
    catchNoun: at('company.noun'),
    buzzVerb: at('company.buzz_verb'),
    buzzAdjective: at('company.buzz_adjective'),
    buzzNoun: at('company.buzz_noun'),
    productAdjective: at('commerce.product_name.adjective'),
    productMaterial: at('commerce.product_name.material'),
    product: at('commerce.product_name.product'),
    loremWord: sample(at('lorem.word'), 250),
    city: sample(at('location.city_name'), 200),
    streetSuffix: sample(at('location.street_suffix'), 50),
  };
}

/** Every generated file of every API: path -> content. */
/**
 * The README's table of the real server's deviations, from the one source
 * both it and test/contract/profile.test.ts read (src/apis/<api>/profiles.ts),
 * between the markers `<!-- profile-table NAME -->` and `<!-- /profile-table -->`.
 */
export function readmeWithProfileTables(readme: string): string {
  const marker = /(<!-- profile-table ([\w.-]+) -->\n)[\s\S]*?(<!-- \/profile-table -->)/g;
  if (!readme.includes('<!-- profile-table ')) throw new Error('README.md has no <!-- profile-table NAME --> ... <!-- /profile-table --> block');
  return readme.replace(marker, (_m, open: string, name: string, close: string) => {
    if (!(PROFILE_NAMES as readonly string[]).includes(name)) throw new Error(`README.md: unknown profile "${name}" in a profile-table block`);
    return `${open}${profileTable(name as ProfileName)}\n${close}`;
  });
}

export async function generateAll(): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  files.set('README.md', readmeWithProfileTables(readFileSync(`${ROOT}README.md`, 'utf8')));
  for (const { id, file } of SPECS) {
    const document = parse(readFileSync(`${ROOT}${file}`, 'utf8')) as Record<string, unknown>;
    files.set(`src/generated/${id}/openapi.ts`, await typesOf(file));
    files.set(`src/generated/${id}/handlers.ts`, handlersOf(file, document));
    files.set(`src/generated/${id}/openapi.json`, `${JSON.stringify(document, null, 1)}\n`);
  }
  files.set('src/generated/words.json', `${JSON.stringify(wordsOf())}\n`);
  return files;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  for (const [path, content] of await generateAll()) {
    mkdirSync(`${ROOT}${path.slice(0, path.lastIndexOf('/'))}`, { recursive: true });
    writeFileSync(`${ROOT}${path}`, content);
    console.log(`wrote ${path}`);
  }
}
