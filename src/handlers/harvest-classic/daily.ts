/**
 * The Time Tracking API (`/daily`): the caller's timesheet, or `of_user`'s
 * for administrators. Blank hours on add start a timer; one timer runs per
 * user (starting one stops the other, whose hours are reported as
 * `hours_for_previously_running_timer`).
 */
import { ApiError, notFound } from '../../core/errors.js';
import { created, ok, type Ctx } from '../../core/handler.js';
import type { HarvestEnv, HarvestHandlers } from '../../apis/harvest-classic/env.js';
import { assignableProjects, startTimer, stopTimer } from '../../store/harvest-classic/rules.js';
import type { HarvestStore } from '../../store/harvest-classic/store.js';
import type { DayEntryRow, UserRow } from '../../store/harvest-classic/types.js';
import { dayEntryDict, idValue, refused } from './serialize.js';

type DailyCtx = Pick<Ctx<unknown, { of_user?: number }, unknown, HarvestEnv>, 'store' | 'auth' | 'query'>;

/** Whose timesheet: the caller's, or `of_user`'s for an administrator. */
function timesheetOf({ store, auth, query }: DailyCtx): UserRow {
  if (query.of_user === undefined || query.of_user === auth.user.id) return auth.user;
  if (!auth.isAdmin) throw new ApiError(403, 'Only administrators may work with the timesheets of other users (of_user)', 'forbidden');
  const user = store.users.get(query.of_user);
  if (!user) throw notFound(`User ${query.of_user} not found`);
  return user;
}

