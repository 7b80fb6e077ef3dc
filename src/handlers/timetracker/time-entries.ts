/**
 * /api/v1/time-entries: list, get, create (idempotent with a key: the
 * pipeline answers replays), update (PUT/PATCH, optimistic lock), delete,
 * CSV import, bulk actions.
 */
import { ApiError, badRequest, conflict, forbidden, notFound, validationError } from '../../core/errors.js';
import { created, ok } from '../../core/handler.js';
import { parseIsoTime, parseRangeEnd } from '../../core/time.js';
import type { Access, Caller, TimeTrackerHandlers } from '../../apis/timetracker/env.js';
import { dayLocked, entryApproved, newTimeEntry, overlappingEntry } from '../../store/timetracker/rules.js';
import type { Store } from '../../store/timetracker/store.js';
import type { TimeEntryRow } from '../../store/timetracker/types.js';
import { parseCsv } from './csv.js';
import { pageParams, pagination } from './paginate.js';
import { missingOnWrite, type Profiled } from './quirks.js';
import { timeEntryDict } from './serialize.js';
import { timeEntryActivity } from './webhook-dispatch.js';

/** An entry the caller may touch: 404 when missing, 403 for another user's entry (non-admins). */
export function ownEntry({ store, auth }: Access, id: number): TimeEntryRow {
  const entry = store.timeEntries.get(id);
  if (!entry) throw notFound(`Time entry with ID ${id} not found`);
  if (!auth.isAdmin && entry.user_id !== auth.user.id) throw forbidden('Access denied');
  return entry;
}

/**
 * The `user_id` filter as the real server applies it: admins may ask for
 * anyone (default: everyone); others only for themselves (default: self).
 */
export function ownUserFilter({ auth }: Access, asked: number | undefined): number | undefined {
  if (auth.isAdmin) return asked;
  if (asked !== undefined && asked !== auth.user.id) throw forbidden('Access denied');
  return auth.user.id;
}

function parseTimeField(value: string, field: string): number {
  const ms = parseIsoTime(value);
  if (ms === null) throw validationError({ [field]: ['Not a valid datetime.'] });
  return ms;
}

/**
 * Project/client/task consistency shared by create, update and CSV import.
 * Without either, the documented validation error naming `project_id`
 * (`generic-400s`: the real server's plain 400).
 */
function checkLinks(ctx: Access & Profiled, projectId: number | null, clientId: number | null, taskId: number | null): void {
  const { store } = ctx;
  if (projectId === null && clientId === null) {
    if (ctx.profile.has('generic-400s')) throw badRequest('Either project or client must be selected');
    throw validationError({ project_id: ['project_id is required'] }, 'project_id is required');
  }
  if (projectId !== null && !store.projects.get(projectId)) throw badRequest('Invalid project');
  if (clientId !== null && !store.clients.get(clientId)) throw badRequest('Invalid client');
  if (taskId !== null) {
    if (projectId === null) throw badRequest('Tasks can only be assigned to project-based time entries');
    const task = store.tasks.get(taskId);
    if (!task || task.project_id !== projectId) throw badRequest('Invalid task for the selected project');
  }
}

/** The admin's time-entry requirements (non-admins only). */
export function checkRequirements(store: Store, isAdmin: boolean, taskId: number | null, notes: string | null): void {
  if (isAdmin) return;
  const s = store.settings;
  if (s.require_task && taskId === null) throw badRequest('A task must be selected for time entries');
  const text = (notes ?? '').trim();
  if (s.require_description && !text) throw badRequest('A description is required for time entries');
  if (s.require_description && text.length < s.description_min_length) {
    throw badRequest(`Description must be at least ${s.description_min_length} characters`);
  }
}

/** 400 when [start, end) overlaps another finished entry of the same user. */
function checkOverlap(store: Store, userId: number, start: number, end: number, exceptId?: number): void {
  if (overlappingEntry(store, userId, start, end, exceptId)) {
    throw badRequest('This time overlaps with an existing entry. Adjust the start or end time.');
  }
}

/** 409 when the user already has a running timer and only one is allowed. */
export function runningTimerConflict(store: Store, userId: number): void {
  if (store.settings.single_active_timer && store.runningEntryOf(userId)) {
    throw conflict('You already have an active timer. Stop it before starting a new one.', 'timer_already_running');
  }
}

function endAfterStart(start: number, end: number | null): void {
  if (end !== null && end <= start) throw validationError({ end_time: ['End time must be after start time'] }, 'End time must be after start time');
}

