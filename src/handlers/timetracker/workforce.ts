/**
 * Timesheet periods and their policy, time off (leave types, requests,
 * balances, holidays): reference §19-§20. A closed period locks its week
 * (rules.ts `dayLocked`, checked by the time-entry and timer handlers); an
 * approved request moves hours from a leave type's remaining balance to its
 * used one.
 */
import { ApiError, badRequest, conflict, forbidden } from '../../core/errors.js';
import { created, ok } from '../../core/handler.js';
import { isoDate, isoNaive } from '../../core/time.js';
import type { Caller, TimeTrackerHandlers } from '../../apis/timetracker/env.js';
import type { components } from '../../generated/timetracker/openapi.js';
import type { Store } from '../../store/timetracker/store.js';
import type { TimeOffRequestRow, TimesheetPeriodRow, TimesheetPolicyRow } from '../../store/timetracker/types.js';
import { isoWeek, newPeriod } from '../../store/timetracker/rules.js';
import { adminOnly, filtered, found, pick } from './records.js';

type S = components['schemas'];
const DAY = 86_400_000;

/** A row with its epoch-ms fields as naive ISO datetimes (null stays null). */
type Stamped<T, K extends keyof T> = Omit<T, K> & { [P in K]: null extends T[P] ? string | null : string };
function stamps<T extends object, K extends keyof T>(row: T, fields: readonly K[]): Stamped<T, K> {
  const out: Record<string, unknown> = { ...(row as Record<string, unknown>) };
  for (const f of fields) {
    const v = row[f];
    out[f as string] = typeof v === 'number' ? isoNaive(v) : null;
  }
  return out as Stamped<T, K>;
}

/** A period as the API shows it (also in the locked-periods report). */
export const periodDict = (p: TimesheetPeriodRow): S['TimesheetPeriod'] => ({
  ...stamps(p, ['submitted_at', 'approved_at', 'rejected_at', 'closed_at', 'created_at', 'updated_at']),
  is_locked: p.status === 'closed',
});
const policyDict = (p: TimesheetPolicyRow): S['TimesheetPolicy'] => stamps(p, ['created_at', 'updated_at']);
const requestDict = (store: Store, r: TimeOffRequestRow): S['TimeOffRequest'] => ({
  ...stamps(r, ['submitted_at', 'reviewed_at', 'created_at', 'updated_at']),
  leave_type: store.leaveTypes.get(r.leave_type_id)?.name ?? null,
});

/** The policy (seeded as row 1; made with the defaults if a scenario has none). */
export function policy(store: Store, now: number): TimesheetPolicyRow {
  return (
    store.timesheetPolicies.get(1) ??
    store.timesheetPolicies.insert({
      default_period_type: 'weekly',
      auto_lock_days: null,
      approver_user_ids: [],
      enable_multi_level_approval: false,
      require_rejection_comment: true,
      enable_admin_override: true,
      created_at: now,
      updated_at: now,
    })
  );
}

/** Admins and the policy's approvers approve periods and time off and read the compliance reports (403 `Access denied`). */
export function approver(store: Store, auth: Caller, now: number): void {
  if (!auth.isAdmin && !policy(store, now).approver_user_ids.includes(auth.user.id)) throw forbidden('Access denied');
}

/** Whose rows a list shows: a non-admin's own; an admin's all, or `user_id`'s. */
function listed<T extends { user_id: number }>(auth: Caller, all: readonly T[], ofUser: (id: number) => readonly T[], userId: number | undefined): readonly T[] {
  if (!auth.isAdmin) return ofUser(auth.user.id);
  return userId !== undefined ? ofUser(userId) : all;
}

const overlaps = (from: string | undefined, to: string | undefined) =>
  from === undefined && to === undefined ? undefined : (r: { start: string; end: string }) => (from === undefined || r.end >= from) && (to === undefined || r.start <= to);

function period(store: Store, id: number): TimesheetPeriodRow {
  return found(store.timesheetPeriods, id, 'Timesheet period');
}

