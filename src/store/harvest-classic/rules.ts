/**
 * Harvest's domain rules, in one place: an entry's hours with its running
 * timer, one running timer per user (starting one stops the other), what
 * a role may see, and what blocks a delete.
 */
import type { HarvestStore } from './store.js';
import type { DayEntryRow, ProjectRow, UserRow } from './types.js';

const HOUR = 3_600_000;

export const round2 = (n: number): number => Math.round(n * 100) / 100;

/** The entry's hours now, with its running timer's time so far. */
export function currentHours(e: DayEntryRow, now: number): number {
  return e.timer_started_at === null ? e.hours : e.hours + Math.max(0, now - e.timer_started_at) / HOUR;
}

/** Stop the entry's timer (its time becomes hours); returns the confirmed hours. */
export function stopTimer(store: HarvestStore, e: DayEntryRow, now: number): number {
  const hours = round2(currentHours(e, now));
  store.dayEntries.update(e.id, { hours, timer_started_at: null, updated_at: now });
  return hours;
}

/**
 * Start the entry's timer. The user's other running timer is stopped first
 * (unless `exclusive` is false: the `timer-not-exclusive` defect); returns
 * its confirmed hours, or undefined when none was running.
 */
export function startTimer(store: HarvestStore, e: DayEntryRow, now: number, exclusive = true): number | undefined {
  const other = store.runningOf(e.user_id);
  let stopped: number | undefined;
  if (other && other.id !== e.id && exclusive) stopped = stopTimer(store, other, now);
  store.dayEntries.update(e.id, { timer_started_at: now, updated_at: now });
  return stopped;
}

/** Projects a user may book time on: active ones they are assigned to (not deactivated). */
export function assignableProjects(store: HarvestStore, user: UserRow): ProjectRow[] {
  return store.projects.toArray().filter((p) => p.active && store.userAssignments.toArray().some((a) => a.user_id === user.id && a.project_id === p.id && !a.deactivated));
}

/** Hours are recorded on the project (or by the user, or on the task): deletes are refused or become archives. */
export const hasEntries = (store: HarvestStore, pred: (e: DayEntryRow) => boolean): boolean => store.dayEntries.toArray().some(pred);
