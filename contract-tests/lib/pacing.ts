/**
 * Rate limits, seen from the client: what a response says about the
 * per-token window, and the waits that keep a run inside it. One rule for
 * both runners: a window exists only when the server reports one, i.e.
 * `X-RateLimit-Limit` is a positive number and `X-RateLimit-Remaining` and
 * `X-RateLimit-Reset` come with it. No headers, or a limit of 0, means no
 * limit in force: nothing to wait for. Every wait is counted, so a run can
 * report (and a test assert) how long it spent waiting.
 */
import { now } from './clock.js';

/** Reads one response header by its lower-case name. */
export type HeaderGetter = (lowerCaseName: string) => string | undefined;

export interface RateWindow {
  limit: number;
  remaining: number;
  /** Epoch ms (on the kit's clock) when the window resets. */
  resetAt: number;
}

/** Headers as an object -> a case-insensitive getter. */
export function headerGetter(headers: Record<string, string | string[] | undefined>): HeaderGetter {
  const lower = new Map<string, string>();
  for (const [k, v] of Object.entries(headers)) if (v !== undefined) lower.set(k.toLowerCase(), Array.isArray(v) ? v.join(', ') : v);
  return (name) => lower.get(name);
}

const num = (v: string | undefined): number => (v === undefined || v.trim() === '' ? Number.NaN : Number(v));

/** The window a response reports, or undefined when it reports none (no limit in force). */
export function rateWindow(get: HeaderGetter): RateWindow | undefined {
  const limit = num(get('x-ratelimit-limit'));
  const remaining = num(get('x-ratelimit-remaining'));
  const reset = num(get('x-ratelimit-reset'));
  if (!(limit > 0) || !Number.isFinite(remaining) || !Number.isFinite(reset)) return undefined;
  return { limit, remaining, resetAt: reset * 1000 };
}

/**
 * How long a 429 (or 503) asks to wait, in ms: `Retry-After` (seconds or an
 * HTTP date), else the reset of a reported window; undefined when it says nothing.
 */
export function retryAfterMs(get: HeaderGetter, at: number = now()): number | undefined {
  const ra = get('retry-after');
  if (ra !== undefined) {
    const n = Number(ra);
    if (Number.isFinite(n)) return Math.max(0, n * 1000);
    const date = Date.parse(ra);
    if (!Number.isNaN(date)) return Math.max(0, date - at);
  }
  const w = rateWindow(get);
  return w ? Math.max(0, w.resetAt - at) : undefined;
}

/** Requests kept in reserve before a reported window is waited out. */
const RESERVE = 2;
/** Margin added to each wait (clock skew, rounding of the reset to seconds). */
const MARGIN_MS = 250;

export class Pacer {
  /** Total time spent waiting (pacing and 429s), ms. */
  waitedMs = 0;
  /** How many waits. */
  waits = 0;
  private window: RateWindow | undefined;

  constructor(
    /** The longest single wait; a longer one is not waited for (the request goes, and may get a 429). */
    readonly maxWaitMs: number,
    private readonly sleep: (ms: number) => Promise<void> = (ms) => new Promise((r) => setTimeout(r, ms)),
  ) {}

  /**
   * Remember what a response said about the window. A response without any
   * rate-limit header says nothing (an uncounted route); one with a limit of
   * 0 or without a usable window says there is none.
   */
  note(get: HeaderGetter): void {
    if (get('x-ratelimit-limit') === undefined && get('x-ratelimit-remaining') === undefined) return;
    this.window = rateWindow(get);
  }

  /** Before a request: wait for the reset when the reported window is about to run out. */
  async pace(): Promise<void> {
    const w = this.window;
    if (!w || w.remaining > RESERVE) return;
    this.window = undefined;
    const wait = w.resetAt - now() + MARGIN_MS;
    if (wait > 0 && wait <= this.maxWaitMs) await this.wait(wait);
  }

  /** Wait out a 429's Retry-After; false when it asks for longer than `maxWaitMs` (or says nothing). */
  async backOff(get: HeaderGetter): Promise<boolean> {
    const ms = retryAfterMs(get);
    if (ms === undefined || ms > this.maxWaitMs) return false;
    await this.wait(Math.max(MARGIN_MS, ms + MARGIN_MS));
    return true;
  }

  private async wait(ms: number): Promise<void> {
    this.waits++;
    this.waitedMs += ms;
    await this.sleep(ms);
  }
}
