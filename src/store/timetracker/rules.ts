/**
 * TimeTracker's domain rules, each in one place, used by the handlers and
 * the scenarios alike: what a new time entry looks like, when two entries
 * overlap, and which projects a user may see.
 */
import { isoDate } from '../../core/time.js';
import type { Store } from './store.js';
import type { ProjectRow, TimeEntryRow, TimesheetPeriodRow, UserRow } from './types.js';
import type { AuditEventRow } from './approval-types.js';

const DAY = 86_400_000;

export type NewTimeEntry = Omit<TimeEntryRow, 'id'>;

/** What a new entry needs; everything else takes the real server's defaults. */
export type TimeEntryInput = Pick<NewTimeEntry, 'user_id' | 'start' | 'end'> & Partial<NewTimeEntry>;

/**
 * A new time entry with the real server's defaults: no project, client or
 * task, no break, not paused, no notes or tags, `manual`, billable, unpaid,
 * created and updated at its end (or start, while running) unless given.
 * Plain assignments, no spread: the large scenario makes a million of these.
 */
export function newTimeEntry(i: TimeEntryInput): NewTimeEntry {
  const stamp = i.end ?? i.start;
  // `id: 0` until a table gives it one: the row keeps one object shape (cheaper for a million rows).
  const row: TimeEntryRow = {
    id: 0,
    user_id: i.user_id,
    project_id: i.project_id ?? null,
    client_id: i.client_id ?? null,
    task_id: i.task_id ?? null,
    start: i.start,
    end: i.end,
    break_seconds: i.break_seconds ?? 0,
    paused_at: i.paused_at ?? null,
    notes: i.notes ?? null,
    tags: i.tags ?? null,
    source: i.source ?? 'manual',
    billable: i.billable ?? true,
    paid: i.paid ?? false,
    invoice_number: i.invoice_number ?? null,
    created_at: i.created_at ?? stamp,
    updated_at: i.updated_at ?? stamp,
  };
  return row;
}

/**
 * A finished entry of the user that [start, end) overlaps, if any: one that
 * starts before `end` (and at most a day before `start`: longer entries are
 * not expected) and ends after `start`.
 */
export function overlappingEntry(store: Store, userId: number, start: number, end: number, exceptId?: number): TimeEntryRow | undefined {
  return store.finishedEntryEndingAfter(userId, start - DAY, end, start, exceptId);
}

/** May this user see this project? Admins see all; a user restricted to some clients sees only their projects (and client-less ones). */
export function projectVisible(user: UserRow, isAdmin: boolean, project: ProjectRow): boolean {
  return isAdmin || !user.allowed_client_ids || project.client_id === null || user.allowed_client_ids.includes(project.client_id);
}

/**
 * Is the day (`YYYY-MM-DD`, or the UTC day of an instant) inside a closed
 * (locked) timesheet period of the user? (reference §19: a closed period
 * locks its week's time entries.) Reads the user's closed periods only.
 */
export function dayLocked(store: Store, userId: number, day: string | number): boolean {
  return closedPeriodOn(store, userId, day) !== undefined;
}

/** The closed timesheet period of the user covering the day, if any (it locks that day's entries and attendance). */
export function closedPeriodOn(store: Store, userId: number, day: string | number): TimesheetPeriodRow | undefined {
  const d = typeof day === 'number' ? new Date(day).toISOString().slice(0, 10) : day;
  return store.views.closedPeriods.group(userId).find((p) => p.period_start <= d && d <= p.period_end);
}

/**
 * Is the entry approved (an approval of it in `approved`)? An approved entry
 * is locked for non-admins as a closed period's entries are (reference §18;
 * the real server keeps no approval state on the entry, so this lock is the
 * spec's). Reads the entry's approved rows only.
 */
export function entryApproved(store: Store, entryId: number): boolean {
  return store.views.approvedEntries.group(entryId).length > 0;
}

/** Monday and Sunday (UTC) of the ISO week of a day. */
export function isoWeek(day: string): { start: string; end: string } {
  const t = Date.parse(`${day}T00:00:00Z`);
  const monday = t - ((new Date(t).getUTCDay() + 6) % 7) * DAY;
  return { start: isoDate(monday), end: isoDate(monday + 6 * DAY) };
}

/** A new timesheet period: the ISO week of `day`, a draft (handlers and scenarios share it). */
export function newPeriod(userId: number, periodType: string, day: string, now: number): Omit<TimesheetPeriodRow, 'id'> {
  const week = isoWeek(day);
  return {
    user_id: userId,
    period_type: periodType,
    period_start: week.start,
    period_end: week.end,
    status: 'draft',
    submitted_at: null,
    submitted_by: null,
    approved_at: null,
    approved_by: null,
    rejected_at: null,
    rejected_by: null,
    rejection_reason: null,
    closed_at: null,
    closed_by: null,
    close_reason: null,
    created_at: now,
    updated_at: now,
  };
}

/**
 * The compliance audit log (reference §21, `AuditLog`): the governance
 * actions the mock serves, and the scenarios' history of them, append a row
 * in the real server's wording (`Created <type> '<name>'`, `Updated <type>
 * '<name>': <field>`), which `GET /reports/compliance/audit-events` lists.
 */
export interface AuditInput {
  userId: number | null;
  action: 'created' | 'updated' | 'deleted';
  entityType: string;
  entityId: number;
  entityName: string;
  /** The field an update changed (in the description), if one. */
  field?: string;
  reason?: string | null;
  at: number;
}

export function audit(store: Store, a: AuditInput): AuditEventRow {
  const verb = a.action === 'created' ? 'Created' : a.action === 'deleted' ? 'Deleted' : 'Updated';
  return store.recordAudit({
    created_at: a.at,
    user_id: a.userId,
    action: a.action,
    entity_type: a.entityType,
    entity_id: a.entityId,
    entity_name: a.entityName,
    change_description: `${verb} ${a.entityType.toLowerCase()} '${a.entityName}'${a.field ? `: ${a.field}` : ''}`,
    reason: a.reason ?? null,
  });
}
