/**
 * TimeCamp over real loopback HTTP: `npm start -- --api timecamp` as one
 * child process (127.0.0.1, a free port, a pinned `--now`, stopped by its
 * PID), shared by the whole file.
 *
 * First the official TypeScript client (`timecamp-org/timecamp-api-ts`,
 * used by TimeCamp's CLI and MCP server). npm does not serve it, so it is
 * not vendored: `wire()` sends what its HttpClient sends (Bearer,
 * `Content-Type: application/json` and `Accept: application/json` on every
 * call, `format=json` added to every GET, JSON bodies, a JSON body on
 * DELETE, any 2xx read as success, the body read with `.json()` or null),
 * and each call below is one of its resource methods with the same path,
 * query and body, followed by what that method reads from the answer.
 *
 * Then the CLI itself: banner, bad flags, docs page, control API.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, startCli, type Proc } from '../server/process.js';

/** Wednesday 2026-11-18 10:00 UTC (the clock runs from there). */
const NOW = '2026-11-18T10:00:00Z';
const CLIENT_NAME = 'npm-timecamp-api';

type Json = Record<string, unknown>;
interface Wire {
  status: number;
  ok: boolean;
  data: unknown;
}

let mock: Proc;
let tokens: { token: string; username: string }[] = [];
const tokenOf = (login: string) => tokens.find((t) => t.username === `${login}@example.com`)!.token;

beforeAll(async () => {
  mock = await startCli(['--api', 'timecamp', '--port', '0', '--host', '127.0.0.1', '--log', 'off', '--strict', '--now', NOW]);
  tokens = ((await (await fetch(`${mock.baseUrl}/__mock/tokens`)).json()) as { tokens: typeof tokens }).tokens;
}, 60_000);
afterAll(async () => {
  await mock?.stop();
});

/** The client's HttpClient.makeRequest, on the wire: its headers, its `format=json` on GET, its JSON bodies, `.json()` or null. */
async function wire(apiKey: string, method: 'GET' | 'POST' | 'PUT' | 'DELETE', endpoint: string, o: { params?: Record<string, string>; json?: unknown } = {}): Promise<Wire> {
  const url = new URL(`${mock.baseUrl}/third_party/api/${endpoint}`);
  const params = { ...o.params };
  if (method === 'GET' && !params.format) params.format = 'json';
  for (const [k, v] of Object.entries(params)) url.searchParams.append(k, v);
  const res = await fetch(url, {
    method,
    headers: { 'Content-Type': 'application/json', Accept: 'application/json', 'User-Agent': CLIENT_NAME, 'X-Client-Name': CLIENT_NAME, Authorization: `Bearer ${apiKey}` },
    body: o.json === undefined ? undefined : JSON.stringify(o.json),
  });
  const data: unknown = await res.json().catch(() => null);
  return { status: res.status, ok: res.ok, data };
}

/** What the client's methods throw on a non-2xx: TimeCampAPIError(status, body). */
function ok(w: Wire, call: string): unknown {
  expect(w.ok, `${call}: ${w.status} ${JSON.stringify(w.data)}`).toBe(true);
  return w.data;
}

/** The client's prepareTasksArray for the current user: unarchived tasks with user_access_type 2 or 3. */
const trackable = (map: Record<string, Json>) => Object.values(map).filter((t) => t.archived === 0 && (t.user_access_type === 2 || t.user_access_type === 3));

