/**
 * Stage `cors`: answers preflight requests under the API's prefix and adds
 * the CORS headers to every answer there, so a page on another origin can
 * call the mock, with any documented credential:
 *
 * - the origin is reflected (`Access-Control-Allow-Origin: <the page's
 *   origin>` with `Access-Control-Allow-Credentials: true`, never `*` with
 *   credentials), so `fetch(url, { credentials: 'include' })` sends the
 *   session cookie; a request without `Origin` gets `*`;
 * - a preflight's `Access-Control-Request-Headers` are granted as asked
 *   (`X-API-Key`, `Idempotency-Key`, `Prefer`, anything a client sends), and
 *   its method among the API's;
 * - every response header the spec documents (rate-limit headers,
 *   `Retry-After`, ...) plus `Preference-Applied` is exposed to the page.
 *
 * `createEngine({ cors: false })` (`--no-cors`) leaves the stage out: no
 * CORS headers, and a preflight gets the API's 404/405 like any OPTIONS.
 * `{ origins: [...] }` reflects only those origins (others get no CORS headers).
 */
import type { Stage } from '../pipeline.js';

export interface CorsOptions {
  /** Origins allowed to read answers (default: any origin, reflected). */
  origins?: readonly string[];
  /** Response headers a page may read, beyond the defaults (e.g. the spec's documented headers). */
  exposeHeaders?: readonly string[];
}

/** The request log's note on a preflight the stage answered (not a request that matched no route). */
export const PREFLIGHT = 'cors-preflight';

const METHODS = 'GET, POST, PUT, PATCH, DELETE, OPTIONS';
/** Granted when a preflight names no headers: what the API documents clients send. */
const DEFAULT_ALLOW = 'Authorization, Content-Type, Accept, X-API-Key, Idempotency-Key, Prefer, X-Request-ID';
const DEFAULT_EXPOSE = ['X-RateLimit-Limit', 'X-RateLimit-Remaining', 'X-RateLimit-Reset', 'Retry-After', 'Preference-Applied', 'Location'];
/** A comma-separated list of header names (RFC 9110 tokens): anything else is not reflected. */
const HEADER_LIST = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+(?:\s*,\s*[!#$%&'*+.^_`|~0-9A-Za-z-]+)*$/;

export function cors(prefix: string, options: CorsOptions = {}): Stage {
  const expose = [...new Set([...DEFAULT_EXPOSE, ...(options.exposeHeaders ?? [])].map((h) => h.toLowerCase()))].join(', ');
  const allowed = options.origins ? new Set(options.origins) : null;
  return (x, next) => {
    const { req } = x;
    if (!req.path.startsWith(prefix)) return next();
    const origin = req.headers.origin?.trim();
    const preflight = req.method === 'OPTIONS';
    if (preflight) x.note = PREFLIGHT;
    const res = preflight ? { status: 204, headers: {} as Record<string, string> } : next();
    if (origin !== undefined && allowed && !allowed.has(origin)) return res;
    const h = res.headers;
    h['Access-Control-Allow-Origin'] = origin ?? '*';
    if (origin !== undefined) h['Access-Control-Allow-Credentials'] = 'true';
    h.Vary = h.Vary ? `${h.Vary}, Origin` : 'Origin';
    if (preflight) {
      const asked = req.headers['access-control-request-headers']?.trim();
      h['Access-Control-Allow-Methods'] = METHODS;
      h['Access-Control-Allow-Headers'] = asked && HEADER_LIST.test(asked) ? asked : DEFAULT_ALLOW;
      h['Access-Control-Max-Age'] = '600';
      h.Vary += ', Access-Control-Request-Headers, Access-Control-Request-Method';
      if (req.headers['access-control-request-private-network'] === 'true') h['Access-Control-Allow-Private-Network'] = 'true';
    } else {
      h['Access-Control-Expose-Headers'] = expose;
    }
    return res;
  };
}
