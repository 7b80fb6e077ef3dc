/** /api/v1/tasks: list, get, create, update (PUT/PATCH), delete. */
import { ApiError, badRequest, validationError } from '../../core/errors.js';
import { created, ok } from '../../core/handler.js';
import type { TimeTrackerHandlers } from '../../apis/timetracker/env.js';
import type { Store } from '../../store/timetracker/store.js';
import type { TaskRow } from '../../store/timetracker/types.js';
import { pageParams, paginated } from './paginate.js';
import { taskDict } from './serialize.js';

const PRIORITY_BY_NUMBER = ['low', 'medium', 'high', 'urgent'] as const;

/** The documented integer priority (1 low .. 4 urgent) or a name -> a name. */
function priorityOf(value: string | number | undefined): TaskRow['priority'] | undefined {
  if (typeof value === 'number') return PRIORITY_BY_NUMBER[value - 1];
  if (typeof value === 'string') return value as TaskRow['priority'];
  return undefined;
}

function task(store: Store, id: number): TaskRow {
  const t = store.tasks.get(id);
  if (!t) throw new ApiError(404, `Task with ID ${id} not found`, 'not_found');
  return t;
}

const updateTask: TimeTrackerHandlers['updateTask'] = ({ store, now, params, body: b }) => {
  const t = task(store, params.task_id);
  const patch: Partial<TaskRow> = { updated_at: now };
  if (b.name !== undefined) {
    if (!b.name.trim()) throw validationError({ name: ['Task name is required'] });
    patch.name = b.name.trim();
  }
  if (b.description !== undefined) patch.description = b.description;
  if (b.priority !== undefined) patch.priority = priorityOf(b.priority) ?? t.priority;
  if (b.due_date !== undefined) patch.due_date = b.due_date;
  if (b.estimated_hours !== undefined) patch.estimated_hours = b.estimated_hours;
  if (b.tags !== undefined) patch.tags = b.tags;
  if (b.assignee_id !== undefined) {
    if (b.assignee_id !== null && !store.users.get(b.assignee_id)) throw badRequest('Invalid assignee');
    patch.assigned_to = b.assignee_id;
  }
  if (b.status !== undefined && b.status !== t.status) {
    patch.status = b.status;
    if (b.status === 'in_progress' && t.started_at === null) patch.started_at = now;
    patch.completed_at = b.status === 'done' ? now : null;
  }
  const updated = store.tasks.update(t.id, patch);
  return ok({ message: 'Task updated successfully', task: taskDict(store, updated, now) });
};

export const tasks = {
  listTasks: ({ store, query, now }) => {
    const tags = typeof query.tags === 'string' ? query.tags.split(',').map((t) => t.trim().toLowerCase()).filter(Boolean) : [];
    // Already in the list's order (priority, due date, creation, id), per project too.
    const ordered = store.views.tasksInOrder;
    let items = query.project_id !== undefined ? ordered.group(query.project_id) : ordered.rows();
    if (query.status !== undefined || tags.length > 0) {
      items = items
        .filter((t) => query.status === undefined || t.status === query.status)
        .filter((t) => tags.length === 0 || tags.some((tag) => (t.tags ?? '').toLowerCase().includes(tag)));
    }
    const { page, perPage } = pageParams(query);
    return ok(paginated('tasks', items, page, perPage, (t) => taskDict(store, t, now)));
  },

  getTask: ({ store, params, now }) => ok({ task: taskDict(store, task(store, params.task_id), now) }),

  createTask: ({ store, now, body: b, auth }) => {
    const name = (b.name ?? '').trim();
    if (!name) throw validationError({ name: ['Task name is required'] });
    const project = store.projects.get(b.project_id);
    if (!project) throw badRequest('Invalid project');
    if (b.assignee_id != null && !store.users.get(b.assignee_id)) throw badRequest('Invalid assignee');
    const t = store.tasks.insert({
      project_id: project.id,
      name,
      description: b.description ?? null,
      status: 'todo', // the create route ignores `status`, as the real server does
      priority: priorityOf(b.priority) ?? 'medium',
      estimated_hours: b.estimated_hours ?? null,
      due_date: b.due_date ?? null,
      assigned_to: b.assignee_id ?? null,
      created_by: auth.user.id,
      created_at: now,
      updated_at: now,
      started_at: null,
      completed_at: null,
      tags: b.tags ?? null,
    });
    return created({ message: 'Task created successfully', task: taskDict(store, t, now) });
  },

  updateTask,
  patchTask: updateTask,

  deleteTask: ({ store, params }) => {
    store.deleteTask(task(store, params.task_id).id);
    return ok({ message: 'Task deleted successfully' });
  },
} satisfies Partial<TimeTrackerHandlers>;