/** A finished entry's break is shorter than the entry (create, PUT and PATCH alike). */
function breakFits(breakSeconds: number, start: number, end: number): void {
  if (breakSeconds >= (end - start) / 1000) throw validationError({ break_seconds: ['Break must be shorter than the entry'] });
}

/**
 * Non-admins cannot change an entry in a closed timesheet period, nor an
 * approved entry (admins may, as on the real server for periods): the one
 * lock check of PUT, PATCH and DELETE.
 */
function lockedForCaller(ctx: { store: Store; auth: Caller }, entry: TimeEntryRow, ...days: number[]): void {
  if (ctx.auth.isAdmin) return;
  if ([entry.start, ...days].some((d) => dayLocked(ctx.store, entry.user_id, d))) throw badRequest('Timesheet period is closed for this entry');
  if (entryApproved(ctx.store, entry.id)) throw badRequest('Time entry is approved and locked');
}

/** An entry the caller may change (PUT, PATCH, DELETE): an unknown id is a 404 (`unknown-id-400`: 400). */
function ownEntryToWrite(ctx: Access & Profiled, id: number): TimeEntryRow {
  if (!ctx.store.timeEntries.get(id)) throw missingOnWrite(ctx, 'Time entry not found');
  return ownEntry(ctx, id);
}

const updateTimeEntry: TimeTrackerHandlers['updateTimeEntry'] = (ctx) => {
  const { store, now, body: b } = ctx;
  const entry = ownEntryToWrite(ctx, ctx.params.entry_id);
  lockedForCaller(ctx, entry, ...(b.start_time !== undefined ? [parseTimeField(b.start_time, 'start_time')] : []));
  if (b.if_updated_at !== undefined) {
    const seen = parseTimeField(b.if_updated_at, 'if_updated_at');
    if (Math.abs(seen - entry.updated_at) > 2000) {
      throw conflict('Time entry was modified on the server. Refresh and try again.');
    }
  }
  const patch: Partial<TimeEntryRow> = {};
  let projectId = entry.project_id;
  let clientId = entry.client_id;
  let taskId = entry.task_id;
  if (b.project_id !== undefined) {
    projectId = b.project_id;
    if (projectId !== null) clientId = null;
    if (projectId === null) taskId = null;
  }
  if (b.client_id !== undefined && b.client_id !== null) {
    clientId = b.client_id;
    projectId = null;
    taskId = null;
  }
  if (b.task_id !== undefined) taskId = b.task_id;
  checkLinks(ctx, projectId, clientId, taskId);
  Object.assign(patch, { project_id: projectId, client_id: clientId, task_id: taskId });
  const start = b.start_time !== undefined ? parseTimeField(b.start_time, 'start_time') : entry.start;
  let end = entry.end;
  if (b.end_time !== undefined) {
    if (entry.end === null && b.end_time !== null) {
      throw badRequest('Cannot set end_time on active timer. Stop the timer first.');
    }
    end = b.end_time === null ? entry.end : parseTimeField(b.end_time, 'end_time');
  }
  endAfterStart(start, end);
  patch.start = start;
  patch.end = end;
  if (b.break_seconds !== undefined) patch.break_seconds = b.break_seconds;
  if (b.notes !== undefined) patch.notes = b.notes;
  if (b.tags !== undefined) patch.tags = b.tags;
  if (b.billable !== undefined) patch.billable = b.billable;
  if (b.invoice_number !== undefined) patch.invoice_number = b.invoice_number;
  if (b.paid !== undefined) {
    patch.paid = b.paid;
    if (!b.paid) patch.invoice_number = null;
  }
  if (end !== null) {
    // The break as it will be against the times as they will be: a longer break or a shorter entry.
    if (b.break_seconds !== undefined || b.start_time !== undefined || b.end_time !== undefined) breakFits(b.break_seconds ?? entry.break_seconds, start, end);
    checkOverlap(store, entry.user_id, start, end, entry.id);
  }
  patch.updated_at = now === entry.updated_at ? now + 1 : now;
  const updated = store.updateTimeEntry(entry.id, patch);
  timeEntryActivity(ctx, ctx.auth.user, updated, 'updated');
  return ok({ message: 'Time entry updated successfully', time_entry: timeEntryDict(store, updated, now) });
};

const TRUTHY = new Set(['1', 'true', 'yes', 'y']);
const MAX_REPORTED_ERRORS = 50;

