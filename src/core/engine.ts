/**
 * The engine: one pipeline for every operation, whatever the transport.
 *
 *   route -> CORS -> auth -> role/scope -> throttle -> faults -> parse body
 *   -> validate path/query/body -> handler -> (defects) -> (strict) response check
 *
 * @example
 * const engine = createEngine({ seed: 1 });
 * const res = engine.handle({ method: 'GET', path: '/api/v1/health', search: '', headers: {} });
 */
import { seedStore, listTokens, type ScenarioName } from '../fixtures/index.js';
import { handlers as defaultHandlers } from '../handlers/index.js';
import type { Store } from '../store/store.js';
import type { SettingsRow } from '../store/types.js';
import { extractToken, hasScope, scopeError, unauthorized } from './auth.js';
import { createClock } from './clock.js';
import type { AuthInfo, Ctx, Handler } from './context.js';
import { applyDefects, DEFECTS, type DefectName } from './defects.js';
import { ApiError, validationError } from './errors.js';
import { FaultInjector, type FaultOptions } from './faults.js';
import { IdempotencyStore } from './idempotency.js';
import { decodeComponent, parseJsonBody } from './input.js';
import { ReadCache } from './read-cache.js';
import { compileRouter } from './router.js';
import { paramValidatorFor, toFieldErrors, validatorFor, type ParamValidator } from './schema.js';
import { loadSpec, type JsonSchema, type OperationDef } from './spec.js';
import { DEFAULT_THROTTLE, Throttle, type ThrottleOptions, type ThrottleProfile } from './throttle.js';
import type { ControlledClock, CoreRequest, CoreResponse, Engine, RequestLogEntry, TokenInfo } from './types.js';

export interface EngineOptions {
  /** Seed of the generated data (default 1). Same seed, same data, ids and tokens. */
  seed?: number;
  /** Named scenario (default `default`). */
  scenario?: ScenarioName;
  /** Number of time entries for the `large` scenario. */
  size?: number;
  /** The clock (default: real time). Pass `createClock({ frozenAt })` for tests. */
  clock?: ControlledClock;
  /** The instant the scenario's data is generated around (default: the clock's reading at creation). */
  seedNow?: number;
  /** Check every response against the spec; a mismatch becomes a 500 and is recorded in `violations`. */
  strict?: boolean;
  /** Override system settings of the scenario (e.g. `{ single_active_timer: false }`). */
  settings?: Partial<SettingsRow>;
  /** Throttling profile (default `timetracker`). */
  throttle?: ThrottleProfile;
  rateLimitPerMinute?: number;
  rateLimitPerHour?: number;
  harvest?: Partial<ThrottleOptions['harvest']>;
  /** Faults injected globally (see faults.ts); per-request faults come from the `Prefer` header. */
  faults?: FaultOptions;
  /** Deliberate contract defects, to prove the contract suites fail (see defects.ts). */
  defects?: DefectName[];
  /** Most `Idempotency-Key`s remembered at once, over all tokens (default 10,000; the oldest is forgotten first). */
  idempotencyMaxKeys?: number;
  /** Reject JSON-less bodies the CoffeeCup way (415 unless `Content-Type: application/json`). */
  jsonOnly?: boolean;
  /** Serialize answers of data-only GETs once per data version (default: on unless strict or defects). */
  readCache?: boolean;
  /** Operation handlers by operationId (default: src/handlers). */
  handlers?: Record<string, Handler>;
  /** Another spec document (default: openapi.yaml). */
  spec?: Record<string, unknown>;
}

/** A response that did not match the spec (strict mode). */
export interface Violation {
  operationId: string;
  status: number;
  problems: string[];
}

export class UnknownSnapshotError extends Error {}

const CORS_HEADERS = {
  'Access-Control-Allow-Methods': 'GET, POST, PUT, PATCH, DELETE, OPTIONS',
  'Access-Control-Allow-Headers': 'Authorization, Content-Type, Accept, X-Request-ID, Prefer',
  'Access-Control-Expose-Headers': 'X-RateLimit-Limit, X-RateLimit-Remaining, X-RateLimit-Reset, Retry-After',
  Vary: 'Origin',
};

const LOG_SIZE = 1000;
/** Snapshots kept (each is a full copy of the store); taking one more forgets the oldest. */
export const MAX_SNAPSHOTS = 32;
/** Strict-mode violations kept (the newest). */
const MAX_VIOLATIONS = 1000;

