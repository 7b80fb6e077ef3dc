/**
 * The most used open-source Node client of the classic API, npm
 * `harvest@0.1.5` (the real package, loaded from node_modules), against the
 * mock over real HTTP: `npm start -- --api harvest-classic` as a child
 * process on 127.0.0.1 and a free port, stopped by its PID.
 *
 * What the client does on the wire, which the mock must take: HTTP Basic,
 * `Accept` and `Content-Type: application/json` on every call, a JSON body
 * `{}` (Content-Length 2) on GET and DELETE, paths resolved against the
 * bare origin, and JSON answers handed to the callbacks parsed.
 * Every documented operation the client has is called; its known bugs
 * (routes or bodies the docs do not have) are called too and asserted as
 * what they are.
 */
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCli, type Proc } from '../server/process.js';

/** The callback style of every method of the client: (err, data, res). */
type Callback = (err: unknown, data: unknown, res?: { statusCode: number; headers: Record<string, string> }) => void;
type Method = (options: Record<string, unknown>, cb: Callback) => void;
type Resource = Record<string, Method>;
interface HarvestClient {
  service: { baseURL: string };
  Account: Resource;
  TimeTracking: Resource;
  Clients: Resource;
  ClientContacts: Resource;
  Projects: Resource;
  Tasks: Resource;
  People: Resource;
  UserAssignment: Resource;
  TaskAssignment: Resource;
}

const require = createRequire(import.meta.url);
const Harvest = require('harvest') as new (o: { subdomain: string; email: string; password: string }) => HarvestClient;

interface Answer {
  err: unknown;
  data: unknown;
  status: number;
  headers: Record<string, string>;
}

/** Call a method of one of the client's resources and wait for its callback. */
function call(resource: Resource, method: string, options: Record<string, unknown> = {}): Promise<Answer> {
  return new Promise((resolve) => resource[method].call(resource, options, (err, data, res) => resolve({ err, data, status: res?.statusCode ?? 0, headers: res?.headers ?? {} })));
}

/** The id at the end of a 201's Location, as the docs tell clients to read it. */
const idFrom = (a: Answer): number => {
  expect(a.status, JSON.stringify(a.err)).toBe(201);
  const m = /\/(\d+)$/.exec(a.headers.location ?? '');
  expect(m, `Location: ${a.headers.location}`).not.toBeNull();
  return Number(m![1]);
};

type Json = Record<string, unknown>;

