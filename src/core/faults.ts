/**
 * Fault injection, per request and globally, deterministic under the seed.
 *
 * Per request (Prism's `Prefer` protocol, extended), in the `Prefer` header
 * or as `__name` query parameters:
 *   Prefer: code=503                 answer that status with the documented error body
 *   Prefer: code=404, example=name   answer a named example of that status from the spec
 *   Prefer: latency=250              wait 250 ms before answering
 *   Prefer: fault=reset|hang|malformed
 *   GET /api/v1/projects?__code=503  the same, for clients that cannot set headers
 *
 * Globally (`createEngine({ faults })`, `--fault-*` flags, `PUT /__mock/faults`):
 * rules with an operation filter, a rate, and a kind (status, reset, hang,
 * malformed, latency). Rates draw from a PRNG seeded with the engine seed, so
 * a failing client test replays with the same seed.
 */
import { ApiError } from './errors.js';
import { rng } from './random.js';
import type { OperationDef } from './spec-model.js';
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
}

export interface FaultDecision {
  note: string;
  /** Answer this instead of running the handler. */
  response?: CoreResponse;
  /** Answer this error (in the API's error shape) instead of running the handler. */
  error?: ApiError;
  /** Change the handler's answer (latency, malformed body). */
  transform?: (res: CoreResponse) => Partial<CoreResponse>;
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
  if (header) {
    for (const part of header.split(/[;,]/)) {
      const [k, v] = part.split('=').map((s) => s.trim());
      if (k && v !== undefined) out[k.toLowerCase()] = v.replace(/^"|"$/g, '');
    }
  }
  if (search.includes('__')) {
    for (const [k, v] of new URLSearchParams(search)) {
      if (k.startsWith('__')) out[k.slice(2).toLowerCase()] = v;
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

  decide(op: OperationDef, req: CoreRequest): FaultDecision | null {
    if (this.options.perRequest !== false) {
      const prefer = parsePrefer(req.headers.prefer, req.search);
      const d = this.fromPrefer(op, prefer);
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

  private fromPrefer(op: OperationDef, p: Record<string, string>): FaultDecision | null {
    if (p.fault) {
      const kind = p.fault as FaultKind;
      if (kind === 'reset' || kind === 'hang' || kind === 'malformed') return this.apply({ kind }, op);
    }
    if (p.code) {
      const status = Number(p.code);
      if (Number.isInteger(status) && status >= 400 && status <= 599) {
        const example = p.example ? namedExample(op, status, p.example) : undefined;
        const error = injectedError(status);
        if (example === undefined) return { note: `status:${status}`, error };
        return { note: `status:${status}`, response: { status, headers: { ...error.headers }, body: example } };
      }
    }
    if (p.latency) {
      const ms = Number(p.latency);
      if (Number.isFinite(ms) && ms >= 0) return { note: `latency:${ms}`, transform: () => ({ delayMs: Math.min(ms, 120_000) }) };
    }
    return null;
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

/** A named example of a status's response in the spec (`examples.<name>.value`). */
function namedExample(op: OperationDef, status: number, name: string): unknown {
  const examples = op.responses[String(status)]?.examples;
  return examples && Object.hasOwn(examples, name) ? examples[name] : undefined; // `example=constructor` names no example
}
