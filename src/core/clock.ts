import type { ControlledClock } from './types.js';

/**
 * A clock that follows real time by default and can be frozen, set and
 * advanced, so timers, rate-limit windows and expiries are testable without
 * sleeping.
 *
 * @example
 * const clock = createClock({ frozenAt: Date.parse('2026-01-05T09:00:00Z') });
 * clock.advance(60_000); // one minute later
 */
export function createClock(options: { frozenAt?: number; realNow?: () => number } = {}): ControlledClock {
  const realNow = options.realNow ?? Date.now;
  let frozenAt: number | null = options.frozenAt ?? null;
  let offset = 0; // added to real time while running

  return {
    now: () => (frozenAt ?? realNow() + offset),
    freeze(at?: number) {
      frozenAt = at ?? frozenAt ?? realNow() + offset;
    },
    set(at: number) {
      if (frozenAt !== null) frozenAt = at;
      else offset = at - realNow();
    },
    advance(ms: number) {
      if (frozenAt !== null) frozenAt += ms;
      else offset += ms;
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
