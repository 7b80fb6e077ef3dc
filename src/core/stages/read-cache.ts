/**
 * Stage `readCache`: a GET of an operation marked `x-mock-cache: true` is
 * answered from the cache of encoded answers when it can be; a fresh 200
 * without handler headers is stored. A write that reaches this stage clears
 * the cache (it may change what any read answers), and so does a GET marked
 * `x-writes`. Only the JSON representation is kept (`x.format`).
 */
import type { Stage } from '../pipeline.js';
import { ReadCache } from '../read-cache.js';

const READS = new Set(['GET', 'HEAD', 'OPTIONS']);

export function readCache(cache: ReadCache): Stage {
  return (x, next) => {
    const { req, op } = x;
    if (!READS.has(req.method) || op!.writes) {
      const res = next();
      cache.clear();
      return res;
    }
    if (!cache.enabled || req.method !== 'GET' || !op!.cacheable || x.deliberate || x.format !== 'json') return next();
    const key = ReadCache.keyOf(x.identity?.account ?? 0, x.now, req.path, req.search);
    const hit = cache.get(key);
    if (hit) return { status: hit.status, headers: { 'content-type': 'application/json' }, body: hit.body };
    const res = next();
    if (res.status !== 200 || Object.keys(res.headers).length > 0) return res;
    return { status: 200, headers: { 'content-type': 'application/json' }, body: cache.set(key, 200, JSON.stringify(res.body)) };
  };
}
