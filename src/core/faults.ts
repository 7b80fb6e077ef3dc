/**
 * Fault injection, per request and globally, deterministic under the seed.
 *
 * Per request (Prism's `Prefer` protocol, extended), in the `Prefer` header
 * or as `__name` query parameters (the header wins where both name a key):
 *   Prefer: code=201                 the operation's success status: the stateful answer
 *   Prefer: code=404                 a documented status: its first example, else its documented error body
 *   Prefer: code=503                 any 5xx, documented or not: the error body (429/503 add `Retry-After`)
 *   Prefer: code=404, example=name   a named example of that status (without code=: of the success status)
 *   Prefer: dynamic=true             a body generated from the response schema (seeded; `seed=` picks another)
 *   Prefer: latency=250              wait 250 ms before answering
 *   Prefer: fault=reset|hang|malformed
 *   GET /api/v1/projects?__code=503  the same, for clients that cannot set headers
 * A preference that can be honoured is named in the `Preference-Applied`
 * answer header (RFC 7240). One that cannot is answered as Prism answers it:
 * a value that does not parse (`code=abc`, `dynamic=maybe`) is a 422
 * `invalid_preference`; a status or example the spec does not document for
 * the operation (`code=418`, `example=nope`) is a 404 `preference_not_documented`
 * naming what is documented. Preferences are read only once the caller is
 * authenticated and authorized; a success answer from `example=`/`dynamic=`
 * is given only to a request that passes validation (the `prefer` stage).
 *
 * Globally (`createEngine({ faults })`, `--fault-*` flags, `PUT /__mock/faults`):
 * rules with an operation filter, a rate, and a kind (status, reset, hang,
 * malformed, latency). Rates draw from a PRNG seeded with the engine seed, so
 * a failing client test replays with the same seed.
 */
import { generateBody, seedOf } from './dynamic.js';
import { ApiError } from './errors.js';
import { rng } from './random.js';
import { validatorFor } from './schema.js';
import type { JsonSchema, OperationDef } from './spec-model.js';
import type { CoreRequest, CoreResponse } from './types.js';

export type FaultKind = 'status' | 'reset' | 'hang' | 'malformed' | 'latency';

export interface FaultRule {
  kind: FaultKind;
  /** Probability in [0, 1] that a matching request gets the fault (default 1). */
  rate?: number;
  /** operationIds (default: every operation). */
  operations?: string[];
  /** HTTP methods (default: all). */
  methods?: string[];
  /** For `status`: the statuses to choose from (default [500]). */
  statuses?: number[];
  /** For `latency`: a fixed delay, or a uniform range. */
  latencyMs?: number | { min: number; max: number };
}

export interface FaultOptions {
  rules?: FaultRule[];
  /** Honour the per-request `Prefer` header and `__code`-style parameters (default true). */
  perRequest?: boolean;
  /** Answer every request with a generated body, as `Prefer: dynamic=true` does (`--dynamic`). */
  dynamic?: boolean;
}

export interface FaultDecision {
  note: string;
  /** Answer this instead of running the handler. */
  response?: CoreResponse;
  /** Answer this error (in the API's error shape) instead of running the handler. */
  error?: ApiError;
  /** Answer this instead of the handler, once the request has passed validation (the `prefer` stage). */
  preferred?: CoreResponse;
  /** Change the handler's answer (latency, malformed body). */
  transform?: (res: CoreResponse) => Partial<CoreResponse>;
  /** The preference asks for the stateful answer itself (`code=` of the success status): not deliberate. */
  stateful?: boolean;
  /** The honoured preferences (`Preference-Applied`), sent when the answer has `appliedStatus` (any status when absent). */
  applied?: string;
  appliedStatus?: number;
}

const REASONS: Record<number, [string, string]> = {
  400: ['Bad Request', 'bad_request'],
  401: ['Authentication required', 'unauthorized'],
  403: ['Forbidden', 'forbidden'],
  404: ['Resource not found', 'not_found'],
  408: ['Request Timeout', 'request_timeout'],
  409: ['Conflict', 'conflict'],
  422: ['Unprocessable Entity', 'unprocessable_entity'],
  429: ['Rate limit exceeded', 'rate_limited'],
  500: ['Internal server error', 'internal_error'],
  502: ['Bad Gateway', 'bad_gateway'],
  503: ['Service Unavailable', 'service_unavailable'],
  504: ['Gateway Timeout', 'gateway_timeout'],
};

