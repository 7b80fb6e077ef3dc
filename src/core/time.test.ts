import { describe, expect, it } from 'vitest';
import { rng } from './random.js';
import { isoNaive } from './time.js';

/** The formatting isoNaive replaced: through Date. */
const viaDate = (ms: number) => {
  const iso = new Date(ms).toISOString();
  const frac = iso.slice(20, 23);
  return frac === '000' ? iso.slice(0, 19) : `${iso.slice(0, 19)}.${frac}000`;
};

describe('isoNaive', () => {
  it('formats as Date does, across leap years, centuries, milliseconds and the edges of its fast path', () => {
    const r = rng(5);
    const edges = [0, 1, 999, 1000, 86_399_999, 86_400_000, 951_782_400_000, 951_868_799_999, 4_107_542_400_000, 253_402_300_799_999, 253_402_300_800_000, -1, -86_400_001];
    const random = Array.from({ length: 20_000 }, () => Math.floor(r() * 2.6e14) - 1e12);
    for (const ms of [...edges, ...random]) expect(isoNaive(ms), String(ms)).toBe(viaDate(ms));
  });
});
