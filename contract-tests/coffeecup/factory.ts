/**
 * Creating what CoffeeCup checks need, through the API, each with its
 * cleanup registered on the context (newest first: entries before
 * assignments, projects before their clients). Creates answer the object
 * wrapped in its key (`{"project": {...}}`). Everything is named
 * `contract <run id> ...`; time entries go on the target's today (the
 * run's clock), with a duration and no start time, so they overlap nothing.
 */
import { now } from '../lib/clock.js';
import { SetupError, prerequisiteFailed, type Ctx } from '../lib/context.js';
import type { Exchange } from '../lib/http.js';
import { isObject, type JsonObject } from '../lib/spec.js';
import { quietly } from '../harvest-classic/factory.js';

export { mustRead, quietly } from '../harvest-classic/factory.js';

/** The run's today, `YYYY-MM-DD` (UTC). */
export const today = (): string => new Date(now()).toISOString().slice(0, 10);

/** `body[key]` of a 2xx answer, or SetupError. */
export function wrapped(ex: Exchange, operationId: string, key: string): JsonObject {
  const s = ex.response.status;
  const body = ex.response.json;
  const inner = isObject(body) ? body[key] : undefined;
  if (s < 200 || s >= 300 || !isObject(inner) || typeof inner.id !== 'number') throw prerequisiteFailed(`${operationId} (no ${key} with an id)`, ex);
  return inner;
}

/** Create through `operationId` and register the delete of what it made. */
export async function make(c: Ctx, operationId: string, key: string, json: unknown, deleteOp: string): Promise<JsonObject> {
  c.requireWrites();
  let ex: Exchange;
  try {
    ex = await c.call(operationId, { json });
  } catch (error) {
    throw new SetupError(`${operationId}: ${error instanceof Error ? error.message : String(error)}`);
  }
  const made = wrapped(ex, operationId, key);
  const id = made.id as number;
  c.defer(`${deleteOp} ${id}`, () => quietly(c, `${deleteOp} ${id}`, deleteOp, { params: { id } }));
  return made;
}

/** The id of the token's own user. */
export async function myId(c: Ctx): Promise<number> {
  const me = await c.must('getCurrentUser');
  const user = me.user;
  if (!isObject(user) || typeof user.id !== 'number') throw new SetupError('GET /v1/users/me has no user.id');
  return user.id;
}

export const createClient = async (c: Ctx) => (await make(c, 'createClient', 'client', { client: { name: c.name('client') } }, 'deleteClient')).id as number;
export const createProject = async (c: Ctx, client: number | null) =>
  (await make(c, 'createProject', 'project', { project: { name: c.name('project'), code: `K${c.runId}`, client } }, 'deleteProject')).id as number;
export const createTask = async (c: Ctx) => (await make(c, 'createTask', 'task', { task: { label: c.name('task') } }, 'deleteTask')).id as number;
export const assignTask = async (c: Ctx, project: number, task: number) => (await make(c, 'createTaskAssignment', 'taskAssignment', { taskAssignment: { project, task } }, 'deleteTaskAssignment')).id as number;
export const assignUser = async (c: Ctx, project: number, user: number) => (await make(c, 'createUserAssignment', 'userAssignment', { userAssignment: { project, user } }, 'deleteUserAssignment')).id as number;

/** A finished entry of ten minutes (or `seconds`) on today for the token's user, or a running one. */
export async function createEntry(c: Ctx, project: number, task: number, o: { seconds?: number; running?: boolean; comment?: string } = {}): Promise<JsonObject> {
  const timeEntry = { project, task, day: today(), duration: o.running ? 0 : (o.seconds ?? 600), comment: o.comment ?? c.name('entry'), ...(o.running ? { running: true } : {}) };
  return make(c, 'createTimeEntry', 'timeEntry', { timeEntry }, 'deleteTimeEntry');
}
