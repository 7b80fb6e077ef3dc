/**
 * The MSW adapter: request handlers for every operation of the spec (a
 * catch-all per top-level path prefix, the engine routing), all backed by
 * one stateful engine. Free of any environment: the same module
 * serves `setupServer` in Node and `setupWorker` in a browser (the entries
 * `src/msw.ts` and `src/browser.ts` wire the default API for each).
 *
 * @example
 * const handlers = mswHandlers(engine, { baseUrl: 'http://tt.test' });
 * const server = setupServer(...handlers.list);
 */
import { delay, http, HttpResponse, type DefaultBodyType, type HttpHandler, type HttpResponseResolver, type RequestHandlerOptions } from 'msw';
import type { EngineInternals, EngineOptions } from '../core/engine.js';
import type { AnswerBodyOf, BodyOf, PathOf } from '../core/handler.js';
import { decodeComponent } from '../core/input.js';
import type { RequestMatcher } from '../core/request-match.js';
import type { CoreRequest, CoreResponse, RequestLogEntry } from '../core/types.js';

/**
 * The handlers of an engine. An MSW handler's own `info.header` is MSW's
 * `METHOD url` label (`GET http://tt.test/api/v1/info`), not an operationId:
 * find a handler by operationId in `byOperation`.
 */
export interface MswHandlers {
  /**
   * What to give `setupServer`: a guard for malformed URLs, then
   * catch-alls under every top-level segment of the spec's paths; the engine routes
   * every request below them (operations, HEAD, preflights, 404 and 405)
   * with its compiled table. MSW tries its handlers one by one, so a handful
   * instead of one per operation keeps the adapter's cost near a
   * hand-written handler's (`npm run bench:msw`).
   */
  list: HttpHandler[];
  /** The handler of one operation, by operationId. */
  byOperation: ReadonlyMap<string, HttpHandler>;
}

const METHOD = { GET: http.get, POST: http.post, PUT: http.put, PATCH: http.patch, DELETE: http.delete } as const;

/** MSW's path pattern of a spec path template: `/projects/{id}` -> `<origin>/projects/:id`. */
export const mswPath = (origin: string, template: string): string => `${origin}${template.replace(/\{([^}]+)\}/g, ':$1')}`;

const originOf = (baseUrl: string | undefined): string => (baseUrl ?? '*').replace(/\/$/, '');

export function mswHandlers(engine: EngineInternals, options: { baseUrl?: string } = {}): MswHandlers {
  const origin = originOf(options.baseUrl);
  const resolve = async ({ request }: { request: Request }) =>
    toResponse(await Promise.resolve(engine.handle(await toCoreRequest(request))), request.method.toUpperCase());
  // MSW's own path matching decodes parameters with an unguarded decodeURIComponent and
  // answers a malformed escape (`/projects/%E0%A4%A`) with a 500 and a stack trace, so such
  // URLs go to the engine (its guarded decoder answers 404) before any path pattern runs.
  const malformed = http.all(({ request }) => {
    const url = new URL(request.url);
    return (origin === '*' || url.origin === origin) && url.pathname.split('/').some((s) => decodeComponent(s) === null);
  }, resolve);
  const byOperation = new Map<string, HttpHandler>();
  for (const op of engine.operations) {
    byOperation.set(op.operationId, METHOD[op.method as keyof typeof METHOD](mswPath(origin, op.path), resolve));
  }
  // HEAD, preflight, other methods and routes outside the spec get the engine's own answers
  // (GET without a body, CORS, 404, 405), under every top-level segment of the spec's paths
  // (the segment itself too: an API at the root, like Harvest's, has routes such as /clients).
  const prefixes = [...new Set(engine.operations.map((op) => op.path.split('/')[1]))];
  const rest = prefixes.flatMap((prefix) => [http.all(`${origin}/${prefix}`, resolve), http.all(`${origin}/${prefix}/*`, resolve)]);
  // The per-operation handlers stay out of the list: the catch-alls answer the same through the engine.
  return { list: [malformed, ...rest], byOperation };
}

/**
 * The engine options MSW mode changes: no throttling by default, so that
 * call 101 of one test under a frozen clock is answered like call 1 (the
 * `X-RateLimit-*` headers are still sent). Pass `throttle: 'timetracker'`
 * (or `'harvest'`) to test a client's handling of 429/503.
 */
export const MSW_ENGINE_DEFAULTS = { throttle: 'off' } as const satisfies EngineOptions;

