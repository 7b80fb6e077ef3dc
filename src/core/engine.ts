/**
 * The engine: one API's spec, handlers and store behind one pipeline, with
 * the state every adapter shares (store, clock, throttle windows,
 * idempotency keys, read cache, fault rules, snapshots, request log).
 *
 * A request goes through these stages, in this order (src/core/stages/):
 *
 *   requestLog -> cors -> [represent] -> route -> strict -> defects -> authenticate
 *   -> authorize -> throttle -> faults -> idempotency -> readCache
 *   -> parseBody -> validate -> prefer -> dispatch (the operation's handler)
 *
 * The engine receives the API definition (spec document, handlers, store
 * factory, auth rules, error shape) as input; it imports no handler, no
 * fixture and nothing from any environment, so the same code serves MSW in
 * Node, MSW in a browser's service worker and the node:http server.
 *
 * @example
 * const engine = createEngine(timetracker(document), { seed: 1, clock: createClock({ frozenAt: Date.parse('2026-01-05T09:00:00Z') }) });
 * const res = engine.handle({ method: 'GET', path: '/api/v1/health', search: '', headers: {} });
 */
import type { ApiDefinition } from './api.js';
import { createClock } from './clock.js';
import type { Defect } from './defects.js';
import { ApiError } from './errors.js';
import { FaultInjector, type FaultOptions } from './faults.js';
import type { ApiEnv } from './handler.js';
import { IdempotencyStore } from './idempotency.js';
import { fetchDeliver, Outbox, type Deliver } from './outbox.js';
import { activeProfile, PLAIN_PROFILE, type ActiveProfile } from './profile.js';
import { compose, newExchange, type Exchange, type Stage } from './pipeline.js';
import { ReadCache } from './read-cache.js';
import { compileRouter } from './router.js';
import { specModel, type OperationDef } from './spec-model.js';
import { authenticate } from './stages/authenticate.js';
import { authorize } from './stages/authorize.js';
import { cors, type CorsOptions } from './stages/cors.js';
import { defects as defectsStage } from './stages/defects.js';
import { dispatch } from './stages/dispatch.js';
import { faults as faultsStage } from './stages/faults.js';
import { idempotency as idempotencyStage } from './stages/idempotency.js';
import { parseBody } from './stages/parse-body.js';
import { prefer } from './stages/prefer.js';
import { readCache as readCacheStage } from './stages/read-cache.js';
import { represent } from './stages/represent.js';
import { RequestLog, requestLog } from './stages/request-log.js';
import { route } from './stages/route.js';
import { strict, type Violation } from './stages/strict.js';
import { throttle as throttleStage } from './stages/throttle.js';
import { validate } from './stages/validate.js';
import { DEFAULT_THROTTLE, Throttle, type ThrottleOptions, type ThrottleProfile } from './throttle.js';
import { countRequests, findRequests, type RequestMatcher } from './request-match.js';
import type { ControlledClock, CoreRequest, CoreResponse, Engine, RequestLogEntry, TokenInfo } from './types.js';

export type { Violation } from './stages/strict.js';

export interface EngineOptions<S = unknown> {
  /** Seed of the generated data (default 1). Same seed, same data, ids and tokens. */
  seed?: number;
  /** Named scenario (default: the API's default scenario). */
  scenario?: string;
  /** Size of the scenario, where it has one (`large`: time entries). */
  size?: number;
  /** The clock (default: real time). Pass `createClock({ frozenAt })` for tests. */
  clock?: ControlledClock;
  /** The instant the scenario's data is generated around (default: the clock's reading at creation). */
  seedNow?: number;
  /** Change the freshly seeded store (e.g. settings), on creation and after every reset. */
  customize?(store: S): void;
  /** Progress of long seeding, 0..1 (creation and reset). */
  onSeedProgress?: (done: number) => void;
  /** Check every response against the spec; a mismatch becomes a 500 and is recorded in `violations`. */
  strict?: boolean;
  /** Throttling profile (default: the API's). */
  throttle?: ThrottleProfile;
  rateLimitPerMinute?: number;
  rateLimitPerHour?: number;
  harvest?: Partial<ThrottleOptions['harvest']>;
  timecamp?: Partial<ThrottleOptions['timecamp']>;
  /** Faults injected globally (see faults.ts); per-request faults come from the `Prefer` header. */
  faults?: FaultOptions;
  /** Deliberate contract defects of the API, by name (see the API's defects). */
  defects?: string[];
  /** Which server to imitate: one of the API's profiles (default: the API's default profile, the documented contract). */
  profile?: string;
  /** Most `Idempotency-Key`s remembered at once, over all tokens (default 10,000; the oldest is forgotten first). */
  idempotencyMaxKeys?: number;
  /** Reject JSON-less bodies the CoffeeCup way (415 unless `Content-Type: application/json`), for any API (CoffeeCup: always, `ApiDefinition.jsonOnly`). */
  jsonOnly?: boolean;
  /** Serialize answers of data-only GETs once per data version (default: on unless strict or defects). */
  readCache?: boolean;
  /** CORS headers and preflight answers under the API's prefix (default true; `--no-cors` turns them off). */
  cors?: boolean | CorsOptions;
  /** Answer every request with a body generated from its response schema, as `Prefer: dynamic=true` does (`--dynamic`). */
  dynamic?: boolean;
  /**
   * How the mock sends its own HTTP requests (webhook deliveries; src/core/outbox.ts).
   * Default `fetch`; the Node entry passes a node:http sender.
   */
  deliver?: Deliver;
  /** Outbound jobs (webhook deliveries) waiting or in flight at most (default 1,000). */
  outboxMaxJobs?: number;
}

