/**
 * Time entries with their uneven semantics (POST creates and answers
 * `{"entry_id"}`, PUT changes by `id` in the body, DELETE takes `id` in
 * the body and answers 204 for an unknown one), the log of manual changes,
 * and the running timers.
 */
import { ok } from '../../core/handler.js';
import type { TimecampHandlers } from '../../apis/timecamp/env.js';
import { isAdmin, isLocked, logChange, trackRefusal } from '../../store/timecamp/rules.js';
import type { TimecampStore } from '../../store/timecamp/store.js';
import type { EntryRow, TaskRow, UserRow } from '../../store/timecamp/types.js';
import { badRequest, changeDict, dateOf, entryChangedDict, entryDict, flagOf, forbidden, hms, ids, notFound, num, numOr, runningTimerDict, timeOf } from './serialize.js';
import { taskOf } from './tasks.js';

const LOCKED = "You can't edit time entry, because it is in approved or pending timesheet approval.";

/**
 * Whose data a caller reads: administrators the users asked for (all when
 * none is asked for, or when none of them exists: the 2020 docs), others
 * only themselves.
 */
export function readableUsers(store: TimecampStore, caller: UserRow, asked: number[]): Set<number> {
  if (!isAdmin(caller)) return new Set([caller.id]);
  const known = asked.filter((id) => store.users.get(id) !== undefined);
  return new Set(known.length > 0 ? known : store.users.toArray().map((u) => u.id));
}

/** `user_ids`: a comma list where `me` is the caller. */
const askedUsers = (list: string | undefined, caller: UserRow): number[] => (list ? list.split(',').map((s) => (s === 'me' ? caller.id : Number(s))) : []);

/** The task an entry may be booked on by `user` (0 or blank: none), or the documented 404/403. */
function bookable(store: TimecampStore, user: UserRow, raw: number | string | undefined): TaskRow | undefined {
  const id = numOr(raw, 0);
  const task = id === 0 ? undefined : taskOf(store, id);
  const refusal = trackRefusal(store, user, task);
  if (refusal) throw forbidden(refusal);
  return task;
}

function tagIdsOf(store: TimecampStore, tags: { tagId: number | string }[] | undefined): number[] {
  return (tags ?? []).map((t) => {
    const id = num(t.tagId);
    if (!store.tags.get(id)) throw badRequest(`No tag with such ID: ${id}`);
    return id;
  });
}

/** Start and end of an entry from `start`/`start_time` and `end`/`end_time`; a start after the end is the documented 403. */
function frameOf(date: string, b: { start?: string; start_time?: string; end?: string; end_time?: string }) {
  const startText = b.start ?? b.start_time;
  const endText = b.end ?? b.end_time;
  const start = startText ? timeOf(startText, 'start_time').seconds : undefined;
  const end = endText ? timeOf(endText, 'end_time').seconds : undefined;
  if (start !== undefined && end !== undefined && start > end) throw forbidden(`Start time (${date} ${hms(start)}) can not be after end time (${date} ${hms(end)}).`);
  return { start, end };
}

function ownEntry(store: TimecampStore, caller: UserRow, e: EntryRow, message: string): void {
  if (e.user_id !== caller.id && !isAdmin(caller)) throw forbidden(message);
  if (caller.role === 'guest') throw forbidden('Sorry, you don’t have permissions to track time as a guest');
  if (isLocked(e)) throw forbidden(LOCKED);
}

