/** The clock is bounded: no reading outside 1970-01-01..9999-01-01, whatever is asked of it. */
import { describe, expect, it } from 'vitest';
import { CLOCK_MAX, CLOCK_MIN, ClockRangeError, createClock } from '../../src/core/clock.js';

const T0 = Date.parse('2026-11-16T10:00:00Z');

describe('a bounded clock', () => {
  for (const frozen of [true, false]) {
    describe(frozen ? 'frozen' : 'running', () => {
      const make = () => {
        const clock = createClock({ realNow: () => T0 });
        if (frozen) clock.freeze();
        return clock;
      };
      it('refuses to advance past the end or to a non-finite reading, and stays where it was', () => {
        const clock = make();
        for (const ms of [1e16, Infinity, NaN, CLOCK_MAX - T0 + 1, -(T0 - CLOCK_MIN) - 1]) {
          expect(() => clock.advance(ms)).toThrow(ClockRangeError);
          expect(clock.now()).toBe(T0);
        }
        clock.advance(CLOCK_MAX - T0);
        expect(clock.now()).toBe(CLOCK_MAX);
        expect(new Date(clock.now()).toISOString()).toBe('9999-01-01T00:00:00.000Z');
      });
      it('refuses to be set or frozen outside the range', () => {
        const clock = make();
        for (const at of [CLOCK_MIN - 1, CLOCK_MAX + 1, 8.64e15 + 1, -Infinity]) {
          expect(() => clock.set(at)).toThrow(ClockRangeError);
          expect(() => clock.freeze(at)).toThrow(ClockRangeError);
          expect(clock.now()).toBe(T0);
        }
        clock.set(CLOCK_MIN);
        expect(clock.now()).toBe(CLOCK_MIN);
      });
    });
  }
  it('refuses a frozen start outside the range', () => {
    expect(() => createClock({ frozenAt: CLOCK_MAX + 1 })).toThrow(ClockRangeError);
  });
});
