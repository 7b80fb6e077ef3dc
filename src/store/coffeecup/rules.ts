/**
 * CoffeeCup's domain rules, in one place: a running entry's duration on the
 * clock, stopping and starting (one running entry per user unless the user
 * allows concurrent ones), what archiving cascades to, and which dependants
 * block a delete ("Could not delete model").
 */
import type { CoffeeCupStore } from './store.js';
import type { TimeEntryRow } from './types.js';

const DAY = 86_400_000;

/** `HH:MM:SS` (UTC) of an instant. */
export const timeOfDay = (ms: number): string => new Date(ms).toISOString().slice(11, 19);
/** `YYYY-MM-DD` (UTC) of an instant. */
export const isoDay = (ms: number): string => new Date(ms).toISOString().slice(0, 10);
/** 00:00 UTC of the instant's day. */
export const midnight = (ms: number): number => ms - (((ms % DAY) + DAY) % DAY);

/** Seconds booked on the entry now: its duration plus the running part so far. */
export function durationOf(e: TimeEntryRow, now: number): number {
  return e.runningSince === null ? e.duration : e.duration + Math.max(0, Math.floor((now - e.runningSince) / 1000));
}

/** Stop a running entry: its time so far (or `duration`, when given) becomes its duration. */
export function stopEntry(store: CoffeeCupStore, e: TimeEntryRow, now: number, duration?: number): void {
  if (e.runningSince === null && duration === undefined) return;
  store.timeEntries.update(e.id, { duration: duration ?? durationOf(e, now), runningSince: null, endtime: e.runningSince === null ? e.endtime : timeOfDay(now), updatedAt: now });
}

/**
 * Start (or resume) an entry. The user's other running entries are stopped
 * first unless the user allows concurrent entries, or `exclusive` is false
 * (the `timer-not-exclusive` defect).
 */
export function startEntry(store: CoffeeCupStore, e: TimeEntryRow, now: number, exclusive = true): void {
  const user = store.users.get(e.user);
  if (exclusive && !user?.allowConcurrentTimeEntries) for (const other of store.runningOf(e.user)) if (other.id !== e.id) stopEntry(store, other, now);
  if (e.runningSince !== null) return;
  store.timeEntries.update(e.id, { runningSince: now, starttime: e.starttime ?? timeOfDay(now), endtime: null, updatedAt: now });
}

/** Completing a project archives its task and user assignments (documented cascade). */
export function archiveProject(store: CoffeeCupStore, projectId: number, now: number): void {
  store.projects.update(projectId, { status: 0, updatedAt: now });
  for (const a of store.taskAssignments.toArray()) if (a.project === projectId && a.status === 1) store.taskAssignments.update(a.id, { status: 0, updatedAt: now });
  for (const a of store.userAssignments.toArray()) if (a.project === projectId && a.status === 1) store.userAssignments.update(a.id, { status: 0, updatedAt: now });
}

/** Archiving a client completes its projects (documented cascade). */
export function archiveClient(store: CoffeeCupStore, clientId: number, now: number): void {
  store.clients.update(clientId, { status: 0, updatedAt: now });
  for (const p of store.projects.toArray()) if (p.client === clientId && p.status === 1) archiveProject(store, p.id, now);
}

/** Archiving a task archives its task assignments (documented cascade). */
export function archiveTask(store: CoffeeCupStore, taskId: number, now: number): void {
  store.tasks.update(taskId, { status: 0, updatedAt: now });
  for (const a of store.taskAssignments.toArray()) if (a.task === taskId && a.status === 1) store.taskAssignments.update(a.id, { status: 0, updatedAt: now });
}

const entriesWhere = (store: CoffeeCupStore, pred: (e: TimeEntryRow) => boolean): boolean => store.timeEntries.toArray().some(pred);

/** What still depends on an object, so deleting it is "Could not delete model" (documented); null when nothing does. */
export const dependants = {
  project: (s: CoffeeCupStore, id: number) => (entriesWhere(s, (e) => e.project === id) ? 'the project has time entries' : null),
  client: (s: CoffeeCupStore, id: number) => (s.projects.toArray().some((p) => p.client === id) ? 'the client has projects' : null),
  task: (s: CoffeeCupStore, id: number) => (entriesWhere(s, (e) => e.task === id) ? 'the task has time entries' : null),
  taskAssignment: (s: CoffeeCupStore, a: { project: number; task: number }) => (entriesWhere(s, (e) => e.project === a.project && e.task === a.task) ? 'time entries use this project and task' : null),
  userAssignment: (s: CoffeeCupStore, a: { project: number; user: number }) => (entriesWhere(s, (e) => e.project === a.project && e.user === a.user) ? 'the user has time entries on this project' : null),
};

/** An entry whose task assignment is archived can no longer be changed (documented cascade). */
export function entryLocked(store: CoffeeCupStore, e: TimeEntryRow): boolean {
  return store.taskAssignments.toArray().some((a) => a.project === e.project && a.task === e.task && a.status === 0);
}

/** The next `sorting` of a user's day (1 for the first entry). */
export function nextSorting(store: CoffeeCupStore, user: number, day: string): number {
  let max = 0;
  for (const e of store.timeEntries.all()) if (e.user === user && e.day === day && e.sorting > max) max = e.sorting;
  return max + 1;
}
