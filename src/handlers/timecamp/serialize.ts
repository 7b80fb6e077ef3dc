/**
 * TimeCamp's JSON shapes: ids and counts as strings where the docs show
 * strings, `billable` 0/1, datetimes `YYYY-MM-DD HH:MM:SS` (UTC), and the
 * helpers the handlers share to read its loosely typed input (numbers as
 * digit strings, 0/1 flags, comma lists, fields that may come in the body
 * or as parameters).
 */
import { ApiError } from '../../core/errors.js';
import { canManage, currentDuration, isAdmin, isLocked, isMember } from '../../store/timecamp/rules.js';
import type { TimecampStore } from '../../store/timecamp/store.js';
import type { ActivityRow, ApplicationRow, ChangeRow, ClientRow, EntryRow, GroupRow, InvoiceRow, TaskRow, TimerRow, UserRow, WindowTitleRow } from '../../store/timecamp/types.js';

const pad = (n: number) => String(n).padStart(2, '0');

/** `2026-11-16 09:30:00` (UTC). */
export const dt = (ms: number): string => new Date(ms).toISOString().slice(0, 19).replace('T', ' ');
/** What TimeCamp shows for "never": the epoch. */
export const dtOrEpoch = (ms: number | null): string => dt(ms ?? 0);
export const isoDay = (ms: number): string => new Date(ms).toISOString().slice(0, 10);
/** Seconds after midnight -> `HH:MM:SS`. */
export const hms = (s: number): string => `${pad(Math.floor(s / 3600) % 24)}:${pad(Math.floor(s / 60) % 60)}:${pad(s % 60)}`;
const flag = (b: boolean): 0 | 1 => (b ? 1 : 0);

// --- input ---------------------------------------------------------------

export const badRequest = (message: string) => new ApiError(400, message, 'bad_request');
export const forbidden = (message: string) => new ApiError(403, message, 'forbidden');
export const notFound = (message: string) => new ApiError(404, message, 'not_found');

/** A number sent as a number or a digit string (the schemas allow only those). */
export const num = (v: number | string): number => (typeof v === 'number' ? v : Number(v));
/** An optional number. */
export const numOr = <T>(v: number | string | undefined, fallback: T): number | T => (v === undefined || v === '' ? fallback : num(v));
/** A 0/1 flag sent as a number, a digit string or a boolean. */
export const flagOf = (v: number | string | boolean): boolean => v === true || v === 1 || v === '1' || v === 'true';
/** `1,2,3` -> [1, 2, 3]. */
export const ids = (list: string | undefined): number[] => (list ? list.split(',').map(Number) : []);

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
/** A real calendar date `YYYY-MM-DD`, or the documented 400. */
export function dateOf(value: string, field: string): string {
  const m = DATE.exec(value.trim());
  if (!m || isoDay(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) !== value.trim()) throw badRequest(`unrecognized ${field} format: "${value}" (YYYY-MM-DD)`);
  return value.trim();
}

/** `HH:MM(:SS)` or `YYYY-MM-DD HH:MM:SS` -> seconds after midnight and the date part, or the documented 400. */
export function timeOf(value: string, field: string): { seconds: number; date?: string } {
  const m = /^(?:(\d{4}-\d{2}-\d{2})[ T])?(\d{1,2}):(\d{2})(?::(\d{2}))?$/.exec(value.trim());
  if (!m || Number(m[2]) > 23 || Number(m[3]) > 59 || Number(m[4] ?? 0) > 59) throw badRequest(`unrecognized ${field} format: "${value}" (HH:MM:SS or YYYY-MM-DD HH:MM:SS)`);
  if (m[1]) dateOf(m[1], field);
  return { seconds: Number(m[2]) * 3600 + Number(m[3]) * 60 + Number(m[4] ?? 0), date: m[1] };
}

/** `YYYY-MM-DD HH:MM:SS` -> epoch ms, or the documented 400. */
export function datetimeOf(value: string, field: string): number {
  const m = /^(\d{4}-\d{2}-\d{2})[ T](\d{2}):(\d{2}):(\d{2})$/.exec(value.trim());
  if (!m) throw badRequest(`unrecognized ${field} format: "${value}" (YYYY-MM-DD HH:MM:SS)`);
  const { seconds } = timeOf(`${m[2]}:${m[3]}:${m[4]}`, field);
  return Date.parse(`${dateOf(m[1], field)}T00:00:00Z`) + seconds * 1000;
}

// --- users and groups ----------------------------------------------------

