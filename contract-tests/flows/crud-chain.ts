/**
 * client -> project -> task -> time entry -> the list finds it (filtered)
 * -> update (PUT, with the task) -> the summary report reflects it -> delete
 * -> it is gone. The task goes on with the update, not the create: a server
 * that refuses `task_id` on create (the real 5.10 does) fails
 * `createTimeEntry › documented_input (task_id)`, and this chain still
 * checks the rest.
 */
import { idOf } from '../lib/context.js';
import { removeClient } from '../lib/factory.js';
import { arrayAt, expectThat, objectAt, step, type Flow } from '../lib/flow.js';

export const crudChain: Flow = {
  id: 'crud-chain',
  title: 'client -> project -> task -> time entry -> list/filter -> update -> summary -> delete',
  async run(c) {
    const day = c.entryDay;

    const client = await step(c, 'create client', 'createClient', { json: { name: c.name('client'), email: 'flow@example.com' } }, 201);
    const clientId = idOf(client.body, 'client');
    c.defer(`remove client ${clientId}`, () => removeClient(c, clientId));

    const project = await step(c, 'create project', 'createProject', { json: { name: c.name('project'), client_id: clientId, hourly_rate: 100, billable: true } }, 201);
    const projectId = idOf(project.body, 'project');
    c.defer(`archive project ${projectId}`, () => c.call('archiveProject', { params: { project_id: projectId } }));
    expectThat(objectAt(project, 'project', 'create project').client_id === clientId, 'create project', 'project.client_id is not the client just created', project.ex);

    const task = await step(c, 'create task', 'createTask', { json: { name: c.name('task'), project_id: projectId } }, 201);
    const taskId = idOf(task.body, 'task');
    c.defer(`delete task ${taskId}`, () => c.call('deleteTask', { params: { task_id: taskId } }));
    expectThat(objectAt(task, 'task', 'create task').project_id === projectId, 'create task', 'task.project_id is not the project just created', task.ex);

    const slot = c.room.next(30);
    const notes = c.name('flow entry');
    const created = await step(
      c,
      'create time entry',
      'createTimeEntry',
      { json: { project_id: projectId, start_time: slot.start, end_time: slot.end, notes, billable: true } },
      201,
    );
    const entry = objectAt(created, 'time_entry', 'create time entry');
    const entryId = idOf(created.body, 'time_entry');
    let deleted = false;
    c.defer(`delete time entry ${entryId}`, async () => {
      if (!deleted) await c.call('deleteTimeEntry', { params: { entry_id: entryId } });
    });
    expectThat(entry.project_id === projectId, 'create time entry', 'the entry does not carry the project it was created with', created.ex);
    expectThat(entry.duration_seconds === 1800, 'create time entry', `duration_seconds is ${String(entry.duration_seconds)}, 30 minutes were booked`, created.ex);

    const listed = await step(c, 'list filtered by project and day', 'listTimeEntries', { query: { project_id: projectId, start_date: day, end_date: day } }, 200);
    const items = arrayAt(listed, 'time_entries', 'list filtered by project and day');
    expectThat(items.some((e) => e.id === entryId), 'list filtered by project and day', `entry ${entryId} is not in the filtered list`, listed.ex);
    expectThat(items.every((e) => e.project_id === projectId), 'list filtered by project and day', 'the list holds entries of other projects', listed.ex);

    const got = await step(c, 'get entry', 'getTimeEntry', { params: { entry_id: entryId } }, 200);
    expectThat(objectAt(got, 'time_entry', 'get entry').notes === notes, 'get entry', 'notes differ from what was created', got.ex);

    const updated = await step(c, 'update entry (PUT, with the task)', 'updateTimeEntry', { params: { entry_id: entryId }, json: { task_id: taskId, notes: `${notes} (edited)`, billable: false } }, 200);
    const after = objectAt(updated, 'time_entry', 'update entry (PUT, with the task)');
    expectThat(after.notes === `${notes} (edited)` && after.billable === false && after.task_id === taskId, 'update entry (PUT, with the task)', 'the answer does not show the update', updated.ex);
    const reread = await step(c, 'get updated entry', 'getTimeEntry', { params: { entry_id: entryId } }, 200);
    const r = objectAt(reread, 'time_entry', 'get updated entry');
    expectThat(r.notes === `${notes} (edited)` && r.billable === false && r.task_id === taskId, 'get updated entry', 'the update did not persist', reread.ex);

    const summary = await step(c, 'summary report', 'getSummaryReport', { query: { project_id: projectId, start_date: day, end_date: `${day}T23:59:59` } }, 200);
    const s = objectAt(summary, 'summary', 'summary report');
    const hours = typeof r.duration_hours === 'number' ? r.duration_hours : 0.5;
    expectThat(s.total_entries === 1, 'summary report', `total_entries is ${String(s.total_entries)}, the project has exactly 1 entry that day`, summary.ex);
    expectThat(typeof s.total_hours === 'number' && Math.abs(s.total_hours - hours) < 0.011, 'summary report', `total_hours is ${String(s.total_hours)}, expected ${hours}`, summary.ex);
    expectThat(typeof s.billable_hours === 'number' && Math.abs(s.billable_hours) < 0.011, 'summary report', `billable_hours is ${String(s.billable_hours)}, the entry was made non-billable`, summary.ex);
    const byProject = Array.isArray(s.by_project) ? s.by_project : [];
    expectThat(
      byProject.some((p) => typeof p === 'object' && p !== null && (p as { project_id?: unknown }).project_id === projectId),
      'summary report',
      'by_project does not list the project',
      summary.ex,
    );

    await step(c, 'delete entry', 'deleteTimeEntry', { params: { entry_id: entryId } }, 200);
    deleted = true;
    await step(c, 'get deleted entry (use after free)', 'getTimeEntry', { params: { entry_id: entryId } }, 404);
    const relisted = await step(c, 'list after delete', 'listTimeEntries', { query: { project_id: projectId, start_date: day, end_date: day } }, 200);
    expectThat(!arrayAt(relisted, 'time_entries', 'list after delete').some((e) => e.id === entryId), 'list after delete', `entry ${entryId} is still listed`, relisted.ex);

    await step(c, 'delete task', 'deleteTask', { params: { task_id: taskId } }, 200);
    await step(c, 'get deleted task (use after free)', 'getTask', { params: { task_id: taskId } }, 404);
  },
};
