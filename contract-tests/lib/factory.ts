/**
 * Creating what a check needs, through the API itself, each with its cleanup
 * registered on the context. Everything is named `contract <run id> ...`.
 * Projects cannot be deleted through the API, only archived: that is their
 * cleanup. Clients are deleted when the server offers DELETE /clients/{id}.
 */
import { Ctx, SetupError, idOf, prerequisiteFailed } from './context.js';
import type { Exchange, OpRequest } from './http.js';
import { isObject, type JsonObject } from './spec.js';

/** Gone already: a 404, or the 400 "... not found" some servers answer instead (the real TimeTracker on writes). */
const gone = (ex: Exchange): boolean => ex.response.status === 404 || (ex.response.status === 400 && /not found/i.test(ex.response.text));

async function quietly(c: Ctx, label: string, opId: string, req: OpRequest, okStatuses: number[] = []): Promise<void> {
  const ex = await c.call(opId, req);
  const s = ex.response.status;
  if ((s >= 200 && s < 300) || gone(ex) || okStatuses.includes(s)) return;
  throw new Error(`${label}: ${opId} answered ${s} ${ex.response.text.slice(0, 120)}`);
}

/**
 * Remove a client the run created: DELETE it, or, when it still has (archived)
 * projects or entries (400), set it inactive as the spec advises. The real
 * server has neither (405): the client stays (see README).
 */
export async function removeClient(c: Ctx, id: number): Promise<void> {
  const ex = await c.call('deleteClient', { params: { client_id: id } });
  if (ex.response.status === 400) await quietly(c, `deactivate client ${id}`, 'updateClient', { params: { client_id: id }, json: { status: 'inactive' } }, [405]);
}

export async function createClient(c: Ctx, extra: JsonObject = {}): Promise<JsonObject> {
  c.requireWrites();
  const body = await c.must('createClient', { json: { name: c.name('client'), email: 'contract@example.com', ...extra } });
  const id = idOf(body, 'client');
  c.defer(`remove client ${id}`, () => removeClient(c, id));
  return body.client as JsonObject;
}

export async function createProject(c: Ctx, clientId: number, extra: JsonObject = {}): Promise<JsonObject> {
  c.requireWrites();
  const body = await c.must('createProject', {
    json: { name: c.name('project'), client_id: clientId, description: 'created by the contract suites', billable: true, hourly_rate: 80, ...extra },
  });
  const id = idOf(body, 'project');
  c.defer(`archive project ${id}`, () => quietly(c, `archive project ${id}`, 'archiveProject', { params: { project_id: id } }));
  return body.project as JsonObject;
}

export async function createTask(c: Ctx, projectId: number, extra: JsonObject = {}): Promise<JsonObject> {
  c.requireWrites();
  const body = await c.must('createTask', { json: { name: c.name('task'), project_id: projectId, description: 'created by the contract suites', ...extra } });
  const id = idOf(body, 'task');
  c.defer(`delete task ${id}`, () => quietly(c, `delete task ${id}`, 'deleteTask', { params: { task_id: id } }));
  return body.task as JsonObject;
}

export function deferDeleteEntry(c: Ctx, id: number): void {
  c.defer(`delete time entry ${id}`, () => quietly(c, `delete time entry ${id}`, 'deleteTimeEntry', { params: { entry_id: id } }));
}

/** The request body of a finished time entry in the next free slot of the entry day. */
export function entryBody(c: Ctx, projectId: number, minutes = 10, extra: JsonObject = {}): JsonObject {
  const slot = c.room.next(minutes);
  return { project_id: projectId, start_time: slot.start, end_time: slot.end, notes: c.name('entry'), billable: true, ...extra };
}

const overlaps = (ex: Exchange): boolean => ex.response.status === 400 && /overlap/i.test(ex.response.text);

/**
 * Create a finished time entry (10 minutes) in free time of the entry day.
 * Should the server still report an overlap (someone booked since the day
 * was read), the day is read again and the next free slot tried (three tries).
 */
export async function createEntry(c: Ctx, projectId: number, extra: JsonObject = {}, minutes = 10, headers?: Record<string, string>): Promise<JsonObject> {
  c.requireWrites();
  for (let attempt = 0; ; attempt++) {
    const json = entryBody(c, projectId, minutes, extra);
    const ex = await c.call('createTimeEntry', { json, headers });
    if (overlaps(ex) && attempt < 3) {
      await c.room.refresh();
      continue;
    }
    const s = ex.response.status;
    if (s < 200 || s >= 300 || !isObject(ex.response.json)) throw prerequisiteFailed('createTimeEntry', ex);
    const id = idOf(ex.response.json, 'time_entry');
    deferDeleteEntry(c, id);
    return ex.response.json.time_entry as JsonObject;
  }
}

