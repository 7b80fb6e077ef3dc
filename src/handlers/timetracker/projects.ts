/** /api/v1/projects: list, get, create, update (PUT/PATCH), archive on DELETE. */
import { ApiError, badRequest, forbidden, notFound, validationError } from '../../core/errors.js';
import { created, ok } from '../../core/handler.js';
import type { Access, TimeTrackerHandlers } from '../../apis/timetracker/env.js';
import { projectVisible } from '../../store/timetracker/rules.js';
import type { ProjectRow } from '../../store/timetracker/types.js';
import { pageParams, paginated } from './paginate.js';
import { missingOnWrite } from './quirks.js';
import { projectDict } from './serialize.js';
import { busEvent } from './webhook-dispatch.js';

/** A project the caller may see: 404 when missing, 403 outside the caller's clients. */
export function visibleProject({ store, auth }: Access, id: number): ProjectRow {
  const p = store.projects.get(id);
  if (!p) throw new ApiError(404, `Project with ID ${id} not found`, 'not_found');
  if (!projectVisible(auth.user, auth.isAdmin, p)) throw forbidden('You do not have access to this project');
  return p;
}

const byNameOrder = (a: ProjectRow, b: ProjectRow) => a.name.localeCompare(b.name) || a.id - b.id;

const UPDATABLE = ['name', 'description', 'client_id', 'hourly_rate', 'estimated_hours', 'status', 'code', 'budget_amount', 'billing_ref'] as const;

const updateProject: TimeTrackerHandlers['updateProject'] = (ctx) => {
  const { store, now, body: b } = ctx;
  if (!store.projects.get(ctx.params.project_id)) throw missingOnWrite(ctx, 'Project not found');
  const project = visibleProject(ctx, ctx.params.project_id);
  if (b.client_id !== undefined && !store.clients.get(b.client_id)) throw badRequest('Invalid client');
  if (b.name !== undefined && !b.name.trim()) throw validationError({ name: ['Project name is required'] }, 'Project name is required');
  const patch: Partial<ProjectRow> = {};
  for (const key of UPDATABLE) {
    if (b[key] !== undefined) (patch as Record<string, unknown>)[key] = b[key];
  }
  if (typeof patch.name === 'string') patch.name = patch.name.trim();
  if (typeof patch.code === 'string') patch.code = patch.code.trim().toUpperCase();
  if (patch.status === 'archived' && project.status !== 'archived') {
    patch.archived_at = now;
    patch.archived_by = ctx.auth.user.id;
  } else if (patch.status !== undefined && patch.status !== 'archived') {
    patch.archived_at = null;
    patch.archived_by = null;
    patch.archived_reason = null;
  }
  const updated = store.projects.update(project.id, { ...patch, updated_at: now });
  return ok({ message: 'Project updated successfully', project: projectDict(store, updated) });
};

export const projects = {
  listProjects: ({ query, store, auth }) => {
    const status = query.status ?? 'active';
    const byName = store.views.projectsByName;
    // Already in name order: a status group, or the client's few projects sorted.
    let items: readonly ProjectRow[] =
      query.client_id !== undefined
        ? store.projectsOfClient(query.client_id).filter((p) => status === 'all' || p.status === status).sort(byNameOrder)
        : status === 'all'
          ? byName.rows()
          : byName.group(status);
    if (!auth.isAdmin && auth.user.allowed_client_ids) items = items.filter((p) => projectVisible(auth.user, auth.isAdmin, p));
    const { page, perPage } = pageParams(query);
    return ok(paginated('projects', items, page, perPage, (p) => projectDict(store, p)));
  },

  getProject: (ctx) => ok({ project: projectDict(ctx.store, visibleProject(ctx, ctx.params.project_id)) }),

  createProject: (ctx) => {
    const { store, now, body: b, auth, profile } = ctx;
    // The real server's create schema lacks the documented `status` and refuses unknown keys.
    if (profile.has('project-status-rejected') && b.status !== undefined) throw validationError({ status: ['Unknown field.'] });
    const name = (b.name ?? '').trim();
    if (!name) throw validationError({ name: ['Project name is required'] }, 'Project name is required');
    const client = b.client_id !== undefined ? store.clients.get(b.client_id) : undefined;
    if (!client) throw badRequest('Invalid client');
    if (store.projectsOfClient(client.id).some((p) => p.name.toLowerCase() === name.toLowerCase())) {
      throw badRequest('A project with this name already exists for this client');
    }
    const code = b.code ? b.code.trim().toUpperCase() : null;
    if (code && store.views.projectsByCode.group(code).length > 0) throw badRequest('Project code already in use');
    const status = b.status ?? 'active';
    const project = store.projects.insert({
      name,
      code,
      client_id: client.id,
      description: b.description ?? null,
      billable: b.billable ?? true,
      hourly_rate: b.hourly_rate ? b.hourly_rate : null,
      billing_ref: b.billing_ref ?? null,
      status,
      estimated_hours: b.estimated_hours ?? null,
      budget_amount: b.budget_amount ?? null,
      budget_threshold_percent: b.budget_threshold_percent ?? 80,
      custom_fields: {},
      color: null,
      created_at: now,
      updated_at: now,
      archived_at: status === 'archived' ? now : null,
      archived_by: status === 'archived' ? auth.user.id : null,
      archived_reason: null,
    });
    busEvent(ctx, 'project.created', { project_id: project.id, client_id: project.client_id });
    return created({ message: 'Project created successfully', project: projectDict(store, project) });
  },

  updateProject,
  patchProject: updateProject,

  archiveProject: (ctx) => {
    const { store, now } = ctx;
    if (!store.projects.get(ctx.params.project_id)) throw notFound('Project not found');
    const project = visibleProject(ctx, ctx.params.project_id);
    store.projects.update(project.id, {
      status: 'archived',
      archived_at: now,
      archived_by: ctx.auth.user.id,
      archived_reason: 'Archived via API',
      updated_at: now,
    });
    return ok({ message: 'Project archived successfully' });
  },
} satisfies Partial<TimeTrackerHandlers>;
