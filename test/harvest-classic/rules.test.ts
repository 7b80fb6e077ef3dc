/**
 * Harvest's business rules through the engine (strict: every answer,
 * refusals included, must be one the spec documents): what blocks a
 * delete, what archives instead, what a project manager may do, what
 * `/daily/add` accepts.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { createClock } from '../../src/core/clock.js';
import type { CoreResponse } from '../../src/core/types.js';
import { createEngine } from '../../src/node.js';

const T0 = Date.parse('2026-11-18T10:00:00Z');
const engine = createEngine({ api: 'harvest-classic', strict: true, clock: createClock({ frozenAt: T0 }) });
const auth = (who: string) => `Basic ${Buffer.from(`${who}@example.com:${who}`).toString('base64')}`;

async function call(method: string, target: string, body?: unknown, who = 'admin'): Promise<CoreResponse> {
  const [path, search = ''] = target.split('?');
  return engine.handle({ method, path, search, headers: { authorization: auth(who), accept: 'application/json', 'content-type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body) });
}
const idOf = (res: CoreResponse): number => Number(res.headers.Location.split('/').pop());
type Json = Record<string, unknown>;

beforeEach(() => {
  expect(engine.violations).toEqual([]);
  engine.reset();
});

describe('harvest-classic rules', () => {
  it('clients: no delete while projects exist, no deactivation while some are active (400 + Hint)', async () => {
    const del = await call('DELETE', '/clients/1');
    expect(del).toMatchObject({ status: 400, headers: { Hint: expect.stringMatching(/projects/) } });
    expect((await call('POST', '/clients/1/toggle')).status).toBe(400);
    expect((await call('POST', '/clients/4/toggle')).status).toBe(200); // inactive, no projects: activated
    expect((await call('DELETE', '/clients/4')).status).toBe(200);
    expect((await call('GET', '/clients/4')).status).toBe(404);
  });

  it('projects: a new one gets the default tasks and its creator as manager; no delete with hours', async () => {
    const made = await call('POST', '/projects', { project: { name: 'Fresh', client_id: '2' } });
    const pid = idOf(made);
    const tasks = (await call('GET', `/projects/${pid}/task_assignments`)).body as { task_assignment: Json }[];
    const defaults = ((await call('GET', '/tasks')).body as { task: Json }[]).filter((t) => t.task.is_default && !t.task.deactivated).map((t) => t.task.id);
    expect(tasks.map((t) => t.task_assignment.task_id).sort()).toEqual(defaults.sort());
    const users = (await call('GET', `/projects/${pid}/user_assignments`)).body as { user_assignment: Json }[];
    expect(users.map((u) => [u.user_assignment.user_id, u.user_assignment.is_project_manager])).toEqual([[1, true]]);
    expect((await call('POST', '/projects', { project: { name: 'Orphan', client_id: 999 } })).status).toBe(400);
    expect((await call('DELETE', '/projects/1')).headers.Hint).toMatch(/Hours/);
    expect((await call('DELETE', `/projects/${pid}`)).status).toBe(200);
    expect((await call('GET', `/projects/${pid}/task_assignments`)).status).toBe(404);
  });

  it('tasks, people and assignments with hours are archived (or refused), not deleted', async () => {
    const task = await call('DELETE', '/tasks/1');
    expect(task).toMatchObject({ status: 200, headers: { Hint: expect.stringMatching(/archived/) } });
    expect(((await call('GET', '/tasks/1')).body as { task: Json }).task.deactivated).toBe(true);
    expect((await call('DELETE', '/people/3')).status).toBe(400);
    const alice = ((await call('GET', '/projects/1/user_assignments')).body as { user_assignment: Json }[]).find((a) => a.user_assignment.user_id === 3)!;
    const removed = await call('DELETE', `/projects/1/user_assignments/${String(alice.user_assignment.id)}`);
    expect(removed.headers.Hint).toMatch(/archived/);
    expect(((await call('GET', `/projects/1/user_assignments/${String(alice.user_assignment.id)}`)).body as { user_assignment: Json }).user_assignment.deactivated).toBe(true);
    // Archived from project 1: alice can no longer book on it.
    expect((await call('POST', '/daily/add', { project_id: 1, task_id: 2, hours: 1 }, 'alice')).status).toBe(400);
    expect((await call('POST', '/people/3/toggle')).status).toBe(200);
    expect((await call('GET', '/daily', undefined, 'alice')).status).toBe(401);
  });

  it('a project keeps at least one active task', async () => {
    const pid = idOf(await call('POST', '/projects', { project: { name: 'One task', client_id: 2 } }));
    const tas = ((await call('GET', `/projects/${pid}/task_assignments`)).body as { task_assignment: Json }[]).map((t) => t.task_assignment.id);
    for (const id of tas.slice(1)) expect((await call('DELETE', `/projects/${pid}/task_assignments/${String(id)}`)).status).toBe(200);
    const last = await call('DELETE', `/projects/${pid}/task_assignments/${String(tas[0])}`);
    expect(last).toMatchObject({ status: 400, headers: { Hint: 'A project must keep at least one task' } });
  });

  it('project managers work on the projects they manage only', async () => {
    const managed = ((await call('GET', '/projects', undefined, 'manager')).body as { project: Json }[]).map((p) => p.project.id);
    expect(managed).toHaveLength(2);
    const newcomer = idOf(await call('POST', '/people', { user: { email: 'newcomer@example.com', first_name: 'New', last_name: 'Comer' } }));
    const add = await call('POST', `/projects/${String(managed[0])}/user_assignments`, { user: { id: newcomer } }, 'manager');
    expect(add.status).toBe(201);
    expect((await call('POST', `/projects/${String(managed[0])}/user_assignments`, { user: { id: newcomer } }, 'manager')).headers.Hint).toMatch(/already assigned/);
    expect((await call('POST', '/projects/2/user_assignments', { user: { id: newcomer } }, 'manager')).status).toBe(404);
    expect((await call('POST', '/projects', { project: { name: 'x', client_id: 1 } }, 'manager')).status).toBe(403);
    expect((await call('GET', '/people', undefined, 'manager')).status).toBe(403);
  });

  it('/daily/add: where an entry may go, and the dates it reads', async () => {
    expect((await call('POST', '/daily/add', { project_id: 5, task_id: 1, hours: 1 })).headers.Hint).toMatch(/archived/);
    expect((await call('POST', '/daily/add', { project_id: 999, task_id: 1, hours: 1 })).status).toBe(404);
    expect((await call('POST', '/daily/add', { project_id: 1, task_id: 6, hours: 1 })).headers.Hint).toMatch(/not assigned/);
    const rfc = (await call('POST', '/daily/add', { project_id: 1, task_id: 1, hours: '2.5', spent_at: 'Tue, 17 Oct 2006' })).body as Json;
    expect(rfc).toMatchObject({ spent_at: '2006-10-17', hours: 2.5 });
    for (const bad of ['2026-02-30', 'yesterday', '17/10/2006']) expect((await call('POST', '/daily/add', { project_id: 1, task_id: 1, hours: 1, spent_at: bad })).status).toBe(400);
    expect((await call('GET', '/daily/366/2026')).status).toBe(404);
    expect(((await call('GET', '/daily/366/2028')).body as Json).for_day).toBe('2028-12-31');
    expect((await call('GET', '/daily?of_user=999')).status).toBe(404);
  });

  it('an update of a running entry sets its hours and keeps the timer running from now', async () => {
    const running = (await call('POST', '/daily/add', { project_id: 1, task_id: 1, hours: ' ' })).body as Json;
    engine.clock.advance(30 * 60_000);
    expect(((await call('GET', `/daily/show/${String(running.id)}`)).body as Json).hours).toBe(0.5);
    const updated = (await call('POST', `/daily/update/${String(running.id)}`, { hours: 2 })).body as Json;
    expect(updated).toMatchObject({ hours: 2, timer_started_at: '2026-11-18T10:30:00Z' });
    engine.clock.advance(6 * 60_000);
    expect(((await call('GET', `/daily/show/${String(running.id)}`)).body as Json).hours).toBe(2.1);
  });

  it('updated_since filters by change time; a malformed one is a 400', async () => {
    expect(((await call('GET', '/clients?updated_since=2000-01-01+00%3A00')).body as unknown[]).length).toBe(4);
    await call('PUT', '/clients/2', { client: { details: 'changed now' } });
    const since = (await call('GET', '/clients?updated_since=2026-11-18+09%3A59')).body as { client: Json }[];
    expect(since.map((c) => c.client.id)).toEqual([2]);
    expect((await call('GET', '/clients?updated_since=soon')).status).toBe(400);
  });
});