export async function toCoreRequest(request: Request): Promise<CoreRequest> {
  const url = new URL(request.url);
  const headers: Record<string, string> = Object.create(null) as Record<string, string>; // names are the client's
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

export async function toResponse(res: CoreResponse, method = 'GET'): Promise<Response> {
  if (res.delayMs) await delay(res.delayMs);
  if (res.fault?.kind === 'reset') return HttpResponse.error();
  if (res.fault?.kind === 'hang') await delay('infinite');
  const headers = new Headers(res.headers);
  if (method === 'HEAD') return new HttpResponse(null, { status: res.status, headers }); // GET's answer without its body
  if (res.rawBody !== undefined) return new HttpResponse(res.rawBody, { status: res.status, headers });
  if (res.body === undefined) return new HttpResponse(null, { status: res.status, headers });
  if (headers.has('content-type')) return new HttpResponse(res.body as string | Uint8Array<ArrayBuffer>, { status: res.status, headers });
  headers.set('content-type', 'application/json');
  return new HttpResponse(JSON.stringify(res.body), { status: res.status, headers });
}

/** Path parameters as MSW gives them (strings), by name, of an operation. */
export type MswParamsOf<O> = { [K in keyof PathOf<O>]: string };

/** The resolver of an override: MSW's, with params, request body and answer body typed from the operation. */
export type OverrideResolver<O> = HttpResponseResolver<MswParamsOf<O>, MswBody<BodyOf<O>>, MswBody<AnswerBodyOf<O>>>;
type MswBody<T> = T extends DefaultBodyType ? T : never;

/**
 * What `createHandlers` gives a test author. `Ops` is the API's generated
 * `operations` type (operationId -> params, body, responses).
 */
export interface MockApi<E extends EngineInternals = EngineInternals, Ops = Record<string, unknown>> {
  /** The MSW handlers of the API (catch-alls, the engine routing): `setupServer(...mock.handlers)`. */
  handlers: HttpHandler[];
  /** The handler of one operation, by operationId. */
  handler(operationId: keyof Ops & string): HttpHandler;
  /** Every operation's handler, by operationId. */
  byOperation: ReadonlyMap<keyof Ops & string, HttpHandler>;
  /**
   * A handler for one operation's method and path (with the mock's base URL)
   * that answers with `resolver` instead of the engine; typed from the spec:
   * path params, request body and the documented answer bodies.
   *
   * @example
   * server.use(mock.override('listProjects', () => HttpResponse.json({ projects: [], pagination: { page: 1, per_page: 50, total: 0, pages: 0, has_next: false, has_prev: false, next_page: null, prev_page: null } })));
   */
  override<K extends keyof Ops & string>(operationId: K, resolver: OverrideResolver<Ops[K]>, options?: RequestHandlerOptions): HttpHandler;
  /** The engine behind the handlers (store, clock, throttle, faults...). */
  engine: E;
  /** Back to the seeded state (the request log too). */
  reset(): void;
  /**
   * The requests the handlers answered, oldest first, that a matcher selects
   * (method, path with `*`, operationId, status, body fields, query, headers):
   * headers and bodies with credentials masked.
   *
   * @example
   * expect(mock.requests({ operationId: 'createTimeEntry' })[0].request.body).toContain('"project_id":3');
   */
  requests(matcher?: RequestMatcher): RequestLogEntry[];
  /**
   * How many requests a matcher selects: assert "called once".
   *
   * @example
   * expect(mock.count({ method: 'POST', path: '/api/v1/time-entries', body: { project_id: 3 } })).toBe(1);
   */
  count(matcher?: RequestMatcher): number;
  snapshot(): string;
  restore(id: string): void;
  tokens: E['tokens'];
  clock: E['clock'];
}

/** The MSW face of an engine. */
export function mockApi<E extends EngineInternals, Ops = Record<string, unknown>>(engine: E, options: { baseUrl?: string } = {}): MockApi<E, Ops> {
  const h = mswHandlers(engine, options);
  const operation = (operationId: string) => {
    const op = engine.operations.find((o) => o.operationId === operationId);
    if (!op) throw new Error(`no operation "${operationId}" in ${engine.api.id}'s spec`);
    return op;
  };
  return {
    handlers: h.list,
    handler(operationId) {
      return h.byOperation.get(operation(operationId).operationId) as HttpHandler;
    },
    byOperation: h.byOperation as ReadonlyMap<keyof Ops & string, HttpHandler>,
    override(operationId, resolver, handlerOptions) {
      const op = operation(operationId);
      return METHOD[op.method as keyof typeof METHOD](mswPath(originOf(options.baseUrl), op.path), resolver as HttpResponseResolver, handlerOptions);
    },
    engine,
    reset: () => engine.reset(),
    requests: (matcher) => engine.findRequests(matcher),
    count: (matcher) => engine.countRequests(matcher),
    snapshot: () => engine.snapshot(),
    restore: (id) => engine.restore(id),
    tokens: () => engine.tokens(),
    clock: engine.clock,
  };
}
