/**
 * Projects. Administrators do everything; project managers read the
 * projects they manage (others are 404 to them). A new project gets the
 * account's default tasks and its creator as project manager (specified:
 * the docs leave assignments of new projects open), plus every user with
 * access to all future projects.
 */
import { notFound } from '../../core/errors.js';
import { ok } from '../../core/handler.js';
import type { HarvestCaller, HarvestHandlers } from '../../apis/harvest-classic/env.js';
import { hasEntries } from '../../store/harvest-classic/rules.js';
import type { HarvestStore } from '../../store/harvest-classic/store.js';
import type { ProjectRow } from '../../store/harvest-classic/types.js';
import { changedSince, createdAt, deleted, doneAt, found, given, idValue, projectDict, refused, updatedSince } from './serialize.js';

/** The project, if the caller may see it: administrators any, managers the ones they manage. */
export function visibleProject(store: HarvestStore, auth: HarvestCaller, id: number): ProjectRow {
  const p = found(store.projects.get(id), `Project ${id}`);
  if (!auth.isAdmin && !store.manages(auth.user.id, p.id)) throw notFound(`Project ${id} not found`);
  return p;
}

function existingClient(store: HarvestStore, id: number | string): number {
  const clientId = idValue(id);
  if (!store.clients.get(clientId)) throw refused(`Client ${clientId} does not exist`);
  return clientId;
}

function toggle(store: HarvestStore, id: number, now: number) {
  const p = found(store.projects.get(id), `Project ${id}`);
  store.projects.update(p.id, { active: !p.active, updated_at: now });
  return doneAt(`/projects/${p.id}`);
}

export const projects = {
  listProjects: ({ store, auth, query }) => {
    const since = updatedSince(query.updated_since);
    const rows = changedSince(store.projects.toArray(), since)
      .filter((p) => (query.client === undefined || p.client_id === query.client) && (auth.isAdmin || store.manages(auth.user.id, p.id)))
      .sort((a, b) => a.name.localeCompare(b.name) || a.id - b.id);
    return ok(rows.map((p) => ({ project: projectDict(store, p) })));
  },

  getProject: ({ store, auth, params }) => ok({ project: projectDict(store, visibleProject(store, auth, params.project_id)) }),

  createProject: ({ store, auth, body, now }) => {
    const b = body.project;
    const p = store.projects.insert({
      client_id: existingClient(store, b.client_id),
      name: b.name.trim(),
      code: b.code ?? '',
      active: b.active ?? true,
      billable: b.billable ?? true,
      bill_by: b.bill_by ?? 'none',
      hourly_rate: b.hourly_rate ?? null,
      budget_by: b.budget_by ?? 'none',
      budget: b.budget ?? null,
      notes: b.notes ?? null,
      starts_on: b.starts_on ?? null,
      ends_on: b.ends_on ?? null,
      created_at: now,
      updated_at: now,
    });
    for (const t of store.tasks.toArray()) {
      if (t.is_default && !t.deactivated) store.taskAssignments.insert({ project_id: p.id, task_id: t.id, billable: p.billable && t.billable_by_default, deactivated: false, budget: null, hourly_rate: t.default_hourly_rate, created_at: now, updated_at: now });
    }
    for (const u of store.users.toArray()) {
      if (u.id === auth.user.id || u.has_access_to_all_future_projects) {
        store.userAssignments.insert({ user_id: u.id, project_id: p.id, deactivated: false, hourly_rate: u.default_hourly_rate, is_project_manager: u.id === auth.user.id, created_at: now, updated_at: now });
      }
    }
    return createdAt(`/projects/${p.id}`);
  },

  updateProject: ({ store, params, body, now }) => {
    const p = found(store.projects.get(params.project_id), `Project ${params.project_id}`);
    const b = body.project ?? {};
    // `active` is ignored: projects are (de)activated by the toggle only.
    store.projects.update(p.id, {
      ...given(b, ['code', 'billable', 'bill_by', 'hourly_rate', 'budget_by', 'budget', 'notes', 'starts_on', 'ends_on']),
      ...(b.client_id === undefined ? {} : { client_id: existingClient(store, b.client_id) }),
      ...(b.name === undefined ? {} : { name: b.name.trim() }),
      updated_at: now,
    });
    return doneAt(`/projects/${p.id}`);
  },

  toggleProject: ({ store, params, now }) => toggle(store, params.project_id, now),
  toggleProjectByPost: ({ store, params, now }) => toggle(store, params.project_id, now),

  deleteProject: ({ store, params }) => {
    const p = found(store.projects.get(params.project_id), `Project ${params.project_id}`);
    if (hasEntries(store, (e) => e.project_id === p.id)) throw refused('Hours are recorded on the project; archive it instead');
    for (const a of store.userAssignments.toArray()) if (a.project_id === p.id) store.userAssignments.delete(a.id);
    for (const a of store.taskAssignments.toArray()) if (a.project_id === p.id) store.taskAssignments.delete(a.id);
    store.projects.delete(p.id);
    return deleted();
  },
} satisfies Partial<HarvestHandlers>;