const updatePolicy: TimeTrackerHandlers['updateTimesheetPolicy'] = ({ store, body: b, auth, now }) => {
  adminOnly(auth, 'Access denied');
  const p = policy(store, now);
  const fields = ['default_period_type', 'auto_lock_days', 'approver_user_ids', 'enable_multi_level_approval', 'require_rejection_comment', 'enable_admin_override'] as const;
  const updated = store.timesheetPolicies.update(p.id, { ...pick(b, fields), updated_at: now });
  return ok({ message: 'Timesheet policy updated', timesheet_policy: policyDict(updated) });
};

const WEEKDAY_HOURS = 8;

/** Requested hours by default: 8 per weekday of the range. */
function weekdayHours(start: string, end: string): number {
  let hours = 0;
  for (let t = Date.parse(`${start}T00:00:00Z`); t <= Date.parse(`${end}T00:00:00Z`) && hours < 10_000; t += DAY) {
    const d = new Date(t).getUTCDay();
    if (d !== 0 && d !== 6) hours += WEEKDAY_HOURS;
  }
  return hours;
}

function review(store: Store, auth: Caller, id: number, comment: string | null | undefined, now: number, status: 'approved' | 'rejected'): TimeOffRequestRow {
  approver(store, auth, now);
  const r = found(store.timeOffRequests, id, 'Request');
  if (r.status !== 'draft' && r.status !== 'submitted') throw badRequest('Request has already been processed');
  return store.timeOffRequests.update(r.id, { status, review_comment: comment ?? null, reviewed_at: now, reviewed_by: auth.user.id, updated_at: now });
}

