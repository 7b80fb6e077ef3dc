/**
 * Offline: the one rate-limit rule of both runners. A window exists only
 * when a response reports one; no headers, or a limit of 0, means no limit
 * in force and nothing to wait for. Waits are counted, not slept here.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { pinClock } from '../../contract-tests/lib/clock.js';
import { Pacer, headerGetter, rateWindow, retryAfterMs } from '../../contract-tests/lib/pacing.js';

afterEach(() => pinClock(undefined));

const T0 = Date.parse('2026-11-16T10:00:00Z');
const h = (headers: Record<string, string>) => headerGetter(headers);
const window = (limit: string, remaining: string, resetInS: number) =>
  h({ 'X-RateLimit-Limit': limit, 'X-RateLimit-Remaining': remaining, 'X-RateLimit-Reset': String(T0 / 1000 + resetInS) });

function pacer(maxWaitS = 65): { p: Pacer; slept: number[] } {
  const slept: number[] = [];
  const p = new Pacer(maxWaitS * 1000, async (ms) => {
    slept.push(ms);
  });
  return { p, slept };
}

describe('rate-limit windows', () => {
  it('no headers, a limit of 0 or an incomplete trio report no window', () => {
    expect(rateWindow(h({}))).toBeUndefined();
    expect(rateWindow(window('0', '0', 60))).toBeUndefined();
    expect(rateWindow(h({ 'x-ratelimit-limit': '100', 'x-ratelimit-remaining': '5' }))).toBeUndefined();
    expect(rateWindow(window('100', '5', 60))).toEqual({ limit: 100, remaining: 5, resetAt: T0 + 60_000 });
  });

  it('Retry-After in seconds or as a date, else the reported reset', () => {
    pinClock(T0);
    expect(retryAfterMs(h({ 'Retry-After': '3' }))).toBe(3000);
    expect(retryAfterMs(h({ 'retry-after': new Date(T0 + 10_000).toUTCString() }), T0)).toBe(10_000);
    expect(retryAfterMs(window('100', '0', 20), T0)).toBe(20_000);
    expect(retryAfterMs(window('0', '0', 20), T0)).toBeUndefined();
  });
});

describe('Pacer', () => {
  it('never waits on a window that does not exist (limits off: no headers, or limit 0)', async () => {
    pinClock(T0);
    const { p, slept } = pacer();
    for (const get of [h({}), window('0', '0', 60), window('0', '0', 60)]) {
      p.note(get);
      await p.pace();
    }
    expect(slept).toEqual([]);
    expect(p.waitedMs).toBe(0);
    expect(p.waits).toBe(0);
  });

  it('waits for the reset when a reported window is about to run out, and counts it', async () => {
    pinClock(T0);
    const { p, slept } = pacer();
    p.note(window('100', '50', 30));
    await p.pace();
    expect(slept).toEqual([]);
    p.note(window('100', '1', 30));
    await p.pace();
    expect(slept).toHaveLength(1);
    expect(slept[0]).toBeGreaterThanOrEqual(29_000);
    expect(p.waitedMs).toBe(slept[0]);
    // A response without any rate-limit header (an uncounted route) leaves what is known alone.
    p.note(window('100', '0', 30));
    p.note(h({ 'content-type': 'application/json' }));
    await p.pace();
    expect(slept).toHaveLength(2);
  });

  it('does not wait longer than the longest allowed wait', async () => {
    pinClock(T0);
    const { p, slept } = pacer(10);
    p.note(window('1000', '0', 3600));
    await p.pace();
    expect(await p.backOff(h({ 'Retry-After': '3600' }))).toBe(false);
    expect(await p.backOff(h({}))).toBe(false);
    expect(slept).toEqual([]);
    expect(await p.backOff(h({ 'Retry-After': '2' }))).toBe(true);
    expect(p.waitedMs).toBeGreaterThanOrEqual(2000);
  });
});