export class UnknownSnapshotError extends Error {}

/** Snapshots kept (each is a full copy of the store); taking one more forgets the oldest. */
export const MAX_SNAPSHOTS = 32;

export interface EngineInternals<E extends ApiEnv = ApiEnv> extends Engine {
  readonly api: ApiDefinition<E>;
  readonly store: E['store'];
  readonly throttle: Throttle;
  readonly faults: FaultInjector;
  readonly idempotency: IdempotencyStore;
  /** Outbound deliveries (webhooks) waiting or in flight; `runDue()` sends the due ones, `idle()` waits for the ones in flight. */
  readonly outbox: Outbox;
  readonly violations: Violation[];
  readonly options: EngineOptions<E['store']>;
  /** Names of the defects switched on. */
  readonly defects: ReadonlySet<string>;
  /** The behaviour profile in force (its switches). */
  readonly profile: ActiveProfile<E['switches']>;
  /** The spec's operations, in spec order. */
  readonly operations: OperationDef[];
  /** Forget cached reads: call after changing what the store's tables do not track (settings, row fields assigned in place). */
  invalidate(): void;
  /** Users' login credentials of the scenario (mock only). */
  credentials(): { username: string; password: string; role: string }[];
  /** The logged requests a matcher selects (all of them without one), oldest first. */
  findRequests(matcher?: RequestMatcher): RequestLogEntry[];
  /** How many logged requests a matcher selects: assert "called once". */
  countRequests(matcher?: RequestMatcher): number;
  /** Forget the logged requests (a reset does too); sequence numbers go on counting. */
  clearRequests(): void;
  /** The sequence numbers of the oldest request kept and of the newest logged (the inspector's polling cursor). */
  requestSeqs(): { first: number; last: number };
}

/** Every response header the spec documents, in the spec's spelling (CORS exposes them to pages). */
function documentedHeaders(operations: readonly OperationDef[]): string[] {
  const names = new Set<string>();
  for (const op of operations) for (const r of Object.values(op.responses)) for (const name of Object.keys(r.headers)) names.add(name);
  return [...names];
}