export const entries = {
  listEntries: ({ store, auth, query, now }) => {
    const from = query.from;
    const to = query.to;
    if (from > to) throw badRequest(`"from" (${from}) must not be after "to" (${to})`);
    const users = readableUsers(store, auth.user, askedUsers(query.user_ids, auth.user));
    const tasks = query.task_ids ? new Set(ids(query.task_ids)) : null;
    const withTags = query.opt_fields?.split(',').includes('tags') ?? false;
    const list = store.entries
      .toArray()
      .filter((e) => e.date >= from && e.date <= to && users.has(e.user_id) && (!tasks || tasks.has(e.task_id)) && (query.billable === undefined || e.billable === query.billable))
      .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : (a.start ?? 0) - (b.start ?? 0) || a.id - b.id));
    return ok(list.map((e) => entryDict(store, e, now, withTags)));
  },

  createEntry: ({ store, auth, body, now }) => {
    if (auth.user.role === 'guest') throw forbidden('Sorry, you don’t have permissions to track time as a guest');
    if (!body.date) throw badRequest('You must provide a date for the time entry');
    const date = dateOf(body.date, 'date');
    let user = auth.user;
    if (body.user_id !== undefined && body.user_id !== '' && num(body.user_id) !== auth.user.id) {
      if (!isAdmin(auth.user)) throw forbidden('You do not have permissions to add time entries of other users');
      const other = store.users.get(num(body.user_id));
      if (!other) throw notFound(`No user with such ID: ${body.user_id}`);
      user = other;
    }
    const { start, end } = frameOf(date, body);
    let duration = body.duration === undefined || body.duration === '' ? undefined : num(body.duration);
    if (duration === undefined && start !== undefined && end !== undefined) duration = end - start;
    if (duration === undefined) throw badRequest('you must provide a duration in seconds for time entry');
    const task = bookable(store, user, body.task_id);
    const e = store.entries.insert({
      user_id: user.id,
      task_id: task?.id ?? 0,
      date,
      start: start ?? null,
      end: end ?? (start === undefined ? null : Math.min(86_399, start + duration)),
      duration,
      description: body.description ?? body.note ?? '',
      // Not the task's: the official client sets it from the task because the API does not.
      billable: body.billable === undefined ? false : flagOf(body.billable),
      invoice_id: 0,
      approved: false,
      addons_external_id: '',
      tag_ids: tagIdsOf(store, body.tags),
      last_modify: now,
    });
    logChange(store, 'add', e, 0, now);
    return ok({ entry_id: e.id });
  },

  updateEntry: ({ store, auth, body, now }) => {
    if (body.id === undefined || body.id === '') throw badRequest('Missing entry ID');
    const e = store.entries.get(num(body.id));
    if (!e) throw notFound('No such entry');
    ownEntry(store, auth.user, e, 'You do not have permissions to edit this entry');
    const date = body.date === undefined ? e.date : dateOf(body.date, 'date');
    const frame = frameOf(date, body);
    const start = frame.start ?? e.start;
    let end = frame.end ?? e.end;
    let duration = body.duration === undefined || body.duration === '' ? undefined : num(body.duration);
    if (duration === undefined && (frame.start !== undefined || frame.end !== undefined) && start !== null && end !== null) duration = end - start;
    if (duration !== undefined && frame.end === undefined && start !== null) end = Math.min(86_399, start + duration);
    if (start !== null && end !== null && start > end) throw forbidden(`Start time (${date} ${hms(start)}) can not be after end time (${date} ${hms(end)}).`);
    const owner = store.users.get(e.user_id)!;
    const task = body.task_id === undefined ? undefined : bookable(store, owner, body.task_id);
    const before = e.duration;
    const description = body.description ?? body.note;
    store.entries.update(e.id, {
      date,
      start,
      end,
      ...(duration === undefined ? {} : { duration }),
      ...(body.task_id === undefined ? {} : { task_id: task?.id ?? 0 }),
      ...(description === undefined ? {} : { description }),
      ...(body.billable === undefined ? {} : { billable: flagOf(body.billable) }),
      ...(body.invoiceId === undefined || body.invoiceId === '' ? {} : { invoice_id: Math.max(0, num(body.invoiceId)) }),
      last_modify: now,
    });
    logChange(store, 'mod', e, before, now);
    return ok(entryChangedDict(e));
  },

  deleteEntry: ({ store, auth, body, now }) => {
    if (body?.id === undefined || body.id === '') throw badRequest('Missing entry ID');
    const e = store.entries.get(num(body.id));
    if (!e) return { status: 204 as const };
    ownEntry(store, auth.user, e, "You don't have access to this entry");
    for (const t of store.timers.toArray()) if (t.entry_id === e.id) store.timers.delete(t.id);
    logChange(store, 'del', e, e.duration, now);
    store.entries.delete(e.id);
    return ok({ message: 'removed' });
  },

  listEntryChanges: ({ store, auth, query }) => {
    const users = readableUsers(store, auth.user, ids(query.user_ids));
    const tasks = query.task_ids ? new Set(ids(query.task_ids)) : null;
    const list = store.changes.toArray().filter((c) => c.entry.date >= query.from && c.entry.date <= query.to && users.has(c.entry.user_id) && (!tasks || tasks.has(c.entry.task_id)));
    return ok(list.slice(0, query.limit ?? list.length).map(changeDict));
  },

  listRunningTimers: ({ store, auth }) => ok(store.timers.toArray().filter((t) => isAdmin(auth.user) || t.user_id === auth.user.id).map((t) => runningTimerDict(store, t))),
} satisfies Partial<TimecampHandlers>;