/** Imported rows carry no id back: find them by their note on the entry day afterwards, and delete them. */
export function deferDeleteImported(c: Ctx, projectId: number, note: string): void {
  c.defer(`delete imported entry "${note}"`, async () => {
    const day = c.entryDay;
    const list = await c.must('listTimeEntries', { query: { project_id: projectId, start_date: day, end_date: day, per_page: 100 } });
    const entries = Array.isArray(list.time_entries) ? list.time_entries.filter(isObject) : [];
    for (const e of entries) if (e.notes === note && typeof e.id === 'number') await quietly(c, `delete imported entry ${e.id}`, 'deleteTimeEntry', { params: { entry_id: e.id } });
  });
}

export async function createQuote(c: Ctx, clientId: number, extra: JsonObject = {}): Promise<JsonObject> {
  c.requireWrites();
  const body = await c.must('createQuote', {
    json: {
      client_id: clientId,
      title: c.name('quote'),
      description: 'created by the contract suites',
      tax_rate: 21,
      currency_code: 'EUR',
      items: [{ description: 'Consulting', quantity: 2, unit_price: 50 }],
      ...extra,
    },
  });
  const id = idOf(body, 'quote');
  c.defer(`delete quote ${id}`, () => quietly(c, `delete quote ${id}`, 'deleteQuote', { params: { quote_id: id } }));
  return body.quote as JsonObject;
}

/** Is a timer running for the token's user? */
export async function timerActive(c: Ctx): Promise<boolean> {
  const body = await c.must('getTimerStatus');
  return body.active === true;
}

/** Require an idle timer (the suites never stop a timer they did not start). */
export async function requireIdleTimer(c: Ctx): Promise<void> {
  if (await timerActive(c)) throw new SetupError('a timer is already running for this user; the suites do not stop timers they did not start');
}

/**
 * Before a timer starts: the user has none running and no entry in the time
 * it will run (a timer starts at the server's now, its slot cannot be chosen).
 */
export async function requireTimerRoom(c: Ctx): Promise<void> {
  c.requireWrites();
  await requireIdleTimer(c);
  await c.room.requireTimerRoom();
}

/** Cleanup of a started timer: stop it if it is still the running one, then delete its entry. */
export function deferStopTimer(c: Ctx, id: number): void {
  c.defer(`stop timer and delete entry ${id}`, async () => {
    const st = await c.call('getTimerStatus');
    const timer = isObject(st.response.json) ? st.response.json.timer : undefined;
    if (isObject(timer) && timer.id === id) await quietly(c, 'stop timer', 'stopTimer', {});
    await quietly(c, `delete time entry ${id}`, 'deleteTimeEntry', { params: { entry_id: id } });
  });
}

/** Start a timer on a project; cleanup stops it (if still running) and deletes its entry. */
export async function startTimer(c: Ctx, projectId: number): Promise<JsonObject> {
  await requireTimerRoom(c);
  const body = await c.must('startTimer', { json: { project_id: projectId, notes: c.name('timer') } });
  deferStopTimer(c, idOf(body, 'timer'));
  return body.timer as JsonObject;
}

/**
 * Is a workday open for the token's user? Read as the real server answers
 * `GET /workday/status`: `{"success": true, "data": {"active": ..., "session": ...}}`
 * (issue 13: a top-level `work_active` is not there, and misreading it left
 * a workday open on the server).
 */
export async function workdayOpen(c: Ctx): Promise<boolean> {
  const body = await c.must('getWorkdayStatus');
  const data = isObject(body.data) ? body.data : undefined;
  if (!data || typeof data.active !== 'boolean') throw new SetupError(`GET /workday/status gave no data.active: ${JSON.stringify(body).slice(0, 160)}`);
  return data.active;
}

/** Require no open workday (the suites never end a workday they did not start). */
export async function requireNoWorkday(c: Ctx): Promise<void> {
  c.requireWrites();
  if (await workdayOpen(c)) throw new SetupError('a workday is already open for this user; the suites do not end workdays they did not start');
}

/** Open a workday (requires none open); cleanup ends it if still open. */
export async function startWorkday(c: Ctx): Promise<void> {
  await requireNoWorkday(c);
  await c.must('startWorkday', { json: { notes: c.name('workday') } });
  c.defer('end workday', async () => {
    if (await workdayOpen(c)) await quietly(c, 'end workday', 'endWorkday', {});
  });
}
