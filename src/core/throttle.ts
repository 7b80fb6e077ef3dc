/**
 * Two throttling profiles, both on the engine clock (so tests fill a window
 * and move the clock instead of sleeping):
 *
 * - `timetracker`: per API token, sliding minute and hour windows (the seed's
 *   contract). Every counted response gets `X-RateLimit-Limit/Remaining/Reset`
 *   for the tighter window in force (none when both windows are off); over a
 *   limit, 429 + `Retry-After`. Rejected requests are not counted, so a
 *   client that backs off for `Retry-After` seconds gets through.
 *   `windows: 'fixed'` counts as the real server does instead: buckets of the
 *   clock minute and hour, incremented before the comparison (a rejected
 *   request uses budget too), `Retry-After` to the end of the bucket;
 *   `headers: false` sends no `X-RateLimit-*` headers (both profile choices,
 *   src/core/profile.ts).
 * - `harvest` (Harvest, CoffeeCup): per account (user), more than `maxCalls`
 *   calls in `windowSeconds` locks the account out for `lockoutSeconds`, and
 *   every call during the lockout restarts it; answers are 503 + `Retry-After`.
 * - `timecamp`: per caller (`identity.throttleKey`, default the user), at most
 *   `timecamp.maxCalls` calls in a sliding `timecamp.windowSeconds`; past it
 *   429 + `Retry-After` (until the oldest call leaves the window), with no
 *   rate-limit headers. Rejected calls are not counted.
 * - logins (`POST /api/v1/auth/login`), whatever the profile: 5 per minute
 *   per client address, as the real server's limiter.
 *
 * One instance per engine: the control API reads and changes it, `reset()`
 * clears every window (engine reset), `resetLogins()` the login one (restore).
 */
import { ApiError } from './errors.js';

export type ThrottleProfile = 'timetracker' | 'harvest' | 'timecamp' | 'off';

/** Every profile, for flags and the control API. */
export const THROTTLE_PROFILES: readonly ThrottleProfile[] = ['timetracker', 'harvest', 'timecamp', 'off'];

export interface ThrottleOptions {
  profile: ThrottleProfile;
  /** Per token per minute; 0 turns the window off. */
  perMinute: number;
  /** Per token per hour; 0 turns the window off. */
  perHour: number;
  harvest: { maxCalls: number; windowSeconds: number; lockoutSeconds: number };
  /** Per-token windows: sliding (the documented contract) or fixed clock buckets (the real server). */
  windows: 'sliding' | 'fixed';
  /** Send `X-RateLimit-*` headers on counted answers. */
  headers: boolean;
  timecamp: { maxCalls: number; windowSeconds: number };
}

export const DEFAULT_THROTTLE: ThrottleOptions = {
  profile: 'timetracker',
  perMinute: 100,
  perHour: 1000,
  harvest: { maxCalls: 100, windowSeconds: 15, lockoutSeconds: 15 },
  windows: 'sliding',
  headers: true,
  timecamp: { maxCalls: 100, windowSeconds: 60 },
};

const MINUTE = 60_000;
const HOUR = 3_600_000;

/** Timestamps of counted requests, oldest first, pruned as windows slide. */
class SlidingLog {
  private times: number[] = [];
  private head = 0;

  prune(before: number): void {
    while (this.head < this.times.length && this.times[this.head] <= before) this.head++;
    if (this.head > 1024 && this.head * 2 > this.times.length) {
      this.times = this.times.slice(this.head);
      this.head = 0;
    }
  }
  countSince(after: number): number {
    // Binary search for the first time > after.
    let lo = this.head;
    let hi = this.times.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.times[mid] <= after) lo = mid + 1;
      else hi = mid;
    }
    return this.times.length - lo;
  }
  /** The oldest time > after (the one whose expiry frees a slot). */
  oldestSince(after: number): number | undefined {
    const n = this.countSince(after);
    return n === 0 ? undefined : this.times[this.times.length - n];
  }
  push(t: number): void {
    this.times.push(t);
  }
  get size(): number {
    return this.times.length - this.head;
  }
}

/** Counts of the current clock minute and hour of one token (fixed windows). */
interface FixedBuckets {
  minute: number;
  inMinute: number;
  hour: number;
  inHour: number;
}

interface HarvestState {
  log: SlidingLog;
  lockedUntil: number;
  lastAccess: number | null;
}

export interface RateLimitStatus {
  last_access_at: number | null;
  count: number;
  timeframe_limit: number;
  max_calls: number;
  lockout_seconds: number;
}

/**
 * With the `harvest` or `off` profile the per-token windows still count and
 * the documented `X-RateLimit-*` headers are still sent; only the
 * `timetracker` profile rejects with 429.
 */
