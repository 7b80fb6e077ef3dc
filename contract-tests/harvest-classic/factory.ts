/**
 * Creating what Harvest checks need, through the API, each with its cleanup
 * registered on the context. Creates answer 201 with no body and the id as
 * the last segment of `Location`, so this reads ids from there. Everything
 * is named `contract <run id> ...`.
 */
import { SetupError, prerequisiteFailed, type Ctx } from '../lib/context.js';
import type { Exchange, OpRequest } from '../lib/http.js';
import { isObject, type JsonObject } from '../lib/spec.js';

/** The id at the end of a 201's `Location`, or undefined. */
export function locationId(ex: Exchange): number | undefined {
  const m = /\/(\d+)$/.exec(ex.response.headers.location ?? '');
  return m ? Number(m[1]) : undefined;
}

/** Call as a prerequisite that creates: 201 with a Location id, else SetupError. */
export async function mustCreate(c: Ctx, operationId: string, req: OpRequest): Promise<number> {
  let ex: Exchange;
  try {
    ex = await c.call(operationId, req);
  } catch (error) {
    throw new SetupError(`${operationId}: ${error instanceof Error ? error.message : String(error)}`);
  }
  const id = ex.response.status === 201 ? locationId(ex) : undefined;
  if (id === undefined) throw prerequisiteFailed(`${operationId} (no 201 with a Location id)`, ex);
  return id;
}

/** Call as a prerequisite that reads: 2xx with JSON (object or array), else SetupError. */
export async function mustRead(c: Ctx, operationId: string, req: OpRequest = {}): Promise<unknown> {
  const ex = await c.call(operationId, req);
  if (ex.response.status < 200 || ex.response.status >= 300 || ex.response.json === undefined) throw prerequisiteFailed(operationId, ex);
  return ex.response.json;
}

/** Remove quietly: a 404 (already gone) is fine, anything else but 2xx is a cleanup warning. */
export async function quietly(c: Ctx, label: string, operationId: string, req: OpRequest): Promise<void> {
  const ex = await c.call(operationId, req);
  const s = ex.response.status;
  if ((s >= 200 && s < 300) || s === 404) return;
  throw new Error(`${label}: ${operationId} answered ${s} ${ex.response.text.slice(0, 120)}`);
}

export async function createClient(c: Ctx): Promise<number> {
  c.requireWrites();
  const id = await mustCreate(c, 'createClient', { json: { client: { name: c.name('client') } } });
  c.defer(`delete client ${id}`, () => quietly(c, `delete client ${id}`, 'deleteClient', { params: { client_id: id } }));
  return id;
}

export async function createContact(c: Ctx, clientId: number): Promise<number> {
  c.requireWrites();
  const id = await mustCreate(c, 'createContact', { json: { contact: { client_id: clientId, first_name: 'Contract', last_name: c.name('contact'), email: 'contract@example.com' } } });
  c.defer(`delete contact ${id}`, () => quietly(c, `delete contact ${id}`, 'deleteContact', { params: { contact_id: id } }));
  return id;
}

/** A project of the client; its creator (the run's administrator) may book on it. Deleted at the end (its entries first). */
export async function createProject(c: Ctx, clientId: number): Promise<number> {
  c.requireWrites();
  const id = await mustCreate(c, 'createProject', { json: { project: { name: c.name('project'), client_id: clientId, billable: true, notes: 'created by the contract suites' } } });
  c.defer(`delete project ${id}`, () => quietly(c, `delete project ${id}`, 'deleteProject', { params: { project_id: id } }));
  return id;
}

export async function createTask(c: Ctx): Promise<number> {
  c.requireWrites();
  const id = await mustCreate(c, 'createTask', { json: { task: { name: c.name('task'), billable_by_default: true } } });
  c.defer(`delete task ${id}`, () => quietly(c, `delete task ${id}`, 'deleteTask', { params: { task_id: id } }));
  return id;
}

export async function assignTask(c: Ctx, projectId: number, taskId: number): Promise<number> {
  c.requireWrites();
  const id = await mustCreate(c, 'createTaskAssignment', { params: { project_id: projectId }, json: { task: { id: taskId } } });
  c.defer(`remove task assignment ${id}`, () => quietly(c, `remove task assignment ${id}`, 'deleteTaskAssignment', { params: { project_id: projectId, task_assignment_id: id } }));
  return id;
}

export async function createPerson(c: Ctx): Promise<number> {
  c.requireWrites();
  const tag = c.name('person').replace(/\W+/g, '-');
  const id = await mustCreate(c, 'createPerson', { json: { user: { email: `${tag}@example.com`, first_name: 'Contract', last_name: tag } } });
  c.defer(`delete person ${id}`, () => quietly(c, `delete person ${id}`, 'deletePerson', { params: { user_id: id } }));
  return id;
}

export async function assignPerson(c: Ctx, projectId: number, userId: number): Promise<number> {
  c.requireWrites();
  const id = await mustCreate(c, 'createUserAssignment', { params: { project_id: projectId }, json: { user: { id: userId } } });
  c.defer(`remove user assignment ${id}`, () => quietly(c, `remove user assignment ${id}`, 'deleteUserAssignment', { params: { project_id: projectId, user_assignment_id: id } }));
  return id;
}

/** A day entry of the run's user with `hours` (blank: a running timer); deleted at the end. */
export async function createEntry(c: Ctx, projectId: number, taskId: number, hours: number | string = 0.5): Promise<JsonObject> {
  c.requireWrites();
  const ex = await c.call('addDayEntry', { json: { project_id: projectId, task_id: taskId, hours, notes: c.name('entry') } });
  const body = ex.response.json;
  if (ex.response.status !== 201 || !isObject(body) || typeof body.id !== 'number') throw prerequisiteFailed('addDayEntry', ex);
  const id = body.id;
  c.defer(`delete day entry ${id}`, () => quietly(c, `delete day entry ${id}`, 'deleteDayEntry', { params: { day_entry_id: id } }));
  return body;
}

/** Is a timer running for the run's user today? (The suites never stop a timer they did not start.) */
export async function requireNoRunningTimer(c: Ctx): Promise<void> {
  const daily = await mustRead(c, 'getDaily');
  const entries = isObject(daily) && Array.isArray(daily.day_entries) ? daily.day_entries : [];
  if (entries.some((e) => isObject(e) && e.timer_started_at !== undefined && e.timer_started_at !== null)) {
    throw new SetupError('a timer is already running for this user; the suites do not stop timers they did not start');
  }
}
