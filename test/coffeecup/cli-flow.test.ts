/**
 * The third-party CoffeeCup CLI's flow (fischeversenker/coffeecup-cli,
 * client.go and its history), as the wire calls it makes, against the real
 * server process (`npm start -- --api coffeecup`): the password grant with
 * its public client in HTTP Basic and a `companyurl` header, `users/me`,
 * the active projects sized by `meta.total`, one user's day by `where` (the
 * user id as a string) and by plain parameters, sorted by `day
 * ASC,sorting ASC`, its last entry on a project, a running entry created,
 * stopped by a PUT of the whole entry as read, resumed and switched with a
 * batch update, and the refresh when the access token has expired. Each
 * step checks what the CLI reads from the answer.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCli, type Proc } from '../server/process.js';

/** Wednesday 2026-11-18 14:30 UTC: the mock's clock starts (running) there and the company is seeded around it. */
const NOW = '2026-11-18T14:30:00Z';
const TODAY = NOW.slice(0, 10);
const CLI_CLIENT = `Basic ${Buffer.from('coffeecup-cli:public').toString('base64')}`;

type Json = Record<string, unknown>;
interface Entry extends Json {
  id: number;
  user: number;
  project: number;
  task: number;
  day: string;
  duration: number;
  running: boolean;
  sorting: number;
  comment: string;
}

