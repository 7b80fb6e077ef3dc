/**
 * User and task assignments of a project. Project managers may read and
 * change the assignments of the projects they manage. Removing an
 * assignment with hours behind it archives it instead (200 with a Hint);
 * a project keeps at least one active task.
 */
import { ok } from '../../core/handler.js';
import type { HarvestHandlers } from '../../apis/harvest-classic/env.js';
import { hasEntries } from '../../store/harvest-classic/rules.js';
import type { HarvestStore } from '../../store/harvest-classic/store.js';
import type { ProjectRow, TaskAssignmentRow, UserAssignmentRow } from '../../store/harvest-classic/types.js';
import { visibleProject } from './projects.js';
import { changedSince, createdAt, deleted, doneAt, found, given, idValue, refused, taskAssignmentDict, updatedSince, userAssignmentDict } from './serialize.js';

const uaOf = (store: HarvestStore, p: ProjectRow, id: number): UserAssignmentRow => {
  const a = store.userAssignments.get(id);
  return found(a && a.project_id === p.id ? a : undefined, `User assignment ${id} of project ${p.id}`);
};
const taOf = (store: HarvestStore, p: ProjectRow, id: number): TaskAssignmentRow => {
  const a = store.taskAssignments.get(id);
  return found(a && a.project_id === p.id ? a : undefined, `Task assignment ${id} of project ${p.id}`);
};

function assignTask(store: HarvestStore, p: ProjectRow, taskId: number, now: number) {
  const t = found(store.tasks.get(taskId), `Task ${taskId}`);
  if (store.taskAssignmentOf(p.id, t.id)) throw refused(`Task ${t.id} is already assigned to project ${p.id}`);
  const a = store.taskAssignments.insert({ project_id: p.id, task_id: t.id, billable: p.billable && t.billable_by_default, deactivated: false, budget: null, hourly_rate: t.default_hourly_rate, created_at: now, updated_at: now });
  return createdAt(`/projects/${p.id}/task_assignments/${a.id}`);
}

export const assignments = {
  listUserAssignments: ({ store, auth, params, query }) => {
    const p = visibleProject(store, auth, params.project_id);
    return ok(changedSince(store.userAssignments.toArray(), updatedSince(query.updated_since)).filter((a) => a.project_id === p.id).map((a) => ({ user_assignment: userAssignmentDict(a) })));
  },

  getUserAssignment: ({ store, auth, params }) => ok({ user_assignment: userAssignmentDict(uaOf(store, visibleProject(store, auth, params.project_id), params.user_assignment_id)) }),

  createUserAssignment: ({ store, auth, params, body, now }) => {
    const p = visibleProject(store, auth, params.project_id);
    const u = found(store.users.get(idValue(body.user.id)), `User ${String(body.user.id)}`);
    if (store.userAssignmentOf(u.id, p.id)) throw refused(`${u.email} is already assigned to project ${p.id}`);
    const a = store.userAssignments.insert({ user_id: u.id, project_id: p.id, deactivated: false, hourly_rate: u.default_hourly_rate, is_project_manager: false, created_at: now, updated_at: now });
    return createdAt(`/projects/${p.id}/user_assignments/${a.id}`);
  },

  updateUserAssignment: ({ store, auth, params, body, now }) => {
    const p = visibleProject(store, auth, params.project_id);
    const a = uaOf(store, p, params.user_assignment_id);
    const b = body.user_assignment ?? {};
    store.userAssignments.update(a.id, { ...given(b, ['deactivated', 'hourly_rate', 'is_project_manager']), updated_at: now });
    return doneAt(`/projects/${p.id}/user_assignments/${a.id}`);
  },

  deleteUserAssignment: ({ store, auth, params, now }) => {
    const p = visibleProject(store, auth, params.project_id);
    const a = uaOf(store, p, params.user_assignment_id);
    if (hasEntries(store, (e) => e.project_id === p.id && e.user_id === a.user_id)) {
      store.userAssignments.update(a.id, { deactivated: true, updated_at: now });
      return deleted('The user has hours on this project: the assignment was archived instead of deleted');
    }
    store.userAssignments.delete(a.id);
    return deleted();
  },

  listTaskAssignments: ({ store, auth, params, query }) => {
    const p = visibleProject(store, auth, params.project_id);
    return ok(changedSince(store.taskAssignments.toArray(), updatedSince(query.updated_since)).filter((a) => a.project_id === p.id).map((a) => ({ task_assignment: taskAssignmentDict(a) })));
  },

  getTaskAssignment: ({ store, auth, params }) => ok({ task_assignment: taskAssignmentDict(taOf(store, visibleProject(store, auth, params.project_id), params.task_assignment_id)) }),

  createTaskAssignment: ({ store, auth, params, body, now }) => assignTask(store, visibleProject(store, auth, params.project_id), idValue(body.task.id), now),

  createTaskAssignmentWithNewTask: ({ store, auth, params, body, now }) => {
    const p = visibleProject(store, auth, params.project_id);
    const t = store.tasks.insert({ name: body.task.name.trim(), billable_by_default: true, deactivated: false, default_hourly_rate: null, is_default: false, created_at: now, updated_at: now });
    return assignTask(store, p, t.id, now);
  },

  updateTaskAssignment: ({ store, auth, params, body, now }) => {
    const p = visibleProject(store, auth, params.project_id);
    const a = taOf(store, p, params.task_assignment_id);
    const b = body.task_assignment ?? {};
    store.taskAssignments.update(a.id, { ...given(b, ['billable', 'deactivated', 'budget', 'hourly_rate']), updated_at: now });
    return doneAt(`/projects/${p.id}/task_assignments/${a.id}`);
  },

  deleteTaskAssignment: ({ store, auth, params, now }) => {
    const p = visibleProject(store, auth, params.project_id);
    const a = taOf(store, p, params.task_assignment_id);
    const active = store.taskAssignments.toArray().filter((t) => t.project_id === p.id && !t.deactivated);
    if (!a.deactivated && active.length <= 1) throw refused('A project must keep at least one task');
    if (hasEntries(store, (e) => e.project_id === p.id && e.task_id === a.task_id)) {
      store.taskAssignments.update(a.id, { deactivated: true, updated_at: now });
      return deleted('Hours are recorded on this task: the assignment was archived instead of deleted');
    }
    store.taskAssignments.delete(a.id);
    return deleted();
  },
} satisfies Partial<HarvestHandlers>;
