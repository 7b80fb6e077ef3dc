/**
 * A small HTTP client over fetch that records every request and response,
 * so a failed check can say exactly what was sent and what came back.
 * It retries a 429 once the server's `Retry-After` (or `X-RateLimit-Reset`)
 * has passed, within `maxRateWaitS`: a per-token limit is the server working
 * as documented, not a contract failure of the operation being checked.
 * With `pace`, it also waits for the reported window to reset before it runs
 * out (lib/pacing.ts); every wait is counted in `pacer.waitedMs`.
 */
import { SkipCheck } from './checks.js';
import type { BasicCredential } from './config.js';
import { Pacer, headerGetter } from './pacing.js';
import { SAFE_METHODS, fillPath, type Operation } from './spec.js';

/**
 * Which credentials a request carries: a token (`admin`, `narrow`, `user`,
 * one no server issued, a given one), the web session (`session`, a cookie;
 * `invalid-session`: a session cookie no server issued), or none.
 */
export type AuthMode = 'admin' | 'narrow' | 'user' | 'none' | 'invalid' | 'session' | 'invalid-session' | { token: string };

/** A bearer token, or HTTP Basic credentials (Harvest). */
export type Credential = string | BasicCredential;

export interface OpRequest {
  params?: Record<string, string | number>;
  query?: Record<string, string | number | boolean | undefined>;
  /** JSON body (sent with Content-Type: application/json). */
  json?: unknown;
  /** Raw body, sent as is with `contentType`. */
  body?: string;
  contentType?: string;
  headers?: Record<string, string>;
  auth?: AuthMode;
}

export interface RecordedRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  body?: string;
}

export interface RecordedResponse {
  status: number;
  /** Lower-cased names. */
  headers: Record<string, string>;
  text: string;
  /** Parsed JSON body; undefined when the body is empty or not JSON. */
  json: unknown;
  jsonError?: string;
}

export interface Exchange {
  operationId?: string;
  request: RecordedRequest;
  response: RecordedResponse;
  ms: number;
  /** How many 429s were waited out before this answer. */
  rateLimitRetries: number;
}

export class TransportError extends Error {
  constructor(
    message: string,
    readonly request: RecordedRequest,
  ) {
    super(message);
  }
}

export interface Tokens {
  admin: Credential;
  narrow?: Credential;
  user?: Credential;
}

/** A syntactically valid token that no server issued. */
export const INVALID_TOKEN = 'tt_contractCheckNotARealToken00000';
/** Basic credentials no server has (for Basic APIs' ignored_auth). */
export const INVALID_BASIC: BasicCredential = { username: 'contract-nobody@example.invalid', password: 'not-a-password' };

/** The `Authorization` header of a credential. */
export function authorizationOf(c: Credential): string {
  return typeof c === 'string' ? `Bearer ${c}` : `Basic ${Buffer.from(`${c.username}:${c.password}`).toString('base64')}`;
}

export class HttpClient {
  /** Every exchange, oldest first (bounded). */
  readonly history: Exchange[] = [];
  /** The rate-limit waits of this client (and whoever shares its window, e.g. Dredd's own requests). */
  readonly pacer: Pacer;
  /** The web session's `Cookie` value, once a login gave one (lib/session.ts). */
  sessionCookie?: string;

  constructor(
    readonly baseUrl: string,
    readonly tokens: Tokens,
    readonly options: {
      timeoutMs: number;
      maxRateWaitS: number;
      userAgent?: string;
      /** When set, only GET/HEAD/OPTIONS may be sent; anything else is refused with this reason (read-only mode). */
      readOnlyReason?: string;
      /** Statuses that mean "slow down" and are waited out by `Retry-After` (default 429; Harvest's throttle answers 503). */
      retryStatuses?: readonly number[];
      /** Wait before a request when the reported window is about to run out (Dredd, which cannot retry). */
      pace?: boolean;
      /** Query parameters every `call` of an operation carries unless the request sets them (TimeCamp: `format=json`); `send` leaves them out. */
      query?: Readonly<Record<string, string>>;
    },
  ) {
    this.pacer = new Pacer(options.maxRateWaitS * 1000);
  }

  /** Call an operation of the spec. */
  call(op: Operation, req: OpRequest = {}): Promise<Exchange> {
    const path = fillPath(op.path, req.params);
    return this.send(op.method, path, this.options.query ? { ...req, query: { ...this.options.query, ...req.query } } : req, op.operationId);
  }

