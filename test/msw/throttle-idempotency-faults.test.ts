/**
 * Throttling (both profiles), idempotent creates and injected faults, through
 * MSW, on the engine clock: windows fill and recover without sleeping.
 */
import { describe, expect, it } from 'vitest';
import { createClock } from '../../src/core/clock.js';
import { createHandlers } from '../../src/msw.js';
import { setupServer } from 'msw/node';
import { call, expectError, startMock, T0, token } from './mock.js';

const { mock, clock } = startMock({ rateLimitPerMinute: 5, rateLimitPerHour: 8 });

describe('timetracker throttle: per token, sliding minute and hour windows', () => {
  it('fills the minute window, answers 429 with Retry-After and the documented body, recovers when the clock moves', async () => {
    const t = token(mock, 'admin');
    for (let i = 0; i < 5; i++) {
      const res = await call('GET', '/api/v1/health', {}); // public: not counted
      expect(res.status).toBe(200);
    }
    for (let i = 0; i < 5; i++) {
      const res = await call('GET', '/api/v1/projects', { token: t });
      expect(res.status).toBe(200);
      expect(res.headers.get('x-ratelimit-remaining')).toBe(String(4 - i));
      clock.advance(1000);
    }
    const limited = await call('GET', '/api/v1/projects', { token: t });
    expectError(limited, 429, 'rate_limited');
    expect(limited.body).toMatchObject({ limit_per_minute: 5, limit_per_hour: 8, remaining_per_minute: 0 });
    // The first request leaves the window 60 s after it was made: 55 s from now.
    expect(limited.headers.get('retry-after')).toBe('55');
    expect(limited.headers.get('x-ratelimit-remaining')).toBe('0');
    // Another token is independent.
    expect((await call('GET', '/api/v1/projects', { token: token(mock, 'user') })).status).toBe(200);
    clock.advance(55_000);
    expect((await call('GET', '/api/v1/projects', { token: t })).status).toBe(200);
  });
  it('the hour window limits too, and reset() clears the windows', async () => {
    const t = token(mock, 'admin');
    for (let i = 0; i < 8; i++) {
      expect((await call('GET', '/api/v1/projects', { token: t })).status).toBe(200);
      clock.advance(61_000);
    }
    const limited = await call('GET', '/api/v1/projects', { token: t });
    expectError(limited, 429, 'rate_limited');
    expect(limited.body.remaining_per_hour).toBe(0);
    mock.reset();
    expect((await call('GET', '/api/v1/projects', { token: t })).status).toBe(200);
  });
});

describe('harvest throttle: more than N calls in 15 s gives 503 + Retry-After', () => {
  const harvestClock = createClock({ frozenAt: T0 });
  const harvest = createHandlers({ baseUrl: 'http://harvest.test', seed: 1, strict: true, clock: harvestClock, throttle: 'harvest', harvest: { maxCalls: 3, windowSeconds: 15, lockoutSeconds: 15 } });
  const server = setupServer(...harvest.handlers);
  it('locks out, restarts the lockout on each call, reports its state, and lifts', async () => {
    server.listen();
    try {
      const t = harvest.tokens().find((x) => x.scopes.includes('admin:all'))!.token;
      const get = (path: string) => fetch(`http://harvest.test${path}`, { headers: { authorization: `Bearer ${t}` } });
      for (let i = 0; i < 3; i++) expect((await get('/api/v1/projects')).status).toBe(200);
      const status = await (await get('/account/rate_limit_status')).json();
      expect(status).toMatchObject({ count: 3, max_calls: 3, timeframe_limit: 15, lockout_seconds: 0 });
      const blocked = await get('/api/v1/projects');
      expect(blocked.status).toBe(503);
      expect(blocked.headers.get('retry-after')).toBe('15');
      expect((await blocked.json()).error_code).toBe('throttled');
      harvestClock.advance(10_000);
      expect((await get('/api/v1/projects')).status).toBe(503); // restarts the 15 s
      harvestClock.advance(10_000);
      expect((await get('/account/rate_limit_status').then((r) => r.json())).lockout_seconds).toBe(5);
      harvestClock.advance(5_000);
      expect((await get('/api/v1/projects')).status).toBe(200);
    } finally {
      server.close();
    }
  });
});

