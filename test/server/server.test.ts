/** The mock server as a real process over loopback HTTP: CLI, control API, CORS, shutdown, environment. */
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, startCli, type Proc } from './process.js';

let mock: Proc;
let admin: string;
const api = (path: string, init: RequestInit = {}) => fetch(`${mock.baseUrl}${path}`, init);
const auth = () => ({ authorization: `Bearer ${admin}` });

beforeAll(async () => {
  mock = await startCli(['--port', '0', '--log', 'json', '--seed', '3']);
  const tokens = (await (await api('/__mock/tokens')).json()) as { tokens: { token: string; scopes: string[] }[] };
  admin = tokens.tokens.find((t) => t.scopes.includes('admin:all'))!.token;
});
afterAll(async () => {
  await mock?.stop();
});

describe('the CLI', () => {
  it('prints the base URL, scenario, seed and tokens with their purposes', () => {
    expect(mock.output()).toMatch(/scenario: default\s+seed: 3/);
    expect(mock.output()).toMatch(/tt_[A-Za-z0-9_-]{32}\s+admin\s+admin\s+admin: admin:all/);
    expect(mock.baseUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  });
  it('--help documents every flag', async () => {
    const res = await runCli(['--help']);
    expect(res.code).toBe(0);
    for (const flag of ['--port', '--host', '--seed', '--scenario', '--throttle', '--rate-limit-per-minute', '--fault-rate', '--latency', '--log', '--defect']) {
      expect(res.stdout).toContain(flag);
    }
  });
  it('a bad flag value exits 2 with one clear line, no stack trace', async () => {
    for (const args of [['--port', 'abc'], ['--scenario', 'huge'], ['--nope'], ['--fault-rate', '2']]) {
      const res = await runCli(args);
      expect(res.code).toBe(2);
      expect(res.stderr).toMatch(/^timetracker-mock: /);
      expect(res.stderr).not.toMatch(/\n\s+at /);
    }
  });
  it('logs each request as one JSON object per line', async () => {
    await api('/api/v1/health');
    const line = () => mock.output().split('\n').find((l) => l.startsWith('{') && l.includes('/api/v1/health'));
    await expect.poll(line, { timeout: 5000 }).toBeDefined();
    expect(JSON.parse(line()!)).toMatchObject({ method: 'GET', path: '/api/v1/health', status: 200 });
  });
});

describe('over HTTP', () => {
  it('serves the API with state that persists across calls', async () => {
    const clients = (await (await api('/api/v1/clients', { headers: auth() })).json()) as { clients: { id: number }[] };
    const created = await api('/api/v1/projects', {
      method: 'POST',
      headers: { ...auth(), 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'Over HTTP', client_id: clients.clients[0].id }),
    });
    expect(created.status).toBe(201);
    const id = ((await created.json()) as { project: { id: number } }).project.id;
    expect((await api(`/api/v1/projects/${id}`, { headers: auth() })).status).toBe(200);
  });
  it('answers 413 for a body over the limit and 400 for malformed JSON', async () => {
    const bad = await api('/api/v1/projects', { method: 'POST', headers: { ...auth(), 'content-type': 'application/json' }, body: '{"name":' });
    expect(bad.status).toBe(400);
    const big = await api('/api/v1/time-entries/import-csv', { method: 'POST', headers: { ...auth(), 'content-type': 'text/csv' }, body: 'x'.repeat(11 * 1024 * 1024) });
    expect(big.status).toBe(413);
  });
  it('CORS: preflight on the API and on the control API', async () => {
    const pre = await api('/api/v1/projects', { method: 'OPTIONS', headers: { origin: 'http://localhost:5173', 'access-control-request-method': 'POST' } });
    expect(pre.status).toBe(204);
    expect(pre.headers.get('access-control-allow-origin')).toBe('http://localhost:5173');
    expect(pre.headers.get('access-control-allow-methods')).toContain('POST');
    const ctl = await api('/__mock/tokens', { method: 'OPTIONS', headers: { origin: 'http://localhost:5173' } });
    expect(ctl.status).toBe(204);
    expect(ctl.headers.get('access-control-allow-origin')).toBe('http://localhost:5173');
  });
});