  async send(method: string, path: string, req: OpRequest = {}, operationId?: string): Promise<Exchange> {
    // The last line of defence of read-only mode: no case, flow or cleanup can send a write.
    if (this.options.readOnlyReason !== undefined && !SAFE_METHODS.has(method.toUpperCase())) throw new SkipCheck(this.options.readOnlyReason);
    const url = new URL(this.baseUrl + path);
    for (const [k, v] of Object.entries(req.query ?? {})) if (v !== undefined) url.searchParams.set(k, String(v));
    const headers: Record<string, string> = { Accept: 'application/json', 'User-Agent': this.options.userAgent ?? 'timetracker-contract-tests' };
    const auth = req.auth ?? 'admin';
    const token = auth === 'session' || auth === 'invalid-session' ? undefined : this.tokenFor(auth);
    if (token) headers.Authorization = authorizationOf(token);
    if (auth === 'session') {
      if (!this.sessionCookie) throw new Error('no web session (log in first)');
      headers.Cookie = this.sessionCookie;
    } else if (auth === 'invalid-session') headers.Cookie = `session=${INVALID_TOKEN}`;
    let body: string | undefined;
    if (req.json !== undefined) {
      body = JSON.stringify(req.json);
      headers['Content-Type'] = 'application/json';
    } else if (req.body !== undefined) {
      body = req.body;
      if (req.contentType) headers['Content-Type'] = req.contentType;
    }
    Object.assign(headers, req.headers ?? {});
    const request: RecordedRequest = { method, url: url.toString(), headers, body };
    let retries = 0;
    for (;;) {
      if (this.options.pace && token) await this.pacer.pace();
      const started = performance.now();
      let res: Response;
      try {
        res = await fetch(url, { method, headers, body, redirect: 'manual', signal: AbortSignal.timeout(this.options.timeoutMs) });
      } catch (error) {
        const cause = error instanceof Error && error.cause instanceof Error ? `: ${error.cause.message}` : '';
        throw new TransportError(`${method} ${url.pathname} failed: ${error instanceof Error ? error.message : String(error)}${cause}`, request);
      }
      const text = await res.text();
      const responseHeaders: Record<string, string> = {};
      res.headers.forEach((v, k) => {
        responseHeaders[k.toLowerCase()] = v;
      });
      let json: unknown;
      let jsonError: string | undefined;
      if (text.length > 0) {
        try {
          json = JSON.parse(text);
        } catch (e) {
          jsonError = e instanceof Error ? e.message : String(e);
        }
      }
      const ex: Exchange = {
        operationId,
        request,
        response: { status: res.status, headers: responseHeaders, text, json, jsonError },
        ms: Math.round(performance.now() - started),
        rateLimitRetries: retries,
      };
      const get = headerGetter(responseHeaders);
      if (token) this.pacer.note(get);
      if ((this.options.retryStatuses ?? [429]).includes(res.status) && token && retries < 3 && (await this.pacer.backOff(get))) {
        retries++;
        continue;
      }
      this.history.push(ex);
      if (this.history.length > 500) this.history.splice(0, this.history.length - 500);
      return ex;
    }
  }

  tokenFor(auth: AuthMode): Credential | undefined {
    if (typeof auth === 'object') return auth.token;
    switch (auth) {
      case 'session':
      case 'invalid-session':
        return undefined;
      case 'admin':
        return this.tokens.admin;
      case 'narrow':
        if (!this.tokens.narrow) throw new Error('no narrow token configured');
        return this.tokens.narrow;
      case 'user':
        if (!this.tokens.user) throw new Error('no user token configured');
        return this.tokens.user;
      case 'invalid':
        return typeof this.tokens.admin === 'string' ? INVALID_TOKEN : INVALID_BASIC;
      case 'none':
        return undefined;
    }
  }
}

/** `POST /api/v1/clients -> 200` plus the start of both bodies, for failure messages. */
export function describeExchange(ex: Exchange, max = 600): string {
  const u = new URL(ex.request.url);
  const lines = [`${ex.request.method} ${u.pathname}${u.search} -> ${ex.response.status}`];
  if (ex.request.body) lines.push(`  request body:  ${truncate(ex.request.body, max)}`);
  const sent = ex.request.headers.Authorization;
  const auth = sent ? (sent.startsWith('Basic ') ? `Basic ${Buffer.from(sent.slice(6), 'base64').toString('utf8').split(':')[0]}:...` : `Bearer ${sent.slice(7, 15)}...`) : ex.request.headers.Cookie ? 'session cookie' : '(none)';
  lines.push(`  auth: ${auth}`);
  lines.push(`  response body: ${ex.response.text ? truncate(ex.response.text, max) : '(empty)'}`);
  if (ex.rateLimitRetries) lines.push(`  (after waiting out ${ex.rateLimitRetries} rate-limit answer(s))`);
  return lines.join('\n');
}

function truncate(s: string, max: number): string {
  return s.length > max ? `${s.slice(0, max)}... (${s.length} chars)` : s;
}