/** The error an injected status answers with (rendered in the API's error shape). */
export function injectedError(status: number): ApiError {
  const [error, code] = REASONS[status] ?? [`HTTP ${status}`, `http_${status}`];
  const headers: Record<string, string> = status === 429 || status === 503 ? { 'Retry-After': '1' } : {};
  return new ApiError(status, error, code, { message: `${error} (injected by the mock)` }, headers);
}

export class FaultError extends Error {}

/** Parse `code=503, latency=20; fault=reset` into a map (validated). */
export function parsePrefer(header: string | undefined, search: string): Record<string, string> {
  const out: Record<string, string> = Object.create(null); // keys are the client's
  if (search.includes('__')) {
    for (const [k, v] of new URLSearchParams(search)) {
      if (k.startsWith('__')) out[k.slice(2).toLowerCase()] = v;
    }
  }
  if (header) {
    for (const part of header.split(/[;,]/)) {
      const [k, v] = part.split('=').map((s) => s.trim());
      if (k && v !== undefined) out[k.toLowerCase()] = v.replace(/^"|"$/g, '');
    }
  }
  return out;
}

/** What is wrong with a rule, or null. Takes `unknown`: rules arrive as JSON from the control API. */
export function validateRule(input: unknown): string | null {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return 'each rule must be an object';
  const rule = input as FaultRule;
  const kinds: FaultKind[] = ['status', 'reset', 'hang', 'malformed', 'latency'];
  if (!kinds.includes(rule.kind)) return `kind must be one of ${kinds.join(', ')}`;
  if (rule.rate !== undefined && !(typeof rule.rate === 'number' && rule.rate >= 0 && rule.rate <= 1)) return 'rate must be between 0 and 1';
  const strings = (v: unknown) => v === undefined || (Array.isArray(v) && v.every((s) => typeof s === 'string'));
  if (!strings(rule.operations) || !strings(rule.methods)) return 'operations and methods must be arrays of strings';
  if (rule.statuses !== undefined && !(Array.isArray(rule.statuses) && rule.statuses.every((s) => Number.isInteger(s) && s >= 100 && s <= 599))) {
    return 'statuses must be an array of HTTP status codes';
  }
  if (rule.kind === 'latency') {
    const l = rule.latencyMs;
    const okFixed = typeof l === 'number' && l >= 0;
    const okRange = typeof l === 'object' && l !== null && typeof l.min === 'number' && typeof l.max === 'number' && l.min >= 0 && l.max >= l.min;
    if (!okFixed && !okRange) return 'latency rules need latencyMs (a number, or {min, max})';
  }
  return null;
}

export class FaultInjector {
  private random: () => number;

  constructor(
    private options: FaultOptions,
    private readonly seed: number,
    /** The API's error shape (injected errors that the spec documents with a schema are checked against it). */
    private readonly errorBody: (error: ApiError) => unknown = (e) => ({ error: e.message, error_code: e.code, ...e.extra }),
  ) {
    this.random = rng(seed);
    for (const r of options.rules ?? []) {
      const problem = validateRule(r);
      if (problem) throw new FaultError(problem);
    }
  }

  get rules(): FaultRule[] {
    return this.options.rules ?? [];
  }

  /** Replace the global rules (validated first; nothing changes on error). */
  setRules(rules: readonly unknown[]): void {
    for (const r of rules) {
      const problem = validateRule(r);
      if (problem) throw new FaultError(problem);
    }
    this.options = { ...this.options, rules: rules as FaultRule[] };
  }

  /** Back to the configured rules' first draw (replays are deterministic). */
  reset(): void {
    this.random = rng(this.seed);
  }

