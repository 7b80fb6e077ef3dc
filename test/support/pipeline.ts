/**
 * A tiny API for the stage tests in src/core/stages/*.test.ts: a spec of
 * four operations, a fake store and caller, and helpers to run one stage
 * with a given `next`.
 */
import type { ApiDefinition } from '../../src/core/api.js';
import { ApiError } from '../../src/core/errors.js';
import type { MockStore } from '../../src/core/handler.js';
import { newExchange, type Exchange, type Stage } from '../../src/core/pipeline.js';
import { specModel, type OperationDef, type SpecDocument } from '../../src/core/spec-model.js';
import type { CoreRequest, CoreResponse } from '../../src/core/types.js';

const json = (schema: Record<string, unknown>) => ({ content: { 'application/json': { schema } } });

export const MINI_SPEC: SpecDocument = {
  openapi: '3.0.3',
  info: { title: 'mini', version: '1' },
  security: [{ bearer: [] }],
  paths: {
    '/api/items': {
      get: {
        operationId: 'listItems',
        'x-mock-cache': true,
        'x-required-scopes': ['read:items'],
        parameters: [
          { name: 'page', in: 'query', schema: { type: 'integer', minimum: 1 } },
          { name: 'per_page', in: 'query', 'x-clamp': true, schema: { type: 'integer', minimum: 1, maximum: 100 } },
          { name: 'tag', in: 'query', schema: { type: 'array', items: { type: 'string' } } },
        ],
        responses: {
          '200': {
            description: 'items',
            headers: { 'X-Total': { required: true, schema: { type: 'integer' } }, 'X-RateLimit-Limit': { schema: { type: 'integer' } } },
            ...json({ type: 'object', required: ['items'], properties: { items: { type: 'array' } } }),
          },
        },
      },
      post: {
        operationId: 'createItem',
        'x-required-scopes': ['write:items'],
        parameters: [{ name: 'Idempotency-Key', in: 'header', schema: { type: 'string' } }],
        requestBody: {
          required: true,
          content: {
            'application/json': { schema: { type: 'object', required: ['name'], additionalProperties: false, properties: { name: { type: 'string' } } } },
            'text/csv': { schema: { type: 'string' } },
          },
        },
        responses: { '201': { description: 'created', ...json({ type: 'object' }) } },
      },
    },
    '/api/items/{item_id}': {
      get: {
        operationId: 'getItem',
        'x-mock-cache': false,
        'x-required-role': 'admin',
        parameters: [{ name: 'item_id', in: 'path', required: true, schema: { type: 'integer', minimum: 1 } }],
        responses: { '200': { description: 'one', ...json({ type: 'object' }) } },
      },
      put: {
        operationId: 'updateItem',
        parameters: [{ name: 'item_id', in: 'path', required: true, schema: { type: 'integer', minimum: 1 } }],
        requestBody: { content: { 'application/json': { schema: { type: 'object', properties: { name: { type: 'string' } } } } } },
        responses: { '200': { description: 'updated', ...json({ type: 'object' }) } },
      },
    },
    '/api/ping': {
      get: { operationId: 'ping', security: [], 'x-mock-cache': false, responses: { '200': { description: 'pong', ...json({ type: 'object' }) } } },
    },
  },
};

export const MINI = specModel(MINI_SPEC);
export const op = (id: string): OperationDef => MINI.byId.get(id)!;

export interface FakeCaller {
  name: string;
  admin: boolean;
  scopes: string[];
}

/** A fake API over the mini spec: tokens `t-admin` (everything) and `t-reader` (read:items). */
export function miniApi(handlers: ApiDefinition['handlers'] = {}): ApiDefinition<{ store: MockStore; auth: FakeCaller; switches: string }> {
  const callers: Record<string, FakeCaller> = {
    't-admin': { name: 'admin', admin: true, scopes: ['read:items', 'write:items'] },
    't-reader': { name: 'reader', admin: false, scopes: ['read:items'] },
  };
  return {
    id: 'mini',
    title: 'mini',
    document: MINI_SPEC,
    handlers,
    scenarios: ['default'],
    defaultScenario: 'default',
    seed: () => ({ snapshot: () => ({}), restore: () => undefined }),
    prefix: '/api/',
    banner: { path: '/api', login: 'Bearer t-admin' },
    throttle: 'timetracker',
    authenticate(req) {
      const t = req.headers.authorization?.replace(/^Bearer /, '');
      const c = t ? callers[t] : undefined;
      if (!c) throw new ApiError(401, 'Who are you', 'unauthorized');
      return { auth: c, identity: { account: c.name, token: { id: t!, prefix: t!.slice(0, 4) } } };
    },
    authorize(o, c, skipScopes) {
      if (o.requiredRole === 'admin' && !c.admin) throw new ApiError(403, 'Admin only', 'forbidden');
      if (!skipScopes && o.scopes.length > 0 && !o.scopes.some((s) => c.scopes.includes(s))) throw new ApiError(403, 'Missing scope', 'forbidden');
    },
    errorBody: (e) => ({ error: e.message, code: e.code, ...e.extra }),
    tokens: () => [],
    credentials: () => [],
    counts: () => ({}),
  };
}

export const req = (method: string, path: string, extra: Partial<CoreRequest> = {}): CoreRequest => {
  const [p, search = ''] = path.split('?');
  return { method, path: p, search, headers: {}, ...extra };
};

/** An exchange as the stages before `stage` would have left it. */
export function exchange(r: CoreRequest, fields: Partial<Exchange> = {}, now = Date.parse('2026-01-05T09:00:00Z')): Exchange {
  return Object.assign(newExchange(r, now, {}), fields);
}

export const answer = (status = 200, body: unknown = { ok: true }, headers: Record<string, string> = {}): CoreResponse => ({ status, headers, body });

/** Run one stage; `next` answers `downstream` (default 200) and counts its calls. */
export function runStage(stage: Stage, x: Exchange, downstream: () => CoreResponse = () => answer()) {
  let calls = 0;
  const res = stage(x, () => {
    calls++;
    return downstream();
  });
  return { res, calls };
}

/** Run one stage and turn a thrown ApiError into its status (as the pipeline would). */
export function outcome(stage: Stage, x: Exchange, downstream?: () => CoreResponse): { status: number; calls: number; res?: CoreResponse; error?: ApiError } {
  let calls = 0;
  try {
    const r = runStage(stage, x, () => {
      calls++;
      return (downstream ?? (() => answer()))();
    });
    return { status: r.res.status, calls, res: r.res };
  } catch (error) {
    if (!(error instanceof ApiError)) throw error;
    return { status: error.status, calls, error };
  }
}