describe('npm harvest@0.1.5 against the mock (real HTTP)', () => {
  let mock: Proc;
  let admin: HarvestClient;
  const client = (email: string, password: string): HarvestClient => {
    const h = new Harvest({ subdomain: 'mockaccount', email, password });
    // The client builds https://<subdomain>.harvestapp.com; point it at the mock, with a path prefix it will drop.
    h.service.baseURL = `${mock.baseUrl}/ignored/prefix/`;
    return h;
  };

  beforeAll(async () => {
    mock = await startCli(['--api', 'harvest-classic', '--port', '0', '--host', '127.0.0.1', '--log', 'off']);
    admin = client('admin@example.com', 'admin');
  }, 60_000);
  afterAll(async () => {
    await mock?.stop();
  });

  it('Account: who_am_i and the rate-limit status, parsed from JSON', async () => {
    const me = await call(admin.Account, 'get');
    expect(me.status).toBe(200);
    expect(me.data).toMatchObject({ user: { email: 'admin@example.com', admin: true }, company: { full_domain: 'mockaccount.harvestapp.com' } });
    const rate = await call(admin.Account, 'rate_limit_status');
    expect(rate.data).toMatchObject({ timeframe_limit: 15, max_calls: 100 });
    expect((rate.data as Json).count).toBeGreaterThanOrEqual(1);
  });

  it('sends what the docs say it sends, and the mock takes it (Basic, JSON headers, {} on GET and DELETE)', async () => {
    const res = await fetch(`${mock.baseUrl}/__mock/requests?limit=5`);
    const { requests } = (await res.json()) as { requests: { path: string; status: number; user_agent: string }[] };
    const mine = requests.filter((r) => r.path.startsWith('/account/'));
    expect(mine.length).toBeGreaterThan(0);
    for (const r of mine) expect(r).toMatchObject({ status: 200, user_agent: 'Restler for node.js' });
    // The client's GET carries a body; the same request by hand, to see exactly what the mock accepted.
    const raw = await new Promise<number>((resolve, reject) => {
      const http = require('node:http') as typeof import('node:http');
      const url = new URL(`${mock.baseUrl}/clients`);
      const req = http.request(
        { host: url.hostname, port: url.port, path: url.pathname, method: 'GET', headers: { authorization: `Basic ${Buffer.from('admin@example.com:admin').toString('base64')}`, accept: 'application/json', 'content-type': 'application/json', 'content-length': 2 } },
        (r) => {
          r.resume();
          resolve(r.statusCode ?? 0);
        },
      );
      req.on('error', reject);
      req.end('{}');
    });
    expect(raw).toBe(200);
  });

  it('Clients: list, create (201 + Location), get, update, toggle, delete; errors come back as the message', async () => {
    const list = await call(admin.Clients, 'list');
    expect(Array.isArray(list.data)).toBe(true);
    expect((list.data as Json[])[0]).toHaveProperty('client.name');
    const id = idFrom(await call(admin.Clients, 'create', { client: { name: 'Harvest client test Co' } }));
    const got = await call(admin.Clients, 'get', { id });
    expect(got.data).toMatchObject({ client: { id, name: 'Harvest client test Co', active: true } });
    expect((await call(admin.Clients, 'update', { id, client: { details: 'From the npm client' } })).status).toBe(200);
    expect(((await call(admin.Clients, 'get', { id })).data as { client: Json }).client.details).toBe('From the npm client');
    expect((await call(admin.Clients, 'toggleActivation', { id })).status).toBe(200);
    expect(((await call(admin.Clients, 'get', { id })).data as { client: Json }).client.active).toBe(false);
    expect((await call(admin.Clients, 'delete', { id })).status).toBe(200);
    const gone = await call(admin.Clients, 'get', { id });
    expect(gone.status).toBe(404);
    expect(gone.err).toBe(`Client ${id} not found`);
  });

  it('ClientContacts: create, list, listByClient, get, update, delete', async () => {
    const clientId = idFrom(await call(admin.Clients, 'create', { client: { name: 'Contacts test Co' } }));
    const id = idFrom(await call(admin.ClientContacts, 'create', { contact: { client_id: clientId, first_name: 'Ada', last_name: 'Lovelace', email: 'ada@example.com' } }));
    expect(((await call(admin.ClientContacts, 'list')).data as Json[]).some((c) => (c.contact as Json).id === id)).toBe(true);
    expect((await call(admin.ClientContacts, 'listByClient', { client_id: clientId })).data).toEqual([{ contact: expect.objectContaining({ id, client_id: clientId }) }]);
    expect((await call(admin.ClientContacts, 'update', { id, contact: { title: 'Countess' } })).status).toBe(200);
    expect((await call(admin.ClientContacts, 'get', { id })).data).toMatchObject({ contact: { title: 'Countess', first_name: 'Ada' } });
    expect((await call(admin.ClientContacts, 'delete', { id })).status).toBe(200);
    expect((await call(admin.Clients, 'delete', { id: clientId })).status).toBe(200);
  });

  it('Projects, Tasks and their assignments: the whole setup of a project through the client', async () => {
    const clientId = idFrom(await call(admin.Clients, 'create', { client: { name: 'Projects test Co' } }));
    const projectId = idFrom(await call(admin.Projects, 'create', { project: { name: 'Client-made project', client_id: clientId, billable: true } }));
    expect((await call(admin.Projects, 'get', { id: projectId })).data).toMatchObject({ project: { id: projectId, client_id: clientId, active: true } });
    expect(((await call(admin.Projects, 'list')).data as Json[]).some((p) => (p.project as Json).id === projectId)).toBe(true);
    expect((await call(admin.Projects, 'update', { id: projectId, project: { notes: 'updated' } })).status).toBe(200);
    // toggleActivation sends PUT (the documented method).
    expect((await call(admin.Projects, 'toggleActivation', { id: projectId })).status).toBe(200);
    expect(((await call(admin.Projects, 'get', { id: projectId })).data as { project: Json }).project.active).toBe(false);
    await call(admin.Projects, 'toggleActivation', { id: projectId });

    const taskId = idFrom(await call(admin.Tasks, 'create', { task: { name: 'Client-made task', billable_by_default: true } }));
    expect((await call(admin.Tasks, 'get', { id: taskId })).data).toMatchObject({ task: { name: 'Client-made task', deactivated: false } });
    expect(((await call(admin.Tasks, 'list')).data as Json[]).length).toBeGreaterThan(1);
    // Tasks.update leaves `id` in the body beside `task`: extra fields are taken.
    expect((await call(admin.Tasks, 'update', { id: taskId, task: { name: 'Renamed task' } })).status).toBe(200);
    expect(((await call(admin.Tasks, 'get', { id: taskId })).data as { task: Json }).task.name).toBe('Renamed task');

    const taId = idFrom(await call(admin.TaskAssignment, 'assign', { project_id: projectId, task: { id: taskId } }));
    expect(((await call(admin.TaskAssignment, 'listByProject', { project_id: projectId })).data as Json[]).map((a) => (a.task_assignment as Json).task_id)).toContain(taskId);
    expect((await call(admin.TaskAssignment, 'update', { project_id: projectId, id: taId, task_assignment: { budget: 12 } })).status).toBe(200);
    expect((await call(admin.TaskAssignment, 'get', { project_id: projectId, id: taId })).data).toMatchObject({ task_assignment: { id: taId, budget: 12 } });
    // Client bug: TaskAssignment.create posts {task: {name}} to the assign route (not add_with_create_new_task): the documented 400.
    const wrongRoute = await call(admin.TaskAssignment, 'create', { project_id: projectId, task: { name: 'never created' } });
    expect(wrongRoute.status).toBe(400);

    const personId = idFrom(await call(admin.People, 'create', { user: { email: 'npm.client@example.com', first_name: 'Npm', last_name: 'Client' } }));
    const uaId = idFrom(await call(admin.UserAssignment, 'assign', { project_id: projectId, user: { id: personId } }));
    expect(((await call(admin.UserAssignment, 'listByProject', { project_id: projectId })).data as Json[]).map((a) => (a.user_assignment as Json).user_id)).toContain(personId);
    expect((await call(admin.UserAssignment, 'get', { project_id: projectId, id: uaId })).data).toMatchObject({ user_assignment: { user_id: personId, project_id: projectId } });
    // Client bug: UserAssignment.update sends a GET: it is answered as the GET it is, and changes nothing.
    const before = (await call(admin.UserAssignment, 'get', { project_id: projectId, id: uaId })).data as { user_assignment: Json };
    const update = await call(admin.UserAssignment, 'update', { project_id: projectId, id: uaId, user_assignment: { hourly_rate: 999 } });
    expect(update.data).toEqual(before);
    expect(before.user_assignment.hourly_rate).not.toBe(999);

    expect((await call(admin.UserAssignment, 'remove', { project_id: projectId, id: uaId })).status).toBe(200);
    expect((await call(admin.TaskAssignment, 'remove', { project_id: projectId, id: taId })).status).toBe(200);
    expect((await call(admin.Tasks, 'delete', { id: taskId })).status).toBe(200);
    expect((await call(admin.Tasks, 'get', { id: taskId })).status).toBe(404);
    expect((await call(admin.People, 'delete', { id: personId })).status).toBe(200);
    expect((await call(admin.Projects, 'delete', { id: projectId })).status).toBe(200);
    expect((await call(admin.Clients, 'delete', { id: clientId })).status).toBe(200);
  });

  it('Tasks.activate (a GET in this client) un-archives a task', async () => {
    const taskId = idFrom(await call(admin.Tasks, 'create', { task: { name: 'Archived by hours' } }));
    const projects = (await call(admin.Projects, 'list')).data as { project: Json }[];
    const projectId = projects.find((p) => p.project.active === true)!.project.id as number;
    const taId = idFrom(await call(admin.TaskAssignment, 'assign', { project_id: projectId, task: { id: taskId } }));
    const entry = await call(admin.TimeTracking, 'create', { project_id: projectId, task_id: taskId, hours: 1 });
    expect(entry.status).toBe(201);
    const del = await call(admin.Tasks, 'delete', { id: taskId });
    expect(del.headers.hint).toMatch(/archived/);
    expect(((await call(admin.Tasks, 'get', { id: taskId })).data as { task: Json }).task.deactivated).toBe(true);
    expect((await call(admin.Tasks, 'activate', { id: taskId })).status).toBe(200);
    expect(((await call(admin.Tasks, 'get', { id: taskId })).data as { task: Json }).task.deactivated).toBe(false);
    await call(admin.TimeTracking, 'delete', { id: (entry.data as Json).id });
    await call(admin.TaskAssignment, 'remove', { project_id: projectId, id: taId });
  });

  it('People: list, get (by id), update (the client sends {}), toggle, reset', async () => {
    const list = (await call(admin.People, 'list')).data as { user: Json }[];
    const alice = list.find((u) => u.user.email === 'alice@example.com')!.user;
    expect((await call(admin.People, 'get', { id: alice.id })).data).toMatchObject({ user: { email: 'alice@example.com', is_admin: false } });
    expect((await call(admin.People, 'update', { id: alice.id, user: { telephone: '555' } })).status).toBe(200);
    expect(((await call(admin.People, 'get', { id: alice.id })).data as { user: Json }).user.telephone).toBe('');
    expect((await call(admin.People, 'reset', { id: alice.id })).status).toBe(200);
    expect((await call(admin.People, 'toggle', { id: alice.id })).status).toBe(200);
    expect(((await call(admin.People, 'get', { id: alice.id })).data as { user: Json }).user.is_active).toBe(false);
    await call(admin.People, 'toggle', { id: alice.id });
  });

  it('TimeTracking: daily, a day, create, get, update, toggle with one timer per user, of_user, delete', async () => {
    const today = await call(admin.TimeTracking, 'daily');
    const body = today.data as { for_day: string; day_entries: Json[]; projects: { id: number; tasks: { id: number }[] }[] };
    expect(body.for_day).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const project = body.projects.find((p) => p.tasks.length > 0)!;
    // A day by its day of the year (the client uses local time: noon UTC keeps the date in any zone).
    const day = await call(admin.TimeTracking, 'daily', { date: new Date('2026-03-02T12:00:00Z') });
    expect((day.data as Json).for_day).toBe('2026-03-02');

    const made = await call(admin.TimeTracking, 'create', { project_id: project.id, task_id: project.tasks[0].id, hours: 1.25, notes: 'npm client', spent_at: 'Mon, 2 Mar 2026' });
    expect(made.status).toBe(201);
    const entry = made.data as Json;
    expect(entry).toMatchObject({ hours: 1.25, spent_at: '2026-03-02', notes: 'npm client' });
    expect(entry).not.toHaveProperty('timer_started_at');
    expect((await call(admin.TimeTracking, 'get', { id: entry.id })).data).toMatchObject({ id: entry.id, hours: 1.25 });
    expect((await call(admin.TimeTracking, 'update', { id: entry.id, hours: 2, notes: 'updated' })).data).toMatchObject({ id: entry.id, hours: 2, notes: 'updated' });

    // Blank hours start a timer; starting another stops it and reports its hours.
    const first = (await call(admin.TimeTracking, 'create', { project_id: project.id, task_id: project.tasks[0].id, hours: ' ' })).data as Json;
    expect(first).toHaveProperty('timer_started_at');
    const toggled = (await call(admin.TimeTracking, 'toggleTimer', { id: entry.id })).data as Json;
    expect(toggled).toHaveProperty('timer_started_at');
    expect(typeof toggled.hours_for_previously_running_timer).toBe('number');
    expect((await call(admin.TimeTracking, 'get', { id: first.id })).data).not.toHaveProperty('timer_started_at');
    const stopped = (await call(admin.TimeTracking, 'toggleTimer', { id: entry.id })).data as Json;
    expect(stopped).not.toHaveProperty('timer_started_at');

    // of_user: an administrator reads bob's timesheet; bob may not read admin's.
    const people = (await call(admin.People, 'list')).data as { user: Json }[];
    const bobId = people.find((u) => u.user.email === 'bob@example.com')!.user.id;
    expect((await call(admin.TimeTracking, 'daily', { of_user: bobId })).status).toBe(200);
    const bob = client('bob@example.com', 'bob');
    expect((await call(bob.TimeTracking, 'daily', { of_user: 1 })).status).toBe(403);
    expect((await call(bob.Clients, 'list')).status).toBe(403);

    for (const id of [entry.id, first.id]) expect((await call(admin.TimeTracking, 'delete', { id })).status).toBe(200);
    expect((await call(admin.TimeTracking, 'get', { id: entry.id })).status).toBe(404);
  });

  it('wrong credentials get the 401 message', async () => {
    const res = await call(client('admin@example.com', 'wrong').Account, 'get');
    expect(res.status).toBe(401);
    expect(res.err).toBe('Invalid email or password');
  });
});