export const userName = (u: UserRow | undefined): string => (u ? (u.display_name ?? u.email) : '');

export const userDict = (u: UserRow) => ({
  user_id: String(u.id),
  email: u.email,
  login_count: String(u.login_count),
  display_name: u.display_name,
  synch_time: dtOrEpoch(u.synch_time),
  login_time: dtOrEpoch(u.login_time),
  group_id: String(u.group_id),
});

export const meDict = (store: TimecampStore, u: UserRow) => ({
  user_id: String(u.id),
  email: u.email,
  register_time: dt(u.register_time),
  display_name: u.display_name,
  synch_time: u.synch_time === null ? null : dt(u.synch_time),
  root_group_id: String(store.account.root_group_id),
  permissions: { time_tracking_admin: isAdmin(u), create_projects: isAdmin(u) || u.role === 'supervisor', can_view_rates: isAdmin(u) },
});

export const userDetailsDict = (store: TimecampStore, u: UserRow) => ({
  user_id: String(u.id),
  language: '1',
  email: u.email,
  login_count: String(u.login_count),
  login_time: dtOrEpoch(u.login_time),
  display_name: u.display_name,
  time_zone: 'UTC',
  root_group_id: String(store.account.root_group_id),
  summary: '1',
  agent: '',
  primary_group_id: u.group_id,
});

export const groupDict = (g: GroupRow) => ({ group_id: String(g.id), name: g.name, parent_id: String(g.parent_id) });

// --- tasks ---------------------------------------------------------------

const taskCore = (store: TimecampStore, t: TaskRow, n: (v: number) => number | string) => ({
  task_id: n(t.id),
  parent_id: n(t.parent_id),
  assigned_by: n(t.assigned_by),
  name: t.name,
  external_task_id: t.external_task_id,
  external_parent_id: t.external_parent_id,
  level: n(store.pathOf(t.id).length),
  archived: n(flag(t.archived)),
  tags: t.tags,
  keywords: t.keywords,
  budgeted: n(t.budgeted),
  budget_unit: t.budget_unit,
  root_group_id: n(store.account.root_group_id),
  billable: n(flag(t.billable)),
  note: t.note,
  public_hash: null,
  add_date: dt(t.add_date),
  modify_time: t.modify_time === null ? null : dt(t.modify_time),
  color: t.color,
});

/**
 * A task as `GET /tasks` lists it, numbers as JSON numbers (observed: the
 * official client compares `archived === 0`), with its members, the
 * caller's permissions and access type (2: assigned, 3: through a parent
 * task, 4: an administrator's view).
 */
export function taskListDict(store: TimecampStore, t: TaskRow, caller: UserRow) {
  const direct = t.users[String(caller.id)] !== undefined;
  const manages = canManage(store, caller, t);
  return {
    ...taskCore(store, t, (v) => v),
    users: Object.fromEntries(Object.entries(t.users).map(([id, m]) => [id, { user_id: id, role_id: String(m.role_id) }])),
    perms: { 1: flag(manages), 2: flag(manages), 3: 1, 5: flag(manages), 6: flag(caller.role !== 'guest'), 7: 1 },
    user_access_type: direct ? 2 : isMember(store, caller, t) ? 3 : 4,
  };
}

/** A task as creates, changes and deletes answer it: every value a string (the newer OpenAPI's examples). */
export const taskDict = (store: TimecampStore, t: TaskRow) => ({
  ...taskCore(store, t, String),
  checked_date: null,
  assigned_to: null,
  due_date: null,
  context: null,
  folder: null,
  repeat: null,
});

// --- entries -------------------------------------------------------------

export function entryDict(store: TimecampStore, e: EntryRow, now: number, withTags: boolean) {
  const task = store.tasks.get(e.task_id);
  const duration = currentDuration(store, e, now);
  const running = store.timers.toArray().some((t) => t.entry_id === e.id);
  const end = running && e.start !== null ? Math.min(86_399, e.start + duration) : e.end;
  return {
    id: String(e.id),
    duration: String(duration),
    user_id: String(e.user_id),
    user_name: userName(store.users.get(e.user_id)),
    description: e.description,
    last_modify: dt(e.last_modify),
    billable: flag(e.billable),
    task_id: String(e.task_id),
    date: e.date,
    start_time: e.start === null ? null : hms(e.start),
    end_time: end === null ? null : hms(end),
    locked: isLocked(e) ? ('1' as const) : ('0' as const),
    name: task?.name ?? '',
    addons_external_id: e.addons_external_id,
    invoiceId: String(e.invoice_id),
    color: task?.color ?? '',
    ...(withTags
      ? {
          tags: e.tag_ids.flatMap((id) => {
            const tag = store.tags.get(id);
            return tag ? [{ tagListName: tag.list_name, tagListId: String(tag.list_id), tagId: String(tag.id), name: tag.name, mandatory: String(flag(tag.mandatory)) }] : [];
          }),
        }
      : {}),
    hasEntryLocationHistory: false,
  };
}

