/**
 * The seam between the engine and one API (TimeTracker, Harvest classic, ...).
 * The engine (routing, auth, throttling, faults, validation, strict check,
 * snapshots, request log) is written once; an API brings only what this
 * interface lists: its spec, its handlers, its seeded store, how a caller
 * proves who they are, and the shape of its error bodies.
 *
 * @example
 * const engine = createEngine(timetracker(document), { seed: 1 });
 */
import type { Defect } from './defects.js';
import type { ApiError } from './errors.js';
import type { AnyHandler, ApiEnv } from './handler.js';
import type { ActiveProfile, ProfileDef } from './profile.js';
import type { OperationDef, SpecDocument } from './spec-model.js';
import type { ThrottleOptions, ThrottleProfile } from './throttle.js';
import type { CoreRequest, CoreResponse, TokenInfo } from './types.js';

/** What a scenario is seeded from. Same values, same data, ids and tokens. */
export interface SeedOptions {
  scenario: string;
  seed: number;
  /** The instant the data is generated around (epoch ms). */
  now: number;
  /** Size of the scenario, where it has one (`large`: time entries). */
  size?: number;
  /** Progress of long seeding (`large`), as a fraction 0..1. */
  onProgress?: (done: number) => void;
}

/** Who called, as the engine's shared stages need it. */
export interface Identity {
  /** The account (user) of the caller: per-caller caches and per-account throttling. */
  account: number | string;
  /**
   * What the `harvest` profile's lockout counts, when not the caller: Harvest
   * throttles the whole company account, not each user (default `account`).
   */
  throttleKey?: number | string;
  /** The credential used, for per-token throttling (null for session cookies and logins). */
  token: { id: number | string; prefix: string } | null;
}

export interface Authenticated<A> {
  auth: A;
  identity: Identity;
}

/** One login the scenario knows (printed by the CLI, listed by `/__mock/tokens`). */
export interface Credential {
  username: string;
  password: string;
  role: string;
}

/** Where an error answer comes from, for APIs whose error shape depends on it. */
export interface ErrorContext {
  /** The operation the request matched (null: no route). */
  op: OperationDef | null;
  profile: ActiveProfile;
}

export interface ApiDefinition<E extends ApiEnv = ApiEnv> {
  /** Short name: `timetracker`, `harvest-classic`, ... */
  id: string;
  title: string;
  /** The parsed (not dereferenced) OpenAPI document. */
  document: SpecDocument;
  /** operationId -> handler; the API's index `satisfies` its generated interface. */
  handlers: Record<string, AnyHandler>;
  scenarios: readonly string[];
  defaultScenario: string;
  /** A store filled with a scenario. */
  seed(options: SeedOptions): E['store'];
  /** Path prefix of the API's routes (CORS and the engine's 404s apply below it), e.g. `/api/`; `/` for an API at the root (Harvest). */
  prefix: string;
  /** What the CLI banner shows: where the API's routes start and how to log in. */
  banner: { path: string; login: string };
  /** Default throttling profile. */
  throttle: ThrottleProfile;
  /** The `harvest` profile's numbers for this API, when they are its own (CoffeeCup: 100 calls in 15 s); options still win. */
  throttleLimits?: Partial<ThrottleOptions['harvest']>;
  /**
   * Only JSON bodies (CoffeeCup: "The API accepts only JSON requests"): a body
   * without `Content-Type: application/json` is a 415 on every operation that
   * takes JSON or no body (stage `parseBody`; `EngineOptions.jsonOnly` turns
   * the same rule on for any API).
   */
  jsonOnly?: boolean;
  /** Literal path segments match in any case (Sails' routes: `/v1/timeEntries` is `/v1/timeentries`). */
  caseInsensitivePaths?: boolean;
  /** Authenticate a call to a non-public operation; throw the API's 401 `ApiError`. */
  authenticate(req: CoreRequest, op: OperationDef, store: E['store'], now: number, profile: ActiveProfile<E['switches']>): Authenticated<E['auth']>;
  /** Check role and scopes; throw the API's 403 `ApiError`. `skipScopes` is the `scope-not-enforced` defect. */
  authorize(op: OperationDef, auth: E['auth'], skipScopes: boolean): void;
  /** The JSON body of an error answer in this API's shape (which may depend on the operation and the profile). */
  errorBody(error: ApiError, context?: ErrorContext): unknown;
  tokens(store: E['store']): TokenInfo[];
  credentials(store: E['store']): Credential[];
  /** Rows worth reporting in health checks, e.g. `{ time_entries: 1234 }`. */
  counts(store: E['store']): Record<string, number>;
  /** Deliberate contract defects, by name (`--defect NAME`), to prove its contract suite catches them. */
  defects?: Record<string, Defect>;
  /**
   * Behaviour profiles (`--profile NAME`): which server the engine imitates,
   * e.g. the documented contract or one release of the real server, each a
   * named set of switches the API's code consults (src/core/profile.ts).
   */
  profiles?: Readonly<Record<string, ProfileDef<E['switches']>>>;
  /** The profile used when none is asked for. */
  defaultProfile?: string;
  /**
   * Request media types besides JSON that the API takes (Harvest: `application/xml`),
   * each decoded into the JSON model its operations validate and handle.
   * Throw the API's 400 `ApiError` for a body that does not parse.
   */
  decoders?: Record<string, (text: string, op: OperationDef) => unknown>;
  /**
   * The wire form of answers, when it is not always JSON (stage `represent`):
   * `choose` names the representation a request asks for (`'json'` is the
   * model as it is, and the only one the read cache keeps); `render` turns
   * an answer's JSON model into it (Harvest: XML on `Accept: application/xml`,
   * plain-text error bodies). Handlers and the strict check see the model only.
   */
  representation?: {
    choose(req: CoreRequest): string;
    render(res: CoreResponse, format: string, op: OperationDef | null): CoreResponse;
  };
  /**
   * Write tracking, for narrow read-cache invalidation: the names of the
   * store's tables (what `x-mock-reads` markers may name) and which of them
   * were written since the last call of `drain`. Without it, any write
   * request clears every cached read.
   */
  writes?: {
    tables: readonly string[];
    drain(store: E['store']): readonly string[];
  };
}
