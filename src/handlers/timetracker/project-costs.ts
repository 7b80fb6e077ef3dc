/**
 * /api/v1/projects/{id}/costs and /api/v1/project-costs/{id} (reference §25,
 * `api_v1.py:1772-1907`), declared on `resource`. The real server checks no
 * owner on a cost: any caller with the scope reads and changes any cost.
 */
import { badRequest, notFound, validationError } from '../../core/errors.js';
import { isDateOnly, isoDate, isoNaive } from '../../core/time.js';
import type { TimeTrackerHandlers } from '../../apis/timetracker/env.js';
import type { components } from '../../generated/timetracker/openapi.js';
import type { Store } from '../../store/timetracker/store.js';
import type { ProjectCostRow } from '../../store/timetracker/records-types.js';
import { auditTrail } from './activities.js';
import { filtered, pick } from './records.js';
import { resource, type ResourceCtx } from './resource.js';

type S = components['schemas'];

/** `ProjectCost.to_dict` (`models/project_cost.py:82`). */
function costDict(store: Store, c: ProjectCostRow): S['ProjectCost'] {
  return {
    ...c,
    created_at: isoNaive(c.created_at),
    updated_at: isoNaive(c.updated_at),
    project: store.projects.get(c.project_id)?.name ?? null,
    user: store.users.get(c.user_id)?.username ?? null,
  };
}

/** `date.fromisoformat`: a real calendar day `YYYY-MM-DD`, else null. */
export function calendarDay(value: string): string | null {
  const v = value.trim();
  return isDateOnly(v) && isoDate(Date.parse(`${v}T00:00:00Z`)) === v ? v : null;
}

/** `Decimal(str(x))` of a number or a numeric string, else null. */
function decimal(value: number | string): number | null {
  if (typeof value === 'number') return value;
  return /^\s*[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?\s*$/.test(value) ? Number(value) : null;
}

/** The message of the truthy-fields check (`Missing required fields: a, b`), or null. */
export function missingFields(body: object, fields: readonly string[]): string | null {
  const missing = fields.filter((f) => !(body as Record<string, unknown>)[f]);
  return missing.length === 0 ? null : `Missing required fields: ${missing.join(', ')}`;
}

/** The id of an existing project, else 404 `Resource not found`. */
function project(store: Store, id: number): number {
  if (!store.projects.get(id)) throw notFound();
  return id;
}

const trail = auditTrail<ProjectCostRow>('ProjectCost', (c) => `<ProjectCost ${c.description} (${c.amount.toFixed(2)} ${c.currency_code})>`);

const cost = resource({
  table: (s) => s.projectCosts,
  what: 'Resource',
  id: 'cost_id',
  one: 'cost',
  many: 'costs',
  dict: (c, ctx) => costDict(ctx.store, c),
  messages: { created: 'Project cost created successfully', updated: 'Project cost updated successfully', deleted: 'Project cost deleted successfully' },
});

type Create = S['ProjectCostCreate'];
type ListQuery = { start_date?: string; end_date?: string; user_id?: number; billable_only?: boolean; page?: number; per_page?: number };
type ProjectParam = { project_id: number };

const updateProjectCost = cost.update<S['ProjectCostUpdate']>((ctx, row) => {
  const b = ctx.body;
  const amount = b.amount === undefined ? undefined : decimal(b.amount);
  if (amount === null) throw validationError({ amount: ['Invalid value.'] }, 'Invalid amount');
  const day = b.cost_date === undefined ? null : calendarDay(b.cost_date);
  const patch: Partial<ProjectCostRow> = {
    ...pick(b, ['description', 'category', 'currency_code', 'notes', 'billable']),
    ...(amount === undefined ? {} : { amount }),
    ...(day === null ? {} : { cost_date: day }),
    updated_at: ctx.now,
  };
  trail.updated(ctx, row, patch);
  return patch;
});

export const projectCosts = {
  // The real server lists an unknown project's costs as none (200); this spec answers 404, as for every project route.
  listProjectCosts: (ctx: ResourceCtx<ProjectParam, ListQuery>) =>
    cost.list<ListQuery>(({ store, query: { start_date: from, end_date: to, user_id: userId, billable_only: billableOnly } }) =>
      filtered(store.views.costsNewestFirst.group(project(store, ctx.params.project_id)), [
        from === undefined ? undefined : (c) => c.cost_date >= from,
        to === undefined ? undefined : (c) => c.cost_date <= to,
        userId === undefined ? undefined : (c) => c.user_id === userId,
        billableOnly ? (c) => c.billable : undefined,
      ]),
    )(ctx),

  createProjectCost: (ctx: ResourceCtx<ProjectParam, unknown, Create>) =>
    cost.create<Create>(
      ({ body: b, auth, now, store }) => {
        const missing = missingFields(b, ['description', 'category', 'amount', 'cost_date']);
        if (missing) throw badRequest(missing);
        const day = calendarDay(b.cost_date);
        if (day === null) throw badRequest('Invalid cost_date');
        return {
          project_id: project(store, ctx.params.project_id),
          user_id: auth.user.id,
          description: b.description.trim(),
          category: b.category,
          amount: b.amount,
          currency_code: b.currency_code ?? 'EUR',
          billable: b.billable ?? true,
          invoiced: false,
          invoice_id: null,
          cost_date: day,
          notes: b.notes?.trim() || null,
          receipt_path: null,
          created_at: now,
          updated_at: now,
        };
      },
      trail.created,
    )(ctx),

  getProjectCost: cost.get,
  updateProjectCost,
  patchProjectCost: updateProjectCost,
  deleteProjectCost: cost.remove(trail.deleted),
} satisfies Partial<TimeTrackerHandlers>;