export function createEngine<E extends ApiEnv>(api: ApiDefinition<E>, options: EngineOptions<E['store']> = {}): EngineInternals<E> {
  const spec = specModel(api.document);
  if (spec.operations.length === 0) throw new Error(`${api.id}: the spec has no operations`);
  const missing = spec.operations.filter((o) => typeof api.handlers[o.operationId] !== 'function').map((o) => o.operationId);
  if (missing.length > 0) throw new Error(`${api.id}: no handler for operation(s): ${missing.join(', ')}`);
  const defectNames = options.defects ?? [];
  const known = api.defects ?? {};
  for (const d of defectNames) {
    if (!(d in known)) throw new Error(`unknown defect "${d}" (known: ${Object.keys(known).join(', ')})`);
  }
  const activeDefects: Defect[] = defectNames.map((d) => known[d]);

  const profile: ActiveProfile<E['switches']> = api.profiles
    ? activeProfile(api.profiles, options.profile ?? api.defaultProfile ?? Object.keys(api.profiles)[0])
    : options.profile === undefined || options.profile === PLAIN_PROFILE.name
      ? PLAIN_PROFILE
      : activeProfile({}, options.profile);
  const clock = options.clock ?? createClock();
  const seed = options.seed ?? 1;
  const scenario = options.scenario ?? api.defaultScenario;
  if (!api.scenarios.includes(scenario)) throw new Error(`unknown scenario "${scenario}" (known: ${api.scenarios.join(', ')})`);
  const seedNow = options.seedNow ?? clock.now();
  const makeStore = (): E['store'] => {
    const s = api.seed({ scenario, seed, now: seedNow, size: options.size, onProgress: options.onSeedProgress });
    options.customize?.(s);
    return s;
  };
  let store = makeStore();
  const throttle = new Throttle({
    profile: options.throttle ?? api.throttle,
    perMinute: options.rateLimitPerMinute ?? DEFAULT_THROTTLE.perMinute,
    perHour: options.rateLimitPerHour ?? DEFAULT_THROTTLE.perHour,
    harvest: { ...DEFAULT_THROTTLE.harvest, ...api.throttleLimits, ...options.harvest },
    windows: profile.engine.rateLimitWindows ?? DEFAULT_THROTTLE.windows,
    headers: profile.engine.rateLimitHeaders ?? DEFAULT_THROTTLE.headers,
    timecamp: { ...DEFAULT_THROTTLE.timecamp, ...options.timecamp },
  });
  const faults = new FaultInjector({ ...options.faults, ...(options.dynamic ? { dynamic: true } : {}) }, seed, (e) => api.errorBody(e));
  const idempotency = new IdempotencyStore(options.idempotencyMaxKeys);
  const outbox = new Outbox(options.deliver ?? fetchDeliver, clock, options.outboxMaxJobs);
  const violations: Violation[] = [];
  const cache = new ReadCache(options.readCache ?? (!options.strict && activeDefects.length === 0));
  if (api.writes) {
    const known = new Set(api.writes.tables);
    for (const o of spec.operations) {
      const unknown = (o.reads ?? []).filter((t) => !known.has(t));
      if (unknown.length > 0) throw new Error(`${api.id}: ${o.operationId}: x-mock-reads names unknown table(s) ${unknown.join(', ')} (known: ${[...known].join(', ')})`);
    }
  }
  const drainWrites = api.writes ? (s: unknown) => api.writes!.drain(s as E['store']) : undefined;
  const snapshots = new Map<string, unknown>();
  let snapshotSeq = 0;
  const log = new RequestLog();

  const renderError = (error: unknown, x?: Exchange): CoreResponse => {
    const context = { op: x?.op ?? null, profile };
    if (error instanceof ApiError) return { status: error.status, headers: { ...error.headers }, body: api.errorBody(error, context) };
    console.error(`[mock] ${api.id}: unexpected error:`, error);
    return { status: 500, headers: {}, body: api.errorBody(new ApiError(500, 'Internal server error', 'internal_error', { message: 'An internal error occurred' }), context) };
  };
  const violationBody = (v: Violation) =>
    api.errorBody(
      new ApiError(500, 'Mock response does not match the spec', 'mock_contract_violation', {
        message: v.problems.join('; '),
        details: { operationId: v.operationId, status: v.status, problems: v.problems },
      }),
    );

  const stages: Stage[] = [
    requestLog(log),
    ...(options.cors === false ? [] : [cors(api.prefix, { exposeHeaders: documentedHeaders(spec.operations), ...(typeof options.cors === 'object' ? options.cors : {}) })]),
    ...(api.representation ? [represent(api.representation)] : []),
    route(compileRouter(spec.operations.filter((o) => !profile.engine.absentOperations?.includes(o.operationId)), { caseInsensitive: api.caseInsensitivePaths === true })),
    ...(options.strict ? [strict(violations, violationBody)] : []),
    ...(activeDefects.length > 0 ? [defectsStage(activeDefects)] : []),
    authenticate(api, profile),
    authorize(api, activeDefects.some((d) => d.skipsScopes)),
    throttleStage(throttle),
    faultsStage(faults),
    idempotencyStage(idempotency),
    readCacheStage(cache, drainWrites),
    parseBody({ jsonOnly: options.jsonOnly === true || api.jsonOnly === true, decoders: api.decoders }),
    validate({ lenientQuery: profile.engine.lenientQuery === true }),
    prefer(),
    dispatch(api.handlers, { throttle, defects: new Set(defectNames), outbox }, profile),
  ];
  const run = compose(stages, renderError);

  const engine: EngineInternals<E> = {
    api,
    handle: (req: CoreRequest) => {
      outbox.runDue();
      return run(newExchange(req, clock.now(), store));
    },
    reset() {
      cache.clear();
      outbox.reset();
      store = makeStore();
      drainWrites?.(store);
      throttle.reset();
      idempotency.reset();
      faults.reset();
      violations.length = 0;
      log.clear();
    },
    snapshot() {
      const id = `snap-${++snapshotSeq}`;
      snapshots.set(id, store.snapshot());
      if (snapshots.size > MAX_SNAPSHOTS) snapshots.delete(snapshots.keys().next().value!); // the oldest
      return id;
    },
    restore(id) {
      const state = snapshots.get(id);
      if (state === undefined) throw new UnknownSnapshotError(`no snapshot "${id}"`);
      store.restore(state);
      outbox.reset();
      throttle.resetLogins();
      drainWrites?.(store);
      cache.clear();
    },
    tokens: (): TokenInfo[] => api.tokens(store),
    credentials: () => api.credentials(store),
    clock,
    seed,
    scenario,
    requestLog: (limit?: number) => log.recent(limit),
    findRequests: (matcher) => findRequests(log.recent(), matcher),
    countRequests: (matcher) => countRequests(log.recent(), matcher),
    clearRequests: () => log.clear(),
    requestSeqs: () => ({ first: log.first, last: log.last }),
    get store() {
      return store;
    },
    throttle,
    faults,
    idempotency,
    outbox,
    violations,
    options,
    defects: new Set(defectNames),
    profile,
    operations: spec.operations,
    invalidate: () => cache.clear(),
  };
  return engine;
}