describe('the CoffeeCup CLI flow, over HTTP against the mock process', () => {
  let mock: Proc;
  let access = '';
  let refresh = '';
  let userId = 0;
  beforeAll(async () => {
    mock = await startCli(['--api', 'coffeecup', '--port', '0', '--host', '127.0.0.1', '--log', 'off', '--now', NOW]);
    // Frozen, so the durations read are the ones the steps advance the clock by, however slow the machine.
    await fetch(`${mock.baseUrl}/__mock/clock`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ set: NOW }) });
    await fetch(`${mock.baseUrl}/__mock/clock`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ freeze: true }) });
  }, 60_000);
  afterAll(async () => {
    await mock?.stop();
  });

  const api = async (method: string, path: string, body?: unknown, token = access) => {
    const res = await fetch(`${mock.baseUrl}${path}`, {
      method,
      headers: { authorization: `Bearer ${token}`, ...(body === undefined ? {} : { 'content-type': 'application/json; charset=UTF-8' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return { status: res.status, body: (await res.json()) as Json };
  };
  const grant = async (fields: Record<string, string>, headers: Record<string, string> = {}) => {
    const res = await fetch(`${mock.baseUrl}/oauth2/token`, {
      method: 'POST',
      headers: { authorization: CLI_CLIENT, 'content-type': 'application/x-www-form-urlencoded', ...headers },
      body: new URLSearchParams(fields).toString(),
    });
    return { status: res.status, body: (await res.json()) as Json };
  };
  const advance = (seconds: number) =>
    fetch(`${mock.baseUrl}/__mock/clock`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ advance_seconds: seconds }) });
  const todays = async (): Promise<Entry[]> => {
    const where = encodeURIComponent(JSON.stringify({ user: String(userId), day: TODAY }));
    const r = await api('GET', `/v1/timeentries?limit=1000&where=${where}&sort=day%20ASC,sorting%20ASC`);
    expect(r.status).toBe(200);
    return r.body.timeEntries as Entry[];
  };

  it('logs in with the password grant (client in Basic, companyurl header) and reads users/me', async () => {
    const r = await grant({ grant_type: 'password', username: 'alice@example.com', password: 'alice' }, { companyurl: 'https://mockcompany.coffeecupapp.com' });
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ token_type: 'bearer', expires_in: 3600 });
    expect(r.body.error).toBeUndefined(); // the CLI fails on any `error`
    access = r.body.access_token as string;
    refresh = r.body.refresh_token as string;
    expect(access).toMatch(/^[0-9a-f]{40}$/);
    expect(refresh).not.toBe(access);
    const me = await api('GET', '/v1/users/me');
    expect(me.status).toBe(200);
    const user = me.body.user as { id: number; email: string };
    expect(user.email).toBe('alice@example.com');
    userId = user.id;
    const wrong = await grant({ grant_type: 'password', username: 'alice@example.com', password: 'nope' });
    expect(wrong.status).toBe(400);
    expect(wrong.body).toMatchObject({ error: 'E_INVALID_GRANT', status: 400, raw: 'Invalid username or password' });
  });

  it('lists the active projects; meta.total sizes the list the CLI builds', async () => {
    const r = await api('GET', '/v1/projects?status=1');
    expect(r.status).toBe(200);
    const projects = r.body.projects as { id: number; name: string; status: number }[];
    const meta = r.body.meta as { total: number; limit: number; skip: number };
    expect(meta).toMatchObject({ skip: 0, limit: 30 });
    expect(meta.total).toBe(projects.length); // `make([]Project, meta.total)`, then one per item
    expect(projects.length).toBeGreaterThan(2);
    expect(projects.every((p) => p.status === 1 && typeof p.name === 'string' && p.name.length > 0)).toBe(true);
    const all = await api('GET', '/v1/projects');
    expect((all.body.meta as { total: number }).total).toBeGreaterThan(meta.total); // the completed one too
  });

  it("reads the user's day by where (the id as a string) and by plain parameters, in the order the CLI shows", async () => {
    const entries = await todays();
    expect(entries.length).toBeGreaterThan(0); // alice's morning on the seeded Wednesday
    expect(entries.every((e) => e.user === userId && e.day === TODAY && e.running === false)).toBe(true);
    expect(entries.map((e) => e.sorting)).toEqual([...entries.map((e) => e.sorting)].sort((a, b) => a - b));
    const plain = await api('GET', `/v1/timeentries?limit=1000&user=${userId}&day=${TODAY}&sort=day%20ASC,sorting%20ASC`);
    expect((plain.body.timeEntries as Entry[]).map((e) => e.id)).toEqual(entries.map((e) => e.id));
    const last = entries[entries.length - 1];
    const lastOnProject = await api('GET', `/v1/timeentries?limit=1&user=${userId}&project=${last.project}&sort=day%20DESC`);
    const page = lastOnProject.body.timeEntries as Entry[];
    expect(page).toHaveLength(1);
    expect(page[0].day).toBe(TODAY);
    expect((lastOnProject.body.meta as { total: number }).total).toBeGreaterThanOrEqual(1);
    const none = await api('GET', `/v1/timeentries?limit=1&user=${userId}&project=999&sort=day%20DESC`);
    expect((none.body.meta as { total: number }).total).toBe(0); // "no time entries found"
    // The documented day range finds the same day's entries among the week's.
    const week = await api('GET', `/v1/timeEntries?limit=1000&user[]=${userId}&where=${encodeURIComponent(JSON.stringify({ day: { '>=': '2026-11-16', '<=': TODAY } }))}`);
    const weekIds = (week.body.timeEntries as Entry[]).map((e) => e.id);
    expect(weekIds).toEqual(expect.arrayContaining(entries.map((e) => e.id)));
    expect((week.body.timeEntries as Entry[]).every((e) => e.day >= '2026-11-16' && e.day <= TODAY)).toBe(true);
  });

  it('creates a running entry, stops it with a PUT of the whole entry, then switches entries with a batch update', async () => {
    const before = await todays();
    const project = before[0].project;
    const task = before[0].task;
    const create = (comment: string, sorting: number) =>
      api('POST', '/v1/timeEntries', { timeEntry: { project, comment, day: TODAY, running: true, duration: 0, sorting, task, trackingType: 'WORK', user: userId } });
    const first = await create('cli: first', before.length + 1);
    expect(first.status).toBe(200); // a running entry's create answers 200, as documented
    expect(first.body.status).toBeUndefined(); // what the CLI checks for 401
    const one = first.body.timeEntry as Entry;
    expect(one).toMatchObject({ running: true, duration: 0, user: userId, team: 1, comment: 'cli: first' });

    await advance(600);
    let day = await todays();
    const read = day.find((e) => e.id === one.id)!;
    expect(read).toMatchObject({ running: true, duration: 600 });
    // `stop`: the entry as read, with running false (its duration is what the CLI read).
    const stopped = await api('PUT', `/v1/timeEntries/${read.id}`, { timeEntry: { ...read, running: false } });
    expect(stopped.status).toBe(200);
    expect(stopped.body.timeEntry).toMatchObject({ id: read.id, running: false, duration: 600 });

    const second = await create('cli: second', before.length + 2);
    expect((second.body.timeEntry as Entry).running).toBe(true);
    await advance(120);
    day = await todays();
    expect(day.filter((e) => e.running).map((e) => e.id)).toEqual([(second.body.timeEntry as Entry).id]);
    // `start` of the first again: resume it and stop the running one, in one batch.
    const resume = day.find((e) => e.id === one.id)!;
    const running = day.find((e) => e.running)!;
    const batch = await api('POST', '/v1/timeEntries/batchUpdate', { timeEntries: [{ ...resume, running: true }, { ...running, running: false }] });
    expect(batch.status).toBe(200);
    expect(batch.body.status).toBeUndefined();
    expect((batch.body.timeEntries as Entry[]).map((e) => [e.id, e.running, e.duration])).toEqual([
      [one.id, true, 600],
      [running.id, false, 120],
    ]);
    await advance(60);
    day = await todays();
    expect(day.find((e) => e.id === one.id)).toMatchObject({ running: true, duration: 660 });
    expect(day.map((e) => e.sorting)).toEqual([...day.map((e) => e.sorting)].sort((a, b) => a - b));
    // A form body is refused: the API is JSON only.
    const form = await fetch(`${mock.baseUrl}/v1/timeEntries/${one.id}`, { method: 'PUT', headers: { authorization: `Bearer ${access}`, 'content-type': 'application/x-www-form-urlencoded' }, body: 'comment=x' });
    expect(form.status).toBe(415);
    expect(await form.json()).toMatchObject({ error: 'E_UNSUPPORTED_MEDIA_TYPE', status: 415 });
  });

  it('after an hour the access token answers status 401, and the refresh grant gives a new pair (once)', async () => {
    await advance(3600);
    const expired = await api('GET', '/v1/projects?status=1');
    expect(expired.status).toBe(401);
    expect(expired.body).toMatchObject({ status: 401, error: 'E_UNAUTHORIZED' }); // the CLI's "unauthorized" -> refresh
    const renewed = await grant({ grant_type: 'refresh_token', refresh_token: refresh });
    expect(renewed.status).toBe(200);
    const again = await api('GET', '/v1/users/me', undefined, renewed.body.access_token as string);
    expect((again.body.user as { id: number }).id).toBe(userId);
    const reused = await grant({ grant_type: 'refresh_token', refresh_token: refresh });
    expect(reused.status).toBe(400);
    expect(reused.body).toMatchObject({ error: 'E_INVALID_GRANT', raw: 'Invalid refresh token' });
    const invalid = await api('GET', '/v1/users/me', undefined, 'f'.repeat(40));
    expect(invalid).toEqual({ status: 403, body: { error: 'E_FORBIDDEN', status: 403, summary: 'Forbidden', raw: 'The access token provided is invalid.' } });
  });

  it('serves its banner, docs page, spec and control API like the other APIs', async () => {
    const out = mock.output();
    expect(out).toMatch(/^CoffeeCup .* mock listening on http:\/\/127\.0\.0\.1:\d+/m);
    expect(out).toMatch(/throttle: harvest/);
    expect(out).toMatch(/admin@example\.com\/admin .*POST \/oauth2\/token/);
    const page = await (await fetch(`${mock.baseUrl}/api/docs`)).text();
    expect(page).toMatch(/<title>CoffeeCup API/);
    const spec = (await (await fetch(`${mock.baseUrl}/api/openapi.json`)).json()) as { info: { title: string }; paths: Record<string, unknown> };
    expect(Object.keys(spec.paths)).toEqual(expect.arrayContaining(['/oauth2/token', '/v1/timeEntries/batchUpdate']));
    const ctl = (path: string, init?: RequestInit) => fetch(`${mock.baseUrl}/__mock/${path}`, init).then((r) => r.json() as Promise<Json>);
    // Back to the seeded company at the seed instant (the steps above moved the clock past the seeded tokens' hour).
    expect(await ctl('reset', { method: 'POST' })).toMatchObject({ scenario: 'default', seed: 1 });
    await ctl('clock', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ set: NOW }) });
    const { tokens, users } = (await ctl('tokens')) as { tokens: { username: string; role: string; purpose: string }[]; users: { username: string; role: string }[] };
    expect(users.map((u) => u.role).sort()).toEqual(['admin', 'regular', 'regular', 'regular']);
    expect(tokens.find((t) => t.username === 'admin@example.com')?.purpose).toMatch(/refresh token [0-9a-f]{40}/);
    const { id } = (await ctl('snapshots', { method: 'POST' })) as { id: string };
    const admin = tokens.find((t) => t.username === 'admin@example.com') as unknown as { token: string };
    const made = await api('POST', '/v1/tasks', { task: { label: 'control test' } }, admin.token);
    expect(made.status).toBe(201);
    await ctl(`snapshots/${id}/restore`, { method: 'POST' });
    expect((await api('GET', `/v1/tasks/${(made.body.task as { id: number }).id}`, undefined, admin.token)).status).toBe(404);
    const { requests } = (await ctl('requests?limit=3')) as { requests: { operationId: string }[] };
    expect(requests.map((r) => r.operationId)).toContain('getTask');
    expect(await ctl('health')).toMatchObject({ status: 'ok', projects: 6 });
  });
});