export interface EngineInternals extends Engine {
  readonly store: Store;
  readonly throttle: Throttle;
  readonly faults: FaultInjector;
  readonly idempotency: IdempotencyStore;
  readonly violations: Violation[];
  readonly options: EngineOptions;
  readonly defects: Set<DefectName>;
  /** The spec's operations, in spec order. */
  readonly operations: OperationDef[];
  /** Forget cached reads (call after changing `store` directly, outside a request). */
  invalidate(): void;
  /** Users' login credentials of the scenario (mock only). */
  credentials(): { username: string; password: string; role: string }[];
}

export function createEngine(options: EngineOptions = {}): EngineInternals {
  const spec = loadSpec(options.spec);
  const router = compileRouter(spec.operations);
  const handlerTable = options.handlers ?? defaultHandlers;
  const missing = spec.operations.filter((o) => !handlerTable[o.operationId]).map((o) => o.operationId);
  if (missing.length > 0 && !options.handlers) {
    throw new Error(`no handler for operation(s): ${missing.join(', ')}`);
  }
  for (const d of options.defects ?? []) {
    if (!DEFECTS.includes(d)) throw new Error(`unknown defect "${d}" (known: ${DEFECTS.join(', ')})`);
  }

  const clock = options.clock ?? createClock();
  const seed = options.seed ?? 1;
  const scenario: ScenarioName = options.scenario ?? 'default';
  const seedNow = options.seedNow ?? clock.now();
  const makeStore = (): Store => {
    const s = seedStore({ scenario, seed, now: seedNow, size: options.size });
    if (options.settings) Object.assign(s.settings, options.settings);
    return s;
  };
  let store = makeStore();
  const throttle = new Throttle({
    profile: options.throttle ?? DEFAULT_THROTTLE.profile,
    perMinute: options.rateLimitPerMinute ?? DEFAULT_THROTTLE.perMinute,
    perHour: options.rateLimitPerHour ?? DEFAULT_THROTTLE.perHour,
    harvest: { ...DEFAULT_THROTTLE.harvest, ...options.harvest },
  });
  const faults = new FaultInjector(options.faults ?? {}, seed);
  const idempotency = new IdempotencyStore(options.idempotencyMaxKeys);
  const defects = new Set<DefectName>(options.defects ?? []);
  const violations: Violation[] = [];
  const readCache = new ReadCache(options.readCache ?? (!options.strict && defects.size === 0));
  const snapshots = new Map<string, ReturnType<Store['snapshot']>>();
  let snapshotSeq = 0;
  const log: RequestLogEntry[] = [];
  let seq = 0;

  const queryValidators = new WeakMap<OperationDef, { names: Set<string>; arrays: Set<string>; validate: ParamValidator }>();
  function queryValidator(op: OperationDef) {
    let v = queryValidators.get(op);
    if (!v) {
      const qs = op.params.filter((p) => p.in === 'query');
      const schema: JsonSchema = {
        type: 'object',
        properties: Object.fromEntries(qs.map((p) => [p.name, p.schema])),
        required: qs.filter((p) => p.required).map((p) => p.name),
      };
      v = {
        names: new Set(qs.map((p) => p.name)),
        arrays: new Set(qs.filter((p) => p.schema.type === 'array').map((p) => p.name)),
        validate: paramValidatorFor(schema),
      };
      queryValidators.set(op, v);
    }
    return v;
  }
  const pathValidators = new WeakMap<OperationDef, ParamValidator>();
  function pathValidator(op: OperationDef) {
    let v = pathValidators.get(op);
    if (!v) {
      const ps = op.params.filter((p) => p.in === 'path');
      v = paramValidatorFor({
        type: 'object',
        properties: Object.fromEntries(ps.map((p) => [p.name, p.schema])),
        required: ps.map((p) => p.name),
      });
      pathValidators.set(op, v);
    }
    return v;
  }

  function authenticate(op: OperationDef, req: CoreRequest, now: number): AuthInfo {
    let value = extractToken(req.headers);
    if (!value && op.sessionRoute) value = sessionCookie(req.headers.cookie);
    if (!value) {
      throw unauthorized('Authentication required', 'API token must be provided in Authorization header or X-API-Key header');
    }
    if (!value.startsWith('tt_')) throw unauthorized('Invalid token', 'Invalid token format');
    const token = store.findToken(value);
    if (!token) throw unauthorized('Invalid token', 'Token not found');
    if (!token.is_active) throw unauthorized('Invalid token', 'Token has been revoked');
    if (token.expires_at !== null && token.expires_at < now) throw unauthorized('Invalid token', 'Token has expired');
    const user = store.users.get(token.user_id);
    if (!user || !user.is_active) throw unauthorized('Invalid token', 'User account is inactive');
    token.last_used_at = now;
    token.usage_count += 1;
    return { token, user, isAdmin: user.role === 'admin', scopes: token.scopes };
  }

  function parseBody(op: OperationDef, req: CoreRequest): { body: unknown; contentType: string } {
    const contentType = (req.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
    const size = req.body === undefined ? 0 : typeof req.body === 'string' ? req.body.length : req.body.byteLength;
    const raw = req.body === undefined ? '' : typeof req.body === 'string' ? req.body : Buffer.from(req.body).toString('utf8');
    const def = op.requestBody;
    if (!def) {
      if (options.jsonOnly && raw.length > 0 && contentType !== 'application/json') throw unsupportedMedia();
      return { body: undefined, contentType };
    }
    const accepts = def.content;
    const isJson = contentType === 'application/json' || contentType.endsWith('+json');
    if (raw.length === 0) {
      if (def.required) {
        if (!contentType && !def.content['text/csv']) throw unsupportedMedia();
        throw validationError({ _general: ['Request body is required'] }, 'Request body is required');
      }
      return { body: undefined, contentType };
    }
    if (isJson && accepts['application/json']) return { body: parseJsonBody(raw, size), contentType: 'application/json' };
    if (contentType === 'multipart/form-data' && accepts['multipart/form-data']) {
      return { body: parseMultipart(raw, req.headers['content-type'] ?? ''), contentType };
    }
    // A route that takes CSV takes any raw text (as the real server does).
    if (accepts['text/csv'] && !options.jsonOnly) return { body: raw, contentType: 'text/csv' };
    throw unsupportedMedia();
  }

  function validateRequest(op: OperationDef, params: Record<string, string>, req: CoreRequest, body: unknown, contentType: string) {
    // Path: a malformed id names no resource -> 404.
    const path: Record<string, unknown> = { ...params };
    if (op.params.some((p) => p.in === 'path') && !pathValidator(op)(path)) throw new ApiError(404, 'Resource not found', 'not_found');
    // Query: only declared parameters; empty values count as absent.
    const qv = queryValidator(op);
    const query: Record<string, unknown> = {};
    if (req.search) {
      for (const [k, v] of new URLSearchParams(req.search)) {
        if (!qv.names.has(k) || v === '') continue;
        if (qv.arrays.has(k)) ((query[k] ??= []) as string[]).push(v);
        else if (!(k in query)) query[k] = v;
      }
    }
    if (!qv.validate(query)) throw validationError(toFieldErrors(qv.validate.errors, 'query'));
    // Body: JSON bodies against their schema, no coercion.
    if (op.requestBody && body !== undefined && contentType === 'application/json') {
      const schema = op.requestBody.content['application/json'];
      if (schema) {
        const v = validatorFor(schema);
        if (!v(body)) throw validationError(toFieldErrors(v.errors));
      }
    }
    return { path: path as Record<string, number | string>, query };
  }

  function checkResponse(op: OperationDef, res: CoreResponse): string[] {
    const def = op.responses[String(res.status)];
    if (!def) return [`status ${res.status} is not documented for ${op.operationId}`];
    const problems: string[] = [];
    if (def.schema && res.headers['content-type'] === undefined) {
      const v = validatorFor(def.schema);
      if (!v(res.body)) {
        for (const e of v.errors ?? []) problems.push(`body${e.instancePath} ${e.message ?? ''} ${JSON.stringify(e.params)}`);
      }
    }
    const sent = new Set(Object.keys(res.headers).map((h) => h.toLowerCase()));
    for (const [name, required] of Object.entries(def.headers)) {
      if (required && !sent.has(name)) problems.push(`missing header ${name}`);
    }
    return problems;
  }

  /** A ring buffer: the newest LOG_SIZE requests, no shifting. */
  function record(entry: Omit<RequestLogEntry, 'seq'>) {
    const e = entry as RequestLogEntry;
    e.seq = ++seq;
    log[(seq - 1) % LOG_SIZE] = e;
  }

  function handle(req: CoreRequest): CoreResponse {
    const started = performance.now();
    const now = clock.now();
    const isApi = req.path.startsWith('/api/');
    let op: OperationDef | null = null;
    let auth: AuthInfo | null = null;
    let rateHeaders: Record<string, string> = {};
    let res: CoreResponse;
    let faultNote: string | undefined;
    try {
      if (req.method === 'OPTIONS' && isApi) {
        res = { status: 204, headers: { 'Access-Control-Max-Age': '600' } };
      } else {
        const m = router.match(req.method, req.path);
        if (!m.op) {
          if (m.allowed.length > 0) {
            throw new ApiError(405, 'Method Not Allowed', 'method_not_allowed', {
              message: `The method ${req.method} is not allowed for ${req.path}; allowed: ${m.allowed.join(', ')}`,
            }, { Allow: m.allowed.join(', ') });
          }
          throw new ApiError(404, 'Resource not found', 'not_found', { message: `No route for ${req.method} ${req.path}` });
        }
        op = m.op;
        if (!op.public) {
          auth = authenticate(op, req, now);
          if (op.requiredRole === 'admin' && !auth.isAdmin) {
            throw new ApiError(403, 'forbidden', 'forbidden', { message: 'Admin only' });
          }
          if (!hasScope(auth.scopes, op.scopes) && !defects.has('scope-not-enforced')) throw scopeError(op.scopes, auth.scopes);
          const counted = !op.sessionRoute && !op.mockOnly && auth.token !== null;
          if (counted) rateHeaders = throttle.countToken(auth.token!.id, now, throttle.options.profile === 'timetracker');
          if (!op.mockOnly && throttle.options.profile === 'harvest') throttle.countAccount(auth.user.id, now);
        }
        const fault = faults.decide(op, req);
        const idempotent = auth?.token && op.params.some((p) => p.in === 'header' && p.name === 'Idempotency-Key');
        const key = idempotent ? IdempotencyStore.keyOf(req.headers['idempotency-key']) : null;
        // A replay answers before the body is even parsed (as the real server does).
        const replay = key && auth?.token ? idempotency.lookup(auth.token.id, key, now) : null;
        if (fault?.response) {
          faultNote = fault.note;
          res = fault.response;
        } else if (replay) {
          res = { status: replay.status, headers: {}, body: replay.body };
        } else {
          const cacheKey = fault ? null : readCache.keyOf(op, req, auth, now);
          const hit = cacheKey === null ? undefined : readCache.get(cacheKey);
          if (hit) {
            res = { status: hit.status, headers: { 'content-type': 'application/json' }, body: hit.body };
          } else {
            const { body, contentType } = parseBody(op, req);
            const { path, query } = validateRequest(op, m.params, req, body, contentType);
            const ctx: Ctx = { op, params: path, query, body, contentType, req, auth, store, now, throttle };
            const out = handlerTable[op.operationId](ctx);
            if (key && auth?.token && out.status === 201) idempotency.remember(auth.token.id, key, now, out.status, out.body);
            res = { status: out.status, headers: { ...out.headers }, body: out.body };
            if (cacheKey !== null && out.status === 200 && !out.headers) {
              const bytes = readCache.set(cacheKey, out.status, JSON.stringify(out.body));
              res = { status: out.status, headers: { 'content-type': 'application/json' }, body: bytes };
            }
          }
        }
        if (fault?.transform) {
          faultNote = fault.note;
          res = { ...res, ...fault.transform(res) };
        }
      }
    } catch (error) {
      if (error instanceof ApiError) {
        res = error.toResponse();
      } else {
        console.error(`[mock] ${req.method} ${req.path}:`, error);
        res = {
          status: 500,
          headers: {},
          body: { error: 'Internal server error', message: 'An internal error occurred', error_code: 'internal_error' },
        };
      }
    }
    if (op && auth && auth.token && !op.sessionRoute && !op.mockOnly) {
      // Every authenticated, counted response carries the rate-limit headers (429 sets its own).
      for (const [k, v] of Object.entries(rateHeaders)) res.headers[k] ??= v;
    }
    if (op && defects.size > 0) res = applyDefects(defects, op, res);
    // Deliberate misbehaviour (faults, the Harvest profile's 503, CoffeeCup's JSON-only 415) is off-contract on purpose.
    const deliberate =
      faultNote !== undefined ||
      (res.status === 503 && throttle.options.profile === 'harvest') ||
      (res.status === 415 && options.jsonOnly === true);
    if (op && options.strict && !deliberate && !res.fault && res.rawBody === undefined) {
      const problems = checkResponse(op, res);
      if (problems.length > 0) {
        violations.push({ operationId: op.operationId, status: res.status, problems });
        if (violations.length > MAX_VIOLATIONS) violations.splice(0, violations.length - MAX_VIOLATIONS);
        res = {
          status: 500,
          headers: {},
          body: {
            error: 'Mock response does not match the spec',
            message: problems.join('; '),
            error_code: 'mock_contract_violation',
            details: { operationId: op.operationId, status: res.status, problems },
          },
        };
      }
    }
    // Any write (or a login's last_login, a favourite...) may change what reads answer.
    if (req.method !== 'GET' && req.method !== 'HEAD' && req.method !== 'OPTIONS') readCache.clear();
    if (isApi) {
      res.headers['Access-Control-Allow-Origin'] = req.headers.origin ?? '*';
      Object.assign(res.headers, CORS_HEADERS);
    }
    record({
      at: now,
      method: req.method,
      path: req.path,
      search: req.search,
      status: res.status,
      operationId: op?.operationId ?? null,
      token_prefix: auth?.token ? auth.token.token.slice(0, 8) : null,
      user_agent: req.headers['user-agent'] ?? null,
      duration_ms: Math.round((performance.now() - started) * 1000) / 1000,
      ...(faultNote ? { fault: faultNote } : {}),
    });
    return res;
  }

  const engine: EngineInternals = {
    handle,
    reset() {
      readCache.clear();
      store = makeStore();
      throttle.reset();
      idempotency.reset();
      faults.reset();
      violations.length = 0;
      log.length = 0;
      seq = 0;
    },
    snapshot() {
      const id = `snap-${++snapshotSeq}`;
      snapshots.set(id, store.snapshot());
      if (snapshots.size > MAX_SNAPSHOTS) snapshots.delete(snapshots.keys().next().value!); // the oldest
      return id;
    },
    restore(id) {
      const state = snapshots.get(id);
      if (!state) throw new UnknownSnapshotError(`no snapshot "${id}"`);
      store.restore(state);
      readCache.clear();
    },
    tokens(): TokenInfo[] {
      return listTokens(store);
    },
    credentials() {
      return [...store.users.all()].map((u) => ({ username: u.username, password: u.password, role: u.role }));
    },
    clock,
    seed,
    scenario,
    requestLog(limit = LOG_SIZE) {
      const n = Math.min(limit, log.length);
      const out: RequestLogEntry[] = [];
      for (let s = seq - n + 1; s <= seq; s++) out.push(log[(s - 1) % LOG_SIZE]);
      return out;
    },
    get store() {
      return store;
    },
    throttle,
    faults,
    idempotency,
    violations,
    options,
    defects,
    operations: spec.operations,
    invalidate: () => readCache.clear(),
  };
  return engine;
}

function unsupportedMedia(): ApiError {
  return new ApiError(415, 'Unsupported Media Type', 'unsupported_media_type', {
    message: 'Request body must be JSON (Content-Type: application/json)',
  });
}

function sessionCookie(cookie: string | undefined): string | null {
  if (!cookie) return null;
  for (const part of cookie.split(';')) {
    const [k, ...v] = part.trim().split('=');
    // A malformed escape is no session (401), never an exception.
    if (k === 'session') return decodeComponent(v.join('='));
  }
  return null;
}

/** The fields of a multipart/form-data body (text values only; files as their text). */
export function parseMultipart(raw: string, contentTypeHeader: string): Record<string, string> {
  const m = /boundary=(?:"([^"]+)"|([^;]+))/i.exec(contentTypeHeader);
  const boundary = m?.[1] ?? m?.[2];
  if (!boundary) throw new ApiError(400, 'Malformed multipart body', 'bad_request', { message: 'multipart/form-data without a boundary' });
  const fields = new Map<string, string>();
  for (const part of raw.split(`--${boundary}`)) {
    const sep = part.indexOf('\r\n\r\n');
    if (sep < 0) continue;
    const head = part.slice(0, sep);
    const name = /name="([^"]*)"/i.exec(head)?.[1];
    if (!name) continue;
    fields.set(name, part.slice(sep + 4).replace(/\r\n$/, ''));
  }
  return Object.fromEntries(fields); // field names are the client's: own properties only
}

