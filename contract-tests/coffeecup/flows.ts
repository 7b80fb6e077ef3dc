/**
 * CoffeeCup's stateful flows, each on objects it makes itself:
 * - `timesheet-day`: the third-party CLI's day (running entries started,
 *   read back by `where` and `sort`, switched by a batch update, stopped);
 * - `list-meta`: `meta.total` counts every match while `limit` and `skip`
 *   page, and `sort` orders;
 * - `archive-and-delete`: archiving a client completes its project and
 *   archives its assignments; a project with entries cannot be deleted
 *   (the documented 500); without them it can, and is then gone.
 */
import { SetupError } from '../lib/checks.js';
import type { Ctx } from '../lib/context.js';
import { arrayAt, expectThat, objectAt, step, type Flow } from '../lib/flow.js';
import { isObject, type JsonObject } from '../lib/spec.js';
import { assignTask, createClient, createEntry, createProject, createTask, myId, today } from './factory.js';

/** A project of a fresh client with one task assigned: what a flow books on. */
async function bookable(c: Ctx): Promise<{ client: number; project: number; task: number }> {
  const client = await createClient(c);
  const project = await createProject(c, client);
  const task = await createTask(c);
  await assignTask(c, project, task);
  return { client, project, task };
}

const ids = (items: JsonObject[]) => items.map((e) => e.id);

export const timesheetDay: Flow = {
  id: 'timesheet-day',
  title: "the CLI's day: start, read by where and sort, switch by a batch update, stop",
  async run(c) {
    c.requireWrites();
    const me = await myId(c);
    const day = today();
    // Starting an entry would stop the user's running one: never touch time someone is tracking.
    // (Read by the plain `user` parameter and checked here, so the where step below is the one that judges `where`.)
    const listed = await c.must('listTimeEntries', { query: { user: me, limit: 10000 } });
    const running = (Array.isArray(listed.timeEntries) ? listed.timeEntries : []).filter((e) => isObject(e) && e.user === me && e.running === true);
    if (running.length > 0) throw new SetupError(`a time entry of user ${me} is running; the flow starts its own and would stop it`);
    const { project, task } = await bookable(c);
    const a = await createEntry(c, project, task, { running: true, comment: c.name('first') });
    expectThat(a.running === true, 'start a', 'the created entry is not running');
    const listDay = async (label: string) => {
      // The user id as a string, as the CLI sends it.
      const r = await step(c, label, 'listTimeEntries', { query: { limit: 1000, where: JSON.stringify({ user: String(me), day }), sort: 'day ASC,sorting ASC' } }, 200);
      const items = arrayAt(r, 'timeEntries', label);
      expectThat(items.every((e) => e.user === me && e.day === day), label, `where {"user":"${me}","day":"${day}"} answered entries of other users or days: ${JSON.stringify(items.filter((e) => e.user !== me || e.day !== day).map((e) => [e.id, e.user, e.day]).slice(0, 5))}`, r.ex);
      const sortings = items.map((e) => Number(e.sorting ?? 0));
      expectThat(sortings.every((s, i) => i === 0 || s >= sortings[i - 1]), label, `not sorted by sorting ASC: ${sortings.join(', ')}`, r.ex);
      const meta = objectAt(r, 'meta', label);
      expectThat(meta.total === items.length, label, `meta.total ${String(meta.total)} but ${items.length} entries listed (limit 1000)`, r.ex);
      return items;
    };
    let items = await listDay('list the day');
    expectThat(ids(items).includes(a.id), 'list the day', `entry ${String(a.id)} is missing`);
    const b = await createEntry(c, project, task, { running: true, comment: c.name('second') });
    const aNow = objectAt(await step(c, 'read a after starting b', 'getTimeEntry', { params: { id: a.id as number } }, 200), 'timeEntry', 'read a after starting b');
    expectThat(aNow.running === false, 'read a after starting b', 'starting b left a running: one running entry per user');
    items = await listDay('list the day again');
    const aRead = items.find((e) => e.id === a.id)!;
    const bRead = items.find((e) => e.id === b.id);
    expectThat(bRead !== undefined && bRead.running === true, 'list the day again', 'b is missing or not running');
    // Resume a and stop b in one call, sending each entry as read (as the CLI does).
    const batch = await step(c, 'batch: resume a, stop b', 'batchUpdateTimeEntries', { json: { timeEntries: [{ ...aRead, running: true }, { ...bRead, running: false }] } }, 200);
    const answered = arrayAt(batch, 'timeEntries', 'batch: resume a, stop b');
    expectThat(answered.map((e) => [e.id, e.running]).join(';') === [[a.id, true], [b.id, false]].join(';'), 'batch: resume a, stop b', `answered ${JSON.stringify(answered.map((e) => [e.id, e.running]))}`, batch.ex);
    items = await listDay('list after the batch');
    const runningNow = items.filter((e) => e.running === true).map((e) => e.id);
    expectThat(runningNow.length === 1 && runningNow[0] === a.id, 'list after the batch', `running: ${JSON.stringify(runningNow)}, expected only ${String(a.id)}`);
    const stopped = objectAt(await step(c, 'stop a', 'updateTimeEntry', { params: { id: a.id as number }, json: { timeEntry: { running: false } } }, 200), 'timeEntry', 'stop a');
    expectThat(stopped.running === false && typeof stopped.duration === 'number', 'stop a', 'a is still running or has no duration');
  },
};