describe('idempotent time entry creation', () => {
  const body = (pid: number, h = '08') => ({ project_id: pid, start_time: `2026-11-14T${h}:00:00`, end_time: `2026-11-14T${h}:30:00` });
  const count = async (t: string) => (await call('GET', '/api/v1/time-entries?start_date=2026-11-14&end_date=2026-11-14', { token: t })).body.pagination.total as number;
  async function setup() {
    const t = token(mock, 'user');
    const pid = (await call('GET', '/api/v1/projects?per_page=1', { token: t })).body.projects[0].id as number;
    return { t, pid, base: await count(t) };
  }

  it('a repeat with the same key replays status and body and creates nothing, even with another body', async () => {
    const { t, pid, base } = await setup();
    const first = await call('POST', '/api/v1/time-entries', { token: t, body: body(pid), headers: { 'idempotency-key': 'k-1' } });
    expect(first.status).toBe(201);
    const again = await call('POST', '/api/v1/time-entries', { token: t, body: { garbage: true }, headers: { 'idempotency-key': 'k-1' } });
    expect(again.status).toBe(201);
    expect(again.body).toEqual(first.body);
    expect(await count(t)).toBe(base + 1);
  });
  it('the same key from another token is independent', async () => {
    const { t, pid, base } = await setup();
    await call('POST', '/api/v1/time-entries', { token: t, body: body(pid), headers: { 'idempotency-key': 'shared' } });
    const admin = token(mock, 'admin');
    const other = await call('POST', '/api/v1/time-entries', { token: admin, body: body(pid, '10'), headers: { 'idempotency-key': 'shared' } });
    expect(other.status).toBe(201);
    expect(other.body.time_entry.user_id).not.toBe((await call('GET', '/api/v1/users/me', { token: t })).body.user.id);
  });
  it('a key expires after 24 hours', async () => {
    const { t, pid, base } = await setup();
    const first = await call('POST', '/api/v1/time-entries', { token: t, body: body(pid), headers: { 'idempotency-key': 'old' } });
    clock.advance(24 * 3600_000 + 1);
    const later = await call('POST', '/api/v1/time-entries', { token: t, body: body(pid, '11'), headers: { 'idempotency-key': 'old' } });
    expect(later.status).toBe(201);
    expect(later.body.time_entry.id).not.toBe(first.body.time_entry.id);
  });
  it('a key over 128 characters is ignored: the request goes through, nothing is stored', async () => {
    const { t, pid, base } = await setup();
    const key = 'x'.repeat(129);
    await call('POST', '/api/v1/time-entries', { token: t, body: body(pid), headers: { 'idempotency-key': key } });
    await call('POST', '/api/v1/time-entries', { token: t, body: body(pid, '12'), headers: { 'idempotency-key': key } });
    expect(await count(t)).toBe(base + 2);
    expect(mock.engine.idempotency.size).toBe(0);
  });
  it('a failed first attempt is not stored: the retry runs', async () => {
    const { t, pid, base } = await setup();
    const bad = await call('POST', '/api/v1/time-entries', { token: t, body: { project_id: pid, start_time: '2026-11-14T09:00:00', end_time: '2026-11-14T08:00:00' }, headers: { 'idempotency-key': 'retry' } });
    expect(bad.status).toBe(400);
    const good = await call('POST', '/api/v1/time-entries', { token: t, body: body(pid), headers: { 'idempotency-key': 'retry' } });
    expect(good.status).toBe(201);
  });
  it('50 concurrent requests with one key create exactly one entry', async () => {
    const { t, pid, base } = await setup();
    const all = await Promise.all(Array.from({ length: 50 }, () => call('POST', '/api/v1/time-entries', { token: t, body: body(pid), headers: { 'idempotency-key': 'burst' } })));
    expect(all.every((r) => r.status === 201)).toBe(true);
    expect(new Set(all.map((r) => r.body.time_entry.id)).size).toBe(1);
    expect(await count(t)).toBe(base + 1);
  });
});

describe('faults', () => {
  it('Prefer: code=503 answers the documented error shape with Retry-After; __code does the same', async () => {
    const t = token(mock, 'admin');
    const res = await call('GET', '/api/v1/projects', { token: t, headers: { prefer: 'code=503' } });
    expectError(res, 503, 'service_unavailable');
    expect(res.headers.get('retry-after')).toBe('1');
    expectError(await call('GET', '/api/v1/projects?__code=500', { token: t }), 500, 'internal_error');
  });
  it('Prefer: example=<name> answers a named example of the spec', async () => {
    const res = await call('GET', '/api/v1/projects', { token: token(mock, 'admin'), headers: { prefer: 'code=401, example=invalid' } });
    expect(res.status).toBe(401);
    expect(res.body.message).toBe('Token not found');
  });
  it('a reset is MSW\'s network error', async () => {
    await expect(call('GET', '/api/v1/projects', { token: token(mock, 'admin'), headers: { prefer: 'fault=reset' } })).rejects.toThrow();
  });
  it('a malformed body is cut JSON', async () => {
    const res = await fetch('http://tt.test/api/v1/projects', { headers: { authorization: `Bearer ${token(mock, 'admin')}`, prefer: 'fault=malformed' } });
    expect(res.status).toBe(200);
    await expect(res.json()).rejects.toThrow();
  });
  it('latency delays the answer', async () => {
    clock.resume();
    const t0 = performance.now();
    await call('GET', '/api/v1/health', { headers: { prefer: 'latency=120' } });
    expect(performance.now() - t0).toBeGreaterThanOrEqual(100);
    clock.freeze(T0);
  });
  it('global rules are deterministic under the seed: the same requests fail the same way after reset', async () => {
    const t = token(mock, 'admin');
    mock.engine.faults.setRules([{ kind: 'status', rate: 0.5, statuses: [500, 503], operations: ['listClients'] }]);
    const run = async () => {
      const out: number[] = [];
      for (let i = 0; i < 20; i++) out.push((await call('GET', '/api/v1/clients', { token: t })).status);
      return out;
    };
    const a = await run();
    mock.engine.faults.reset();
    const b = await run();
    expect(a).toEqual(b);
    expect(a.some((s) => s === 200)).toBe(true);
    expect(a.some((s) => s >= 500)).toBe(true);
    expect((await call('GET', '/api/v1/projects', { token: t })).status).toBe(200); // other operations untouched
    mock.engine.faults.setRules([]);
  });
});
