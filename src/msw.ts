/**
 * In-test mocking with MSW in Node: `createHandlers()` gives request
 * handlers for every operation of the spec, all backed by one stateful engine.
 *
 * @example
 * import { setupServer } from 'msw/node';
 * import { createHandlers } from 'timetracker-mock-kit/msw';
 *
 * const mock = createHandlers({ baseUrl: 'http://tt.test', seed: 7 });
 * const server = setupServer(...mock.handlers);
 * beforeAll(() => server.listen());
 * afterEach(() => { server.resetHandlers(); mock.reset(); });
 */
export { createHandlers, type CreateHandlersOptions } from './node.js';
export { mockApi, mswHandlers, type MockApi } from './adapters/msw.js';
