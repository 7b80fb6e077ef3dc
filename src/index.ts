/**
 * timetracker-mock-kit: a stateful mock of time-tracking REST APIs
 * (TimeTracker /api/v1 first), in Node.
 *
 * @example
 * import { createEngine, createHandlers, createClock } from 'timetracker-mock-kit';
 * const mock = createHandlers({ baseUrl: 'http://tt.test', clock: createClock({ frozenAt: Date.now() }) });
 */
export { createEngine, loadApi, loadDocument, specPath, PACKAGE_ROOT, type NodeEngineOptions } from './node.js';
export { createHandlers, type CreateHandlersOptions } from './msw.js';
export { createEngine as createCoreEngine, type EngineOptions, type EngineInternals, UnknownSnapshotError } from './core/engine.js';
export type { ApiDefinition } from './core/api.js';
export { createClock, ClockRangeError, CLOCK_MIN, CLOCK_MAX } from './core/clock.js';
export { mockApi, MSW_ENGINE_DEFAULTS, type MockApi, type OverrideResolver } from './adapters/msw.js';
export { createHttpServer } from './server/http.js';
export type { CoreRequest, CoreResponse, Engine, TokenInfo, ControlledClock, RequestLogEntry, LoggedMessage } from './core/types.js';
export type { RequestMatcher } from './core/request-match.js';
export type { paths, components, operations } from './generated/timetracker/openapi.js';
/** Harvest classic's spec types (`createHandlers({ api: 'harvest-classic' })`). */
export type { paths as HarvestPaths, components as HarvestComponents, operations as HarvestOperations } from './generated/harvest-classic/openapi.js';
/** CoffeeCup's spec types (`createHandlers({ api: 'coffeecup' })`). */
export type { paths as CoffeeCupPaths, components as CoffeeCupComponents, operations as CoffeeCupOperations } from './generated/coffeecup/openapi.js';
export type { ApiId } from './apis/index.js';
export { operationRoutes, type OperationId } from './generated/timetracker/handlers.js';
