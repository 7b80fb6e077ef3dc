/**
 * Stage `route`: the operation for method + path from the compiled route
 * table; 405 (with `Allow`) for a known path and another method, 404 for
 * anything else. Key/value segments after the path of an `x-path-pairs`
 * operation become query parameters: inner stages see the request as
 * `<path>?<pairs>&<query>` (a pair wins over the same name in the query).
 */
import { ApiError } from '../errors.js';
import type { Stage } from '../pipeline.js';
import type { Router } from '../router.js';

export function route(router: Router): Stage {
  return (x, next) => {
    const { method, path } = x.req;
    const m = router.match(method, path);
    if (m.op === null) {
      if (m.allowed.length > 0) {
        throw new ApiError(405, 'Method Not Allowed', 'method_not_allowed', {
          message: `The method ${method} is not allowed for ${path}; allowed: ${m.allowed.join(', ')}`,
        }, { Allow: m.allowed.join(', ') });
      }
      throw new ApiError(404, 'Resource not found', 'not_found', { message: `No route for ${method} ${path}` });
    }
    x.op = m.op;
    x.pathParams = m.params;
    if (m.pairs && m.base !== undefined) x.req = { ...x.req, path: m.base, search: withPairs(m.pairs, x.req.search) };
    return next();
  };
}

/** The query string of the pairs, then the original query. */
function withPairs(pairs: [string, string][], search: string): string {
  const merged = new URLSearchParams(pairs);
  if (search) for (const [k, v] of new URLSearchParams(search)) merged.append(k, v);
  return merged.toString();
}
