import { describe, expect, it } from 'vitest';
import { rng } from './random.js';
import { hms, isoNaive, parseIsoTime } from './time.js';

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

describe('parseIsoTime', () => {
  it('reads toISOString() output, and gives null for impossible dates on its fast path too', () => {
    const r = rng(9);
    for (let i = 0; i < 2000; i++) {
      const ms = Math.floor(r() * 4e12);
      expect(parseIsoTime(new Date(ms).toISOString())).toBe(ms);
      expect(parseIsoTime(new Date(ms - (ms % 1000)).toISOString().replace('.000Z', 'Z'))).toBe(ms - (ms % 1000));
    }
    expect(parseIsoTime('2027-13-45T00:00:00.000Z')).toBeNull();
    expect(parseIsoTime('2027-02-30T25:61:00Z')).toBeNull();
    expect(parseIsoTime(' 2027-01-02T03:04:05.678Z ')).toBe(Date.UTC(2027, 0, 2, 3, 4, 5, 678));
    expect(parseIsoTime('2027-01-02T03:04:05')).toBe(Date.UTC(2027, 0, 2, 3, 4, 5));
    expect(parseIsoTime('2027-01-02T03:04:05+02:00')).toBe(Date.UTC(2027, 0, 2, 1, 4, 5));
  });
});

describe('hms', () => {
  it('pads to two digits and lets hours grow', () => {
    expect([hms(0), hms(59), hms(3599), hms(3600 * 7 + 65), hms(3600 * 123 + 5), hms(-3)]).toEqual(['00:00:00', '00:00:59', '00:59:59', '07:01:05', '123:00:05', '00:00:00']);
  });
});
