/**
 * The browser defaults: each API's spec as data (the JSON module
 * `npm run gen` compiles from its YAML), engines and MSW handlers for
 * `setupWorker`. Imports nothing from Node.
 *
 * @example
 * import { setupWorker } from 'msw/browser';
 * import { createHandlers } from 'timetracker-mock-kit/browser';
 *
 * const mock = createHandlers({ baseUrl: location.origin, seed: 1 });
 * await setupWorker(...mock.handlers).start();
 */
import coffeecupDocument from './generated/coffeecup/openapi.json' with { type: 'json' };
import harvestClassicDocument from './generated/harvest-classic/openapi.json' with { type: 'json' };
import timetrackerDocument from './generated/timetracker/openapi.json' with { type: 'json' };
import timecampDocument from './generated/timecamp/openapi.json' with { type: 'json' };
import { MSW_ENGINE_DEFAULTS, mockApi, type MockApi } from './adapters/msw.js';
import { APIS, type ApiEnvs, type ApiId, type ApiOperations } from './apis/index.js';
import type { ApiDefinition } from './core/api.js';
import { createEngine as createCoreEngine, type EngineInternals, type EngineOptions } from './core/engine.js';
import type { SpecDocument } from './core/spec-model.js';

const DOCUMENTS: Record<ApiId, SpecDocument> = {
  timetracker: timetrackerDocument as SpecDocument,
  'harvest-classic': harvestClassicDocument as SpecDocument,
  timecamp: timecampDocument as SpecDocument,
  coffeecup: coffeecupDocument as SpecDocument,
};

/** An API's definition with its bundled spec. */
export function loadApi<K extends ApiId = 'timetracker'>(api: K = 'timetracker' as K): ApiDefinition<ApiEnvs[K]> {
  return APIS[api](DOCUMENTS[api]);
}

export interface BrowserEngineOptions<K extends ApiId = 'timetracker'> extends EngineOptions<ApiEnvs[K]['store']> {
  /** Which API (default `timetracker`). */
  api?: K;
}

export function createEngine<K extends ApiId = 'timetracker'>(options: BrowserEngineOptions<K> = {}): EngineInternals<ApiEnvs[K]> {
  return createCoreEngine(loadApi<K>(options.api), options);
}

export interface CreateHandlersOptions<K extends ApiId = 'timetracker'> extends BrowserEngineOptions<K> {
  /** Origin the handlers answer for (default: any origin). */
  baseUrl?: string;
  engine?: EngineInternals<ApiEnvs[K]>;
}

/**
 * MSW handlers for `setupWorker`, for every operation, backed by one stateful
 * engine; throttling off unless asked for, as in Node (src/msw.ts).
 */
export function createHandlers<K extends ApiId = 'timetracker'>(options: CreateHandlersOptions<K> = {}): MockApi<EngineInternals<ApiEnvs[K]>, ApiOperations[K]> {
  return mockApi(options.engine ?? createEngine<K>({ ...MSW_ENGINE_DEFAULTS, ...options }), { baseUrl: options.baseUrl });
}

export { mockApi, mswHandlers, MSW_ENGINE_DEFAULTS, type MockApi, type MswHandlers, type OverrideResolver } from './adapters/msw.js';
export { createClock, ClockRangeError, CLOCK_MIN, CLOCK_MAX } from './core/clock.js';
export type { ControlledClock, Engine, TokenInfo } from './core/types.js';
export type { OperationId } from './generated/timetracker/handlers.js';
export type { RequestMatcher } from './core/request-match.js';
export type { RequestLogEntry, LoggedMessage } from './core/types.js';