export const listMeta: Flow = {
  id: 'list-meta',
  title: 'meta.total counts every match while limit and skip page, sort orders',
  async run(c) {
    c.requireWrites();
    const { project, task } = await bookable(c);
    const made: unknown[] = [];
    for (let i = 0; i < 3; i++) made.push((await createEntry(c, project, task, { seconds: 300 + i * 60 })).id);
    const page = async (label: string, query: Record<string, string | number>) => {
      const r = await step(c, label, 'listTimeEntries', { query: { where: JSON.stringify({ project }), ...query } }, 200);
      return { items: arrayAt(r, 'timeEntries', label), meta: objectAt(r, 'meta', label), ex: r.ex };
    };
    const first = await page('first page', { limit: 2, sort: 'id ASC' });
    expectThat(ids(first.items).join() === made.slice(0, 2).join(), 'first page', `ids ${ids(first.items).join()}, expected ${made.slice(0, 2).join()}`, first.ex);
    expectThat(first.meta.total === 3 && first.meta.limit === 2 && first.meta.skip === 0, 'first page', `meta ${JSON.stringify(first.meta)}: total 3, limit 2, skip 0 expected`, first.ex);
    const rest = await page('skip 2', { limit: 2, skip: 2, sort: 'id ASC' });
    expectThat(ids(rest.items).join() === String(made[2]), 'skip 2', `ids ${ids(rest.items).join()}, expected ${String(made[2])}`, rest.ex);
    expectThat(rest.meta.total === 3, 'skip 2', `meta.total ${String(rest.meta.total)} on the last page, expected 3`, rest.ex);
    const desc = await page('sort DESC', { limit: 1, sort: 'duration DESC' });
    expectThat(ids(desc.items).join() === String(made[2]) && desc.meta.total === 3, 'sort DESC', `first by duration DESC: ${ids(desc.items).join()} (total ${String(desc.meta.total)}), expected ${String(made[2])} of 3`, desc.ex);
    const bracket = await step(c, 'project[] list', 'listTimeEntries', { query: { 'project[]': project, limit: 1 } }, 200);
    expectThat(objectAt(bracket, 'meta', 'project[] list').total === 3, 'project[] list', 'project[] finds another number of entries than where', bracket.ex);
  },
};

export const archiveAndDelete: Flow = {
  id: 'archive-and-delete',
  title: 'archiving cascades; a project with entries cannot be deleted, without them it can',
  async run(c) {
    c.requireWrites();
    const { client, project, task } = await bookable(c);
    const entry = await createEntry(c, project, task);
    const refused = await step(c, 'delete the project with an entry', 'deleteProject', { params: { id: project } }, 500);
    expectThat(typeof refused.body.raw === 'string', 'delete the project with an entry', 'the 500 has no raw message', refused.ex);
    await step(c, 'archive the client', 'updateClient', { params: { id: client }, json: { client: { status: 0 } } }, 200);
    const p = objectAt(await step(c, 'read the project', 'getProject', { params: { id: project } }, 200), 'project', 'read the project');
    expectThat(p.status === 0, 'read the project', `the project of an archived client has status ${String(p.status)}, expected 0 (completed)`);
    const assignments = arrayAt(await step(c, 'read its task assignments', 'listTaskAssignments', { query: { 'project[]': project } }, 200), 'taskAssignments', 'read its task assignments');
    expectThat(assignments.length === 1 && assignments[0].status === 0, 'read its task assignments', `assignments ${JSON.stringify(assignments.map((a) => a.status))}, expected one archived`);
    await step(c, 'no new entries on it', 'createTimeEntry', { json: { timeEntry: { project, task, day: today(), duration: 60 } } }, 400);
    await step(c, 'delete the entry', 'deleteTimeEntry', { params: { id: entry.id as number } }, 200);
    await step(c, 'delete the project', 'deleteProject', { params: { id: project } }, 200);
    await step(c, 'the project is gone', 'getProject', { params: { id: project } }, 404);
    await step(c, 'delete the client', 'deleteClient', { params: { id: client } }, 200);
  },
};

export const COFFEECUP_FLOWS = [timesheetDay, listMeta, archiveAndDelete];