  decide(op: OperationDef, req: CoreRequest, now = 0): FaultDecision | null {
    if (this.options.perRequest !== false) {
      const prefer = parsePrefer(req.headers.prefer, req.search);
      const d = this.fromPrefer(op, prefer, req, now);
      if (d) return d;
    } else if (this.options.dynamic) {
      const d = this.fromPrefer(op, Object.create(null) as Record<string, string>, req, now);
      if (d) return d;
    }
    for (const rule of this.options.rules ?? []) {
      if (rule.operations && !rule.operations.includes(op.operationId) && !rule.operations.includes('*')) continue;
      if (rule.methods && !rule.methods.includes(op.method)) continue;
      if (this.random() >= (rule.rate ?? 1)) continue;
      return this.apply(rule, op);
    }
    return null;
  }

  private fromPrefer(op: OperationDef, p: Record<string, string>, req: CoreRequest, now: number): FaultDecision | null {
    if (p.fault !== undefined) {
      const kind = p.fault as FaultKind;
      if (kind !== 'reset' && kind !== 'hang' && kind !== 'malformed') return invalidPreference(`fault must be reset, hang or malformed, got "${p.fault}"`);
      return { ...this.apply({ kind }, op), applied: `fault=${kind}` };
    }
    let latency: FaultDecision | null = null;
    if (p.latency !== undefined) {
      const ms = /^\d{1,9}$/.test(p.latency) ? Number(p.latency) : NaN;
      if (!(ms <= MAX_PREFER_LATENCY)) return invalidPreference(`latency must be a number of milliseconds from 0 to ${MAX_PREFER_LATENCY}, got "${p.latency}"`);
      latency = { note: `latency:${ms}`, transform: () => ({ delayMs: ms }), applied: `latency=${ms}` };
    }
    const answer = this.answerFor(op, p, req, now);
    if (!answer) return latency;
    if (!latency || answer.error) return answer;
    // Both: the chosen answer, later.
    const later = (res: CoreResponse) => ({ ...res, delayMs: Number(p.latency) });
    return {
      ...answer,
      note: `${answer.note} ${latency.note}`,
      applied: [answer.applied, latency.applied].filter(Boolean).join(', '),
      ...(answer.response ? { response: later(answer.response) } : {}),
      ...(answer.preferred ? { preferred: later(answer.preferred) } : {}),
      transform: (res) => ({ ...(answer.transform?.(res) ?? {}), delayMs: Number(p.latency) }),
    };
  }

  /** `code=`, `example=`, `dynamic=`, `seed=` (Prism's semantics): the answer they ask for, or why it cannot be given. */
  private answerFor(op: OperationDef, p: Record<string, string>, req: CoreRequest, now: number): FaultDecision | null {
    if (p.code === undefined && p.example === undefined && p.dynamic === undefined && !this.options.dynamic) return null;
    if (p.code !== undefined && !/^[1-5]\d\d$/.test(p.code)) return invalidPreference(`code must be an HTTP status of three digits, got "${p.code}"`);
    if (p.dynamic !== undefined && p.dynamic !== 'true' && p.dynamic !== 'false') return invalidPreference(`dynamic must be true or false, got "${p.dynamic}"`);
    const success = successStatus(op);
    const status = p.code === undefined ? success : Number(p.code);
    const dynamic = p.dynamic === undefined ? this.options.dynamic === true && p.code === undefined && p.example === undefined : p.dynamic === 'true';
    const def = op.responses[String(status)] ?? op.responses.default;
    const documented = Object.keys(op.responses).join(', ');
    // What the client asked for and will get (`--dynamic` alone is the server's mode, not a preference).
    const asked = [
      p.code === undefined ? '' : `code=${status}`,
      p.example === undefined ? '' : `example=${p.example}`,
      p.dynamic === 'true' && p.example === undefined ? 'dynamic=true' : '',
      p.seed !== undefined && dynamic && p.example === undefined ? `seed=${p.seed}` : '',
    ]
      .filter(Boolean)
      .join(', ') || undefined;
    if (!def) {
      if (status >= 500 && p.example === undefined && !dynamic) {
        const error = injectedError(status);
        return { note: `status:${status}`, error, applied: `code=${status}`, appliedStatus: status };
      }
      return notDocumented(`${op.operationId} documents no ${status} response (documented: ${documented})`);
    }
    const examples = def.examples ?? {};
    let body: unknown;
    const applied = asked;
    if (p.example !== undefined) {
      if (!Object.hasOwn(examples, p.example)) {
        // `example=constructor` names no example: examples are an own-property lookup.
        const names = Object.keys(examples);
        return notDocumented(`the ${status} response of ${op.operationId} has no example "${p.example}" (${names.length ? `examples: ${names.join(', ')}` : 'it has no named examples'})`);
      }
      body = examples[p.example];
    } else if (dynamic) {
      if (!def.schema) return invalidPreference(`the ${status} response of ${op.operationId} has no JSON schema to generate a body from`);
      const seed = p.seed !== undefined ? seedOf(p.seed) : seedOf(this.seed, op.operationId, status, req.path, req.search);
      body = generateBody(def.schema, seed, now);
    } else if (status === success) {
      // The success status itself: the stateful answer, noted when it is given.
      return { note: `code:${status}`, stateful: true, applied: asked, appliedStatus: status };
    } else {
      const first = Object.values(examples)[0];
      body = first !== undefined ? first : documentedError(def.schema, this.errorBody(injectedError(status)), status, this.seed, now);
    }
    const headers: Record<string, string> = status === 429 || status === 503 ? { 'Retry-After': '1' } : {};
    const res: CoreResponse = { status, headers, body };
    return status >= 200 && status < 300
      ? { note: `prefer:${status}`, preferred: res, applied, appliedStatus: status }
      : { note: `status:${status}`, response: res, applied, appliedStatus: status };
  }