export class Throttle {
  private tokens = new Map<number | string, SlidingLog>();
  private buckets = new Map<number | string, FixedBuckets>();
  private accounts = new Map<number | string, HarvestState>();
  private callers = new Map<number | string, SlidingLog>();
  private logins = new Map<string, SlidingLog>();

  constructor(public options: ThrottleOptions) {}

  reset(): void {
    this.tokens.clear();
    this.buckets.clear();
    this.accounts.clear();
    this.callers.clear();
    this.logins.clear();
  }

  /** Forget login attempts (a restored snapshot starts with a fresh login window). */
  resetLogins(): void {
    this.logins.clear();
  }

  /**
   * Count one request of `tokenId` (timetracker profile). Returns the
   * rate-limit headers to send, or throws the 429.
   */
  countToken(tokenId: number | string, now: number, enforce = true): Record<string, string> {
    const headers = this.options.windows === 'fixed' ? this.countFixed(tokenId, now, enforce) : this.countSliding(tokenId, now, enforce);
    return this.options.headers ? headers : {};
  }

  /** The real server's buckets: incremented first, then compared (minute, then hour). */
  private countFixed(tokenId: number | string, now: number, enforce: boolean): Record<string, string> {
    const { perMinute, perHour } = this.options;
    const minute = Math.floor(now / MINUTE);
    const hour = Math.floor(now / HOUR);
    let b = this.buckets.get(tokenId);
    if (!b) this.buckets.set(tokenId, (b = { minute, inMinute: 0, hour, inHour: 0 }));
    if (b.minute !== minute) Object.assign(b, { minute, inMinute: 0 });
    if (b.hour !== hour) Object.assign(b, { hour, inHour: 0 });
    b.inMinute++;
    b.inHour++;
    const minuteOver = perMinute > 0 && b.inMinute > perMinute;
    const hourOver = perHour > 0 && b.inHour > perHour;
    const useMinute = perMinute > 0;
    const headers: Record<string, string> =
      perMinute === 0 && perHour === 0
        ? {}
        : {
            'X-RateLimit-Limit': String(useMinute ? perMinute : perHour),
            'X-RateLimit-Remaining': String(Math.max(0, useMinute ? perMinute - b.inMinute : perHour - b.inHour)),
            'X-RateLimit-Reset': String(((useMinute ? minute + 1 : hour + 1) * (useMinute ? MINUTE : HOUR)) / 1000),
          };
    if (enforce && (minuteOver || hourOver)) {
      const end = minuteOver ? (minute + 1) * MINUTE : (hour + 1) * HOUR;
      throw this.tooMany(perMinute - b.inMinute, perHour - b.inHour, Math.max(1, Math.ceil((end - now) / 1000)), this.options.headers ? headers : {});
    }
    return headers;
  }

  private tooMany(leftInMinute: number, leftInHour: number, retryAfter: number, headers: Record<string, string>): ApiError {
    const { perMinute, perHour } = this.options;
    return new ApiError(
      429,
      'Rate limit exceeded',
      'rate_limited',
      {
        message: 'Too many requests for this API token. Try again later.',
        limit_per_minute: perMinute,
        limit_per_hour: perHour,
        remaining_per_minute: perMinute > 0 ? Math.max(0, leftInMinute) : 0,
        remaining_per_hour: perHour > 0 ? Math.max(0, leftInHour) : 0,
      },
      { ...headers, 'Retry-After': String(retryAfter) },
    );
  }

  private countSliding(tokenId: number | string, now: number, enforce: boolean): Record<string, string> {
    const { perMinute, perHour } = this.options;
    let log = this.tokens.get(tokenId);
    if (!log) this.tokens.set(tokenId, (log = new SlidingLog()));
    log.prune(now - (perHour > 0 ? HOUR : MINUTE));
    const inMinute = log.countSince(now - MINUTE);
    const inHour = perHour > 0 ? log.countSince(now - HOUR) : 0;
    const minuteFull = perMinute > 0 && inMinute >= perMinute;
    const hourFull = perHour > 0 && inHour >= perHour;
    if (enforce && (minuteFull || hourFull)) {
      const freedAt = minuteFull
        ? (log.oldestSince(now - MINUTE) as number) + MINUTE
        : (log.oldestSince(now - HOUR) as number) + HOUR;
      const retryAfter = Math.max(1, Math.ceil((freedAt - now) / 1000));
      throw this.tooMany(perMinute - inMinute, perHour - inHour, retryAfter, this.options.headers ? this.headers(log, now) : {});
    }
    log.push(now);
    return this.headers(log, now);
  }