describe('the control API', () => {
  it('reset brings back the seeded state after a write', async () => {
    const count = async () => ((await (await api('/api/v1/clients?per_page=100', { headers: auth() })).json()) as { pagination: { total: number } }).pagination.total;
    const before = await count();
    await api('/api/v1/clients', { method: 'POST', headers: { ...auth(), 'content-type': 'application/json' }, body: JSON.stringify({ name: 'Temporary' }) });
    expect(await count()).toBe(before + 1);
    expect((await api('/__mock/reset', { method: 'POST' })).status).toBe(200);
    expect(await count()).toBe(before);
  });
  it('snapshot and restore; an unknown snapshot is a 404', async () => {
    const { id } = (await (await api('/__mock/snapshots', { method: 'POST' })).json()) as { id: string };
    await api('/api/v1/clients', { method: 'POST', headers: { ...auth(), 'content-type': 'application/json' }, body: JSON.stringify({ name: 'After snapshot' }) });
    expect((await api(`/__mock/snapshots/${id}/restore`, { method: 'POST' })).status).toBe(200);
    const list = (await (await api('/api/v1/clients?per_page=100', { headers: auth() })).json()) as { clients: { name: string }[] };
    expect(list.clients.some((c) => c.name === 'After snapshot')).toBe(false);
    expect((await api('/__mock/snapshots/nope/restore', { method: 'POST' })).status).toBe(404);
  });
  it('the request log lists recent requests with their operation', async () => {
    await api('/api/v1/projects?per_page=1', { headers: { ...auth(), 'user-agent': 'test-agent/1.0' } });
    const log = (await (await api('/__mock/requests?limit=5')).json()) as { requests: { operationId: string; user_agent: string; status: number }[] };
    expect(log.requests.at(-1)).toMatchObject({ operationId: 'listProjects', user_agent: 'test-agent/1.0', status: 200 });
    expect((await api('/__mock/requests?limit=-1')).status).toBe(400);
  });
  it('the clock can be frozen, set and advanced; a running timer follows it', async () => {
    const frozen = await api('/__mock/clock', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ freeze: true }) });
    expect(((await frozen.json()) as { frozen: boolean }).frozen).toBe(true);
    const set = await api('/__mock/clock', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ set: '2026-12-01T09:00:00' }) });
    expect(((await set.json()) as { now: string }).now).toBe('2026-12-01T09:00:00');
    const project = ((await (await api('/api/v1/projects?per_page=1', { headers: auth() })).json()) as { projects: { id: number }[] }).projects[0];
    await api('/api/v1/timer/start', { method: 'POST', headers: { ...auth(), 'content-type': 'application/json' }, body: JSON.stringify({ project_id: project.id }) });
    await api('/__mock/clock', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ advance_seconds: 5400 }) });
    const stopped = (await (await api('/api/v1/timer/stop', { method: 'POST', headers: auth() })).json()) as { time_entry: { start_time: string; duration_seconds: number } };
    expect(stopped.time_entry).toMatchObject({ start_time: '2026-12-01T09:00:00', duration_seconds: 5400 });
    const bad = await api('/__mock/clock', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ advance_seconds: -5 }) });
    expect(bad.status).toBe(400);
    await api('/__mock/clock', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ resume: true }) });
  });
  it('faults and throttle can be configured; bad input is a 400', async () => {
    const put = await api('/__mock/faults', { method: 'PUT', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ rules: [{ kind: 'status', statuses: [502], operations: ['listTasks'] }] }) });
    expect(put.status).toBe(200);
    expect((await api('/api/v1/tasks', { headers: auth() })).status).toBe(502);
    expect((await api('/api/v1/projects', { headers: auth() })).status).toBe(200);
    await api('/__mock/faults', { method: 'PUT', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ rules: [] }) });
    expect((await api('/__mock/faults', { method: 'PUT', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ rules: [{ kind: 'explode' }] }) })).status).toBe(400);
    expect((await api('/__mock/faults', { method: 'PUT', headers: { 'content-type': 'application/json' }, body: '{' })).status).toBe(400);
    const thr = await api('/__mock/throttle', { method: 'PUT', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ per_minute: 2 }) });
    expect(((await thr.json()) as { per_minute: number }).per_minute).toBe(2);
    const codes = [];
    for (let i = 0; i < 3; i++) codes.push((await api('/api/v1/projects', { headers: auth() })).status);
    expect(codes).toEqual([200, 200, 429]);
    await api('/__mock/throttle', { method: 'PUT', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ per_minute: 100 }) });
  });
  it('a malformed body and added latency, per request', async () => {
    const bad = await api('/api/v1/projects', { headers: { ...auth(), prefer: 'fault=malformed' } });
    expect(bad.status).toBe(200);
    await expect(bad.json()).rejects.toThrow();
    const t0 = performance.now();
    expect((await api('/api/v1/health', { headers: { prefer: 'latency=150' } })).status).toBe(200);
    expect(performance.now() - t0).toBeGreaterThanOrEqual(140);
  });
  it('a reset fault drops the connection; a hang never answers', async () => {
    await expect(api('/api/v1/health', { headers: { prefer: 'fault=reset' } })).rejects.toThrow();
    await expect(api('/api/v1/health', { headers: { prefer: 'fault=hang' }, signal: AbortSignal.timeout(500) })).rejects.toThrow();
  });
});

describe('environment variables and shutdown', () => {
  it('MOCK_* variables configure the server, and SIGTERM shuts it down gracefully', async () => {
    const p = await startCli([], { MOCK_PORT: '0', MOCK_SCENARIO: 'empty', MOCK_SEED: '9', MOCK_LOG: 'off', API_TOKEN_RATE_LIMIT_PER_MINUTE: '7' });
    try {
      expect(p.output()).toMatch(/scenario: empty\s+seed: 9/);
      const { tokens } = (await (await fetch(`${p.baseUrl}/__mock/tokens`)).json()) as { tokens: { token: string; scopes: string[] }[] };
      const res = await fetch(`${p.baseUrl}/api/v1/projects`, { headers: { authorization: `Bearer ${tokens[0].token}` } });
      expect(res.headers.get('x-ratelimit-limit')).toBe('7');
      expect(((await res.json()) as { projects: unknown[] }).projects).toEqual([]);
    } finally {
      const port = Number(new URL(p.baseUrl).port);
      expect(await p.stop('SIGTERM')).toBe(0);
      const refused = await new Promise<boolean>((resolve) => {
        const s = connect(port, '127.0.0.1');
        s.once('connect', () => (s.destroy(), resolve(false)));
        s.once('error', () => resolve(true));
      });
      expect(refused).toBe(true);
    }
  });
  it('--port and --host as flags', async () => {
    const p = await startCli(['--port', '0', '--host', '127.0.0.1', '--log', 'off']);
    try {
      expect((await fetch(`${p.baseUrl}/api/v1/info`)).status).toBe(200);
    } finally {
      await p.stop();
    }
  });
});
