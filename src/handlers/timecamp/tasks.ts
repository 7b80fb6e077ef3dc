/**
 * The task tree: projects (`parent_id` 0) and their sub-tasks, keyed by
 * task id in lists. Administrators see and manage everything, supervisors
 * manage the tasks they manage (role 1), everyone sees the tasks they are
 * assigned to (or a task above them).
 */
import { created, ok } from '../../core/handler.js';
import type { TimecampHandlers } from '../../apis/timecamp/env.js';
import { canManage, insertTask, isAdmin, isMember } from '../../store/timecamp/rules.js';
import type { TimecampStore } from '../../store/timecamp/store.js';
import type { TaskRow, UserRow } from '../../store/timecamp/types.js';
import { badRequest, flagOf, forbidden, ids, notFound, num, numOr, taskDict, taskListDict } from './serialize.js';

const NO_TASK = 'No task with such ID';
const CANNOT_MODIFY = 'You do not have permissions to modify this task or it does not exist';

/** The task, or the documented 404. */
export function taskOf(store: TimecampStore, id: number): TaskRow {
  const t = store.tasks.get(id);
  if (!t) throw notFound(NO_TASK);
  return t;
}

type TaskInput = {
  tags?: string;
  keywords?: string;
  external_task_id?: string;
  external_parent_id?: string;
  budgeted?: number | string;
  note?: string;
  archived?: number | string | boolean;
  billable?: number | string | boolean;
  budget_unit?: 'hours' | 'fee' | '';
  user_ids?: string;
  role?: number | string;
};

/** The fields a create or a change sets. */
function fieldsOf(b: TaskInput): Partial<TaskRow> {
  const out: Partial<TaskRow> = {};
  if (b.tags !== undefined) out.tags = b.tags;
  if (b.keywords !== undefined) out.keywords = b.keywords;
  if (b.external_task_id !== undefined) out.external_task_id = b.external_task_id;
  if (b.external_parent_id !== undefined) out.external_parent_id = b.external_parent_id;
  if (b.budgeted !== undefined) out.budgeted = num(b.budgeted);
  if (b.note !== undefined) out.note = b.note;
  if (b.archived !== undefined) out.archived = flagOf(b.archived);
  if (b.billable !== undefined) out.billable = flagOf(b.billable);
  if (b.budget_unit !== undefined) out.budget_unit = b.budget_unit;
  return out;
}

/** `user_ids` with `role` (default 1, manager) as members of the task. */
function withMembers(store: TimecampStore, users: TaskRow['users'], b: TaskInput): TaskRow['users'] {
  if (!b.user_ids) return users;
  const role = numOr(b.role, 1);
  const out = { ...users };
  for (const id of ids(b.user_ids)) {
    if (!store.users.get(id)) throw badRequest(`No user with such ID: ${id}`);
    out[String(id)] = { role_id: role };
  }
  return out;
}

/** A parent the caller may put a task under. */
function parentFor(store: TimecampStore, caller: UserRow, raw: number | string | undefined): TaskRow | null {
  const id = numOr(raw, 0);
  if (id === 0) return null;
  const parent = taskOf(store, id);
  if (!canManage(store, caller, parent)) throw forbidden(CANNOT_MODIFY);
  return parent;
}

const keyed = (store: TimecampStore, tasks: TaskRow[], caller: UserRow) => Object.fromEntries(tasks.map((t) => [String(t.id), taskListDict(store, t, caller)]));

export const tasks = {
  listTasks: ({ store, auth, query }) => {
    const caller = auth.user;
    const adminView = isAdmin(caller) && !(query.ignoreAdminRights !== undefined && flagOf(query.ignoreAdminRights));
    const visible = (t: TaskRow) => adminView || isMember(store, caller, t);
    if (query.task_id !== undefined) {
      const asked = ids(query.task_id).map((id) => store.tasks.get(id));
      if (asked.some((t) => !t || !visible(t))) throw notFound(NO_TASK);
      return ok(asked.length === 1 ? taskListDict(store, asked[0]!, caller) : keyed(store, asked as TaskRow[], caller));
    }
    if (query.external_task_id !== undefined) {
      const t = store.tasks.toArray().find((x) => x.external_task_id === query.external_task_id && visible(x));
      if (!t) throw notFound(NO_TASK);
      return ok(taskListDict(store, t, caller));
    }
    const shown = (t: TaskRow): boolean => {
      if (query.exclude_archived === '0') return !t.archived;
      if (query.exclude_archived === '1') return t.archived;
      if (query.exclude_archived === 'false') return true;
      const status = query.status ?? 'active';
      return status === 'all' || (status === 'archived') === t.archived;
    };
    return ok(keyed(store, store.tasks.toArray().filter((t) => visible(t) && shown(t)), caller));
  },

  createTask: ({ store, auth, body, now }) => {
    const name = body.name?.trim();
    if (!name) throw badRequest('You must provide a name for the task with post field: name');
    const parent = parentFor(store, auth.user, body.parent_id);
    const creator = isAdmin(auth.user) ? {} : { [String(auth.user.id)]: { role_id: 1 } };
    const t = insertTask(store, { name, parent, by: auth.user.id, at: now, users: withMembers(store, creator, body), ...fieldsOf(body) });
    return created({ [String(t.id)]: taskDict(store, t) });
  },

  updateTask: ({ store, auth, body, now }) => {
    if (body.task_id === undefined || body.task_id === '') throw badRequest('You must provide task_id');
    const t = taskOf(store, num(body.task_id));
    if (!canManage(store, auth.user, t)) throw forbidden(CANNOT_MODIFY);
    const patch: Partial<TaskRow> = { ...fieldsOf(body), users: withMembers(store, t.users, body), modify_time: now };
    if (body.name !== undefined) {
      if (!body.name.trim()) throw badRequest('The task name cannot be empty');
      patch.name = body.name.trim();
    }
    if (body.parent_id !== undefined) {
      const parent = parentFor(store, auth.user, body.parent_id);
      if (parent && store.subtree(t.id).some((x) => x.id === parent.id)) throw badRequest('A task cannot move under itself');
      patch.parent_id = parent?.id ?? 0;
    }
    return ok(taskDict(store, store.tasks.update(t.id, patch)));
  },

  deleteTask: ({ store, auth, body, query }) => {
    const raw = body?.task_id ?? query.task_id;
    if (raw === undefined || raw === '') throw badRequest('You must provide task_id');
    const t = taskOf(store, num(raw));
    if (!canManage(store, auth.user, t)) throw forbidden(CANNOT_MODIFY);
    const doomed = new Set(store.subtree(t.id).map((x) => x.id));
    if (store.entries.toArray().some((e) => doomed.has(e.task_id))) throw badRequest('The task (or a task below it) has time entries: archive it instead');
    const answer = taskDict(store, t);
    for (const link of store.clientTasks.toArray()) if (doomed.has(link.task_id)) store.clientTasks.delete(link.id);
    for (const id of doomed) store.tasks.delete(id);
    return ok(answer);
  },

  getTaskDetails: ({ store, auth, query }) => {
    const seen = (t: TaskRow) => isAdmin(auth.user) || isMember(store, auth.user, t);
    const found = ids(query.tasks).map((id) => store.tasks.get(id)).filter((t): t is TaskRow => t !== undefined && seen(t));
    return ok(found.map((t) => ({ task_id: String(t.id), parent_id: String(t.parent_id), name: t.name, color: t.color, breadcrumb: store.pathOf(t.id).map((p) => p.name).join(' / ') })));
  },
} satisfies Partial<TimecampHandlers>;
