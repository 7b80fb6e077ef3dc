/**
 * The stateful flows of the board routes (reference §14-§16), each on
 * rows it makes and removes: a project board built, reordered and cleaned
 * up (keys unique within it, no global column leaking in); an issue moved
 * through its statuses; a calendar event on the last day of a month, which
 * a date-only `end` of that day leaves out. What they hold is the real
 * server's behaviour (observed), not the documentation's.
 */
import { columnKey } from '../cases/boards.js';
import { idOf } from '../lib/context.js';
import { arrayAt, expectThat, objectAt, sharedId, step, type Flow } from '../lib/flow.js';
import type { JsonObject } from '../lib/spec.js';

const OBS = 'observed' as const;

export const kanbanBoardFlow: Flow = {
  id: 'kanban-board',
  title: "project board: three columns -> reorder reversed -> the list follows; a repeated key in the project is 409; only the project's own columns are listed",
  async run(c, shared) {
    const projectId = sharedId(shared, 'projectId');
    const ids: number[] = [];
    for (const label of ['Backlog', 'Doing', 'Shipped']) {
      const made = await step(c, `column ${label}`, 'createKanbanColumn', { json: { key: columnKey(c), label, project_id: projectId, position: ids.length } }, 201);
      const id = idOf(made.body, 'column');
      ids.push(id);
      c.defer(`delete column ${id}`, () => c.call('deleteKanbanColumn', { params: { column_id: id } }));
    }
    const listed = async (label: string) => arrayAt(await step(c, label, 'listKanbanColumns', { query: { project_id: projectId } }, 200), 'columns', label);
    const before = await listed('the board');
    expectThat(before.every((col) => col.project_id === projectId), 'the board', 'a column of another board (or a global one) is listed', undefined, OBS);
    const mine = (cols: JsonObject[]) => cols.filter((col) => ids.includes(col.id as number)).map((col) => col.id as number);
    expectThat(JSON.stringify(mine(before)) === JSON.stringify(ids), 'the board', `order ${mine(before).join(',')}, expected ${ids.join(',')}`, undefined, OBS);

    const reversed = [...ids].reverse();
    await step(c, 'reorder', 'reorderKanbanColumns', { json: { column_ids: reversed, project_id: projectId } }, 200);
    const after = await listed('the board reordered');
    expectThat(JSON.stringify(mine(after)) === JSON.stringify(reversed), 'the board reordered', `order ${mine(after).join(',')}, expected ${reversed.join(',')}`, undefined, OBS);
    const positions = after.filter((col) => ids.includes(col.id as number)).map((col) => col.position);
    expectThat(JSON.stringify(positions) === '[0,1,2]', 'the board reordered', `positions ${positions.join(',')}, expected 0,1,2`, undefined, OBS);

    const first = after.find((col) => col.id === reversed[0]);
    await step(c, 'a key twice in one project', 'createKanbanColumn', { json: { key: String(first?.key), label: 'again', project_id: projectId } }, 409);
    const renamed = await step(c, 'rename', 'patchKanbanColumn', { params: { column_id: reversed[0] }, json: { label: 'Released' } }, 200);
    expectThat(objectAt(renamed, 'column', 'rename').label === 'Released', 'rename', 'the label did not change', renamed.ex);
    await step(c, 'delete', 'deleteKanbanColumn', { params: { column_id: ids[1] } }, 200);
    const left = mine(await listed('the board after a delete'));
    expectThat(!left.includes(ids[1]) && left.length === 2, 'the board after a delete', `columns ${left.join(',')} left`, undefined, OBS);
  },
};

export const issueStatusFlow: Flow = {
  id: 'issue-status',
  title: 'issue open -> in_progress -> resolved -> closed (is_open / is_resolved / is_closed follow), found by its status, deleted by an admin',
  async run(c, shared) {
    const projectId = sharedId(shared, 'projectId');
    const clientId = sharedId(shared, 'clientId');
    const made = await step(c, 'report', 'createIssue', { json: { title: c.name('issue'), client_id: clientId, project_id: projectId, priority: 'high' } }, 201);
    const id = idOf(made.body, 'issue');
    c.defer(`delete issue ${id}`, () => c.call('deleteIssue', { params: { issue_id: id } }));
    const opened = objectAt(made, 'issue', 'report');
    expectThat(opened.status === 'open' && opened.is_open === true && opened.client_id === clientId, 'report', `status ${String(opened.status)}, is_open ${String(opened.is_open)}`, made.ex, OBS);
    for (const [status, flag] of [['in_progress', 'is_open'], ['resolved', 'is_resolved'], ['closed', 'is_closed']] as const) {
      const moved = objectAt(await step(c, status, 'patchIssue', { params: { issue_id: id }, json: { status } }, 200), 'issue', status);
      const flags = ['is_open', 'is_resolved', 'is_closed'].filter((f) => moved[f] === true);
      expectThat(moved.status === status && flags.join() === flag, status, `status ${String(moved.status)}, flags set: ${flags.join(', ') || 'none'}`, undefined, OBS);
    }
    const found = arrayAt(await step(c, 'closed issues of the project', 'listIssues', { query: { project_id: projectId, status: 'closed' } }, 200), 'issues', 'closed issues of the project');
    expectThat(found.some((i) => i.id === id) && found.every((i) => i.status === 'closed'), 'closed issues of the project', 'the closed issue is not listed, or another status is', undefined, OBS);
    await step(c, 'delete', 'deleteIssue', { params: { issue_id: id } }, 200);
    await step(c, 'gone', 'getIssue', { params: { issue_id: id } }, 404);
  },
};

export const calendarMonthFlow: Flow = {
  id: 'calendar-month',
  title: "an event on a month's last afternoon: the mobile range (...-01 to the last day) leaves it out, the day's end takes it in; all_day stays as created",
  async run(c) {
    const made = await step(c, 'event', 'createCalendarEvent', { json: { title: c.name('event'), start_time: '2041-04-30T15:00:00', end_time: '2041-04-30T16:00:00' } }, 201);
    const id = idOf(made.body, 'event');
    c.defer(`delete event ${id}`, () => c.call('deleteCalendarEvent', { params: { event_id: id } }));
    const inRange = async (label: string, end: string) =>
      arrayAt(await step(c, label, 'listCalendarEvents', { query: { start: '2041-04-01', end } }, 200), 'events', label).some((e) => e.id === id);
    expectThat(!(await inRange('the mobile month range', '2041-04-30')), 'the mobile month range', 'a date-only end took in the afternoon of its day', undefined, OBS);
    expectThat(await inRange('to the end of the day', '2041-04-30T23:59:59'), 'to the end of the day', 'the event is not listed', undefined, OBS);
    const patched = objectAt(await step(c, 'make it all day', 'patchCalendarEvent', { params: { event_id: id }, json: { all_day: true, title: 'all day?' } }, 200), 'event', 'make it all day');
    expectThat(patched.allDay === false && patched.title === 'all day?', 'make it all day', `allDay ${String(patched.allDay)}, title ${String(patched.title)}`, undefined, OBS);
  },
};
