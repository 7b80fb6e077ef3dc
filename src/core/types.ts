/**
 * The transport-free shapes every adapter (MSW, node:http) and every operation
 * handler agree on. Nothing here imports an environment: no `Request`, no
 * `http.IncomingMessage`.
 */

/** A request as the core pipeline sees it. Adapters build this cheaply. */
export interface CoreRequest {
  /** Upper-case HTTP method. */
  method: string;
  /** Path without query string, e.g. `/api/v1/projects/3`. */
  path: string;
  /** Raw query string without the leading `?` ('' when absent). Parsed lazily by the pipeline. */
  search: string;
  /** Header names lower-cased. Repeated headers joined with `, `. */
  headers: Record<string, string | undefined>;
  /** Raw body bytes or text; undefined when the request had none. */
  body?: Uint8Array | string;
  /** Peer address, when the transport knows it. */
  remoteAddress?: string;
}

/** How the adapter must misbehave instead of (or before) answering. */
export type TransportFault =
  /** Destroy the socket without an answer (MSW: `HttpResponse.error()`). */
  | { kind: 'reset' }
  /** Never answer (until the client gives up or the server closes). */
  | { kind: 'hang' };

/** A response as the core pipeline produces it. */
export interface CoreResponse {
  status: number;
  /** Header names as they should be sent. `content-type` is set by the adapter for JSON bodies. */
  headers: Record<string, string>;
  /**
   * A JSON value (serialized by the adapter with `application/json`), or a
   * pre-serialized string/bytes when `headers['content-type']` is set.
   * `undefined` means no body (204 and friends).
   */
  body?: unknown;
  /** Wait this long before answering (latency simulation). */
  delayMs?: number;
  /** Transport-level fault to apply instead of answering. */
  fault?: TransportFault;
  /** Send the body pre-serialized and truncated (malformed-body fault). */
  rawBody?: string;
}

/** An injectable clock: epoch milliseconds. */
export interface Clock {
  now(): number;
}

/** A clock the mock, its tests and its control API can steer. */
export interface ControlledClock extends Clock {
  /** Stop time at `at` (default: now). */
  freeze(at?: number): void;
  /** Jump to `at`; stays frozen if frozen, otherwise runs on from there. */
  set(at: number): void;
  /** Move forward by `ms` (frozen or running). */
  advance(ms: number): void;
  /** Follow real time again, from the current reading. */
  resume(): void;
  readonly frozen: boolean;
}

/** One token the engine accepts, as listed to users (`GET /__mock/tokens`, the CLI banner). */
export interface TokenInfo {
  token: string;
  name: string;
  user_id: number;
  username: string;
  role: string;
  scopes: string[];
  /** Naive ISO datetime or null. */
  expires_at: string | null;
  is_active: boolean;
  /** What this token is for, e.g. "admin: every scope", "expired". */
  purpose: string;
}

/** One line of the request log (`GET /__mock/requests`). */
export interface RequestLogEntry {
  seq: number;
  /** Epoch ms on the engine clock. */
  at: number;
  method: string;
  path: string;
  search: string;
  status: number;
  operationId: string | null;
  /** First 8 characters of the token used, if any. */
  token_prefix: string | null;
  user_agent: string | null;
  /** Wall time spent in the core, ms. */
  duration_ms: number;
  /** Fault or preference applied, if any (e.g. "status:503", "reset", "latency:250", "prefer:200"). */
  fault?: string;
  /** Headers (names lower-cased) and body as sent, credentials masked. */
  request: LoggedMessage;
  /** Headers and body of the answer, credentials masked (`content-type` is the adapter's: absent for JSON). */
  response: LoggedMessage;
}

/** One side of a logged exchange. */
export interface LoggedMessage {
  headers: Record<string, string>;
  /** The body as text, its first BODY_LIMIT characters; null when there was none. */
  body: string | null;
  /** The body was longer than the log keeps. */
  truncated: boolean;
}

/** The stateful engine behind every adapter. */
export interface Engine {
  handle(req: CoreRequest): CoreResponse | Promise<CoreResponse>;
  /** Back to the seeded state (store, throttle windows, idempotency keys, log). */
  reset(): void;
  /** Take a snapshot of the store; returns its id. */
  snapshot(): string;
  /** Restore a snapshot taken earlier. Throws `UnknownSnapshotError` for an unknown id. */
  restore(id: string): void;
  tokens(): TokenInfo[];
  readonly clock: ControlledClock;
  readonly seed: number;
  readonly scenario: string;
  /** Most recent requests, oldest first. */
  requestLog(limit?: number): RequestLogEntry[];
}
