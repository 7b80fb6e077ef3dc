/**
 * Time entries: the timesheet. Regular users see and change only their
 * own; a running entry's duration grows with the clock; `running: false`
 * stops it (with the given `duration`, if any), `running: true` starts or
 * resumes it and stops the user's other running entry (unless the user
 * allows concurrent entries); `status: 0` archives it (and stops it).
 * Batch updates apply every item's update or none.
 */
import type { CoffeeCupCaller, CoffeeCupHandlers } from '../../apis/coffeecup/env.js';
import { created, ok } from '../../core/handler.js';
import { entryLocked, isoDay, nextSorting, startEntry, stopEntry } from '../../store/coffeecup/rules.js';
import type { CoffeeCupStore } from '../../store/coffeecup/store.js';
import type { TimeEntryRow } from '../../store/coffeecup/types.js';
import type { components } from '../../generated/coffeecup/openapi.js';
import { listAnswer } from './list.js';
import { ATTRIBUTES, found, given, invalid, notYours, refused, timeEntryDict } from './serialize.js';

type Input = components['schemas']['TimeEntryInput'];

const seconds = (hms: string): number => {
  const [h, m, s] = hms.split(':').map(Number);
  return h * 3600 + m * 60 + s;
};

/** The user an entry is booked for: the caller's own, unless an administrator names another active user. */
function bookedFor(store: CoffeeCupStore, auth: CoffeeCupCaller, userId: number): number {
  if (!auth.isAdmin && userId !== auth.user.id) throw notYours('time entries');
  const u = store.users.get(userId);
  if (!u) throw refused(`No user with id ${userId}`);
  if (u.status !== 1) throw refused(`User ${userId} is archived`);
  return u.id;
}

/** A project and task time may be booked on: both exist and are active. */
function bookable(store: CoffeeCupStore, projectId: number, taskId: number): void {
  const p = store.projects.get(projectId);
  if (!p) throw refused(`No project with id ${projectId}`);
  if (p.status !== 1) throw refused(`Project ${projectId} is completed: no new time entries`);
  const t = store.tasks.get(taskId);
  if (!t) throw refused(`No task with id ${taskId}`);
  if (t.status !== 1) throw refused(`Task ${taskId} is archived`);
}

function mine(auth: CoffeeCupCaller, e: TimeEntryRow): TimeEntryRow {
  if (!auth.isAdmin && e.user !== auth.user.id) throw notYours('time entries');
  return e;
}

/** Check an update of `e` and return what applies it (so a batch applies all or none). */
function planUpdate(store: CoffeeCupStore, auth: CoffeeCupCaller, e: TimeEntryRow, b: Input, exclusive: boolean): (now: number) => void {
  mine(auth, e);
  if (entryLocked(store, e)) throw refused(`Time entry ${e.id} can no longer be changed: its task assignment is archived`);
  const user = b.user === undefined || b.user === e.user ? e.user : bookedFor(store, auth, b.user);
  const project = b.project ?? e.project;
  const task = b.task ?? e.task;
  if (project !== e.project || task !== e.task) bookable(store, project, task);
  return (now) => {
    store.timeEntries.update(e.id, {
      ...given(b, ['day', 'starttime', 'endtime', 'comment', 'sorting', 'trackingType', 'status']),
      user,
      project,
      task,
      team: store.users.get(user)?.team ?? null,
      updatedAt: now,
    });
    const stop = b.running === false || (b.status === 0 && e.runningSince !== null);
    if (stop) stopEntry(store, e, now, b.duration);
    else if (b.duration !== undefined) store.timeEntries.update(e.id, { duration: b.duration, runningSince: e.runningSince === null ? null : now });
    if (b.running === true && b.status !== 0) startEntry(store, e, now, exclusive);
  };
}

export const timeEntries = {
  listTimeEntries: ({ store, auth, query, now, services }) => {
    const q = services.defects.has('where-ignored') ? { ...query, where: undefined } : query;
    return ok(listAnswer('timeEntries', store.timeEntries.toArray().map((e) => timeEntryDict(e, now)), ATTRIBUTES.timeEntries, q, auth.isAdmin ? {} : { user: auth.user.id }));
  },

  getTimeEntry: ({ store, auth, params, now }) => ok({ timeEntry: timeEntryDict(mine(auth, found(store.timeEntries.get(params.id), 'time entry', params.id)), now) }),

  createTimeEntry: ({ store, auth, body, now, services }) => {
    const b = body.timeEntry;
    const user = bookedFor(store, auth, b.user ?? auth.user.id);
    bookable(store, b.project, b.task);
    const start = b.starttime ?? null;
    const end = b.endtime ?? null;
    if (start !== null && end !== null && seconds(end) < seconds(start)) throw invalid('endtime', 'must not be before starttime');
    const day = b.day ?? isoDay(now);
    const e = store.timeEntries.insert({
      user,
      project: b.project,
      task: b.task,
      team: store.users.get(user)?.team ?? null,
      status: b.status ?? 1,
      day,
      starttime: start,
      endtime: end,
      duration: b.duration ?? (start !== null && end !== null ? seconds(end) - seconds(start) : 0),
      runningSince: null,
      comment: b.comment ?? '',
      sorting: b.sorting ?? nextSorting(store, user, day),
      trackingType: b.trackingType ?? 'WORK',
      createdAt: now,
      updatedAt: now,
    });
    if (b.running !== true) return created({ timeEntry: timeEntryDict(e, now) });
    startEntry(store, e, now, !services.defects.has('timer-not-exclusive'));
    return ok({ timeEntry: timeEntryDict(e, now) }); // a running entry's create answers 200 (documented)
  },

  updateTimeEntry: ({ store, auth, params, body, now, services }) => {
    const e = found(store.timeEntries.get(params.id), 'time entry', params.id);
    planUpdate(store, auth, e, body.timeEntry, !services.defects.has('timer-not-exclusive'))(now);
    return ok({ timeEntry: timeEntryDict(e, now) });
  },

  batchUpdateTimeEntries: ({ store, auth, body, now, services }) => {
    const exclusive = !services.defects.has('timer-not-exclusive');
    const seen = new Set<number>();
    const plans = body.timeEntries.map((item, i) => {
      if (seen.has(item.id)) throw invalid(`timeEntries.${i}.id`, `lists time entry ${item.id} twice`);
      seen.add(item.id);
      const e = found(store.timeEntries.get(item.id), `time entry (item ${i})`, item.id);
      return { e, apply: planUpdate(store, auth, e, item, exclusive) };
    });
    for (const p of plans) p.apply(now);
    return ok({ timeEntries: plans.map((p) => timeEntryDict(p.e, now)) });
  },

  deleteTimeEntry: ({ store, auth, params, now }) => {
    const e = mine(auth, found(store.timeEntries.get(params.id), 'time entry', params.id));
    store.timeEntries.delete(e.id);
    return ok({ timeEntry: timeEntryDict(e, now) });
  },
} satisfies Partial<CoffeeCupHandlers>;
