/**
 * CoffeeCup through MSW in Node (`createHandlers({ api: 'coffeecup' })`),
 * strict: every answer is checked against specs/coffeecup.yaml and a
 * violation fails the test that caused it. Roles, archive cascades, the
 * documented "Could not delete model", criteria errors, paging, batch
 * updates all or nothing, one running entry per user (unless allowed),
 * JSON only, Sails' case-insensitive paths, and the throttle.
 */
import { describe, expect, it } from 'vitest';
import { createClock } from '../../src/core/clock.js';
import { createHandlers } from '../../src/msw.js';
import { strictMsw } from '../support/strict-msw.js';

const BASE = 'http://coffeecup.test';
/** Wednesday 2026-11-18 10:00 UTC. */
const T0 = Date.parse('2026-11-18T10:00:00Z');
const { clock, mock, server } = strictMsw('coffeecup', BASE, T0);

type Json = Record<string, unknown>;
const tokenOf = (email: string) => mock.tokens().find((t) => t.username === email && t.is_active)!.token;
const as = (email: string) => ({ authorization: `Bearer ${tokenOf(email)}` });
const call = async (method: string, path: string, body?: unknown, headers: Record<string, string> = as('admin@example.com')) => {
  const res = await fetch(`${BASE}${path}`, { method, headers: { ...headers, ...(body === undefined ? {} : { 'content-type': 'application/json' }) }, body: body === undefined ? undefined : JSON.stringify(body) });
  return { status: res.status, headers: res.headers, body: (await res.json()) as Json };
};
const where = (criteria: unknown) => `where=${encodeURIComponent(JSON.stringify(criteria))}`;