export const workforce = {
  listTimesheetPeriods: ({ store, query, auth }) => {
    const view = store.views.periodsNewestFirst;
    const rows = filtered(listed(auth, view.rows(), (u) => view.group(u), query.user_id), [
      query.status === undefined ? undefined : (p) => p.status === query.status,
      ((test) => test && ((p: TimesheetPeriodRow) => test({ start: p.period_start, end: p.period_end })))(overlaps(query.start_date, query.end_date)),
    ]);
    return ok({ timesheet_periods: rows.map(periodDict) });
  },

  createTimesheetPeriod: ({ store, body, auth, now }) => {
    const b = body ?? {};
    const userId = auth.isAdmin && b.user_id !== undefined ? b.user_id : auth.user.id;
    if (!store.users.get(userId)) throw badRequest('Invalid user');
    const type = b.period_type ?? 'weekly';
    const week = isoWeek(b.reference_date ?? isoDate(now));
    const existing = store.views.periodsNewestFirst.group(userId).find((p) => p.period_start === week.start && p.period_type === type);
    const p = existing ?? store.timesheetPeriods.insert(newPeriod(userId, type, week.start, now));
    return created({ timesheet_period: periodDict(p) });
  },

  submitTimesheetPeriod: ({ store, params, auth, now }) => {
    const p = period(store, params.period_id);
    if (p.user_id !== auth.user.id) throw badRequest('You can only submit your own period');
    if (p.status === 'closed') throw badRequest('Closed period cannot be submitted');
    const running = store.runningEntryOf(p.user_id);
    if (running && isoDate(running.start) >= p.period_start && isoDate(running.start) <= p.period_end) throw badRequest('Stop active timers in this period before submitting');
    const updated = store.timesheetPeriods.update(p.id, { status: 'submitted', submitted_at: now, submitted_by: auth.user.id, updated_at: now });
    return ok({ message: 'Timesheet period submitted', timesheet_period: periodDict(updated) });
  },

  approveTimesheetPeriod: ({ store, params, body, auth, now }) => {
    approver(store, auth, now);
    const p = period(store, params.period_id);
    if (p.status !== 'submitted' && p.status !== 'rejected') throw badRequest('Only submitted/rejected periods can be approved');
    const updated = store.timesheetPeriods.update(p.id, { status: 'approved', approved_at: now, approved_by: auth.user.id, close_reason: body?.comment ?? p.close_reason, updated_at: now });
    return ok({ message: 'Timesheet period approved', timesheet_period: periodDict(updated) });
  },

  rejectTimesheetPeriod: ({ store, params, body, auth, now }) => {
    approver(store, auth, now);
    const p = period(store, params.period_id);
    const reason = (body?.reason ?? '').trim();
    if (!reason) throw badRequest('reason is required');
    if (p.status !== 'submitted') throw badRequest('Only submitted periods can be rejected');
    const updated = store.timesheetPeriods.update(p.id, { status: 'rejected', rejected_at: now, rejected_by: auth.user.id, rejection_reason: reason, updated_at: now });
    return ok({ message: 'Timesheet period rejected', timesheet_period: periodDict(updated) });
  },

  closeTimesheetPeriod: ({ store, params, body, auth, now }) => {
    if (!auth.isAdmin) throw new ApiError(403, 'Only admins can close periods', 'forbidden');
    const p = period(store, params.period_id);
    const updated = p.status === 'closed' ? p : store.timesheetPeriods.update(p.id, { status: 'closed', closed_at: now, closed_by: auth.user.id, close_reason: body?.reason ?? p.close_reason, updated_at: now });
    return ok({ message: 'Timesheet period closed', timesheet_period: periodDict(updated) });
  },

  deleteTimesheetPeriod: ({ store, params, auth }) => {
    const p = period(store, params.period_id);
    if (!auth.isAdmin && p.user_id !== auth.user.id) throw forbidden('Only the period owner or an admin can delete it');
    if (p.status !== 'draft' && p.status !== 'rejected') throw badRequest('Only draft or rejected periods can be deleted');
    store.timesheetPeriods.delete(p.id);
    return ok({ message: 'Timesheet period deleted' });
  },

  getTimesheetPolicy: ({ store, auth, now }) => {
    approver(store, auth, now);
    return ok({ timesheet_policy: policyDict(policy(store, now)) });
  },
  updateTimesheetPolicy: updatePolicy,
  patchTimesheetPolicy: updatePolicy,

  listLeaveTypes: ({ store, query }) => {
    const all = store.views.leaveTypesByName.rows();
    return ok({ leave_types: query.enabled_only === false ? [...all] : all.filter((t) => t.enabled) });
  },

  createLeaveType: ({ store, body: b, auth }) => {
    adminOnly(auth, 'Access denied');
    const code = b.code.trim().toLowerCase();
    const name = b.name.trim();
    if (!name || !code) throw badRequest('name and code are required');
    if (store.leaveTypes.findBy('code', code)) throw conflict('Duplicate entry - this record already exists', 'integrity_error');
    const t = store.leaveTypes.insert({
      name,
      code,
      is_paid: b.is_paid ?? true,
      annual_allowance_hours: b.annual_allowance_hours ?? null,
      accrual_hours_per_month: b.accrual_hours_per_month ?? null,
      enabled: b.enabled ?? true,
    });
    return created({ message: 'Leave type created', leave_type: t });
  },

  deleteLeaveType: ({ store, params, auth }) => {
    adminOnly(auth, 'Access denied');
    const t = found(store.leaveTypes, params.leave_type_id, 'Leave type');
    if (store.timeOffRequests.toArray().some((r) => r.leave_type_id === t.id)) throw badRequest('Cannot delete leave type that has time-off requests');
    store.leaveTypes.delete(t.id);
    return ok({ message: 'Leave type deleted' });
  },

  listTimeOffRequests: ({ store, query, auth }) => {
    const view = store.views.timeOffNewestFirst;
    const rows = filtered(listed(auth, view.rows(), (u) => view.group(u), query.user_id), [
      query.status === undefined ? undefined : (r) => r.status === query.status,
      ((test) => test && ((r: TimeOffRequestRow) => test({ start: r.start_date, end: r.end_date })))(overlaps(query.start_date, query.end_date)),
    ]);
    return ok({ time_off_requests: rows.map((r) => requestDict(store, r)) });
  },

  createTimeOffRequest: ({ store, body: b, auth, now }) => {
    const t = store.leaveTypes.get(b.leave_type_id);
    if (!t || !t.enabled) throw badRequest('Invalid leave type');
    if (b.end_date < b.start_date) throw badRequest('end_date must be after start_date');
    const submit = b.submit !== false;
    const r = store.timeOffRequests.insert({
      user_id: auth.user.id,
      leave_type_id: t.id,
      start_date: b.start_date,
      end_date: b.end_date,
      start_half_day: false,
      end_half_day: false,
      requested_hours: b.requested_hours ?? weekdayHours(b.start_date, b.end_date),
      status: submit ? 'submitted' : 'draft',
      requested_comment: b.comment ?? null,
      review_comment: null,
      submitted_at: submit ? now : null,
      reviewed_at: null,
      reviewed_by: null,
      created_at: now,
      updated_at: now,
    });
    return created({ message: 'Time-off request created', time_off_request: requestDict(store, r) });
  },

  approveTimeOffRequest: ({ store, params, body, auth, now }) =>
    ok({ message: 'Time-off request approved', time_off_request: requestDict(store, review(store, auth, params.request_id, body?.comment, now, 'approved')) }),

  rejectTimeOffRequest: ({ store, params, body, auth, now }) =>
    ok({ message: 'Time-off request rejected', time_off_request: requestDict(store, review(store, auth, params.request_id, body?.comment, now, 'rejected')) }),

  deleteTimeOffRequest: ({ store, params, auth, now }) => {
    const r = found(store.timeOffRequests, params.request_id, 'Time-off request');
    if (r.user_id !== auth.user.id && !auth.isAdmin && !policy(store, now).approver_user_ids.includes(auth.user.id)) throw forbidden('Only the request owner or an approver can delete it');
    if (r.status !== 'draft' && r.status !== 'submitted' && r.status !== 'cancelled') throw badRequest('Only draft, submitted, or cancelled requests can be deleted');
    store.timeOffRequests.delete(r.id);
    return ok({ message: 'Time-off request deleted' });
  },

  getTimeOffBalances: ({ store, query, auth }) => {
    const userId = auth.isAdmin && query.user_id !== undefined ? query.user_id : auth.user.id;
    const mine = store.views.timeOffNewestFirst.group(userId);
    const balances = store.views.leaveTypesByName
      .rows()
      .filter((t) => t.enabled)
      .map((t) => {
        const used = mine.filter((r) => r.leave_type_id === t.id && r.status === 'approved').reduce((s, r) => s + (r.requested_hours ?? 0), 0);
        return {
          leave_type_id: t.id,
          leave_type_code: t.code,
          leave_type_name: t.name,
          allowance_hours: t.annual_allowance_hours,
          used_hours: used,
          remaining_hours: t.annual_allowance_hours === null ? null : t.annual_allowance_hours - used,
        };
      });
    return ok({ balances });
  },

  listHolidays: ({ store, query }) => {
    const test = overlaps(query.start_date, query.end_date);
    const rows = store.views.holidaysByStart.rows();
    return ok({ holidays: test ? rows.filter((h) => test({ start: h.start_date, end: h.end_date })) : [...rows] });
  },

  createHoliday: ({ store, body: b, auth }) => {
    adminOnly(auth, 'Access denied');
    const name = b.name.trim();
    if (!name) throw badRequest('name, start_date and end_date are required');
    if (b.end_date < b.start_date) throw badRequest('end_date must be after start_date');
    const h = store.holidays.insert({ name, start_date: b.start_date, end_date: b.end_date, region: b.region ?? null, enabled: b.enabled ?? true });
    return created({ message: 'Holiday created', holiday: h });
  },

  deleteHoliday: ({ store, params, auth }) => {
    adminOnly(auth, 'Access denied');
    const h = found(store.holidays, params.holiday_id, 'Holiday');
    store.holidays.delete(h.id);
    return ok({ message: 'Holiday deleted' });
  },
} satisfies Partial<TimeTrackerHandlers>;