  private headers(log: SlidingLog, now: number): Record<string, string> {
    const { perMinute, perHour } = this.options;
    // No window in force, nothing to report: a limit of 0 would read as "no requests left".
    if (perMinute === 0 && perHour === 0) return {};
    // The tighter window in force is the one reported.
    const useMinute = perMinute > 0;
    const limit = useMinute ? perMinute : perHour;
    const span = useMinute ? MINUTE : HOUR;
    const used = log.countSince(now - span);
    let remaining = Math.max(0, limit - used);
    if (useMinute && perHour > 0) remaining = Math.min(remaining, Math.max(0, perHour - log.countSince(now - HOUR)));
    const oldest = log.oldestSince(now - span);
    const reset = Math.ceil(((oldest ?? now) + span) / 1000);
    return {
      'X-RateLimit-Limit': String(limit),
      'X-RateLimit-Remaining': String(remaining),
      'X-RateLimit-Reset': String(reset),
    };
  }

  /** Count one call of `accountId` (harvest profile); throws the 503 while locked out. */
  countAccount(accountId: number | string, now: number): void {
    const { maxCalls, windowSeconds, lockoutSeconds } = this.options.harvest;
    let state = this.accounts.get(accountId);
    if (!state) this.accounts.set(accountId, (state = { log: new SlidingLog(), lockedUntil: 0, lastAccess: null }));
    state.lastAccess = now;
    if (now < state.lockedUntil) {
      state.lockedUntil = now + lockoutSeconds * 1000; // the throttle restarts with each call
      throw this.harvest503(lockoutSeconds);
    }
    state.log.prune(now - windowSeconds * 1000);
    state.log.push(now);
    if (state.log.countSince(now - windowSeconds * 1000) > maxCalls) {
      state.lockedUntil = now + lockoutSeconds * 1000;
      throw this.harvest503(lockoutSeconds);
    }
  }

  /** Count one call of `key` (timecamp profile); throws the 429 past the window's limit. */
  countCaller(key: number | string, now: number): void {
    const { maxCalls, windowSeconds } = this.options.timecamp;
    const span = windowSeconds * 1000;
    let log = this.callers.get(key);
    if (!log) this.callers.set(key, (log = new SlidingLog()));
    log.prune(now - span);
    if (log.countSince(now - span) >= maxCalls) {
      const retryAfter = Math.max(1, Math.ceil(((log.oldestSince(now - span) ?? now) + span - now) / 1000));
      throw new ApiError(
        429,
        'Too Many Requests',
        'rate_limited',
        { message: `API calls limit reached: at most ${maxCalls} calls in ${windowSeconds} seconds. Retry after ${retryAfter} seconds.` },
        { 'Retry-After': String(retryAfter) },
      );
    }
    log.push(now);
  }

  private harvest503(retryAfter: number): ApiError {
    return new ApiError(
      503,
      'Throttled',
      'throttled',
      { message: `More than ${this.options.harvest.maxCalls} requests in ${this.options.harvest.windowSeconds} seconds. Retry after ${retryAfter} seconds.` },
      { 'Retry-After': String(retryAfter) },
    );
  }

  /** Harvest's `GET /account/rate_limit_status` for an account. */
  status(accountId: number | string, now: number): RateLimitStatus {
    const { maxCalls, windowSeconds } = this.options.harvest;
    const state = this.accounts.get(accountId);
    return {
      last_access_at: state?.lastAccess ?? null,
      count: state ? state.log.countSince(now - windowSeconds * 1000) : 0,
      timeframe_limit: windowSeconds,
      max_calls: maxCalls,
      lockout_seconds: state && state.lockedUntil > now ? Math.ceil((state.lockedUntil - now) / 1000) : 0,
    };
  }

  /** Count one login attempt from `address`; throws the 429 past 5 a minute. */
  countLogin(address: string, now: number): void {
    let log = this.logins.get(address);
    if (!log) this.logins.set(address, (log = new SlidingLog()));
    log.prune(now - LOGIN_WINDOW_MS);
    if (log.countSince(now - LOGIN_WINDOW_MS) >= LOGINS_PER_WINDOW) {
      const retryAfter = Math.max(1, Math.ceil(((log.oldestSince(now - LOGIN_WINDOW_MS) as number) + LOGIN_WINDOW_MS - now) / 1000));
      throw new ApiError(429, '5 per 1 minute', 'rate_limited', { message: 'Too many login attempts: 5 per 1 minute' }, { 'Retry-After': String(retryAfter) });
    }
    log.push(now);
    // Bounded: addresses whose window has passed are forgotten once many are kept.
    if (this.logins.size > MAX_LOGIN_ADDRESSES) {
      for (const [address, l] of this.logins) if (l.countSince(now - LOGIN_WINDOW_MS) === 0) this.logins.delete(address);
    }
  }
}

const LOGIN_WINDOW_MS = 60_000;
const LOGINS_PER_WINDOW = 5;
const MAX_LOGIN_ADDRESSES = 1000;
