/**
 * Outbound HTTP the mock sends on its own (webhook deliveries): a bounded
 * queue of jobs, each sent by a `deliver` function the entry provides (the
 * node:http server: a real HTTP request; MSW in Node and in a browser:
 * `fetch`, so a test's handlers can intercept it). Environment-free: the
 * core never opens a socket itself.
 *
 * A job is due at an instant of the engine clock; `runDue()` sends every
 * due job (the engine calls it before each request, the control API after
 * the clock moves, the node server once a second). Sending never blocks
 * the request that queued the job, and a failing receiver never fails it:
 * the job's `settle` gets the outcome and answers when to try again, or
 * `null` when done. Bounded (decisions/0006): at most `maxJobs` waiting or
 * in flight; one more is refused (`push` answers false) and the caller
 * records it as failed.
 *
 * @example
 * const outbox = new Outbox(fetchDeliver, clock);
 * outbox.push({ due: clock.now(), request: () => request, settle: (result, now) => result.status === 200 ? null : now + 60_000 });
 */
import type { Clock } from './types.js';

/** One outbound request, fully formed (body already serialized, signature already computed). */
export interface OutboundRequest {
  url: string;
  method: string;
  headers: Record<string, string>;
  body: string;
  /** Give up after this long (the receiver's answer then counts as a timeout). */
  timeoutMs: number;
}

/** What came back: an HTTP answer (any status), or why none came. */
export type DeliveryOutcome =
  | { kind: 'response'; status: number; body: string; durationMs: number }
  | { kind: 'timeout' | 'connection_error' | 'unknown_error'; message: string; durationMs: number };

/** Sends one request; never rejects (failures are outcomes). */
export type Deliver = (request: OutboundRequest) => Promise<DeliveryOutcome>;

export interface OutboxJob {
  /** Engine-clock instant (epoch ms) from which the job may be sent. */
  due: number;
  /**
   * The request of this attempt, asked for when the job is due (a promise
   * when it needs async work first, e.g. an HMAC signature); null drops the
   * job unsent (its owner recorded why).
   */
  request(): OutboundRequest | Promise<OutboundRequest> | null;
  /** The outcome of one attempt: return the next due instant to try again, or null when done. */
  settle(outcome: DeliveryOutcome, now: number): number | null;
}

/** Jobs waiting or in flight at most (decisions/0006: every queue is bounded). */
export const OUTBOX_MAX_JOBS = 1_000;

export class Outbox {
  private waiting: OutboxJob[] = [];
  private readonly inFlight = new Set<Promise<void>>();
  /** Bumped by `reset`: outcomes of attempts started before it are dropped. */
  private generation = 0;

  constructor(
    private readonly deliver: Deliver,
    private readonly clock: Clock,
    readonly maxJobs = OUTBOX_MAX_JOBS,
  ) {}

  /** Jobs waiting for their due time or being sent. */
  get size(): number {
    return this.waiting.length + this.inFlight.size;
  }

  /** The earliest due instant of a waiting job (null when none waits). */
  get nextDue(): number | null {
    let min: number | null = null;
    for (const j of this.waiting) if (min === null || j.due < min) min = j.due;
    return min;
  }

  /** Queue a job (sent at once when due); false when the outbox is full. */
  push(job: OutboxJob): boolean {
    if (this.size >= this.maxJobs) return false;
    this.waiting.push(job);
    if (job.due <= this.clock.now()) this.runDue();
    return true;
  }

  /** Send every job that is due on the clock now. Cheap when none is. */
  runDue(): void {
    if (this.waiting.length === 0) return;
    const now = this.clock.now();
    const due = this.waiting.filter((j) => j.due <= now);
    if (due.length === 0) return;
    this.waiting = this.waiting.filter((j) => j.due > now);
    for (const job of due) this.send(job);
  }

  private send(job: OutboxJob): void {
    const generation = this.generation;
    const attempt = (async () => {
      let outcome: DeliveryOutcome;
      try {
        const request = await job.request();
        if (request === null) return;
        outcome = await this.deliver(request);
      } catch (error) {
        outcome = { kind: 'unknown_error', message: error instanceof Error ? error.message : String(error), durationMs: 0 };
      }
      if (generation !== this.generation) return;
      const next = job.settle(outcome, this.clock.now());
      if (next !== null) this.waiting.push({ ...job, due: next });
    })();
    const tracked = attempt.finally(() => this.inFlight.delete(tracked));
    this.inFlight.add(tracked);
  }

  /** Resolves when no attempt is in flight (tests; retries waiting for a later due time do not count). */
  async idle(): Promise<void> {
    while (this.inFlight.size > 0) await Promise.all([...this.inFlight]);
  }

  /** Forget every job; attempts in flight finish, but their outcomes are dropped. */
  reset(): void {
    this.waiting = [];
    this.generation++;
  }
}

/**
 * `deliver` over the web-standard `fetch` (MSW in Node and in a browser:
 * the test's or page's handlers see the request, and may answer it).
 */
export const fetchDeliver: Deliver = async (r) => {
  const started = Date.now();
  try {
    const res = await fetch(r.url, { method: r.method, headers: r.headers, body: r.body, redirect: 'follow', signal: AbortSignal.timeout(r.timeoutMs) });
    return { kind: 'response', status: res.status, body: await res.text(), durationMs: Date.now() - started };
  } catch (error) {
    const name = error instanceof Error ? error.name : '';
    const message = error instanceof Error ? error.message : String(error);
    return { kind: name === 'TimeoutError' || name === 'AbortError' ? 'timeout' : 'connection_error', message, durationMs: Date.now() - started };
  }
};

/** Lower-case hex HMAC-SHA256 of `message` under `key` (both UTF-8), with WebCrypto (Node 20+, browsers). */
export async function hmacSha256Hex(key: string, message: string): Promise<string> {
  const enc = new TextEncoder();
  const k = await crypto.subtle.importKey('raw', enc.encode(key), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  const mac = new Uint8Array(await crypto.subtle.sign('HMAC', k, enc.encode(message)));
  let hex = '';
  for (const b of mac) hex += b.toString(16).padStart(2, '0');
  return hex;
}
