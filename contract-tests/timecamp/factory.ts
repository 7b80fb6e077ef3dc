/**
 * Creating what TimeCamp checks need, through the API, each with its
 * cleanup registered on the context. Creates answer differently per
 * resource (a task keyed by its new id, `{"entry_id"}`, a client in an
 * array, an invoice or a group as itself), so each reads its id where the
 * docs put it. Everything is named `contract <run id> ...`; time entries go
 * on yesterday (the run's clock) with a duration and no time frame, so they
 * overlap nothing the user has.
 */
import { SetupError, prerequisiteFailed, type Ctx } from '../lib/context.js';
import { yesterday } from '../lib/clock.js';
import type { Exchange, OpRequest } from '../lib/http.js';
import { isObject } from '../lib/spec.js';

/** Call as a prerequisite: a 2xx with a JSON body (object or array), else SetupError. */
export async function mustCall(c: Ctx, operationId: string, req: OpRequest = {}): Promise<unknown> {
  let ex: Exchange;
  try {
    ex = await c.call(operationId, req);
  } catch (error) {
    throw new SetupError(`${operationId}: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (ex.response.status < 200 || ex.response.status >= 300 || ex.response.json === undefined) throw prerequisiteFailed(operationId, ex);
  return ex.response.json;
}

/** Remove quietly: a 2xx or a 404/204 (already gone) is fine, anything else a cleanup warning. */
export async function quietly(c: Ctx, label: string, operationId: string, req: OpRequest): Promise<void> {
  const s = (await c.call(operationId, req)).response.status;
  if ((s >= 200 && s < 300) || s === 404) return;
  throw new Error(`${label}: ${operationId} answered ${s}`);
}

const digits = (v: unknown): number | undefined => (typeof v === 'number' ? v : typeof v === 'string' && /^\d+$/.test(v) ? Number(v) : undefined);

/** The id a create answered, by the resource's way of answering. */
export function createdId(operationId: string, body: unknown): number | undefined {
  switch (operationId) {
    case 'createTask':
      return isObject(body) ? digits(Object.keys(body)[0]) : undefined;
    case 'createEntry':
      return isObject(body) ? digits(body.entry_id) : undefined;
    case 'createClient': {
      const client = Array.isArray(body) ? body[0] : body;
      return isObject(client) ? digits(client.clientId) : undefined;
    }
    case 'createInvoice':
      return isObject(body) ? digits(body.invoiceId) : undefined;
    case 'createGroup':
      return isObject(body) ? digits(body.group_id) : undefined;
    default:
      return undefined;
  }
}

/** What deletes each kind, and the body field naming it. */
export const REMOVERS: Record<string, { op: string; field: string; query?: boolean }> = {
  createTask: { op: 'deleteTask', field: 'task_id', query: true },
  createEntry: { op: 'deleteEntry', field: 'id' },
  createClient: { op: 'deleteClient', field: 'clientId' },
  createInvoice: { op: 'deleteInvoice', field: 'invoiceId' },
  createGroup: { op: 'deleteGroup', field: 'group_id' },
};

/** Register the removal of what a create answered (no-op when it created nothing). */
export function removeLater(c: Ctx, createOp: string, ex: Exchange): number | undefined {
  const id = ex.response.status < 300 ? createdId(createOp, ex.response.json) : undefined;
  const remover = REMOVERS[createOp];
  if (id === undefined || !remover) return undefined;
  const req: OpRequest = remover.query ? { query: { [remover.field]: id } } : { json: { [remover.field]: id } };
  c.defer(`${remover.op} ${id}`, () => quietly(c, `${remover.op} ${id}`, remover.op, req));
  return id;
}

/** Create through the API (a prerequisite: the answer must carry the new id) and register its removal. */
export async function make(c: Ctx, createOp: string, req: OpRequest): Promise<number> {
  c.requireWrites();
  const ex = await c.call(createOp, req);
  const id = removeLater(c, createOp, ex);
  if (id === undefined) throw prerequisiteFailed(`${createOp} (no new id in the answer)`, ex);
  return id;
}

export const createProject = (c: Ctx): Promise<number> => make(c, 'createTask', { json: { name: c.name('project'), note: 'created by the contract suites' } });
export const createSubtask = (c: Ctx, parentId: number): Promise<number> => make(c, 'createTask', { json: { name: c.name('task'), parent_id: parentId } });
/** A 15-minute entry of the token's user on yesterday, without a time frame. */
export const createEntry = (c: Ctx, taskId: number, day = yesterday()): Promise<number> =>
  make(c, 'createEntry', { json: { date: day, duration: 900, task_id: taskId, description: c.name('entry'), service: 'timetracker-contract' } });
/** A client, form-encoded as the official client sends it (`clientId=-1`). */
export const createClient = (c: Ctx): Promise<number> =>
  make(c, 'createClient', { body: new URLSearchParams({ organizationName: c.name('client'), clientId: '-1' }).toString(), contentType: 'application/x-www-form-urlencoded' });
export const createInvoice = (c: Ctx, clientId: number): Promise<number> =>
  make(c, 'createInvoice', { json: { invoiceId: -1, clientId, description: c.name('invoice'), entries: [{ name: 'Checks', description: 'contract run', quantity: 1, unitCost: 1 }] } });
export const createGroup = (c: Ctx, parentId: number): Promise<number> => make(c, 'createGroup', { json: { parent_id: parentId, name: c.name('group') } });

/** The token's user: its id and root group. */
export async function me(c: Ctx): Promise<{ userId: number; rootGroupId: number; displayName: string | null }> {
  const body = await mustCall(c, 'getMe');
  const userId = isObject(body) ? digits(body.user_id) : undefined;
  const rootGroupId = isObject(body) ? digits(body.root_group_id) : undefined;
  if (userId === undefined || rootGroupId === undefined) throw new SetupError('getMe answered no user_id or root_group_id');
  return { userId, rootGroupId, displayName: isObject(body) && typeof body.display_name === 'string' ? body.display_name : null };
}

/** The suites never stop or discard a timer they did not start. */
export async function requireNoRunningTimer(c: Ctx): Promise<void> {
  const status = await mustCall(c, 'timerAction', { json: { action: 'status' } });
  if (isObject(status) && status.isTimerRunning === true) throw new SetupError('a timer is already running for this user; the suites do not stop timers they did not start');
}