describe('coffeecup through MSW', () => {
  it('issues tokens for the password grant with client credentials as form fields, and serves any case of a path', async () => {
    const res = await fetch(`${BASE}/oauth2/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'grant_type=password&username=bob%40example.com&password=bob&client_id=mock-client&client_secret=mock-secret',
    });
    expect(res.status).toBe(200);
    const { access_token } = (await res.json()) as { access_token: string };
    const me = await call('GET', '/V1/Users/Me', undefined, { authorization: `Bearer ${access_token}` });
    expect(me.body.user).toMatchObject({ email: 'bob@example.com' });
    expect((await call('GET', '/v1/timeentries?limit=1')).status).toBe(200);
    const noClient = await fetch(`${BASE}/oauth2/token`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'grant_type=password&username=bob%40example.com&password=bob' });
    expect(noClient.status).toBe(401);
    expect(await noClient.json()).toMatchObject({ error: 'E_INVALID_CLIENT', status: 401 });
    const archived = await fetch(`${BASE}/oauth2/token`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'grant_type=password&username=dave%40example.com&password=dave&client_id=mock-client&client_secret=mock-secret' });
    expect(archived.status).toBe(400);
  });

  it('regular users read projects but write nothing of the account, and see only their own entries', async () => {
    const alice = as('alice@example.com');
    expect((await call('GET', '/v1/projects', undefined, alice)).status).toBe(200);
    const refused = await call('POST', '/v1/projects', { project: { name: 'Nope', code: 'NO' } }, alice);
    expect(refused).toMatchObject({ status: 403, body: { error: 'E_FORBIDDEN', status: 403, summary: 'Forbidden' } });
    const mine = await call('GET', '/v1/timeEntries?limit=1000', undefined, alice);
    const me = (await call('GET', '/v1/users/me', undefined, alice)).body.user as { id: number };
    const entries = mine.body.timeEntries as { user: number; id: number }[];
    expect(entries.length).toBeGreaterThan(5);
    expect(entries.every((e) => e.user === me.id)).toBe(true);
    const others = (await call('GET', '/v1/timeEntries?limit=1000')).body.timeEntries as { user: number; id: number }[];
    const foreign = others.find((e) => e.user !== me.id)!;
    expect((await call('GET', `/v1/timeEntries/${foreign.id}`, undefined, alice)).status).toBe(403);
    expect((await call('POST', '/v1/timeEntries', { timeEntry: { project: 1, task: 1, user: foreign.user } }, alice)).status).toBe(403);
    expect(((await call('GET', '/v1/users', undefined, alice)).body.users as unknown[]).length).toBe(1);
  });

  it('archiving a client completes its projects and archives their assignments; no new entries on them', async () => {
    const projects = (await call('GET', `/v1/projects?${where({ client: 1 })}`)).body.projects as { id: number; status: number }[];
    expect(projects.length).toBe(2);
    expect((await call('PUT', '/v1/clients/1', { client: { status: 0 } })).body.client).toMatchObject({ status: 0 });
    const after = (await call('GET', `/v1/projects?${where({ client: 1 })}`)).body.projects as { status: number }[];
    expect(after.map((p) => p.status)).toEqual([0, 0]);
    const assignments = (await call('GET', `/v1/taskAssignments?limit=1000&project[]=${projects[0].id}&project[]=${projects[1].id}`)).body.taskAssignments as { status: number }[];
    expect(assignments.length).toBeGreaterThan(0);
    expect(assignments.every((a) => a.status === 0)).toBe(true);
    const entry = await call('POST', '/v1/timeEntries', { timeEntry: { project: projects[0].id, task: 1 } });
    expect(entry).toMatchObject({ status: 400, body: { error: 'E_BAD_REQUEST' } });
    // Existing entries of an archived task assignment can no longer be changed.
    const old = ((await call('GET', `/v1/timeEntries?limit=1&project=${projects[0].id}`)).body.timeEntries as { id: number }[])[0];
    expect((await call('PUT', `/v1/timeEntries/${old.id}`, { timeEntry: { comment: 'late' } })).status).toBe(400);
  });

  it('deleting what still has dependants is the documented 500 "Could not delete model"; without them a 200', async () => {
    const blocked = await call('DELETE', '/v1/projects/1');
    expect(blocked).toMatchObject({ status: 500, body: { error: 'E_UNKNOWN', status: 500 } });
    expect(blocked.body.raw).toMatch(/^Could not delete model/);
    expect((await call('DELETE', '/v1/clients/1')).status).toBe(500);
    expect((await call('DELETE', '/v1/tasks/1')).status).toBe(500);
    const fresh = await call('POST', '/v1/clients', { client: { name: 'Short-lived' } });
    expect(fresh.status).toBe(201);
    const id = (fresh.body.client as { id: number }).id;
    expect((await call('DELETE', `/v1/clients/${id}`)).body.client).toMatchObject({ id, name: 'Short-lived' });
    expect((await call('GET', `/v1/clients/${id}`)).status).toBe(404);
  });

  it('pages by limit and skip with meta.total of every match; refuses criteria and sorts it cannot answer', async () => {
    const all = (await call('GET', '/v1/timeEntries?limit=10000&sort=id%20ASC')).body;
    const total = (all.meta as { total: number }).total;
    expect(total).toBe((all.timeEntries as unknown[]).length);
    const page = (await call('GET', '/v1/timeEntries?limit=5&skip=10&sort=id%20ASC')).body;
    expect(page.meta).toMatchObject({ skip: 10, limit: 5, total });
    expect((page.timeEntries as { id: number }[]).map((e) => e.id)).toEqual((all.timeEntries as { id: number }[]).slice(10, 15).map((e) => e.id));
    expect(((await call('GET', '/v1/projects')).body.meta as { limit: number }).limit).toBe(30);
    for (const q of [where({ nope: 1 }), where({ day: { between: 1 } }), 'where=%7Bday', 'sort=nope%20ASC', 'sort=day%3B%20DROP']) {
      const r = await call('GET', `/v1/timeEntries?${q}`);
      expect(r.status, q).toBe(400);
      expect(r.body.error, q).toBe('E_VALIDATION');
      expect(Object.keys(r.body.invalidAttributes as Json).length, q).toBe(1);
    }
    const internal = (await call('GET', `/v1/projects?${where({ client: null })}`)).body.projects as { name: string }[];
    expect(internal.map((p) => p.name)).toEqual(['Internal']);
  });

  it('batch updates apply every item or none', async () => {
    const bob = as('bob@example.com');
    const entries = (await call('GET', '/v1/timeEntries?limit=2&sort=id%20DESC', undefined, bob)).body.timeEntries as { id: number; comment: string }[];
    const bad = await call('POST', '/v1/timeEntries/batchUpdate', { timeEntries: [{ id: entries[0].id, comment: 'changed' }, { id: 999999, comment: 'x' }] }, bob);
    expect(bad.status).toBe(404);
    expect((await call('GET', `/v1/timeEntries/${entries[0].id}`, undefined, bob)).body.timeEntry).toMatchObject({ comment: entries[0].comment });
    const good = await call('POST', '/v1/timeEntries/batchUpdate', { timeEntries: entries.map((e) => ({ id: e.id, comment: `batch ${e.id}` })) }, bob);
    expect((good.body.timeEntries as { comment: string }[]).map((e) => e.comment)).toEqual(entries.map((e) => `batch ${e.id}`));
    const twice = await call('POST', '/v1/timeEntries/batchUpdate', { timeEntries: [{ id: entries[0].id }, { id: entries[0].id }] }, bob);
    expect(twice.status).toBe(400);
  });

  it('starting an entry stops the running one, unless the user allows concurrent entries', async () => {
    const bob = as('bob@example.com');
    const running = (await call('GET', `/v1/timeEntries?${where({ running: true })}`, undefined, bob)).body.timeEntries as { id: number; duration: number }[];
    expect(running).toHaveLength(1);
    expect(running[0].duration).toBe(45 * 60);
    const started = await call('POST', '/v1/timeEntries', { timeEntry: { project: 3, task: 1, running: true } }, bob);
    expect(started.status).toBe(200);
    clock.advance(60_000);
    const now = (await call('GET', `/v1/timeEntries?${where({ running: true })}`, undefined, bob)).body.timeEntries as { id: number; duration: number }[];
    expect(now.map((e) => [e.id, e.duration])).toEqual([[(started.body.timeEntry as { id: number }).id, 60]]);
    expect((await call('GET', `/v1/timeEntries/${running[0].id}`, undefined, bob)).body.timeEntry).toMatchObject({ running: false, duration: 45 * 60, endtime: '10:00:00' });
    const carol = as('carol@example.com');
    for (let i = 0; i < 2; i++) expect((await call('POST', '/v1/timeEntries', { timeEntry: { project: 3, task: 1, running: true } }, carol)).status).toBe(200);
    expect(((await call('GET', `/v1/timeEntries?${where({ running: true })}`, undefined, carol)).body.timeEntries as unknown[]).length).toBe(2);
  });

  it('is JSON only: a body without Content-Type application/json is a 415 in its error shape', async () => {
    const res = await fetch(`${BASE}/v1/clients`, { method: 'POST', headers: as('admin@example.com'), body: '{"client":{"name":"x"}}' });
    expect(res.status).toBe(415);
    expect(await res.json()).toEqual({ error: 'E_UNSUPPORTED_MEDIA_TYPE', status: 415, summary: 'Unsupported Media Type', raw: 'Request body must be JSON (Content-Type: application/json)' });
  });
});

describe('coffeecup throttle through MSW', () => {
  it('locks the whole account out after 100 calls in 15 s with 503 + Retry-After; the status endpoint is not counted', async () => {
    // MSW turns throttling off by default; ask for the API's own profile to test it.
    const throttled = createHandlers({ api: 'coffeecup', baseUrl: 'http://throttled.test', seed: 1, clock: createClock({ frozenAt: T0 }), throttle: 'harvest' });
    server.use(...throttled.handlers);
    const headers = (email: string) => ({ authorization: `Bearer ${throttled.tokens().find((t) => t.username === email && t.is_active)!.token}` });
    for (let i = 0; i < 100; i++) expect((await fetch('http://throttled.test/v1/users/me', { headers: headers('alice@example.com') })).status).toBe(200);
    const blocked = await fetch('http://throttled.test/v1/projects', { headers: headers('bob@example.com') });
    expect(blocked.status).toBe(503);
    expect(blocked.headers.get('retry-after')).toBe('15');
    expect(await blocked.json()).toMatchObject({ error: 'E_THROTTLED', status: 503 });
    const status = (await (await fetch('http://throttled.test/account/rate_limit_status', { headers: headers('admin@example.com') })).json()) as Json;
    expect(status).toMatchObject({ max_calls: 100, timeframe_limit: 15, lockout_seconds: 15 });
    expect(status.count).toBe(101);
    throttled.engine.clock.advance(16_000);
    expect((await fetch('http://throttled.test/v1/projects', { headers: headers('bob@example.com') })).status).toBe(200);
  });
});