export const entryChangedDict = (e: EntryRow) => ({
  time_span: e.duration,
  entry_id: String(e.id),
  user_id: String(e.user_id),
  date: e.date,
  task_id: String(e.task_id),
  locked: String(flag(isLocked(e))),
  last_modify: dt(e.last_modify),
  note: e.description,
  start_time_hour: e.start === null ? '' : hms(e.start),
  end_time_hour: e.end === null ? '' : hms(e.end),
  invoiceId: String(e.invoice_id),
  billable: String(flag(e.billable)),
});

export const changeDict = (c: ChangeRow) => ({
  entry_id: String(c.entry_id),
  old_time_span: String(c.old_duration),
  new_time_span: String(c.new_duration),
  duration: String(c.entry.duration),
  event_type: c.event_type,
  edited: dt(c.edited),
  user_id: String(c.entry.user_id),
  description: c.entry.description,
  task_id: String(c.entry.task_id),
  date: c.entry.date,
  start_time: c.entry.start === null ? null : hms(c.entry.start),
  end_time: c.entry.end === null ? null : hms(c.entry.end),
  locked: String(flag(isLocked(c.entry as EntryRow))),
  billable: flag(c.entry.billable),
  invoiceId: String(c.entry.invoice_id),
});

export const runningTimerDict = (store: TimecampStore, t: TimerRow) => ({
  timer_id: String(t.id),
  user_id: String(t.user_id),
  task_id: t.task_id === null ? null : String(t.task_id),
  started_at: dt(t.started_at),
  name: t.task_id === null ? null : (store.tasks.get(t.task_id)?.name ?? null),
});

// --- activities ----------------------------------------------------------

export const activityDict = (a: ActivityRow) => ({
  user_id: String(a.user_id),
  application_id: String(a.application_id),
  end_time: dt(a.end),
  time_span: a.time_span,
  window_title_id: String(a.window_title_id),
  end_date: isoDay(a.end),
  task_id: String(a.task_id),
  entry_id: String(a.entry_id),
});

export const applicationDict = (a: ApplicationRow) => ({ application_id: String(a.id), app_name: a.app_name, aditional_info: a.aditional_info, full_name: a.full_name, category_id: String(a.category_id) });
export const windowTitleDict = (w: WindowTitleRow) => ({ window_title_id: String(w.id), window_title: w.window_title });

// --- clients and invoices ------------------------------------------------

export const clientDict = (store: TimecampStore, c: ClientRow) => ({
  clientId: c.id,
  firstName: c.firstName,
  lastName: c.lastName,
  organizationName: c.organizationName,
  address: c.address,
  currencyId: c.currencyId,
  email: c.email,
  rootGroupId: String(store.account.root_group_id),
  addedBy: String(c.addedBy),
  added: dt(c.added),
});

const ZERO_DATETIME = '0000-00-00 00:00:00';

export const invoiceDict = (store: TimecampStore, i: InvoiceRow) => ({
  invoiceId: i.id,
  clientId: i.clientId,
  invoiceNumber: i.invoiceNumber,
  description: i.description,
  issueDate: i.issueDate,
  dueDate: i.dueDate || '0000-00-00',
  editDate: dt(i.editDate),
  status: i.status,
  sentDate: i.sentDate === null ? ZERO_DATETIME : dt(i.sentDate),
  viewedDate: i.viewedDate === null ? ZERO_DATETIME : dt(i.viewedDate),
  addDate: dt(i.addDate),
  paidDate: i.paidDate === null ? ZERO_DATETIME : dt(i.paidDate),
  noteToClient: i.noteToClient,
  pass: '',
  poNumber: i.poNumber,
  userId: i.userId,
  currencyId: i.currencyId,
  rootGroupId: store.account.root_group_id,
  publicHash: i.publicHash,
  quote: i.quote,
  entries: i.lines.map((l) => ({ invoiceId: i.id, invoiceEntryId: l.id, description: l.description, type: l.type, quantity: l.quantity, unitCost: l.unitCost, taxId: l.taxId, name: l.name })),
});
