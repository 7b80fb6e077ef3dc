/**
 * `--profile timetracker-5.10`: each switch of src/apis/timetracker/profiles.ts
 * makes the mock answer as the real server does, where the documented profile
 * (the default, tested everywhere else) keeps the documented contract. Not
 * strict: the real server's answers are off the spec on purpose.
 */
import { describe, expect, it, onTestFinished } from 'vitest';
import { PROFILES, SWITCHES } from '../../src/apis/timetracker/profiles.js';
import { BASE, T0, call, expectError, startMock, token } from './mock.js';

const { mock, clock } = startMock({ profile: 'timetracker-5.10', strict: false, throttle: 'timetracker' });

const GHOST = 2_147_480_001;
const admin = () => token(mock, 'admin');
const projectId = async () => (await call('GET', '/api/v1/projects?per_page=1', { token: admin() })).body.projects[0].id as number;
const entryBody = (project: number, extra: Record<string, unknown> = {}) => ({ project_id: project, start_time: '2026-01-03T09:00:00', end_time: '2026-01-03T09:10:00', ...extra });

describe('the timetracker-5.10 profile', () => {
  it('turns every switch on, and the documented profile none', () => {
    expect([...PROFILES['timetracker-5.10'].switches].sort()).toEqual(Object.keys(SWITCHES).sort());
    expect(PROFILES.documented.switches).toEqual([]);
    expect(mock.engine.profile.name).toBe('timetracker-5.10');
  });

  it('fixed-rate-windows, no-rate-limit-headers: clock-minute buckets, no X-RateLimit-*, Retry-After to the end of the minute', async () => {
    clock.set(T0 + 40_000); // 40 s into a clock minute
    const limits = mock.engine.throttle.options;
    const perMinute = limits.perMinute;
    limits.perMinute = 5;
    onTestFinished(() => {
      limits.perMinute = perMinute;
    });
    const t = admin();
    for (let i = 0; i < 5; i++) {
      const res = await call('GET', '/api/v1/projects', { token: t });
      expect(res.status).toBe(200);
      expect([...res.headers.keys()].filter((h) => h.startsWith('x-ratelimit-'))).toEqual([]);
    }
    const limited = await call('GET', '/api/v1/projects', { token: t });
    expect(limited.status).toBe(429);
    // Sliding: 60 s after the first request. Fixed: the end of this clock minute, 20 s away.
    expect(limited.headers.get('retry-after')).toBe('20');
    clock.advance(20_000);
    expect((await call('GET', '/api/v1/projects', { token: t })).status).toBe(200);
  });

  it('integer-error-codes: a body that is not JSON is a 415 with the integer status as error_code', async () => {
    const res = await call('POST', '/api/v1/projects', { token: admin(), raw: 'name=x', headers: { 'content-type': 'text/plain' } });
    expect(res.status).toBe(415);
    expect(res.body).toMatchObject({ success: false, error_code: 415 });
  });

  it('no-client-update-delete: PUT and DELETE /clients/{id} are 405, before any authentication (the router has no such route)', async () => {
    const put = await call('PUT', '/api/v1/clients/1', { token: admin(), body: { phone: '1' } });
    expect(put.status).toBe(405);
    expect(put.body.error_code).toBe(405);
    expect(put.headers.get('allow')).toBe('GET, HEAD');
    expect((await call('DELETE', '/api/v1/clients/1')).status).toBe(405);
  });

  it('generic-400s, time-entry-task-rejected, no-running-entry-on-create', async () => {
    const p = await projectId();
    const noProject = await call('POST', '/api/v1/time-entries', { token: admin(), body: { start_time: '2026-01-03T09:00:00', end_time: '2026-01-03T10:00:00' } });
    expectError(noProject, 400, 'error');
    expect(noProject.body.errors).toBeUndefined();
    const withTask = await call('POST', '/api/v1/time-entries', { token: admin(), body: entryBody(p, { task_id: 1 }) });
    expectError(withTask, 400, 'validation_error');
    expect(withTask.body.errors).toEqual({ task_id: ['task_id can only be set when project_id is provided'] });
    const running = await call('POST', '/api/v1/time-entries', { token: admin(), body: { project_id: p, start_time: '2026-01-03T09:00:00' } });
    expectError(running, 400, 'validation_error');
    expect(running.body.message).toBe('End time must be after start time');
  });

  it('bare-error-bodies: quotes, favourites, login and CSV import errors carry only error; token errors keep their shape', async () => {
    expect((await call('GET', `/api/v1/quotes/${GHOST}`, { token: admin() })).body).toEqual({ error: 'Quote not found' });
    expect((await call('POST', '/api/v1/auth/login', { body: { username: 'admin', password: 'wrong' } })).body).toEqual({ error: 'Invalid username or password' });
    expect((await call('POST', '/api/v1/time-entries/import-csv', { token: admin(), body: { csv: '' } })).body).toEqual({ success: false, error: 'Empty CSV' });
    expect((await call('DELETE', `/api/v1/users/me/favorites/projects/${GHOST}`, { token: admin() })).body).toEqual({ error: 'Resource not found' });
    expectError(await call('GET', `/api/v1/quotes/${GHOST}`), 401, 'unauthorized');
  });

  it('unknown-id-400: writes to unknown ids are 400, reads stay 404', async () => {
    for (const [method, path] of [
      ['PUT', `/api/v1/projects/${GHOST}`],
      ['PATCH', `/api/v1/tasks/${GHOST}`],
      ['PUT', `/api/v1/time-entries/${GHOST}`],
      ['DELETE', `/api/v1/time-entries/${GHOST}`],
    ] as const) {
      expect((await call(method, path, { token: admin(), body: method === 'DELETE' ? undefined : { notes: 'x', name: 'x' } })).status, `${method} ${path}`).toBe(400);
    }
    expect((await call('PUT', `/api/v1/quotes/${GHOST}`, { token: admin(), body: { title: 'x' } })).body).toEqual({ error: 'Quote not found' });
    expect((await call('GET', `/api/v1/projects/${GHOST}`, { token: admin() })).status).toBe(404);
    expect((await call('DELETE', `/api/v1/tasks/${GHOST}`, { token: admin() })).status).toBe(404);
  });

  it('client-company-discarded, project-status-rejected, task-status-ignored', async () => {
    const c = await call('POST', '/api/v1/clients', { token: admin(), body: { name: 'Profile Co', company: 'Profile Corporation' } });
    expect(c.status).toBe(201);
    expect(c.body.client.company).toBeNull();
    const p = await call('POST', '/api/v1/projects', { token: admin(), body: { name: 'Profile project', client_id: c.body.client.id, status: 'active' } });
    expectError(p, 400, 'validation_error');
    expect(p.body.errors).toEqual({ status: ['Unknown field.'] });
    const t = await call('POST', '/api/v1/tasks', { token: admin(), body: { name: 'Profile task', project_id: await projectId(), status: 'in_progress' } });
    expect(t.body.task.status).toBe('todo');
  });

  it('get-client-500, list-users-500-on-bad-page, malformed-query-ignored', async () => {
    expect((await call('GET', '/api/v1/clients/1', { token: admin() })).status).toBe(500);
    expect((await call('GET', '/api/v1/users?page=not-a-number', { token: admin() })).status).toBe(500);
    const all = (await call('GET', '/api/v1/projects?status=all', { token: admin() })).body.pagination.total;
    const ignored = await call('GET', '/api/v1/projects?status=all&client_id=not-a-number&page=x', { token: admin() });
    expect(ignored.status).toBe(200);
    expect(ignored.body.pagination).toMatchObject({ total: all, page: 1 });
    expect((await call('GET', '/api/v1/search', { token: admin() })).status).toBe(400); // a required value is still required
  });

  it('session-routes-redirect: the stats routes redirect to /login without a session, and take no token', async () => {
    for (const path of ['/api/stats/value-dashboard', '/api/reports/week-comparison']) {
      const res = await call('GET', path, { token: admin() });
      expect(res.status, path).toBe(302);
      expect(res.headers.get('location')).toBe(`/login?next=${encodeURIComponent(path)}`);
      expect((await call('GET', path, { headers: { cookie: `session=${admin()}` } })).status).toBe(200);
    }
  });

  it('tasks-quotes-per-page-uncapped: per_page above 100 is honoured on tasks and quotes only', async () => {
    expect((await call('GET', '/api/v1/tasks?per_page=150', { token: admin() })).body.pagination.per_page).toBe(150);
    expect((await call('GET', '/api/v1/quotes?per_page=150', { token: admin() })).body.pagination.per_page).toBe(150);
    expect((await call('GET', '/api/v1/projects?per_page=150', { token: admin() })).body.pagination.per_page).toBe(100);
  });
});

