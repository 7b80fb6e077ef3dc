import { describe, expect, it } from 'vitest';
import { DEFAULT_THROTTLE, Throttle } from '../throttle.js';
import { throttle } from './throttle.js';
import { exchange, op, outcome, req } from '../../../test/support/pipeline.js';

const identity = { account: 'reader', token: { id: 't-reader', prefix: 't-re' } };
const call = (t: Throttle, now: number) => outcome(throttle(t), exchange(req('GET', '/api/items'), { op: op('listItems'), identity }, now));

describe('throttle stage', () => {
  it('adds the rate-limit headers and answers 429 past the limit without calling on', () => {
    const t = new Throttle({ ...DEFAULT_THROTTLE, perMinute: 2 });
    const now = Date.parse('2026-01-05T09:00:00Z');
    expect(call(t, now).res?.headers['X-RateLimit-Remaining']).toBe('1');
    expect(call(t, now + 1).res?.headers['X-RateLimit-Remaining']).toBe('0');
    const third = call(t, now + 2);
    expect(third).toMatchObject({ status: 429, calls: 0 });
    expect(third.error?.headers['Retry-After']).toBe('60');
    expect(call(t, now + 60_001).status).toBe(200);
  });
  it('does not count public calls (no identity)', () => {
    const t = new Throttle({ ...DEFAULT_THROTTLE, perMinute: 1 });
    for (let i = 0; i < 3; i++) expect(outcome(throttle(t), exchange(req('GET', '/api/ping'), { op: op('ping') })).status).toBe(200);
  });
  it('harvest profile: a lockout is a deliberate 503', () => {
    const t = new Throttle({ ...DEFAULT_THROTTLE, profile: 'harvest', harvest: { maxCalls: 1, windowSeconds: 15, lockoutSeconds: 15 } });
    const now = Date.parse('2026-01-05T09:00:00Z');
    expect(call(t, now).status).toBe(200);
    const x = exchange(req('GET', '/api/items'), { op: op('listItems'), identity }, now + 1);
    expect(outcome(throttle(t), x).status).toBe(503);
    expect(x.deliberate).toBe(true);
  });
  it('harvest profile: counts per throttleKey (the company) and never counts x-throttle-exempt operations', () => {
    const t = new Throttle({ ...DEFAULT_THROTTLE, profile: 'harvest', harvest: { maxCalls: 1, windowSeconds: 15, lockoutSeconds: 15 } });
    const now = Date.parse('2026-01-05T09:00:00Z');
    const as = (account: string) => exchange(req('GET', '/api/items'), { op: op('listItems'), identity: { account, throttleKey: 'company', token: null } }, now);
    expect(outcome(throttle(t), as('ann')).status).toBe(200);
    expect(outcome(throttle(t), as('bob')).status).toBe(503);
    const exempt = exchange(req('GET', '/api/items'), { op: { ...op('listItems'), throttleExempt: true }, identity: { account: 'bob', throttleKey: 'company', token: null } }, now);
    expect(outcome(throttle(t), exempt).status).toBe(200);
  });
});

describe('throttle stage: the timecamp profile and undeclared headers', () => {
  it('429 + Retry-After past the per-caller window, rejected calls not counted, no rate-limit headers', () => {
    const t = new Throttle({ ...DEFAULT_THROTTLE, profile: 'timecamp', timecamp: { maxCalls: 2, windowSeconds: 60 } });
    const now = Date.parse('2026-01-05T09:00:00Z');
    const at = (ms: number, account = 'reader') => outcome(throttle(t), exchange(req('GET', '/api/items/1'), { op: op('getItem'), identity: { account, token: { id: `t-${account}`, prefix: 't' } } }, ms));
    expect(at(now).res?.headers).toEqual({});
    expect(at(now + 10_000).status).toBe(200);
    const over = at(now + 20_000);
    expect(over).toMatchObject({ status: 429, calls: 0 });
    expect(over.error?.headers['Retry-After']).toBe('40');
    expect(at(now + 20_000, 'other').status).toBe(200);
    expect(at(now + 60_001).status).toBe(200);
    expect(at(now + 60_002).status).toBe(429);
  });
  it('sends X-RateLimit-* only on operations that declare them', () => {
    const t = new Throttle({ ...DEFAULT_THROTTLE });
    const x = exchange(req('GET', '/api/items/1'), { op: op('getItem'), identity }, Date.parse('2026-01-05T09:00:00Z'));
    expect(outcome(throttle(t), x).res?.headers).toEqual({});
  });
});
