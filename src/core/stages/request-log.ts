/**
 * Stage `requestLog` (outermost): one line per request in a bounded ring
 * (`GET /__mock/requests`), with the operation, status, caller's token
 * prefix, the fault applied and the time spent in the engine.
 */
import type { Stage } from '../pipeline.js';
import type { RequestLogEntry } from '../types.js';

/** The newest `size` requests, oldest first; no shifting. */
export class RequestLog {
  private entries: RequestLogEntry[] = [];
  private seq = 0;

  constructor(readonly size = 1000) {}

  add(entry: Omit<RequestLogEntry, 'seq'>): void {
    const e = entry as RequestLogEntry;
    e.seq = ++this.seq;
    this.entries[(this.seq - 1) % this.size] = e;
  }

  /** The most recent `limit` entries, oldest first. */
  recent(limit = this.size): RequestLogEntry[] {
    const n = Math.min(limit, this.entries.length);
    const out: RequestLogEntry[] = [];
    for (let s = this.seq - n + 1; s <= this.seq; s++) out.push(this.entries[(s - 1) % this.size]);
    return out;
  }

  clear(): void {
    this.entries = [];
    this.seq = 0;
  }
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
    });
    return res;
  };
}