  private apply(rule: FaultRule, _op: OperationDef): FaultDecision {
    switch (rule.kind) {
      case 'reset':
        return { note: 'reset', response: { status: 0, headers: {}, fault: { kind: 'reset' } } };
      case 'hang':
        return { note: 'hang', response: { status: 0, headers: {}, fault: { kind: 'hang' } } };
      case 'malformed':
        return {
          note: 'malformed',
          transform: (res) => {
            const text = JSON.stringify(res.body ?? {});
            return { rawBody: text.slice(0, Math.max(1, Math.floor(text.length / 2))), headers: { ...res.headers, 'content-type': 'application/json' } };
          },
        };
      case 'latency': {
        const l = rule.latencyMs ?? 0;
        const ms = typeof l === 'number' ? l : Math.round(l.min + (l.max - l.min) * this.random());
        return { note: `latency:${ms}`, transform: () => ({ delayMs: ms }) };
      }
      case 'status': {
        const statuses = rule.statuses?.length ? rule.statuses : [500];
        const status = statuses[Math.floor(this.random() * statuses.length)];
        return { note: `status:${status}`, error: injectedError(status) };
      }
    }
  }
}

/** The longest `latency=` a request may ask for (two minutes). */
export const MAX_PREFER_LATENCY = 120_000;

/** The operation's success status: its lowest documented 2xx (every operation of the kit's specs has one). */
export function successStatus(op: OperationDef): number {
  const codes = Object.keys(op.responses).filter((c) => /^2\d\d$/.test(c)).map(Number);
  return codes.length ? Math.min(...codes) : 200;
}

const invalidPreference = (message: string): FaultDecision => ({
  note: 'prefer:invalid',
  error: new ApiError(422, 'Invalid preference', 'invalid_preference', { message: `Prefer: ${message}` }),
});

const notDocumented = (message: string): FaultDecision => ({
  note: 'prefer:not-documented',
  error: new ApiError(404, 'Preference not documented', 'preference_not_documented', { message: `Prefer: ${message}` }),
});

/**
 * The body of an injected error status the spec documents without an
 * example: the API's error body when it fits the documented schema, else
 * its fields over a body generated from that schema (a 429's limits).
 */
function documentedError(schema: JsonSchema | undefined, fields: unknown, status: number, seed: number, now: number): unknown {
  if (!schema || validatorFor(schema)(fields)) return fields;
  const generated = generateBody(schema, seedOf(seed, 'error', status), now);
  if (typeof generated !== 'object' || generated === null || Array.isArray(generated)) return generated;
  const merged = { ...generated, ...(fields as object) };
  return validatorFor(schema)(merged) ? merged : generated;
}