/** The CSV text of the three accepted body forms (raw text, a JSON field, a multipart field). */
function csvText(body: unknown): string {
  if (typeof body === 'string') return body;
  if (body && typeof body === 'object') {
    const o = body as Record<string, unknown>;
    for (const k of ['file', 'csv', 'data']) if (typeof o[k] === 'string') return o[k] as string;
  }
  return '';
}


export const timeEntries = {
  listTimeEntries: (ctx) => {
    const { query, store, now } = ctx;
    const userId = ownUserFilter(ctx, query.user_id);
    const from = query.start_date !== undefined ? parseIsoTime(query.start_date) : null;
    const to = query.end_date !== undefined ? parseRangeEnd(query.end_date) : null;
    const { page, perPage } = pageParams(query);
    const { items, total } = store.queryTimeEntries(
      {
        userId,
        projectId: query.project_id,
        clientId: query.client_id,
        from: from ?? undefined,
        to: to ?? undefined,
        billable: query.billable,
        includeActive: query.include_active === true,
      },
      page,
      perPage,
    );
    return ok({ time_entries: items.map((e) => timeEntryDict(store, e, now)), pagination: pagination(page, perPage, total) });
  },

  getTimeEntry: (ctx) => ok({ time_entry: timeEntryDict(ctx.store, ownEntry(ctx, ctx.params.entry_id), ctx.now) }),

  createTimeEntry: (ctx) => {
    const { store, now, body: b, auth, profile } = ctx;
    const { user, isAdmin } = auth;
    // The real server's validator cannot see project_id beside task_id (marshmallow 3.26), so any task_id fails.
    if (profile.has('time-entry-task-rejected') && b.task_id) {
      throw validationError({ task_id: ['task_id can only be set when project_id is provided'] });
    }
    let owner = user;
    if (b.user_id !== undefined && b.user_id !== user.id) {
      if (!isAdmin) throw new ApiError(403, 'Only admins can create time entries for other users', 'error');
      const other = store.users.get(b.user_id);
      if (!other || !other.is_active) throw badRequest('Invalid user');
      owner = other;
    }
    const start = parseTimeField(b.start_time, 'start_time');
    let end = b.end_time === undefined || b.end_time === null ? null : parseTimeField(b.end_time, 'end_time');
    // The real server sets a missing end_time to start_time, so "end after start" refuses it: no running entry here.
    if (end === null && profile.has('no-running-entry-on-create')) end = start;
    endAfterStart(start, end);
    if (dayLocked(store, owner.id, start) || (end !== null && dayLocked(store, owner.id, end))) throw badRequest('Timesheet period is closed for the selected date range');
    const projectId = b.project_id ?? null;
    const clientId = b.client_id ?? null;
    const taskId = b.task_id ?? null;
    checkLinks(ctx, projectId, clientId, taskId);
    checkRequirements(store, isAdmin, taskId, b.notes ?? null);
    const breakSeconds = b.break_seconds ?? 0;
    if (end !== null) {
      breakFits(breakSeconds, start, end);
      checkOverlap(store, owner.id, start, end);
    } else {
      runningTimerConflict(store, owner.id);
    }
    const entry = store.adoptTimeEntry(
      newTimeEntry({
        user_id: owner.id,
        project_id: projectId,
        client_id: projectId === null ? clientId : null,
        task_id: taskId,
        start,
        end,
        break_seconds: breakSeconds,
        notes: b.notes ?? null,
        tags: b.tags ?? null,
        billable: b.billable ?? true,
        paid: b.paid ?? false,
        invoice_number: b.invoice_number ?? null,
        created_at: now,
        updated_at: now,
      }),
    );
    timeEntryActivity(ctx, user, entry, 'created');
    return created({ message: 'Time entry created successfully', time_entry: timeEntryDict(store, entry, now) });
  },

  updateTimeEntry,
  patchTimeEntry: updateTimeEntry,

  deleteTimeEntry: (ctx) => {
    const entry = ownEntryToWrite(ctx, ctx.params.entry_id);
    if (entry.end === null) throw badRequest('Cannot delete active time entry. Stop the timer first.');
    lockedForCaller(ctx, entry);
    ctx.store.deleteTimeEntry(entry.id);
    timeEntryActivity(ctx, ctx.auth.user, entry, 'deleted');
    return ok({ message: 'Time entry deleted successfully' });
  },

  importTimeEntriesCsv: (ctx) => {
    const { store, now, body, auth } = ctx;
    const { user, isAdmin } = auth;
    const text = csvText(body);
    if (!text.trim()) throw validationError({ file: ['Empty CSV'] }, 'Empty CSV', { success: false });
    const rows = parseCsv(text);
    if (rows.length === 0 || rows[0].every((h) => !h.trim())) {
      throw validationError({ file: ['CSV must include a header row'] }, 'CSV must include a header row', { success: false });
    }
    const header = rows[0].map((h) => h.trim().toLowerCase().replace(/\s+/g, '_'));
    const col = (...names: string[]) => names.map((n) => header.indexOf(n)).find((i) => i >= 0) ?? -1;
    const c = {
      project: col('project_id'),
      start: col('start_time', 'start'),
      end: col('end_time', 'end'),
      task: col('task_id'),
      notes: col('notes', 'description'),
      tags: col('tags'),
      billable: col('billable'),
    };
    let createdCount = 0;
    let failed = 0;
    const errors: { row: number; error: string }[] = [];
    for (let i = 1; i < rows.length; i++) {
      const r = rows[i];
      if (r.every((v) => !v.trim())) continue;
      const cell = (idx: number) => (idx >= 0 ? (r[idx] ?? '').trim() : '');
      try {
        const projectId = Number(cell(c.project));
        if (!cell(c.project) || !Number.isInteger(projectId)) throw badRequest('project_id is required');
        if (!store.projects.get(projectId)) throw badRequest('no access to project');
        const start = parseIsoTime(cell(c.start));
        const end = parseIsoTime(cell(c.end));
        if (start === null || end === null) throw badRequest('start_time and end_time required (ISO 8601)');
        if (end <= start) throw badRequest('End time must be after start time');
        const taskId = cell(c.task) ? Number(cell(c.task)) : null;
        checkLinks(ctx, projectId, null, taskId);
        const notes = cell(c.notes) || null;
        checkRequirements(store, isAdmin, taskId, notes);
        if (!isAdmin) checkOverlap(store, user.id, start, end);
        store.adoptTimeEntry(
          newTimeEntry({
            user_id: user.id,
            project_id: projectId,
            task_id: taskId,
            start,
            end,
            notes,
            tags: cell(c.tags) || null,
            billable: c.billable < 0 ? true : TRUTHY.has(cell(c.billable).toLowerCase()),
            created_at: now,
            updated_at: now,
          }),
        );
        createdCount++;
      } catch (error) {
        failed++;
        if (errors.length < MAX_REPORTED_ERRORS) errors.push({ row: i + 1, error: error instanceof Error ? error.message : String(error) });
      }
    }
    return ok({ success: true, created: createdCount, failed, errors });
  },

  bulkTimeEntries: ({ store, now, body: b, auth }) => {
    const ids = b.entry_ids.map(Number);
    const entries = ids.map((id) => store.timeEntries.get(id)).filter((e): e is TimeEntryRow => e !== undefined);
    if (entries.length === 0) throw new ApiError(404, 'No entries found', 'not_found');
    if (!auth.isAdmin && entries.some((e) => e.user_id !== auth.user.id)) throw forbidden('Access denied for one or more entries');
    const action = b.action;
    const tag = typeof b.value === 'string' ? b.value.trim() : '';
    if ((action === 'add_tag' || action === 'remove_tag') && !tag) throw badRequest('Tag value is required');
    let affected = 0;
    for (const e of entries) {
      if (e.end === null) continue; // running entries are skipped for every action
      affected++;
      if (action === 'delete') {
        store.deleteTimeEntry(e.id);
        continue;
      }
      const patch: Partial<TimeEntryRow> = { updated_at: now };
      if (action === 'set_billable') patch.billable = Boolean(b.value);
      if (action === 'set_paid') {
        patch.paid = Boolean(b.value);
        if (!patch.paid) patch.invoice_number = null;
      }
      if (action === 'add_tag' || action === 'remove_tag') {
        const set = new Set((e.tags ?? '').split(',').map((t) => t.trim()).filter(Boolean));
        if (action === 'add_tag') set.add(tag);
        else set.delete(tag);
        patch.tags = set.size ? [...set].sort().join(', ') : null;
      }
      store.updateTimeEntry(e.id, patch);
    }
    if (affected === 0) throw badRequest('No entries were updated; active (running) time entries cannot be changed with this bulk action');
    return ok({ success: true, affected });
  },
} satisfies Partial<TimeTrackerHandlers>;
