/** Idempotent creates and injected faults, through MSW, on the engine clock. */
import { describe, expect, it } from 'vitest';
import { call, expectError, startMock, T0, token } from './mock.js';

const { mock, clock } = startMock();

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
  it('a hang never answers (the client gives up)', async () => {
    clock.resume();
    await expect(fetch('http://tt.test/api/v1/health', { headers: { prefer: 'fault=hang' }, signal: AbortSignal.timeout(300) })).rejects.toThrow();
    clock.freeze(T0);
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