describe('the web login (both profiles)', () => {
  it('GET /login gives a CSRF token and its cookie; POST /login with them starts a session the session routes take', async () => {
    const page = await fetch(`${BASE}/login`);
    expect(page.status).toBe(200);
    const html = await page.text();
    const csrf = /name="csrf_token" value="([^"]+)"/.exec(html)?.[1];
    const preSession = page.headers.get('set-cookie')?.split(';')[0];
    expect(csrf).toBeDefined();
    expect(preSession).toBe(`session=csrf.${csrf}`);
    const post = (form: Record<string, string>, cookie = preSession!) =>
      fetch(`${BASE}/login?next=%2Fapi%2Fsearch%3Fq%3Dab`, { method: 'POST', redirect: 'manual', headers: { 'content-type': 'application/x-www-form-urlencoded', cookie }, body: new URLSearchParams(form).toString() });
    expect((await post({ username: 'admin', password: 'admin' })).status).toBe(400); // no CSRF token
    expect((await post({ username: 'admin', password: 'admin', csrf_token: 'forged' })).status).toBe(400);
    const wrong = await post({ username: 'admin', password: 'nope', csrf_token: csrf! });
    expect(wrong.status).toBe(200);
    expect(await wrong.text()).toContain('Invalid username or password');
    const ok = await post({ username: 'Admin ', password: 'admin', csrf_token: csrf! });
    expect(ok.status).toBe(302);
    expect(ok.headers.get('location')).toBe('/api/search?q=ab');
    const session = ok.headers.get('set-cookie')!.split(';')[0];
    expect(session).toMatch(/^session=tt_/);
    expect((await call('GET', '/api/search?q=ab', { headers: { cookie: session } })).status).toBe(200);
  });
});