describe("the official TypeScript client's calls (timecamp-api-ts, as wire calls)", () => {
  it('user.get(), tasks.getAll() and tasks.getActiveUserTasks() read the keyed task tree as the client filters it', async () => {
    const key = tokenOf('alice');
    const me = ok(await wire(key, 'GET', 'me'), 'user.get') as Json;
    expect(me).toMatchObject({ email: 'alice@example.com' });
    expect(typeof me.user_id).toBe('string');
    expect(me.permissions).toMatchObject({ time_tracking_admin: false });

    const all = ok(await wire(key, 'GET', 'tasks', { params: { status: 'all' } }), 'tasks.getAll') as Record<string, Json>;
    expect(Array.isArray(all)).toBe(false);
    for (const [id, t] of Object.entries(all)) expect(String(t.task_id)).toBe(id);

    const active = ok(await wire(key, 'GET', 'tasks', { params: { ignoreAdminRights: '1' } }), 'tasks.getActiveUserTasks') as Record<string, Json>;
    const mine = trackable(active).map((t) => t.name);
    // alice is on the website project and the support retainer (and their sub-tasks), not on the app.
    expect(mine).toEqual(expect.arrayContaining(['Website relaunch', 'Design', 'Support retainer', 'Tickets']));
    expect(mine).not.toContain('Mobile app');
    expect(mine).not.toContain('Pilot (closed)');
  });

  it('tasks.add() then tasks.getById(): the create is keyed by the new id, the one-task read is the task itself', async () => {
    const key = tokenOf('admin');
    const created = ok(await wire(key, 'POST', 'tasks', { json: { name: 'Client-made task', parent_id: '1', note: 'from the client', billable: 0 } }), 'tasks.add') as Record<string, Json>;
    const [id] = Object.keys(created);
    expect(Number.parseInt(String(created[id].task_id), 10)).toBe(Number(id));
    expect(Number.parseInt(String(created[id].parent_id), 10)).toBe(1);
    expect(Number.parseInt(String(created[id].level), 10)).toBe(2);
    const one = ok(await wire(key, 'GET', 'tasks', { params: { task_id: id } }), 'tasks.getById') as Json;
    // getById returns null unless the answer has a task_id of its own.
    expect(one.task_id).toBeTruthy();
    expect(Number.parseInt(String(one.task_id), 10)).toBe(Number(id));
    expect(Number.parseInt(String(one.billable), 10)).toBe(0);
    // tasks.update(): PUT answers the one task, as documented; the client's normalizer walks it as if it were keyed by id (its bug, not the mock's).
    const renamed = ok(await wire(key, 'PUT', 'tasks', { json: { task_id: id, name: 'Renamed by the client' } }), 'tasks.update') as Json;
    expect(renamed).toMatchObject({ task_id: id, name: 'Renamed by the client' });
  });

  it('timer.status(), start(), status(), stop(): one POST /timer each, with the service field', async () => {
    const key = tokenOf('alice');
    const idle = ok(await wire(key, 'POST', 'timer', { json: { action: 'status', service: CLIENT_NAME } }), 'timer.status') as Json;
    expect(idle).toMatchObject({ isTimerRunning: false, elapsed: 0 });
    // The client fills started_at/stopped_at from the local wall clock; here from the pinned "now".
    const started = ok(await wire(key, 'POST', 'timer', { json: { action: 'start', task_id: 2, started_at: '2026-11-18 10:00:00', service: CLIENT_NAME } }), 'timer.start') as Json;
    expect(typeof started.new_timer_id).toBe('number');
    expect(typeof started.entry_id).toBe('number');
    const running = ok(await wire(key, 'POST', 'timer', { json: { action: 'status', service: CLIENT_NAME } }), 'timer.status') as Json;
    expect(running).toMatchObject({ isTimerRunning: true, timer_id: String(started.new_timer_id), entry_id: String(started.entry_id), task_id: '2', name: 'Design' });
    const stopped = ok(await wire(key, 'POST', 'timer', { json: { action: 'stop', stopped_at: '2026-11-18 10:45:00', service: CLIENT_NAME } }), 'timer.stop') as Json;
    expect(stopped).toMatchObject({ entry_id: String(started.entry_id), elapsed: 2700, entry_time: 2700 });
    expect(ok(await wire(key, 'POST', 'timer', { json: { action: 'status', service: CLIENT_NAME } }), 'timer.status')).toMatchObject({ isTimerRunning: false });
  });

  it('timeEntries.create(), get(), update(), delete(): the id read from entry_id, the list parsed as the client parses it', async () => {
    const key = tokenOf('alice');
    // create() with a task and no billable first reads the task (getById) for its billable flag.
    const task = ok(await wire(key, 'GET', 'tasks', { params: { task_id: '2' } }), 'tasks.getById') as Json;
    const body = { date: '2026-11-17', duration: 5400, description: 'Wire call entry', start_time: '13:00:00', end_time: '14:30:00', service: CLIENT_NAME, task_id: 2, billable: task.billable };
    const created = ok(await wire(key, 'POST', 'entries', { json: body }), 'timeEntries.create') as Json;
    const id = (created.entry_id ?? created.id) as number;
    expect(id).toBeGreaterThan(0);

    const me = ok(await wire(key, 'GET', 'me'), 'user.get') as Json;
    const listed = ok(await wire(key, 'GET', 'entries', { params: { user_ids: String(me.user_id), from: '2026-11-17', to: '2026-11-17', opt_fields: 'tags' } }), 'timeEntries.get');
    expect(Array.isArray(listed)).toBe(true);
    const parsed = (listed as Json[]).map((e) => ({ id: Number.parseInt(String(e.id), 10), duration: Number.parseInt(String(e.duration), 10) || 0, task_id: Number.parseInt(String(e.task_id), 10) || 0, user_id: String(e.user_id ?? ''), description: String(e.description ?? ''), billable: Number.parseInt(String(e.billable), 10) || 0, tags: e.tags }));
    expect(parsed.every((e) => e.user_id === me.user_id && Array.isArray(e.tags))).toBe(true);
    expect(parsed.find((e) => e.id === id)).toMatchObject({ duration: 5400, task_id: 2, description: 'Wire call entry', billable: Number(task.billable) });

    const updated = ok(await wire(key, 'PUT', 'entries', { json: { id: String(id), service: CLIENT_NAME, duration: 1800, description: 'Shortened' } }), 'timeEntries.update') as Json;
    expect(Number(updated.entry_id ?? updated.id)).toBe(id);
    const again = ok(await wire(key, 'GET', 'entries', { params: { from: '2026-11-17', to: '2026-11-17' } }), 'timeEntries.get') as Json[];
    expect(again.find((e) => Number(e.id) === id)).toMatchObject({ duration: '1800', description: 'Shortened' });

    ok(await wire(key, 'DELETE', 'entries', { json: { id: String(id), service: CLIENT_NAME } }), 'timeEntries.delete');
    const after = ok(await wire(key, 'GET', 'entries', { params: { from: '2026-11-17', to: '2026-11-17' } }), 'timeEntries.get') as Json[];
    expect(after.some((e) => Number(e.id) === id)).toBe(false);
  });

  it('what the client turns into TimeCampAPIError: a wrong key (401) and a refused write carry {message, code}', async () => {
    const bad = await wire('not-a-token', 'GET', 'me');
    expect(bad.status).toBe(401);
    expect(bad.data).toEqual({ message: expect.any(String), code: 401 });
    const noDate = await wire(tokenOf('alice'), 'POST', 'entries', { json: { duration: 60, service: CLIENT_NAME } });
    expect(noDate.status).toBe(400);
    expect(noDate.data).toEqual({ message: expect.stringMatching(/date/), code: 400 });
  });
});

