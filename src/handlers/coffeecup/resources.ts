/**
 * Projects, clients and tasks: everyone reads, administrators write
 * (`x-required-role: admin`). Archiving (`status: 0`) cascades as the docs
 * say; deleting what still has dependants is "Could not delete model".
 */
import type { CoffeeCupHandlers } from '../../apis/coffeecup/env.js';
import { created, ok } from '../../core/handler.js';
import { archiveClient, archiveProject, archiveTask, dependants } from '../../store/coffeecup/rules.js';
import type { CoffeeCupStore } from '../../store/coffeecup/store.js';
import { listAnswer } from './list.js';
import { ATTRIBUTES, clientDict, couldNotDelete, found, given, projectDict, refused, taskDict } from './serialize.js';

/** A project's client must exist and be active (no new projects for archived clients). */
function activeClient(store: CoffeeCupStore, id: number | null | undefined): void {
  if (id === null || id === undefined) return;
  const c = store.clients.get(id);
  if (!c) throw refused(`No client with id ${id}`);
  if (c.status !== 1) throw refused(`Client ${id} is archived: no new projects for it`);
}

const PROJECT_FIELDS = ['color', 'name', 'comment', 'code', 'billBy', 'budgetBy', 'hourlyRate', 'budget', 'budgetHours'] as const;
const CLIENT_FIELDS = ['name', 'website', 'code', 'hourlyRate', 'imageType'] as const;
const TASK_FIELDS = ['label', 'code', 'hourlyRate', 'favorite', 'billable', 'color'] as const;

export const resources = {
  listProjects: ({ store, query }) => ok(listAnswer('projects', store.projects.toArray().map(projectDict), ATTRIBUTES.projects, query)),
  getProject: ({ store, params }) => ok({ project: projectDict(found(store.projects.get(params.id), 'project', params.id)) }),
  createProject: ({ store, body, now }) => {
    const b = body.project;
    activeClient(store, b.client);
    const p = store.projects.insert({
      client: b.client ?? null,
      color: b.color ?? null,
      status: 1,
      name: b.name,
      comment: b.comment ?? null,
      code: b.code,
      billBy: b.billBy ?? 0,
      budgetBy: b.budgetBy ?? 0,
      hourlyRate: b.hourlyRate ?? null,
      budget: b.budget ?? null,
      budgetHours: b.budgetHours ?? null,
      createdAt: now,
      updatedAt: now,
    });
    if (b.status === 0) archiveProject(store, p.id, now);
    return created({ project: projectDict(p) });
  },
  updateProject: ({ store, params, body, now }) => {
    const p = found(store.projects.get(params.id), 'project', params.id);
    const b = body.project;
    if (b.client !== undefined && b.client !== p.client) activeClient(store, b.client);
    store.projects.update(p.id, { ...given(b, PROJECT_FIELDS), ...(b.client === undefined ? {} : { client: b.client }), ...(b.status === 1 ? { status: 1 } : {}), updatedAt: now });
    if (b.status === 0 && p.status === 1) archiveProject(store, p.id, now);
    return ok({ project: projectDict(p) });
  },
  deleteProject: ({ store, params }) => {
    const p = found(store.projects.get(params.id), 'project', params.id);
    const why = dependants.project(store, p.id);
    if (why) throw couldNotDelete(why);
    for (const a of store.taskAssignments.toArray()) if (a.project === p.id) store.taskAssignments.delete(a.id);
    for (const a of store.userAssignments.toArray()) if (a.project === p.id) store.userAssignments.delete(a.id);
    store.projects.delete(p.id);
    return ok({ project: projectDict(p) });
  },

  listClients: ({ store, query }) => ok(listAnswer('clients', store.clients.toArray().map(clientDict), ATTRIBUTES.clients, query)),
  getClient: ({ store, params }) => ok({ client: clientDict(found(store.clients.get(params.id), 'client', params.id)) }),
  createClient: ({ store, body, now }) => {
    const b = body.client;
    const c = store.clients.insert({ status: 1, name: b.name, website: b.website ?? null, code: b.code ?? null, hourlyRate: b.hourlyRate ?? null, imageType: b.imageType ?? 1, createdAt: now, updatedAt: now });
    if (b.status === 0) archiveClient(store, c.id, now);
    return created({ client: clientDict(c) });
  },
  updateClient: ({ store, params, body, now }) => {
    const c = found(store.clients.get(params.id), 'client', params.id);
    const b = body.client;
    store.clients.update(c.id, { ...given(b, CLIENT_FIELDS), ...(b.status === 1 ? { status: 1 } : {}), updatedAt: now });
    if (b.status === 0 && c.status === 1) archiveClient(store, c.id, now);
    return ok({ client: clientDict(c) });
  },
  deleteClient: ({ store, params }) => {
    const c = found(store.clients.get(params.id), 'client', params.id);
    const why = dependants.client(store, c.id);
    if (why) throw couldNotDelete(why);
    store.clients.delete(c.id);
    return ok({ client: clientDict(c) });
  },

  listTasks: ({ store, query }) => ok(listAnswer('tasks', store.tasks.toArray().map(taskDict), ATTRIBUTES.tasks, query)),
  getTask: ({ store, params }) => ok({ task: taskDict(found(store.tasks.get(params.id), 'task', params.id)) }),
  createTask: ({ store, body, now }) => {
    const b = body.task;
    const t = store.tasks.insert({ status: 1, label: b.label, code: b.code ?? null, hourlyRate: b.hourlyRate ?? null, favorite: b.favorite ?? false, billable: b.billable ?? true, color: b.color ?? null, createdAt: now, updatedAt: now });
    if (b.status === 0) archiveTask(store, t.id, now);
    return created({ task: taskDict(t) });
  },
  updateTask: ({ store, params, body, now }) => {
    const t = found(store.tasks.get(params.id), 'task', params.id);
    const b = body.task;
    store.tasks.update(t.id, { ...given(b, TASK_FIELDS), ...(b.status === 1 ? { status: 1 } : {}), updatedAt: now });
    if (b.status === 0 && t.status === 1) archiveTask(store, t.id, now);
    return ok({ task: taskDict(t) });
  },
  deleteTask: ({ store, params }) => {
    const t = found(store.tasks.get(params.id), 'task', params.id);
    const why = dependants.task(store, t.id);
    if (why) throw couldNotDelete(why);
    for (const a of store.taskAssignments.toArray()) if (a.task === t.id) store.taskAssignments.delete(a.id);
    store.tasks.delete(t.id);
    return ok({ task: taskDict(t) });
  },
} satisfies Partial<CoffeeCupHandlers>;
