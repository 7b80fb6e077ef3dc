/**
 * Stage `requestLog` (outermost): one entry per request in a bounded ring
 * (`GET /__mock/requests`, the inspector page at `/__mock/`, `mock.requests()`),
 * with the operation (null when no route matched), status, caller's token
 * prefix, the fault applied, the time spent in the engine, and the request's
 * and response's headers and bodies: bodies cut at `BODY_LIMIT` characters,
 * credentials masked (`Authorization`, `X-API-Key`, cookies, and JSON fields
 * named like `token`, `password`, `secret`, `api_key`), so a log or a
 * screenshot of the inspector never shows a usable token. Bodies are cut
 * when a request is logged, but masking waits until an entry is read (once
 * per entry): it is most of the log's cost, and most entries are never read.
 */
import type { Stage } from '../pipeline.js';
import type { LoggedMessage, RequestLogEntry } from '../types.js';

/** Characters of each body the log keeps (1,000 entries x 2 bodies stay under ~10 MB). */
export const BODY_LIMIT = 4096;

/** The newest `size` requests, oldest first; no shifting. Sequence numbers keep counting across `clear()`. */
export class RequestLog {
  private entries: RequestLogEntry[] = [];
  private seq = 0;
  /** Entries up to this sequence number were cleared. */
  private cleared = 0;

  constructor(readonly size = 1000) {}

  /** Log a request as it was sent and answered; credentials are masked when it is read (`recent`). */
  add(entry: Omit<RequestLogEntry, 'seq'>): void {
    const e = entry as RequestLogEntry;
    e.seq = ++this.seq;
    unmasked.add(e);
    this.entries[(this.seq - 1) % this.size] = e;
  }

  /** The most recent `limit` entries, oldest first, credentials masked. */
  recent(limit = this.size): RequestLogEntry[] {
    const n = Math.min(limit, this.seq - this.cleared, this.size);
    const out: RequestLogEntry[] = [];
    for (let s = this.seq - n + 1; s <= this.seq; s++) out.push(masked(this.entries[(s - 1) % this.size]));
    return out;
  }

  /** The sequence number of the newest request logged (0 before the first). */
  get last(): number {
    return this.seq;
  }

  /** The sequence number of the oldest entry kept (`last + 1` when none is). */
  get first(): number {
    return Math.max(this.cleared, this.seq - this.size) + 1;
  }

  clear(): void {
    this.entries = [];
    this.cleared = this.seq;
  }
}

/** Entries whose headers and bodies still hold credentials as sent. */
const unmasked = new WeakSet<RequestLogEntry>();

/** Mask an entry's credentials in place, the first time it is read. */
function masked(e: RequestLogEntry): RequestLogEntry {
  if (!unmasked.has(e)) return e;
  unmasked.delete(e);
  for (const m of [e.request, e.response]) {
    m.headers = maskHeaders(m.headers);
    if (m.body !== null) m.body = maskBody(m.body);
  }
  return e;
}

const SECRET_HEADERS = new Set(['authorization', 'x-api-key', 'cookie', 'set-cookie', 'proxy-authorization']);
const SECRET_FIELD = /("[^"\\]*(?:token|password|secret|api[_-]?key)[^"\\]*"\s*:\s*")((?:[^"\\]|\\.)*)(")/gi;

/** `tt_AbCdEfGh...` -> `tt_AbCde…(masked)`: enough to tell tokens apart, never enough to use one. */
export function mask(value: string): string {
  return value.length <= 8 ? '…(masked)' : `${value.slice(0, 8)}…(masked)`;
}

/** A header value with its credential masked (`Bearer tt_…`, `session=…`), or as sent. */
function maskHeader(name: string, value: string): string {
  if (!SECRET_HEADERS.has(name)) return value;
  if (name === 'authorization' || name === 'proxy-authorization') {
    const [scheme, ...rest] = value.trim().split(/\s+/);
    return rest.length ? `${scheme} ${mask(rest.join(' '))}` : mask(scheme);
  }
  if (name === 'cookie' || name === 'set-cookie') return value.replace(/(^|;\s*)([^=;\s]+)=([^;]*)/g, (_, sep: string, k: string, v: string) => `${sep}${k}=${mask(v)}`);
  return mask(value);
}

function maskHeaders(headers: Record<string, string | undefined>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(headers)) if (v !== undefined) out[k.toLowerCase()] = maskHeader(k.toLowerCase(), v);
  return out;
}

const decoder = new TextDecoder();

/** Secret JSON fields of a body's text masked. */
function maskBody(text: string): string {
  return text.replace(SECRET_FIELD, (_, k: string, v: string, q: string) => `${k}${mask(v)}${q}`);
}

/** A body as text, cut at the limit (masked later, when read). */
function bodyText(body: unknown, limit = BODY_LIMIT): Pick<LoggedMessage, 'body' | 'truncated'> {
  if (body === undefined || body === null) return { body: null, truncated: false };
  let text: string;
  let more = false; // cut before decoding
  if (typeof body === 'string') text = body.slice(0, limit + 1);
  else if (body instanceof Uint8Array) {
    text = decoder.decode(body.subarray(0, limit * 4)); // at least `limit` characters when there are that many
    more = body.byteLength > limit * 4;
  } else {
    try {
      text = JSON.stringify(body) ?? '';
    } catch {
      text = '(not serializable)';
    }
  }
  const truncated = more || text.length > limit;
  return { body: text.slice(0, limit), truncated };
}

export function requestLog(log: RequestLog): Stage {
  return (x, next) => {
    const started = performance.now();
    const req = x.req; // as it came (route may normalize x.req)
    const res = next();
    log.add({
      at: x.now,
      method: req.method,
      path: req.path,
      search: req.search,
      status: res.status,
      operationId: x.op?.operationId ?? null,
      token_prefix: x.identity?.token?.prefix ?? null,
      user_agent: req.headers['user-agent'] ?? null,
      duration_ms: Math.round((performance.now() - started) * 1000) / 1000,
      ...(x.note ? { fault: x.note } : {}),
      // Headers as they are (the objects are not changed after the answer); masked when read.
      request: { headers: req.headers as Record<string, string>, ...bodyText(req.body) },
      response: { headers: res.headers, ...bodyText(res.rawBody ?? res.body) },
    });
    return res;
  };
}
