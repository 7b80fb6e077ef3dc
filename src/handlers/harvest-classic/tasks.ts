/** Task types of the account: a delete with hours recorded archives instead. */
import { ok } from '../../core/handler.js';
import type { HarvestHandlers } from '../../apis/harvest-classic/env.js';
import { hasEntries } from '../../store/harvest-classic/rules.js';
import type { HarvestStore } from '../../store/harvest-classic/store.js';
import { changedSince, createdAt, deleted, doneAt, found, given, taskDict, updatedSince } from './serialize.js';

function activate(store: HarvestStore, id: number, now: number) {
  const t = found(store.tasks.get(id), `Task ${id}`);
  store.tasks.update(t.id, { deactivated: false, updated_at: now });
  return doneAt(`/tasks/${t.id}`);
}

export const tasks = {
  listTasks: ({ store, query }) => ok(changedSince(store.tasks.toArray(), updatedSince(query.updated_since)).map((t) => ({ task: taskDict(t) }))),

  getTask: ({ store, params }) => ok({ task: taskDict(found(store.tasks.get(params.task_id), `Task ${params.task_id}`)) }),

  createTask: ({ store, body, now }) => {
    const b = body.task;
    const t = store.tasks.insert({
      name: b.name.trim(),
      billable_by_default: b.billable_by_default ?? true,
      deactivated: false,
      default_hourly_rate: b.default_hourly_rate ?? null,
      is_default: b.is_default ?? false,
      created_at: now,
      updated_at: now,
    });
    return createdAt(`/tasks/${t.id}`);
  },

  updateTask: ({ store, params, body, now }) => {
    const t = found(store.tasks.get(params.task_id), `Task ${params.task_id}`);
    const b = body.task ?? {};
    store.tasks.update(t.id, {
      ...given(b, ['billable_by_default', 'default_hourly_rate', 'is_default']),
      ...(b.name === undefined ? {} : { name: b.name.trim() }),
      updated_at: now,
    });
    return doneAt(`/tasks/${t.id}`);
  },

  deleteTask: ({ store, params, now }) => {
    const t = found(store.tasks.get(params.task_id), `Task ${params.task_id}`);
    if (hasEntries(store, (e) => e.task_id === t.id)) {
      store.tasks.update(t.id, { deactivated: true, updated_at: now });
      return deleted('Hours are recorded on the task: it was archived instead of deleted');
    }
    for (const a of store.taskAssignments.toArray()) if (a.task_id === t.id) store.taskAssignments.delete(a.id);
    store.tasks.delete(t.id);
    return deleted();
  },

  activateTask: ({ store, params, now }) => activate(store, params.task_id, now),
  activateTaskByGet: ({ store, params, now }) => activate(store, params.task_id, now),
} satisfies Partial<HarvestHandlers>;
