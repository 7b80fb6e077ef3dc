/**
 * Harvest classic through MSW in Node (`createHandlers({ api: 'harvest-classic' })`),
 * strict: every answer is checked against specs/harvest-classic.yaml and a
 * violation fails the test that caused it.
 */
import { setupServer } from 'msw/node';
import { describe, expect, it } from 'vitest';
import { createClock } from '../../src/core/clock.js';
import { createHandlers } from '../../src/msw.js';
import { strictMsw } from '../support/strict-msw.js';

const BASE = 'http://harvest.test';
/** Wednesday 2026-11-18 10:00 UTC. */
const T0 = Date.parse('2026-11-18T10:00:00Z');
const { clock, mock, server } = strictMsw('harvest-classic', BASE, T0);

const basic = (email: string, password = email.split('@')[0]) => `Basic ${Buffer.from(`${email}:${password}`).toString('base64')}`;
const ADMIN = { authorization: basic('admin@example.com'), accept: 'application/json' };
const get = (path: string, headers: Record<string, string> = ADMIN) => fetch(`${BASE}${path}`, { headers });
const send = (method: string, path: string, body: unknown, headers: Record<string, string> = ADMIN) =>
  fetch(`${BASE}${path}`, { method, headers: { ...headers, 'content-type': 'application/json' }, body: JSON.stringify(body) });
type Json = Record<string, unknown>;

