/** /api/v1/projects: list, get, create, update (PUT/PATCH), archive on DELETE. */
import { caller, created, type Ctx, type Handler, ok } from '../core/context.js';
import { ApiError, badRequest, forbidden, notFound, validationError } from '../core/errors.js';
import type { ProjectRow } from '../store/types.js';
import { pageParams, paginated } from './paginate.js';
import { projectDict } from './serialize.js';

/** A project the caller may see (non-admins restricted to some clients see only theirs). */
export function visibleProject(ctx: Ctx, id: number): ProjectRow {
  const p = ctx.store.projects.get(id);
  if (!p) throw new ApiError(404, `Project with ID ${id} not found`, 'not_found');
  const { user, isAdmin } = caller(ctx);
  if (!isAdmin && user.allowed_client_ids && p.client_id !== null && !user.allowed_client_ids.includes(p.client_id)) {
    throw forbidden('You do not have access to this project');
  }
  return p;
}

export const listProjects: Handler = (ctx) => {
  const { query, store } = ctx;
  const { user, isAdmin } = caller(ctx);
  const status = (query.status as string | undefined) ?? 'active';
  const clientId = query.client_id as number | undefined;
  const items = [...store.projects.all()]
    .filter((p) => status === 'all' || p.status === status)
    .filter((p) => clientId === undefined || p.client_id === clientId)
    .filter((p) => isAdmin || !user.allowed_client_ids || p.client_id === null || user.allowed_client_ids.includes(p.client_id))
    .sort((a, b) => a.name.localeCompare(b.name) || a.id - b.id);
  const { page, perPage } = pageParams(query);
  return ok(paginated('projects', items, page, perPage, (p) => projectDict(store, p)));
};

export const getProject: Handler = (ctx) => ok({ project: projectDict(ctx.store, visibleProject(ctx, ctx.params.project_id as number)) });

interface ProjectInput {
  name?: string;
  client_id?: number;
  description?: string | null;
  billable?: boolean;
  hourly_rate?: number | null;
  billing_ref?: string | null;
  code?: string | null;
  estimated_hours?: number | null;
  budget_amount?: number | null;
  budget_threshold_percent?: number;
  status?: ProjectRow['status'];
}

export const createProject: Handler = (ctx) => {
  const { store, now } = ctx;
  const b = ctx.body as ProjectInput;
  const name = (b.name ?? '').trim();
  if (!name) throw validationError({ name: ['Project name is required'] }, 'Project name is required');
  const client = b.client_id !== undefined ? store.clients.get(b.client_id) : undefined;
  if (!client) throw badRequest('Invalid client');
  if ([...store.projects.all()].some((p) => p.client_id === client.id && p.name.toLowerCase() === name.toLowerCase())) {
    throw badRequest('A project with this name already exists for this client');
  }
  const code = b.code ? b.code.trim().toUpperCase() : null;
  if (code && [...store.projects.all()].some((p) => p.code === code)) throw badRequest('Project code already in use');
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
    archived_by: status === 'archived' ? caller(ctx).user.id : null,
    archived_reason: null,
  });
  return created({ message: 'Project created successfully', project: projectDict(store, project) });
};

const UPDATABLE = ['name', 'description', 'client_id', 'hourly_rate', 'estimated_hours', 'status', 'code', 'budget_amount', 'billing_ref'] as const;

export const updateProject: Handler = (ctx) => {
  const { store, now } = ctx;
  const project = visibleProject(ctx, ctx.params.project_id as number);
  const b = ctx.body as ProjectInput;
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
    patch.archived_by = caller(ctx).user.id;
  } else if (patch.status !== undefined && patch.status !== 'archived') {
    patch.archived_at = null;
    patch.archived_by = null;
    patch.archived_reason = null;
  }
  const updated = store.projects.update(project.id, { ...patch, updated_at: now });
  return ok({ message: 'Project updated successfully', project: projectDict(store, updated) });
};

export const patchProject: Handler = updateProject;

export const archiveProject: Handler = (ctx) => {
  const { store, now } = ctx;
  const id = ctx.params.project_id as number;
  const project = store.projects.get(id);
  if (!project) throw notFound('Project not found');
  visibleProject(ctx, id);
  store.projects.update(project.id, {
    status: 'archived',
    archived_at: now,
    archived_by: caller(ctx).user.id,
    archived_reason: 'Archived via API',
    updated_at: now,
  });
  return ok({ message: 'Project archived successfully' });
};
