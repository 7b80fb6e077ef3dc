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
import { APIS, type ApiEnvs, type ApiId } from './apis/index.js';
import { loadDocument } from './spec-files.js';
import { httpDeliver } from './server/deliver.js';
import type { ApiDefinition } from './core/api.js';
import { createEngine as createCoreEngine, type EngineInternals, type EngineOptions } from './core/engine.js';

export { PACKAGE_ROOT, specPath, loadDocument } from './spec-files.js';

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
  return createCoreEngine(loadApi<K>(options.api, options.spec), { deliver: httpDeliver, ...options });
}
