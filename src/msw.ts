/**
 * In-test mocking with MSW: one request handler per operation of the spec,
 * all backed by one stateful engine.
 *
 * @example
 * import { setupServer } from 'msw/node';
 * import { createHandlers } from 'timetracker-mock-kit/msw';
 *
 * const mock = createHandlers({ baseUrl: 'http://tt.test', seed: 7 });
 * const server = setupServer(...mock.handlers);
 * beforeAll(() => server.listen());
 * afterEach(() => { server.resetHandlers(); mock.reset(); });
 * // override one operation as MSW users expect:
 * server.use(http.get('http://tt.test/api/v1/projects', () => HttpResponse.json({ projects: [] })));
 */
import { delay, http, HttpResponse, type HttpHandler } from 'msw';
import { createEngine, type EngineInternals, type EngineOptions } from './core/engine.js';
import { decodeComponent } from './core/input.js';
import type { CoreRequest, CoreResponse } from './core/types.js';

export interface CreateHandlersOptions extends EngineOptions {
  /** Origin the handlers answer for, e.g. `http://localhost:5000` (default: any origin). */
  baseUrl?: string;
  /** Use this engine instead of creating one (to share state with a node server). */
  engine?: EngineInternals;
}

export interface MockApi {
  /** One MSW handler per operation, named by operationId in `handler.info.header`. */
  handlers: HttpHandler[];
  /** The engine behind the handlers (store, clock, throttle, faults...). */
  engine: EngineInternals;
  /** Back to the seeded state. */
  reset(): void;
  snapshot(): string;
  restore(id: string): void;
  tokens: EngineInternals['tokens'];
  clock: EngineInternals['clock'];
}

const METHOD = { GET: http.get, POST: http.post, PUT: http.put, PATCH: http.patch, DELETE: http.delete } as const;

export function createHandlers(options: CreateHandlersOptions = {}): MockApi {
  const engine = options.engine ?? createEngine(options);
  const origin = (options.baseUrl ?? '*').replace(/\/$/, '');
  const ops = engine.operations;

  const resolve = async ({ request }: { request: Request }) => {
    const res = await Promise.resolve(engine.handle(await toCoreRequest(request)));
    return toResponse(res, request.method.toUpperCase());
  };
  // MSW's own path matching decodes parameters with an unguarded decodeURIComponent and
  // answers a malformed escape (`/projects/%E0%A4%A`) with a 500 and a stack trace, so such
  // URLs go to the engine (its guarded decoder answers 404) before any path pattern runs.
  const malformed = http.all(({ request }) => {
    const url = new URL(request.url);
    return (origin === '*' || url.origin === origin) && url.pathname.split('/').some((s) => decodeComponent(s) === null);
  }, resolve);
  const handlers: HttpHandler[] = [
    malformed,
    ...ops.map((op) => METHOD[op.method as keyof typeof METHOD](`${origin}${op.path.replace(/\{([^}]+)\}/g, ':$1')}`, resolve)),
  ];
  // HEAD, preflight, other methods and routes outside the spec get the engine's own answers
  // (GET without a body, CORS, 404, 405), under every top-level prefix of the spec's paths.
  for (const prefix of new Set(ops.map((op) => op.path.split('/')[1]))) handlers.push(http.all(`${origin}/${prefix}/*`, resolve));

  return {
    handlers,
    engine,
    reset: () => engine.reset(),
    snapshot: () => engine.snapshot(),
    restore: (id) => engine.restore(id),
    tokens: () => engine.tokens(),
    clock: engine.clock,
  };
}

async function toCoreRequest(request: Request): Promise<CoreRequest> {
  const url = new URL(request.url);
  const headers: Record<string, string> = Object.create(null); // names are the client's
  request.headers.forEach((value, key) => {
    headers[key] = value;
  });
  const hasBody = request.method !== 'GET' && request.method !== 'HEAD';
  const body = hasBody ? new Uint8Array(await request.arrayBuffer()) : undefined;
  return {
    method: request.method.toUpperCase(),
    path: url.pathname,
    search: url.search.slice(1),
    headers,
    body: body && body.length > 0 ? body : undefined,
  };
}

async function toResponse(res: CoreResponse, method: string): Promise<Response> {
  if (res.delayMs) await delay(res.delayMs);
  if (res.fault?.kind === 'reset') return HttpResponse.error();
  if (res.fault?.kind === 'hang') {
    await delay('infinite');
  }
  const headers = new Headers(res.headers);
  if (method === 'HEAD') return new HttpResponse(null, { status: res.status, headers }); // GET's answer without its body
  if (res.rawBody !== undefined) return new HttpResponse(res.rawBody, { status: res.status, headers });
  if (res.body === undefined) return new HttpResponse(null, { status: res.status, headers });
  if (headers.has('content-type')) return new HttpResponse(res.body as string | Uint8Array, { status: res.status, headers });
  headers.set('content-type', 'application/json');
  return new HttpResponse(JSON.stringify(res.body), { status: res.status, headers });
}
