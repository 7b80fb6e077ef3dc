/**
 * /api/v1/issues (reference §15, `api_v1_issues.py`), declared on `resource`.
 * The rules kept here: the `issues` module must be on (else 403
 * `module_disabled`, before anything else), delete is for admins (checked
 * before the id), and the derived fields of `to_dict`. Status changes
 * through the API are free (no state machine) and leave `resolved_at` /
 * `closed_at` as they were, as on the real server.
 */
import { badRequest, forbidden } from '../../core/errors.js';
import { isoNaive, isoNaiveOrNull } from '../../core/time.js';
import type { TimeTrackerHandlers } from '../../apis/timetracker/env.js';
import type { components } from '../../generated/timetracker/openapi.js';
import type { Store } from '../../store/timetracker/store.js';
import type { IssueRow } from '../../store/timetracker/board-types.js';
import { gated } from './modules.js';
import { filtered } from './records.js';
import { resource, type ResourceCtx } from './resource.js';

type S = components['schemas'];

const STATUS_DISPLAY: Record<string, string> = { open: 'Open', in_progress: 'In Progress', resolved: 'Resolved', closed: 'Closed', cancelled: 'Cancelled' };
const PRIORITY_DISPLAY: Record<string, string> = { low: 'Low', medium: 'Medium', high: 'High', urgent: 'Urgent' };

/** Python's `str.title()` of a status with `_` as spaces (the display of a status outside the map). */
const titled = (s: string) => s.replace(/_/g, ' ').replace(/[A-Za-z]+/g, (w) => w[0].toUpperCase() + w.slice(1).toLowerCase());

/** The real server's `to_dict` (`models/issue.py:222`). */
function issueDict(store: Store, i: IssueRow): S['Issue'] {
  const username = (id: number | null) => (id === null ? null : (store.users.get(id)?.username ?? null));
  return {
    ...i,
    client_name: store.clients.get(i.client_id)?.name ?? null,
    project_name: i.project_id === null ? null : (store.projects.get(i.project_id)?.name ?? null),
    task_name: i.task_id === null ? null : (store.tasks.get(i.task_id)?.name ?? null),
    status_display: STATUS_DISPLAY[i.status] ?? titled(i.status),
    priority_display: PRIORITY_DISPLAY[i.priority] ?? i.priority,
    priority_class: PRIORITY_DISPLAY[i.priority] ? `priority-${i.priority}` : 'priority-medium',
    assigned_user: username(i.assigned_to),
    creator: username(i.created_by),
    created_at: isoNaive(i.created_at),
    updated_at: isoNaive(i.updated_at),
    resolved_at: isoNaiveOrNull(i.resolved_at),
    closed_at: isoNaiveOrNull(i.closed_at),
    is_open: i.status === 'open' || i.status === 'in_progress',
    is_resolved: i.status === 'resolved',
    is_closed: i.status === 'closed',
  };
}

const issue = resource({
  table: (s) => s.issues,
  // `not_found_response("Issue not found")` appends " not found" itself (observed).
  what: 'Issue not found',
  id: 'issue_id',
  one: 'issue',
  many: 'issues',
  dict: (i, ctx) => issueDict(ctx.store, i),
  messages: { created: 'Issue created successfully', updated: 'Issue updated successfully', deleted: 'Issue deleted successfully' },
});

type Update = S['IssueUpdate'];
const updateIssue = issue.update<Update>(({ body: b, now }) => {
  const patch: Partial<Omit<IssueRow, 'id'>> = { updated_at: now };
  if (b.title != null) patch.title = b.title.trim();
  if (b.description !== undefined) patch.description = b.description ? b.description.trim() : null;
  if (b.status != null) patch.status = b.status;
  if (b.priority != null) patch.priority = b.priority;
  if (b.project_id !== undefined) patch.project_id = b.project_id;
  if (b.client_id != null) patch.client_id = b.client_id;
  if (b.assigned_to !== undefined) patch.assigned_to = b.assigned_to;
  return patch;
});

type ListQuery = { project_id?: number; client_id?: number; status?: string; page?: number; per_page?: number };

// Every route of the group checks the module first (after the token).
export const issues = gated('issues', {
  listIssues: issue.list<ListQuery>(({ store, query: q }) => {
    const rows = q.project_id === undefined ? store.views.issuesRecentFirst.rows() : store.views.issuesRecentFirst.group(q.project_id);
    return filtered(rows, [q.client_id === undefined ? undefined : (i) => i.client_id === q.client_id, q.status === undefined ? undefined : (i) => i.status === q.status]);
  }),

  createIssue: issue.create<S['IssueCreate']>(({ body: b, auth, now }) => {
    const title = (b.title ?? '').trim();
    if (!title) throw badRequest('title is required');
    if (!b.client_id) throw badRequest('client_id is required');
    return {
      client_id: b.client_id,
      project_id: b.project_id ?? null,
      task_id: b.task_id ?? null,
      title,
      description: b.description ? b.description.trim() : null,
      status: b.status ?? 'open',
      priority: b.priority ?? 'medium',
      submitted_by_client: b.submitted_by_client ?? false,
      client_submitter_name: null,
      client_submitter_email: null,
      assigned_to: b.assigned_to ?? null,
      created_by: auth.user.id,
      created_at: now,
      updated_at: now,
      resolved_at: null,
      closed_at: null,
    };
  }),

  getIssue: issue.get,
  updateIssue,
  patchIssue: updateIssue,
  deleteIssue: (ctx: ResourceCtx<{ issue_id: number }>) => {
    // The admin check comes before the lookup: a non-admin gets 403 for an unknown id too.
    if (!ctx.auth.isAdmin) throw forbidden('Only admins can delete issues');
    return issue.remove()(ctx);
  },
}) satisfies Partial<TimeTrackerHandlers>;
