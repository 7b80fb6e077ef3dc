import type { ControlledClock } from './types.js';

/** The earliest reading the clock accepts: 1970-01-01T00:00:00Z. */
export const CLOCK_MIN = Date.UTC(1970, 0, 1);
/**
 * The latest reading the clock accepts: 9999-01-01T00:00:00Z. Every time the
 * mock derives from "now" (token expiry +90 days, idempotency +24 hours, report
 * ranges) then still has a four-digit year and a valid `Date`.
 */
export const CLOCK_MAX = Date.UTC(9999, 0, 1);

/** A reading outside [CLOCK_MIN, CLOCK_MAX]; the clock is left as it was. */
export class ClockRangeError extends RangeError {}

function checked(at: number): number {
  if (!Number.isFinite(at) || at < CLOCK_MIN || at > CLOCK_MAX) {
    throw new ClockRangeError(`the clock must stay between ${new Date(CLOCK_MIN).toISOString()} and ${new Date(CLOCK_MAX).toISOString()}`);
  }
  return at;
}

/**
 * A clock that follows real time by default and can be frozen, set and
 * advanced, so timers, rate-limit windows and expiries are testable without
 * sleeping. Readings are bounded (`CLOCK_MIN`..`CLOCK_MAX`): a `set`,
 * `freeze` or `advance` that would leave the range throws `ClockRangeError`
 * and changes nothing.
 *
 * @example
 * const clock = createClock({ frozenAt: Date.parse('2026-01-05T09:00:00Z') });
 * clock.advance(60_000); // one minute later
 */
export function createClock(options: { frozenAt?: number; realNow?: () => number } = {}): ControlledClock {
  const realNow = options.realNow ?? Date.now;
  let frozenAt: number | null = options.frozenAt === undefined ? null : checked(options.frozenAt);
  let offset = 0; // added to real time while running

  return {
    now: () => (frozenAt ?? realNow() + offset),
    freeze(at?: number) {
      frozenAt = checked(at ?? frozenAt ?? realNow() + offset);
    },
    set(at: number) {
      checked(at);
      if (frozenAt !== null) frozenAt = at;
      else offset = at - realNow();
    },
    advance(ms: number) {
      if (frozenAt !== null) frozenAt = checked(frozenAt + ms);
      else offset = checked(realNow() + offset + ms) - realNow();
    },
    resume() {
      if (frozenAt !== null) {
        offset = frozenAt - realNow();
        frozenAt = null;
      }
    },
    get frozen() {
      return frozenAt !== null;
    },
  };
}
