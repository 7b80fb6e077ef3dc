/**
 * Stage `route`: the operation for method + path from the compiled route
 * table; 405 (with `Allow`) for a known path and another method, 404 for
 * anything else.
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
    return next();
  };
}
