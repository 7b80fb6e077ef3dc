/**
 * Stage `readCache`: a GET of an operation marked `x-mock-cache: true` is
 * answered from the cache of encoded answers when it can be; a fresh 200
 * without handler headers is stored. Only the JSON representation is kept
 * (`x.format`).
 *
 * Invalidation: when the API tracks its writes (`writes`), the tables
 * written since the last request (by a request, or directly on the store)
 * drop the answers of the operations that read them (`x-mock-reads`), on
 * every request before the lookup and after a write; operations that name
 * no tables lose their answers on any write request. Without write
 * tracking, any write request clears the whole cache. A GET marked
 * `x-writes` (it changes state) counts as a write request.
 */
import type { Stage } from '../pipeline.js';
import { ReadCache } from '../read-cache.js';

const READS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Which tables of a store were written since the last call (then forgotten). */
export type WriteTracker = (store: unknown) => readonly string[];

export function readCache(cache: ReadCache, writes?: WriteTracker): Stage {
  const sync = (store: unknown) => {
    const tables = writes!(store);
    if (tables.length > 0) cache.invalidate(tables);
  };
  return (x, next) => {
    const { req, op } = x;
    if (writes) sync(x.store);
    if (!READS.has(req.method) || op!.writes) {
      const res = next();
      if (writes) {
        sync(x.store);
        cache.writeRequest();
      } else cache.clear();
      return res;
    }
    if (!cache.enabled || req.method !== 'GET' || !op!.cacheable || x.deliberate || x.format !== 'json') return next();
    const key = ReadCache.keyOf(x.identity?.account ?? 0, x.now, req.path, req.search);
    const hit = cache.get(op!, key);
    if (hit) return { status: hit.status, headers: { 'content-type': 'application/json' }, body: hit.body };
    const res = next();
    if (res.status !== 200 || Object.keys(res.headers).length > 0) return res;
    return { status: 200, headers: { 'content-type': 'application/json' }, body: cache.set(op!, key, 200, JSON.stringify(res.body)) };
  };
}
