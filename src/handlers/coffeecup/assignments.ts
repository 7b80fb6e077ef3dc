/**
 * Task and user assignments of projects: everyone reads, administrators
 * write. One assignment per project and task (or user); new ones only on
 * active projects, tasks and users; an assignment keeps its project and
 * task (or user).
 */
import type { CoffeeCupHandlers } from '../../apis/coffeecup/env.js';
import { created, ok } from '../../core/handler.js';
import { dependants } from '../../store/coffeecup/rules.js';
import type { CoffeeCupStore } from '../../store/coffeecup/store.js';
import { listAnswer } from './list.js';
import { ATTRIBUTES, couldNotDelete, found, given, refused, taskAssignmentDict, userAssignmentDict } from './serialize.js';

function activeProject(store: CoffeeCupStore, id: number): void {
  const p = store.projects.get(id);
  if (!p) throw refused(`No project with id ${id}`);
  if (p.status !== 1) throw refused(`Project ${id} is completed: no new assignments`);
}

function unchanged(name: string, given: number | undefined, current: number): void {
  if (given !== undefined && given !== current) throw refused(`An assignment keeps its ${name}; delete it and create another`);
}

export const assignments = {
  listTaskAssignments: ({ store, query }) => ok(listAnswer('taskAssignments', store.taskAssignments.toArray().map(taskAssignmentDict), ATTRIBUTES.taskAssignments, query)),
  getTaskAssignment: ({ store, params }) => ok({ taskAssignment: taskAssignmentDict(found(store.taskAssignments.get(params.id), 'task assignment', params.id)) }),
  createTaskAssignment: ({ store, body, now }) => {
    const b = body.taskAssignment;
    activeProject(store, b.project);
    const task = store.tasks.get(b.task);
    if (!task) throw refused(`No task with id ${b.task}`);
    if (task.status !== 1) throw refused(`Task ${b.task} is archived`);
    if (store.taskAssignments.toArray().some((a) => a.project === b.project && a.task === b.task)) throw refused(`Task ${b.task} is already assigned to project ${b.project}`);
    const a = store.taskAssignments.insert({ status: b.status ?? 1, billable: b.billable ?? task.billable, hourlyRate: b.hourlyRate ?? task.hourlyRate, budgetHours: b.budgetHours ?? null, task: b.task, project: b.project, createdAt: now, updatedAt: now });
    return created({ taskAssignment: taskAssignmentDict(a) });
  },
  updateTaskAssignment: ({ store, params, body, now }) => {
    const a = found(store.taskAssignments.get(params.id), 'task assignment', params.id);
    const b = body.taskAssignment;
    unchanged('project', b.project, a.project);
    unchanged('task', b.task, a.task);
    store.taskAssignments.update(a.id, { ...given(b, ['status', 'billable', 'hourlyRate', 'budgetHours']), updatedAt: now });
    return ok({ taskAssignment: taskAssignmentDict(a) });
  },
  deleteTaskAssignment: ({ store, params }) => {
    const a = found(store.taskAssignments.get(params.id), 'task assignment', params.id);
    const why = dependants.taskAssignment(store, a);
    if (why) throw couldNotDelete(why);
    store.taskAssignments.delete(a.id);
    return ok({ taskAssignment: taskAssignmentDict(a) });
  },

  listUserAssignments: ({ store, query }) => ok(listAnswer('userAssignments', store.userAssignments.toArray().map(userAssignmentDict), ATTRIBUTES.userAssignments, query)),
  getUserAssignment: ({ store, params }) => ok({ userAssignment: userAssignmentDict(found(store.userAssignments.get(params.id), 'user assignment', params.id)) }),
  createUserAssignment: ({ store, body, now }) => {
    const b = body.userAssignment;
    activeProject(store, b.project);
    const user = store.users.get(b.user);
    if (!user) throw refused(`No user with id ${b.user}`);
    if (user.status !== 1) throw refused(`User ${b.user} is archived`);
    if (store.userAssignments.toArray().some((a) => a.project === b.project && a.user === b.user)) throw refused(`User ${b.user} is already assigned to project ${b.project}`);
    const a = store.userAssignments.insert({ status: b.status ?? 1, hourlyRate: b.hourlyRate ?? user.hourlyRate, budgetHours: b.budgetHours ?? null, user: b.user, project: b.project, isProjectManager: b.isProjectManager ?? false, createdAt: now, updatedAt: now });
    return created({ userAssignment: userAssignmentDict(a) });
  },
  updateUserAssignment: ({ store, params, body, now }) => {
    const a = found(store.userAssignments.get(params.id), 'user assignment', params.id);
    const b = body.userAssignment;
    unchanged('project', b.project, a.project);
    unchanged('user', b.user, a.user);
    store.userAssignments.update(a.id, { ...given(b, ['status', 'hourlyRate', 'budgetHours', 'isProjectManager']), updatedAt: now });
    return ok({ userAssignment: userAssignmentDict(a) });
  },
  deleteUserAssignment: ({ store, params }) => {
    const a = found(store.userAssignments.get(params.id), 'user assignment', params.id);
    const why = dependants.userAssignment(store, a);
    if (why) throw couldNotDelete(why);
    store.userAssignments.delete(a.id);
    return ok({ userAssignment: userAssignmentDict(a) });
  },
} satisfies Partial<CoffeeCupHandlers>;