describe('the mock CLI serving TimeCamp', () => {
  it('says what it serves and how to send the tokens', () => {
    const out = mock.output();
    expect(out).toMatch(/^TimeCamp .* mock listening on http:\/\/127\.0\.0\.1:\d+/m);
    expect(out).toMatch(/throttle: timecamp/);
    expect(out).toMatch(/api_token/);
    expect(out).toContain(tokenOf('admin'));
  });

  it('refuses bad flags in one line with exit 2', async () => {
    for (const args of [['--api', 'timecamp', '--scenario', 'large'], ['--api', 'timecamp', '--defect', 'wrong-type'], ['--throttle', 'timecampish']]) {
      const r = await runCli(args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr.split('\n')[0]).toMatch(/^timetracker-mock: /);
      expect(r.stderr).not.toMatch(/\bat \w+ \(/);
    }
  });

  it('serves the docs page and the spec of TimeCamp', async () => {
    const page = await (await fetch(`${mock.baseUrl}/api/docs`)).text();
    expect(page).toMatch(/<title>TimeCamp/);
    const spec = (await (await fetch(`${mock.baseUrl}/api/openapi.json`)).json()) as { info: { title: string }; paths: Record<string, unknown> };
    expect(spec.info.title).toMatch(/TimeCamp/);
    expect(Object.keys(spec.paths)).toEqual(expect.arrayContaining(['/third_party/api/entries', '/third_party/api/timer']));
  });

  it('has the control API: tokens, snapshots, clock, request log, throttle window, reset', async () => {
    const ctl = (path: string, init?: RequestInit) => fetch(`${mock.baseUrl}/__mock/${path}`, init).then((r) => r.json() as Promise<Json>);
    const json = { 'content-type': 'application/json' };
    const key = tokenOf('admin');
    const { id } = (await ctl('snapshots', { method: 'POST' })) as { id: string };
    const made = await fetch(`${mock.baseUrl}/third_party/api/client/format/json/api_token/${key}`, { method: 'PUT', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'organizationName=Control+Co' });
    expect(made.status).toBe(200);
    const names = async () => Object.values((await (await fetch(`${mock.baseUrl}/third_party/api/client?format=json&api_token=${key}`)).json()) as Json).map((c) => (c as Json).organizationName);
    expect(await names()).toContain('Control Co');
    await ctl(`snapshots/${id}/restore`, { method: 'POST' });
    expect(await names()).not.toContain('Control Co');
    await ctl('clock', { method: 'POST', headers: json, body: JSON.stringify({ set: '2026-11-18T12:00:00Z' }) });
    const status = (await (await fetch(`${mock.baseUrl}/third_party/api/timer?format=json`, { method: 'POST', headers: { ...json, authorization: tokenOf('bob') }, body: '{"action":"status"}' })).json()) as Json;
    // bob's seeded timer (started 09:30), still running on the moved clock.
    expect(status).toMatchObject({ isTimerRunning: true });
    expect(status.elapsed).toBeGreaterThanOrEqual(9000);
    const { requests } = (await ctl('requests?limit=3')) as { requests: { operationId: string }[] };
    expect(requests.map((r) => r.operationId)).toContain('timerAction');
    expect(await ctl('throttle')).toMatchObject({ profile: 'timecamp' });
    expect(await ctl('reset', { method: 'POST' })).toMatchObject({ scenario: 'default', seed: 1 });
    expect(await ctl('health')).toMatchObject({ status: 'ok' });
  });
});
