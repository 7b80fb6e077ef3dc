/**
 * The MSW adapter: request handlers for every operation of the spec (one
 * catch-all for the API's prefix, the engine routing), all backed by one
 * stateful engine. Free of any environment: the same module
 * serves `setupServer` in Node and `setupWorker` in a browser (the entries
 * `src/msw.ts` and `src/browser.ts` wire the default API for each).
 *
 * @example
 * const handlers = mswHandlers(engine, { baseUrl: 'http://tt.test' });
 * const server = setupServer(...handlers.list);
 */
import { delay, http, HttpResponse, type HttpHandler } from 'msw';
import type { EngineInternals } from '../core/engine.js';
import type { CoreRequest, CoreResponse } from '../core/types.js';

export interface MswHandlers {
  /**
   * What to give `setupServer`: one catch-all for the API's path prefix (the
   * engine routes every request below it, operations and CORS preflights
   * alike, with its compiled table), preceded by the handlers of operations
   * outside that prefix. MSW tries its handlers one by one, so one handler
   * instead of one per operation keeps the adapter's cost near a
   * hand-written handler's (`npm run bench:msw`).
   */
  list: HttpHandler[];
  /** A handler for each operation, by operationId (to pick single operations, e.g. `server.use(...)` after a change). */
  byOperation: ReadonlyMap<string, HttpHandler>;
}

const METHOD = { GET: http.get, POST: http.post, PUT: http.put, PATCH: http.patch, DELETE: http.delete } as const;

/** MSW's path pattern of a spec path template: `/projects/{id}` -> `<origin>/projects/:id`. */
export const mswPath = (origin: string, template: string): string => `${origin}${template.replace(/\{([^}]+)\}/g, ':$1')}`;

export function mswHandlers(engine: EngineInternals, options: { baseUrl?: string } = {}): MswHandlers {
  const origin = (options.baseUrl ?? '*').replace(/\/$/, '');
  const resolve = async ({ request }: { request: Request }) => toResponse(await Promise.resolve(engine.handle(await toCoreRequest(request))));
  const byOperation = new Map<string, HttpHandler>();
  const outside: HttpHandler[] = [];
  for (const op of engine.operations) {
    const handler = METHOD[op.method as keyof typeof METHOD](mswPath(origin, op.path), resolve);
    byOperation.set(op.operationId, handler);
    if (!op.path.startsWith(engine.api.prefix)) outside.push(handler);
  }
  // Operations, preflights and routes outside the spec below the prefix: the engine's own answers (CORS, 404, 405).
  const rest = http.all(`${origin}${engine.api.prefix}*`, resolve);
  return { list: [...outside, rest], byOperation };
}

export async function toCoreRequest(request: Request): Promise<CoreRequest> {
  const url = new URL(request.url);
  const headers: Record<string, string> = {};
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

export async function toResponse(res: CoreResponse): Promise<Response> {
  if (res.delayMs) await delay(res.delayMs);
  if (res.fault?.kind === 'reset') return HttpResponse.error();
  if (res.fault?.kind === 'hang') await delay('infinite');
  const headers = new Headers(res.headers);
  if (res.rawBody !== undefined) return new HttpResponse(res.rawBody, { status: res.status, headers });
  if (res.body === undefined) return new HttpResponse(null, { status: res.status, headers });
  if (headers.has('content-type')) return new HttpResponse(res.body as string | Uint8Array<ArrayBuffer>, { status: res.status, headers });
  headers.set('content-type', 'application/json');
  return new HttpResponse(JSON.stringify(res.body), { status: res.status, headers });
}

/** What `createHandlers` gives a test author. */
export interface MockApi<E extends EngineInternals = EngineInternals> {
  /** The MSW handlers of the API (a catch-all for its prefix, the engine routing): `setupServer(...mock.handlers)`. */
  handlers: HttpHandler[];
  /** The handler of one operation, by operationId. */
  handler(operationId: string): HttpHandler;
  /** The engine behind the handlers (store, clock, throttle, faults...). */
  engine: E;
  /** Back to the seeded state. */
  reset(): void;
  snapshot(): string;
  restore(id: string): void;
  tokens: E['tokens'];
  clock: E['clock'];
}

/** The MSW face of an engine. */
export function mockApi<E extends EngineInternals>(engine: E, options: { baseUrl?: string } = {}): MockApi<E> {
  const h = mswHandlers(engine, options);
  return {
    handlers: h.list,
    handler(operationId) {
      const found = h.byOperation.get(operationId);
      if (!found) throw new Error(`no operation "${operationId}" in ${engine.api.id}'s spec`);
      return found;
    },
    engine,
    reset: () => engine.reset(),
    snapshot: () => engine.snapshot(),
    restore: (id) => engine.restore(id),
    tokens: () => engine.tokens(),
    clock: engine.clock,
  };
}