describe('harvest-classic through MSW', () => {
  it('authenticates by Basic, by ?access_token and by Bearer; refuses with a plain-text 401', async () => {
    expect(await (await get('/account/who_am_i')).json()).toMatchObject({ user: { email: 'admin@example.com', admin: true } });
    const token = mock.tokens().find((t) => t.username === 'alice@example.com')!.token;
    expect((await get(`/account/who_am_i?access_token=${token}`, { accept: 'application/json' })).status).toBe(200);
    expect((await get('/account/who_am_i', { authorization: `Bearer ${token}` })).status).toBe(200);
    const bad = await get('/account/who_am_i', { authorization: basic('admin@example.com', 'nope') });
    expect(bad.status).toBe(401);
    expect(bad.headers.get('content-type')).toMatch(/^text\/plain/);
    expect(await bad.text()).toBe('Invalid email or password');
    expect((await get('/account/who_am_i', { authorization: basic('dave@example.com') })).status).toBe(401);
  });

  it('roles: regular users keep to their timesheet, managers see the projects they manage', async () => {
    const alice = { authorization: basic('alice@example.com') };
    expect((await get('/daily', alice)).status).toBe(200);
    expect((await get('/clients', alice)).status).toBe(403);
    expect((await get('/projects', alice)).status).toBe(403);
    const manager = { authorization: basic('manager@example.com') };
    const managed = (await (await get('/projects', manager)).json()) as { project: Json }[];
    const all = (await (await get('/projects')).json()) as { project: Json }[];
    expect(managed.length).toBe(2);
    expect(all.length).toBeGreaterThan(managed.length);
    const other = all.find((p) => !managed.some((m) => m.project.id === p.project.id))!;
    expect((await get(`/projects/${String(other.project.id)}`, manager)).status).toBe(404);
    expect((await get('/clients', manager)).status).toBe(403);
  });

  it('REST resources: wrapped in their root key, 201 + Location whose last segment is the id', async () => {
    const list = (await (await get('/clients')).json()) as Json[];
    expect(list.every((w) => Object.keys(w).join() === 'client')).toBe(true);
    const created = await send('POST', '/clients', { client: { name: 'MSW Co' } });
    expect(created.status).toBe(201);
    expect(await created.text()).toBe('');
    const id = created.headers.get('location')!.split('/').pop();
    expect(await (await get(`/clients/${id}`)).json()).toMatchObject({ client: { id: Number(id), name: 'MSW Co' } });
    const dup = await send('POST', '/clients', { client: { name: 'MSW Co' } });
    expect(dup.status).toBe(400);
    expect(dup.headers.get('hint')).toMatch(/already exists/);
    const invalid = await send('POST', '/clients', { client: { details: 'no name' } });
    expect(invalid.status).toBe(400);
    expect(await invalid.text()).toMatch(/name/);
  });

  it('XML on Accept: application/xml, in the docs\' conventions; XML request bodies too', async () => {
    const xml = { ...ADMIN, accept: 'application/xml' };
    const projects = await get('/projects', xml);
    expect(projects.headers.get('content-type')).toMatch(/^application\/xml/);
    const text = await projects.text();
    expect(text).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<projects type="array">/);
    expect(text).toMatch(/<client-id type="integer">\d+<\/client-id>/);
    expect(text).toMatch(/<hourly-rate nil="true"\/>|<hourly-rate type="(integer|decimal)">/);
    const daily = await (await get('/daily', xml)).text();
    expect(daily).toMatch(/<daily>\s*<for_day type="date">2026-11-18<\/for_day>\s*<day_entries type="array">\s*<day_entry>/);
    const made = await fetch(`${BASE}/clients`, {
      method: 'POST',
      headers: { ...ADMIN, 'content-type': 'application/xml' },
      body: '<?xml version="1.0"?><client><name>XML &amp; Co</name><highrise-id>77</highrise-id><active type="boolean">true</active></client>',
    });
    expect(made.status).toBe(201);
    const id = made.headers.get('location')!.split('/').pop();
    expect(await (await get(`/clients/${id}`)).json()).toMatchObject({ client: { name: 'XML & Co', highrise_id: 77, active: true } });
    const broken = await fetch(`${BASE}/clients`, { method: 'POST', headers: { ...ADMIN, 'content-type': 'application/xml' }, body: '<client><name>x</client>' });
    expect(broken.status).toBe(400);
  });

  it('the Time Tracking API: one running timer per user, hours_for_previously_running_timer, of_user for admins', async () => {
    const people = (await (await get('/people')).json()) as { user: Json }[];
    const bob = people.find((p) => p.user.email === 'bob@example.com')!.user.id as number;
    const today = (await (await get(`/daily?of_user=${bob}`)).json()) as { day_entries: Json[]; projects: { id: number; tasks: { id: number }[] }[] };
    const running = today.day_entries.find((e) => 'timer_started_at' in e)!;
    expect(running.hours).toBe(0.75);
    clock.advance(15 * 60_000);
    expect((await (await get(`/daily/show/${String(running.id)}?of_user=${bob}`)).json()).hours).toBe(1);
    const p = today.projects[0];
    const started = await send('POST', `/daily/add?of_user=${bob}`, { project_id: p.id, task_id: String(p.tasks[0].id), hours: '' });
    expect(started.status).toBe(201);
    const entry = (await started.json()) as Json;
    expect(entry).toMatchObject({ user_id: bob, hours: 0, hours_for_previously_running_timer: 1 });
    expect(entry).toHaveProperty('timer_started_at');
    expect(await (await get(`/daily/show/${String(running.id)}?of_user=${bob}`)).json()).not.toHaveProperty('timer_started_at');
    const back = (await (await get(`/daily/timer/${String(running.id)}?of_user=${bob}`)).json()) as Json;
    expect(back).toMatchObject({ timer_started_at: '2026-11-18T10:15:00Z', hours_for_previously_running_timer: 0 });
    const bobHeaders = { authorization: basic('bob@example.com') };
    expect((await get('/daily?of_user=1', bobHeaders)).status).toBe(403);
    expect((await get(`/daily/show/${String(running.id)}`)).status).toBe(404);
  });

  it('the 503 lockout counts the whole account; rate_limit_status is not counted and reports it', async () => {
    // MSW turns throttling off by default; ask for Harvest's profile to test it.
    const limited = createHandlers({ api: 'harvest-classic', baseUrl: 'http://limited.test', seed: 1, strict: true, clock, throttle: 'harvest', harvest: { maxCalls: 3, windowSeconds: 15, lockoutSeconds: 15 } });
    server.use(...limited.handlers);
    const at = (path: string, who = 'admin@example.com') => fetch(`http://limited.test${path}`, { headers: { authorization: basic(who) } });
    expect((await at('/daily')).status).toBe(200);
    expect((await at('/daily', 'alice@example.com')).status).toBe(200);
    expect((await at('/daily', 'bob@example.com')).status).toBe(200);
    const blocked = await at('/daily', 'alice@example.com');
    expect(blocked.status).toBe(503);
    expect(blocked.headers.get('retry-after')).toBe('15');
    expect(await blocked.text()).toMatch(/Retry after 15 seconds/);
    const status = (await (await at('/account/rate_limit_status')).json()) as Json;
    expect(status).toMatchObject({ max_calls: 3, timeframe_limit: 15, lockout_seconds: 15 });
    clock.advance(15_001);
    expect((await at('/daily')).status).toBe(200);
    expect(limited.engine.violations).toEqual([]);
  });

  it("unknown routes and methods under the API's paths get the engine's answers, bodies on GET and DELETE are ignored", async () => {
    expect((await get('/clients/1/nothing')).status).toBe(404);
    const patch = await fetch(`${BASE}/clients`, { method: 'PATCH', headers: ADMIN });
    expect(patch.status).toBe(405);
    expect(patch.headers.get('allow')).toBe('GET, POST, HEAD');
    const task = await send('POST', '/tasks', { task: { name: 'to delete' } });
    const del = await send('DELETE', task.headers.get('location')!, {});
    expect(del.status).toBe(200);
  });

  it('faults and latency come from the same pipeline, in Harvest\'s plain-text shape', async () => {
    const failed = await get('/clients', { ...ADMIN, prefer: 'code=502' });
    expect(failed.status).toBe(502);
    expect(failed.headers.get('content-type')).toMatch(/^text\/plain/);
    expect(await failed.text()).toMatch(/injected by the mock/);
    await expect(get('/clients?__fault=reset')).rejects.toThrow();
    const log = mock.engine.requestLog(2).map((r) => r.fault);
    expect(log).toEqual(['status:502', 'reset']);
  });

  it('snapshots and reset go back to the seeded account', async () => {
    const snap = mock.snapshot();
    await send('POST', '/tasks', { task: { name: 'after the snapshot' } });
    const count = async () => ((await (await get('/tasks')).json()) as unknown[]).length;
    const withTask = await count();
    mock.restore(snap);
    expect(await count()).toBe(withTask - 1);
  });
});
