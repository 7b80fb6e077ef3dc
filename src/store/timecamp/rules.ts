/**
 * TimeCamp's domain rules in one place: who sees and manages which part of
 * the task tree, who may track time where, one running timer per user
 * (starting one stops the other), what locks an entry, and the log of
 * manual changes that `/entries_changes` reads.
 */
import type { TimecampStore } from './store.js';
import type { EntryRow, TaskMember, TaskRow, TimerRow, UserRow } from './types.js';

/** Deepest group tree (the docs: "maximum group tree depth is 4 levels"). */
export const MAX_GROUP_DEPTH = 4;

export const isAdmin = (u: UserRow): boolean => u.role === 'admin';

/** Is the user a member of the task or of a task above it (with this role, when given)? */
export function isMember(store: TimecampStore, user: UserRow, task: TaskRow, roleId?: number): boolean {
  return store.pathOf(task.id).some((t) => {
    const m = t.users[String(user.id)];
    return m !== undefined && (roleId === undefined || m.role_id === roleId);
  });
}

/** Administrators see every task; others the tasks they (or a task above) are assigned to. */
export function canSee(store: TimecampStore, user: UserRow, task: TaskRow): boolean {
  return isAdmin(user) || isMember(store, user, task);
}

/** Administrators manage every task; supervisors the ones they manage (role 1 here or above). */
export function canManage(store: TimecampStore, user: UserRow, task: TaskRow): boolean {
  return isAdmin(user) || (user.role === 'supervisor' && isMember(store, user, task, 1));
}

/** Why the user may not track time on the task, or null when they may. */
export function trackRefusal(store: TimecampStore, user: UserRow, task: TaskRow | undefined): string | null {
  if (user.role === 'guest') return 'Sorry, you don’t have permissions to track time as a guest';
  if (!task) return null;
  if (task.archived || store.pathOf(task.id).some((t) => t.archived)) return 'Tracking time for archived tasks is not available. Please select another task.';
  if (!canSee(store, user, task)) return 'You cannot track time to this task';
  return null;
}

/** An entry that is invoiced or in an approved timesheet cannot change. */
export const isLocked = (e: EntryRow): boolean => e.invoice_id !== 0 || e.approved;

/** The entry's seconds now, with its running timer's time so far. */
export function currentDuration(store: TimecampStore, e: EntryRow, now: number): number {
  const timer = store.timers.toArray().find((t) => t.entry_id === e.id);
  return timer ? e.duration + Math.max(0, Math.floor((now - timer.started_at) / 1000)) : e.duration;
}

/** Record a manual change of an entry (`/entries_changes`). */
export function logChange(store: TimecampStore, event: 'add' | 'mod' | 'del', e: EntryRow, oldDuration: number, now: number): void {
  const { id, ...entry } = e;
  store.changes.insert({ entry_id: id, event_type: event, old_duration: oldDuration, new_duration: event === 'del' ? 0 : e.duration, edited: now, entry: structuredClone(entry) });
}

const DAY = 86_400;
const isoDay = (ms: number): string => new Date(ms).toISOString().slice(0, 10);
const secondsOfDay = (ms: number): number => Math.floor((((ms % 86_400_000) + 86_400_000) % 86_400_000) / 1000);

/**
 * Stop a timer at `at`: its time becomes its entry's duration and end time.
 * Returns the seconds it ran.
 */
export function stopTimer(store: TimecampStore, timer: TimerRow, at: number): number {
  const elapsed = Math.max(0, Math.floor((at - timer.started_at) / 1000));
  const e = store.entries.get(timer.entry_id);
  if (e) {
    const before = e.duration;
    const start = e.start ?? secondsOfDay(timer.started_at);
    store.entries.update(e.id, { duration: e.duration + elapsed, end: Math.min(DAY - 1, start + e.duration + elapsed), last_modify: at });
    logChange(store, 'mod', store.entries.get(e.id)!, before, at);
  }
  store.timers.delete(timer.id);
  return elapsed;
}

/**
 * Start a timer for the user at `at` on a task (or none), with the entry
 * it will fill; the user's running timer is stopped first (unless
 * `exclusive` is false: the `timer-not-exclusive` defect).
 */
export function startTimer(store: TimecampStore, user: UserRow, task: TaskRow | undefined, at: number, exclusive = true): TimerRow {
  const running = store.timerOf(user.id);
  if (running && exclusive) stopTimer(store, running, at);
  const e = store.entries.insert({
    user_id: user.id,
    task_id: task?.id ?? 0,
    date: isoDay(at),
    start: secondsOfDay(at),
    end: null,
    duration: 0,
    description: '',
    billable: task?.billable ?? false,
    invoice_id: 0,
    approved: false,
    addons_external_id: '',
    tag_ids: [],
    last_modify: at,
  });
  logChange(store, 'add', e, 0, at);
  return store.timers.insert({ user_id: user.id, task_id: task?.id ?? null, entry_id: e.id, started_at: at });
}

/** Throw the timer away with its entry (`DELETE /timer`). */
export function discardTimer(store: TimecampStore, timer: TimerRow, at: number): void {
  const e = store.entries.get(timer.entry_id);
  if (e) {
    logChange(store, 'del', e, e.duration, at);
    store.entries.delete(e.id);
  }
  store.timers.delete(timer.id);
}

/** Depth of a group (the root is 1). */
export function groupDepth(store: TimecampStore, groupId: number): number {
  let depth = 0;
  const seen = new Set<number>();
  for (let g = store.groups.get(groupId); g && !seen.has(g.id); g = store.groups.get(g.parent_id)) {
    seen.add(g.id);
    depth++;
  }
  return depth;
}

/** Insert a task under `parent` (a project when null), inheriting its billable flag and colour unless given. */
export function insertTask(store: TimecampStore, t: { name: string; parent: TaskRow | null; by: number; at: number; users: Record<string, TaskMember>; color?: string } & Partial<TaskRow>): TaskRow {
  const { name, parent, by, at, users, color, ...extra } = t;
  return store.tasks.insert({
    parent_id: parent?.id ?? 0,
    name,
    external_task_id: null,
    external_parent_id: null,
    archived: false,
    billable: parent?.billable ?? true,
    budgeted: 0,
    budget_unit: 'hours',
    note: null,
    tags: '',
    keywords: '',
    color: color ?? parent?.color ?? '#34C644',
    assigned_by: by,
    add_date: at,
    modify_time: null,
    users,
    ...extra,
  });
}
