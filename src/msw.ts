/**
 * In-test mocking with MSW in Node: `createHandlers()` gives request
 * handlers for every operation of the spec, all backed by one stateful engine, and
 * `override()` replaces one operation's answer, typed from the spec.
 * Throttling is off unless asked for (`throttle: 'timetracker'`).
 *
 * @example
 * import { setupServer } from 'msw/node';
 * import { HttpResponse } from 'msw';
 * import { createHandlers } from 'timetracker-mock-kit/msw';
 *
 * const mock = createHandlers({ baseUrl: 'http://tt.test', seed: 7 });
 * const server = setupServer(...mock.handlers);
 * beforeAll(() => server.listen());
 * afterEach(() => { server.resetHandlers(); mock.reset(); });
 * test('no projects', () => { server.use(mock.override('listProjects', () => HttpResponse.json({ projects: [], pagination }))); });
 */
import { MSW_ENGINE_DEFAULTS, mockApi, type MockApi } from './adapters/msw.js';
import type { ApiId, ApiEnvs, ApiOperations } from './apis/index.js';
import type { EngineInternals } from './core/engine.js';
import { fetchDeliver } from './core/outbox.js';
import { createEngine, type NodeEngineOptions } from './node.js';

export interface CreateHandlersOptions<K extends ApiId = 'timetracker'> extends NodeEngineOptions<K> {
  /** Origin the handlers answer for, e.g. `http://localhost:5000` (default: any origin). */
  baseUrl?: string;
  /** Use this engine instead of creating one (to share state with a node server). */
  engine?: EngineInternals<ApiEnvs[K]>;
}

/**
 * MSW handlers for `setupServer`, for every operation, backed by one stateful engine.
 *
 * @example
 * const mock = createHandlers({ baseUrl: 'http://tt.test', seed: 1 });
 * const server = setupServer(...mock.handlers);
 */
export function createHandlers<K extends ApiId = 'timetracker'>(options: CreateHandlersOptions<K> = {}): MockApi<EngineInternals<ApiEnvs[K]>, ApiOperations[K]> {
  return mockApi(options.engine ?? createEngine<K>({ ...MSW_ENGINE_DEFAULTS, deliver: fetchDeliver, ...options }), { baseUrl: options.baseUrl });
}

export { mockApi, mswHandlers, MSW_ENGINE_DEFAULTS, type MockApi, type MswHandlers, type OverrideResolver } from './adapters/msw.js';
export { createClock } from './core/clock.js';
export type { OperationId } from './generated/timetracker/handlers.js';
export type { RequestMatcher } from './core/request-match.js';
export type { RequestLogEntry, LoggedMessage } from './core/types.js';
