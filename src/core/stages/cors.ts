/**
 * Stage `cors`: answers preflight requests under the API's prefix and adds
 * the CORS headers to every answer there, so a page on another origin can
 * call the mock.
 */
import type { Stage } from '../pipeline.js';

const CORS_HEADERS = {
  'Access-Control-Allow-Methods': 'GET, POST, PUT, PATCH, DELETE, OPTIONS',
  'Access-Control-Allow-Headers': 'Authorization, Content-Type, Accept, X-Request-ID, Prefer',
  'Access-Control-Expose-Headers': 'X-RateLimit-Limit, X-RateLimit-Remaining, X-RateLimit-Reset, Retry-After, Location',
  Vary: 'Origin',
};

export function cors(prefix: string): Stage {
  return (x, next) => {
    const inApi = x.req.path.startsWith(prefix);
    const res = inApi && x.req.method === 'OPTIONS' ? { status: 204, headers: { 'Access-Control-Max-Age': '600' } } : next();
    if (inApi) {
      res.headers['Access-Control-Allow-Origin'] = x.req.headers.origin ?? '*';
      Object.assign(res.headers, CORS_HEADERS);
    }
    return res;
  };
}