const isoDay = (ms: number): string => new Date(ms).toISOString().slice(0, 10);
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** `2006-10-17` (a datetime's date part too), or the docs' `Tue, 17 Oct 2006`. */
export function parseSpentAt(value: string): string {
  const v = value.trim();
  const iso = /^(\d{4}-\d{2}-\d{2})(?:[T ].*)?$/.exec(v);
  const rfc = /^(?:[A-Za-z]{3},?\s+)?(\d{1,2})\s+([A-Za-z]{3})[a-z]*\.?\s+(\d{4})$/.exec(v);
  let day: string | undefined;
  if (iso) day = iso[1];
  else if (rfc && MONTHS.includes(rfc[2].toLowerCase())) {
    day = `${rfc[3]}-${String(MONTHS.indexOf(rfc[2].toLowerCase()) + 1).padStart(2, '0')}-${rfc[1].padStart(2, '0')}`;
  }
  if (!day || Number.isNaN(Date.parse(`${day}T00:00:00Z`)) || isoDay(Date.parse(`${day}T00:00:00Z`)) !== day) {
    throw new ApiError(400, `spent_at must be a date such as 2006-10-17 or "Tue, 17 Oct 2006", got "${value}"`, 'validation_error');
  }
  return day;
}

/** Hours given as a number or numeric string; null for blank (start a timer). */
const hoursOf = (v: number | string | undefined): number | null => (v === undefined ? null : typeof v === 'number' ? v : v.trim() === '' ? null : Number(v));

/** The project and task an entry of `user` may be booked on, or the 404/400 saying why not. */
function bookable(store: HarvestStore, user: UserRow, projectId: number, taskId: number): void {
  const project = store.projects.get(projectId);
  if (!project) throw notFound(`Project ${projectId} not found`);
  if (!project.active) throw refused(`Project ${projectId} is archived`);
  const ua = store.userAssignmentOf(user.id, projectId);
  if (!ua || ua.deactivated) throw refused(`${user.email} is not assigned to project ${projectId}`);
  const ta = store.taskAssignmentOf(projectId, taskId);
  const task = store.tasks.get(taskId);
  if (!task) throw notFound(`Task ${taskId} not found`);
  if (!ta || ta.deactivated || task.deactivated) throw refused(`Task ${taskId} is not assigned to project ${projectId}`);
}

function entryOf(store: HarvestStore, user: UserRow, id: number): DayEntryRow {
  const e = store.dayEntries.get(id);
  if (!e || e.user_id !== user.id) throw notFound(`Day entry ${id} not found`);
  return e;
}

function daily(ctx: DailyCtx & { now: number }, day: string) {
  const { store, now } = ctx;
  const user = timesheetOf(ctx);
  const entries = store.entriesWhere((e) => e.user_id === user.id && e.spent_at === day).map((e) => dayEntryDict(store, e, now));
  const projects = assignableProjects(store, user).map((p) => ({
    name: p.name,
    code: p.code,
    id: p.id,
    billable: p.billable,
    client: store.clients.get(p.client_id)?.name ?? '',
    tasks: store.taskAssignments
      .toArray()
      .filter((a) => a.project_id === p.id && !a.deactivated && !store.tasks.get(a.task_id)?.deactivated)
      .map((a) => ({ name: store.tasks.get(a.task_id)!.name, id: a.task_id, billable: a.billable })),
  }));
  return ok({ for_day: day, day_entries: entries, projects });
}

/** The `timer-not-exclusive` defect: starting a timer leaves the other running. */
const exclusive = (ctx: { services: { defects: ReadonlySet<string> } }) => !ctx.services.defects.has('timer-not-exclusive');

const withPrevious = <T extends object>(entry: T, previous: number | undefined) => (previous === undefined ? entry : { ...entry, hours_for_previously_running_timer: previous });

export const dailyHandlers = {
  getDaily: (ctx) => daily(ctx, isoDay(ctx.now)),

  getDailyForDay: (ctx) => {
    const { day_of_year: doy, year } = ctx.params;
    const day = Date.UTC(year, 0, 1) + (doy - 1) * 86_400_000;
    if (new Date(day).getUTCFullYear() !== year) throw notFound(`${year} has no day ${doy}`);
    return daily(ctx, isoDay(day));
  },

  getDayEntry: (ctx) => ok(dayEntryDict(ctx.store, entryOf(ctx.store, timesheetOf(ctx), ctx.params.day_entry_id), ctx.now)),

  toggleTimer: (ctx) => {
    const { store, now } = ctx;
    const e = entryOf(store, timesheetOf(ctx), ctx.params.day_entry_id);
    let previous: number | undefined;
    if (e.timer_started_at !== null) stopTimer(store, e, now);
    else previous = startTimer(store, e, now, exclusive(ctx));
    return ok(withPrevious(dayEntryDict(store, e, now), previous));
  },

  addDayEntry: (ctx) => {
    const { store, body: b, now } = ctx;
    const user = timesheetOf(ctx);
    const projectId = idValue(b.project_id);
    const taskId = idValue(b.task_id);
    bookable(store, user, projectId, taskId);
    const hours = hoursOf(b.hours);
    const e = store.dayEntries.insert({
      user_id: user.id,
      project_id: projectId,
      task_id: taskId,
      spent_at: b.spent_at === undefined ? isoDay(now) : parseSpentAt(b.spent_at),
      hours: hours ?? 0,
      notes: b.notes ?? null,
      timer_started_at: null,
      created_at: now,
      updated_at: now,
    });
    const previous = hours === null ? startTimer(store, e, now, exclusive(ctx)) : undefined;
    return created(withPrevious(dayEntryDict(store, e, now), previous));
  },

  updateDayEntry: (ctx) => {
    const { store, body: b, now } = ctx;
    const user = timesheetOf(ctx);
    const e = entryOf(store, user, ctx.params.day_entry_id);
    const projectId = b.project_id === undefined ? e.project_id : idValue(b.project_id);
    const taskId = b.task_id === undefined ? e.task_id : idValue(b.task_id);
    if (projectId !== e.project_id || taskId !== e.task_id) bookable(store, user, projectId, taskId);
    const hours = hoursOf(b.hours);
    store.dayEntries.update(e.id, {
      project_id: projectId,
      task_id: taskId,
      ...(b.spent_at === undefined ? {} : { spent_at: parseSpentAt(b.spent_at) }),
      ...(b.notes === undefined ? {} : { notes: b.notes }),
      // New hours replace what was recorded; a running timer counts on from now.
      ...(hours === null ? {} : { hours, ...(e.timer_started_at === null ? {} : { timer_started_at: now }) }),
      updated_at: now,
    });
    return ok(dayEntryDict(store, e, now));
  },

  deleteDayEntry: (ctx) => {
    const e = entryOf(ctx.store, timesheetOf(ctx), ctx.params.day_entry_id);
    ctx.store.dayEntries.delete(e.id);
    return { status: 200 as const };
  },
} satisfies Partial<HarvestHandlers>;

