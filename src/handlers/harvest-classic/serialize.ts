/**
 * Harvest classic's JSON shapes (snake_case; REST resources wrapped in
 * their root key by the handlers, day entries not) and the answers every
 * REST write shares: 201 + Location, 200 + Location, 200 with a Hint.
 */
import { ApiError, notFound } from '../../core/errors.js';
import { currentHours, round2 } from '../../store/harvest-classic/rules.js';
import type { HarvestStore } from '../../store/harvest-classic/store.js';
import type {
  ClientRow,
  ContactRow,
  DayEntryRow,
  ProjectRow,
  TaskAssignmentRow,
  TaskRow,
  UserAssignmentRow,
  UserRow,
} from '../../store/harvest-classic/types.js';

/** `2026-11-16T09:30:00Z`. */
export const iso = (ms: number): string => `${new Date(ms).toISOString().slice(0, 19)}Z`;

export const clientDict = (c: ClientRow) => ({
  id: c.id,
  name: c.name,
  active: c.active,
  currency: c.currency,
  currency_symbol: c.currency_symbol,
  details: c.details,
  highrise_id: c.highrise_id,
  cache_version: c.cache_version,
  default_invoice_timeframe: null,
  last_invoice_kind: null,
  created_at: iso(c.created_at),
  updated_at: iso(c.updated_at),
});

export const contactDict = (c: ContactRow) => ({
  id: c.id,
  client_id: c.client_id,
  first_name: c.first_name,
  last_name: c.last_name,
  email: c.email,
  title: c.title,
  phone_office: c.phone_office,
  phone_mobile: c.phone_mobile,
  fax: c.fax,
  created_at: iso(c.created_at),
  updated_at: iso(c.updated_at),
});

export function projectDict(store: HarvestStore, p: ProjectRow) {
  const days = store.entriesWhere((e) => e.project_id === p.id).map((e) => e.spent_at).sort();
  return {
    id: p.id,
    client_id: p.client_id,
    name: p.name,
    code: p.code,
    active: p.active,
    billable: p.billable,
    bill_by: p.bill_by,
    hourly_rate: p.hourly_rate,
    budget_by: p.budget_by,
    budget: p.budget,
    notify_when_over_budget: false,
    over_budget_notification_percentage: 80,
    over_budget_notified_at: null,
    show_budget_to_all: false,
    starts_on: p.starts_on,
    ends_on: p.ends_on,
    hint_earliest_record_at: days[0] ?? null,
    hint_latest_record_at: days[days.length - 1] ?? null,
    notes: p.notes,
    cost_budget: null,
    cost_budget_include_expenses: false,
    created_at: iso(p.created_at),
    updated_at: iso(p.updated_at),
  };
}

export const taskDict = (t: TaskRow) => ({
  id: t.id,
  name: t.name,
  billable_by_default: t.billable_by_default,
  deactivated: t.deactivated,
  default_hourly_rate: t.default_hourly_rate,
  is_default: t.is_default,
  created_at: iso(t.created_at),
  updated_at: iso(t.updated_at),
});

export const userDict = (u: UserRow) => ({
  id: u.id,
  email: u.email,
  first_name: u.first_name,
  last_name: u.last_name,
  has_access_to_all_future_projects: u.has_access_to_all_future_projects,
  default_hourly_rate: u.default_hourly_rate,
  is_active: u.is_active,
  is_admin: u.is_admin,
  is_contractor: u.is_contractor,
  telephone: u.telephone,
  department: u.department,
  timezone: u.timezone,
  created_at: iso(u.created_at),
  updated_at: iso(u.updated_at),
});

export const userAssignmentDict = (a: UserAssignmentRow) => ({
  id: a.id,
  user_id: a.user_id,
  project_id: a.project_id,
  deactivated: a.deactivated,
  hourly_rate: a.hourly_rate,
  is_project_manager: a.is_project_manager,
  created_at: iso(a.created_at),
  updated_at: iso(a.updated_at),
});

export const taskAssignmentDict = (a: TaskAssignmentRow) => ({
  id: a.id,
  project_id: a.project_id,
  task_id: a.task_id,
  billable: a.billable,
  deactivated: a.deactivated,
  budget: a.budget,
  hourly_rate: a.hourly_rate,
  created_at: iso(a.created_at),
  updated_at: iso(a.updated_at),
});

/** A day entry as the Time Tracking API answers it (not wrapped; `timer_started_at` only while running). */
export function dayEntryDict(store: HarvestStore, e: DayEntryRow, now: number) {
  const project = store.projects.get(e.project_id);
  return {
    id: e.id,
    spent_at: e.spent_at,
    user_id: e.user_id,
    client: (project && store.clients.get(project.client_id)?.name) ?? '',
    project_id: e.project_id,
    project: project?.name ?? '',
    task_id: e.task_id,
    task: store.tasks.get(e.task_id)?.name ?? '',
    hours: round2(currentHours(e, now)),
    notes: e.notes,
    created_at: iso(e.created_at),
    updated_at: iso(e.updated_at),
    ...(e.timer_started_at === null ? {} : { timer_started_at: iso(e.timer_started_at) }),
  };
}

/** 201, no body, `Location` naming the new resource. */
export const createdAt = (location: string) => ({ status: 201 as const, headers: { Location: location } });
/** 200, no body, `Location` naming what changed. */
export const doneAt = (location: string) => ({ status: 200 as const, headers: { Location: location } });
/** 200, no body; a `Hint` when something else than a delete was done. */
export const deleted = (hint?: string): { status: 200; headers: Record<string, string> } => ({ status: 200, headers: hint ? { Hint: hint } : {} });

/** 400 with a `Hint` header saying why (a business rule refuses the request). */
export const refused = (message: string): ApiError => new ApiError(400, message, 'bad_request', {}, { Hint: message });

/** A row or the 404. */
export function found<T>(row: T | undefined, what: string): T {
  if (row === undefined) throw notFound(`${what} not found`);
  return row;
}

/** The fields of a partial update that were given (`undefined` means "leave as it is"). */
export function given<T extends object, K extends keyof T>(body: T, keys: readonly K[]): { [P in K]?: Exclude<T[P], undefined> } {
  const out: { [P in K]?: Exclude<T[P], undefined> } = {};
  for (const k of keys) if (body[k] !== undefined) out[k] = body[k] as Exclude<T[K], undefined>;
  return out;
}

/** An id given as a number or a string of digits. */
export const idValue = (v: number | string): number => (typeof v === 'number' ? v : Number(v));

/** `updated_since` (`2010-09-25 18:30`, UTC) as epoch ms, or undefined. */
export function updatedSince(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const m = /^(\d{4}-\d{2}-\d{2})(?:[ T](\d{2}:\d{2}(?::\d{2})?))?Z?$/.exec(value.trim());
  const ms = m ? Date.parse(`${m[1]}T${m[2] ? (m[2].length === 5 ? `${m[2]}:00` : m[2]) : '00:00:00'}Z`) : NaN;
  if (Number.isNaN(ms)) throw new ApiError(400, `updated_since must be a UTC datetime such as 2010-09-25 18:30, got "${value}"`, 'validation_error');
  return ms;
}

/** Rows changed at or after `since` (all when undefined). */
export const changedSince = <T extends { updated_at: number }>(rows: T[], since: number | undefined): T[] => (since === undefined ? rows : rows.filter((r) => r.updated_at >= since));
