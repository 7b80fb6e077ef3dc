/**
 * timetracker-mock-kit: a stateful mock of the TimeTracker /api/v1 API.
 *
 * @example
 * import { createEngine, createHandlers, createClock } from 'timetracker-mock-kit';
 * const mock = createHandlers({ baseUrl: 'http://tt.test', clock: createClock({ frozenAt: Date.now() }) });
 */
export { createEngine, type EngineOptions, type EngineInternals } from './core/engine.js';
export { createClock, ClockRangeError, CLOCK_MIN, CLOCK_MAX } from './core/clock.js';
export { createHandlers, type CreateHandlersOptions, type MockApi } from './msw.js';
export { createHttpServer } from './server/http.js';
export type { CoreRequest, CoreResponse, Engine, TokenInfo, ControlledClock } from './core/types.js';
export type { paths, components } from './generated/openapi.js';
