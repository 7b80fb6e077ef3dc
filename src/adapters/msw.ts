/**
 * The MSW adapter: one request handler per operation of the spec, all
 * backed by one stateful engine. Free of any environment: the same module
 * serves `setupServer` in Node and `setupWorker` in a browser (the entries
 * `src/msw.ts` and `src/browser.ts` wire the default API for each).
 *
 * @example
 * const handlers = mswHandlers(engine, { baseUrl: 'http://tt.test' });
 * const server = setupServer(...handlers.list);
 */
import { delay, http, HttpResponse, type HttpHandler } from 'msw';
import type { EngineInternals } from '../core/engine.js';
import { decodeComponent } from '../core/input.js';
import type { CoreRequest, CoreResponse } from '../core/types.js';

export interface MswHandlers {
  /** A guard for malformed URLs, one handler per operation (spec order), then catch-alls for the API's other paths. */
  list: HttpHandler[];
  /** The handler of one operation, by operationId. */
  byOperation: ReadonlyMap<string, HttpHandler>;
}

const METHOD = { GET: http.get, POST: http.post, PUT: http.put, PATCH: http.patch, DELETE: http.delete } as const;

/** MSW's path pattern of a spec path template: `/projects/{id}` -> `<origin>/projects/:id`. */
export const mswPath = (origin: string, template: string): string => `${origin}${template.replace(/\{([^}]+)\}/g, ':$1')}`;

export function mswHandlers(engine: EngineInternals, options: { baseUrl?: string } = {}): MswHandlers {
  const origin = (options.baseUrl ?? '*').replace(/\/$/, '');
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
  // (GET without a body, CORS, 404, 405), under every top-level prefix of the spec's paths (`/login` itself too).
  const rest = [...new Set(engine.operations.map((op) => op.path.split('/')[1]))].flatMap((prefix) => [http.all(`${origin}/${prefix}`, resolve), http.all(`${origin}/${prefix}/*`, resolve)]);
  return { list: [malformed, ...byOperation.values(), ...rest], byOperation };
}

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

/** What `createHandlers` gives a test author. */
export interface MockApi<E extends EngineInternals = EngineInternals> {
  /** One MSW handler per operation (plus a catch-all for the API's other paths): `setupServer(...mock.handlers)`. */
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
