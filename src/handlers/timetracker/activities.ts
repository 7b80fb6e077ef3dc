/**
 * The activity feed and the audit log (reference §25; `api_v1.py:2207,2229`),
 * and the audit trail the record groups write into.
 *
 * Activities come from the time-entry writes (`timeEntryActivity` in
 * webhook-dispatch.ts, the same writes whose webhooks carry `activity_<id>`):
 * through `/api/v1` the real server logs no others. The audit log is the real
 * server's flush listener (`utils/audit.py`): a row per create and delete,
 * one per changed field of an update; here it is written by the groups of
 * project costs, saved filters, comments and budget alerts through `auditTrail`.
 * Both keep the newest LOG_ROWS_KEPT rows (decisions/0006).
 */
import { isoNaive } from '../../core/time.js';
import type { TimeTrackerHandlers } from '../../apis/timetracker/env.js';
import type { components } from '../../generated/timetracker/openapi.js';
import type { Row } from '../../store/table.js';
import type { Store } from '../../store/timetracker/store.js';
import type { ActivityRow, AuditLogRow } from '../../store/timetracker/records-types.js';
import type { ResourceCtx } from './resource.js';
import { displayName } from './webhook-dispatch.js';

type S = components['schemas'];

/** Fields the real server never audits (`utils/audit.py:76`). */
const NOT_AUDITED = new Set(['id', 'created_at', 'updated_at']);

/** A stored value as `serialize_value` writes it (instants as naive ISO strings). */
const auditValue = (field: string, v: unknown): unknown => (field.endsWith('_at') && typeof v === 'number' ? isoNaive(v) : (v ?? null));

const sameValue = (a: unknown, b: unknown): boolean => a === b || JSON.stringify(a) === JSON.stringify(b);

/**
 * The audit rows of one model (`entityType`, the class name the real server
 * logs), named as `get_entity_name` names them (`name`, else the model's repr).
 */
export function auditTrail<T extends Row>(entityType: string, nameOf: (row: T, store: Store) => string) {
  const lower = entityType.toLowerCase();
  const log = (ctx: ResourceCtx, row: T, action: AuditLogRow['action'], change: string, field: string | null = null, before: unknown = null, after: unknown = null) => {
    const name = nameOf(row, ctx.store);
    ctx.store.logAudit({
      user_id: ctx.auth.user.id,
      entity_type: entityType,
      entity_id: row.id,
      entity_name: name,
      action,
      field_name: field,
      old_value: before,
      new_value: after,
      change_description: `${change} ${lower} '${name}'${field === null ? '' : `: ${field}`}`,
      user_agent: ctx.req.headers['user-agent'] ?? null,
      ip_address: ctx.req.remoteAddress ?? null,
      request_path: ctx.req.path,
      created_at: ctx.now,
    });
  };
  return {
    created: (ctx: ResourceCtx, row: T): void => log(ctx, row, 'created', 'Created'),
    deleted: (ctx: ResourceCtx, row: T): void => log(ctx, row, 'deleted', 'Deleted'),
    /** Log the update `patch` makes of `row` (call it before applying the patch): one row per changed field. */
    updated: (ctx: ResourceCtx, row: T, patch: Partial<T>): void => {
      const changed = Object.keys(patch).filter((k) => !NOT_AUDITED.has(k) && !sameValue(row[k as keyof T], patch[k as keyof T]));
      if (changed.length === 0) {
        if (Object.keys(patch).some((k) => !NOT_AUDITED.has(k))) log(ctx, row, 'updated', 'Updated');
        return;
      }
      for (const k of changed) log(ctx, row, 'updated', 'Updated', k, auditValue(k, row[k as keyof T]), auditValue(k, patch[k as keyof T]));
    },
  };
}

/** The newest rows of a log (kept oldest first) passing `keep`, at most `limit`: stops at the limit, no full scan. */
function newest<T>(rows: readonly T[], keep: (row: T) => boolean, limit: number): T[] {
  const out: T[] = [];
  for (let i = rows.length - 1; i >= 0 && out.length < limit; i--) if (keep(rows[i])) out.push(rows[i]);
  return out;
}

function who(store: Store, userId: number | null): { username: string | null; display_name: string | null } {
  const u = userId === null ? undefined : store.users.get(userId);
  return { username: u?.username ?? null, display_name: u ? displayName(u) : null };
}

/** `Activity.to_dict` (`models/activity.py:146`). */
function activityDict(store: Store, a: ActivityRow): S['Activity'] {
  return { ...a, ...who(store, a.user_id), metadata: a.extra_data, created_at: isoNaive(a.created_at) };
}

/** `AuditLog.to_dict` (`models/audit_log.py:267`). */
function auditDict(store: Store, l: AuditLogRow): S['AuditLog'] {
  return { ...l, ...who(store, l.user_id), reason: null, entity_metadata: null, full_old_state: null, full_new_state: null, created_at: isoNaive(l.created_at) };
}

export const activities = {
  listActivities: ({ store, query: q }) => {
    const rows = newest(store.views.activitiesInOrder.rows(), (a) => (q.user_id === undefined || a.user_id === q.user_id) && (!q.entity_type || a.entity_type === q.entity_type), q.limit ?? 50);
    return { status: 200, body: { activities: rows.map((a) => activityDict(store, a)) } };
  },
  listAuditLogs: ({ store, query: q }) => {
    const keep = (l: AuditLogRow) =>
      (q.user_id === undefined || l.user_id === q.user_id) && (!q.entity_type || l.entity_type === q.entity_type) && (!q.action || l.action === q.action);
    return { status: 200, body: { audit_logs: newest(store.views.auditInOrder.rows(), keep, q.limit ?? 100).map((l) => auditDict(store, l)) } };
  },
} satisfies Partial<TimeTrackerHandlers>;
