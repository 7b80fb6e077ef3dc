/**
 * The Node defaults: each API's spec read from its YAML file in the package
 * (or a file you name), and engines wired to them (MSW handlers over them:
 * src/msw.ts). Finds the package by its own location, so it works from
 * src/ (tsx) and dist/ (the build) alike, and never through a relative URL
 * that a bundler would rewrite.
 *
 * @example
 * import { createEngine } from 'timetracker-mock-kit';
 * const engine = createEngine({ seed: 7 });               // TimeTracker, default scenario
 * const other = createEngine({ spec: './my-openapi.yaml' }); // a compatible spec
 */
import { readFileSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { APIS, SPECS, type ApiEnvs, type ApiId } from './apis/index.js';
import type { ApiDefinition } from './core/api.js';
import { createEngine as createCoreEngine, type EngineInternals, type EngineOptions } from './core/engine.js';
import type { SpecDocument } from './core/spec-model.js';

/** The package root (this file sits one level below it, in src/ or dist/). */
export const PACKAGE_ROOT = fileURLToPath(new URL('..', import.meta.url));

/** Absolute path of an API's spec file. */
export function specPath(api: ApiId = 'timetracker'): string {
  const spec = SPECS.find((s) => s.id === api);
  if (!spec) throw new Error(`unknown API "${api}" (known: ${SPECS.map((s) => s.id).join(', ')})`);
  return join(PACKAGE_ROOT, spec.file);
}

const documents = new Map<string, SpecDocument>();

/** The parsed spec of an API, or of a file (read once per path). */
export function loadDocument(api: ApiId = 'timetracker', file?: string): SpecDocument {
  const path = file === undefined ? specPath(api) : isAbsolute(file) ? file : join(process.cwd(), file);
  let doc = documents.get(path);
  if (!doc) {
    doc = parse(readFileSync(path, 'utf8')) as SpecDocument;
    documents.set(path, doc);
  }
  return doc;
}

/** An API's definition with its spec read from disk. */
export function loadApi<K extends ApiId = 'timetracker'>(api: K = 'timetracker' as K, file?: string): ApiDefinition<ApiEnvs[K]> {
  return APIS[api](loadDocument(api, file));
}

export interface NodeEngineOptions<K extends ApiId = 'timetracker'> extends EngineOptions<ApiEnvs[K]['store']> {
  /** Which API (default `timetracker`). */
  api?: K;
  /** Another spec file for that API (a compatible variant). */
  spec?: string;
}

/** An engine for an API, with its spec from disk. */
export function createEngine<K extends ApiId = 'timetracker'>(options: NodeEngineOptions<K> = {}): EngineInternals<ApiEnvs[K]> {
  return createCoreEngine(loadApi<K>(options.api, options.spec), options);
}
