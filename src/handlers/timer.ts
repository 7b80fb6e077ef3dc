/**
 * /api/v1/timer: status, start, stop, pause, resume of the caller's running
 * entry. Durations follow the engine clock.
 */
import { caller, type Ctx, type Handler, ok } from '../core/context.js';
import { ApiError, badRequest, forbidden, validationError } from '../core/errors.js';
import type { TimeEntryRow } from '../store/types.js';
import { timeEntryDict } from './serialize.js';
import { checkRequirements, runningTimerConflict } from './time-entries.js';

function running(ctx: Ctx): TimeEntryRow {
  const entry = ctx.store.runningEntryOf(caller(ctx).user.id);
  if (!entry) throw new ApiError(400, 'No active timer to stop', 'no_active_timer');
  return entry;
}

export const getTimerStatus: Handler = (ctx) => {
  const entry = ctx.store.runningEntryOf(caller(ctx).user.id);
  return ok(entry ? { active: true, timer: timeEntryDict(ctx.store, entry, ctx.now) } : { active: false, timer: null });
};

export const startTimer: Handler = (ctx) => {
  const { store, now } = ctx;
  const { user, isAdmin } = caller(ctx);
  const b = (ctx.body ?? {}) as { project_id?: number; task_id?: number | null; notes?: string | null; template_id?: number | null };
  if (b.project_id === undefined || b.project_id === null) {
    throw validationError({ project_id: ['project_id is required'] }, 'project_id is required');
  }
  const project = store.projects.get(b.project_id);
  if (project && !isAdmin && user.allowed_client_ids && project.client_id !== null && !user.allowed_client_ids.includes(project.client_id)) {
    throw forbidden('You do not have access to this project');
  }
  runningTimerConflict(store, user.id);
  if (!project) throw badRequest('Invalid project selected');
  if (project.status === 'archived') throw badRequest('Cannot start timer for an archived project. Unarchive the project first.');
  if (project.status !== 'active') throw badRequest('Cannot start timer for an inactive project');
  const taskId = b.task_id ?? null;
  if (taskId !== null) {
    const task = store.tasks.get(taskId);
    if (!task || task.project_id !== project.id) throw badRequest('Selected task does not belong to the project');
  }
  checkRequirements(store, isAdmin, taskId, b.notes ?? null);
  const entry = store.insertTimeEntry({
    user_id: user.id,
    project_id: project.id,
    client_id: null,
    task_id: taskId,
    start: now,
    end: null,
    break_seconds: 0,
    paused_at: null,
    notes: b.notes ? b.notes : null,
    tags: null,
    source: 'auto',
    billable: project.billable,
    paid: false,
    invoice_number: null,
    created_at: now,
    updated_at: now,
  });
  return { status: 201, body: { message: 'Timer started successfully', timer: timeEntryDict(store, entry, now) } };
};

export const stopTimer: Handler = (ctx) => {
  const { store, now } = ctx;
  const entry = running(ctx);
  // A timer stopped while paused ends at the pause; the open pause is not a break.
  const end = entry.paused_at ?? now;
  const stopped = store.updateTimeEntry(entry.id, { end: Math.max(end, entry.start + 1000), paused_at: null, updated_at: now });
  return ok({ message: 'Timer stopped successfully', time_entry: timeEntryDict(store, stopped, now) });
};

export const pauseTimer: Handler = (ctx) => {
  const { store, now } = ctx;
  const entry = running(ctx);
  if (entry.paused_at !== null) throw new ApiError(400, 'Timer is already paused', 'invalid_state');
  const paused = store.updateTimeEntry(entry.id, { paused_at: now, updated_at: now });
  return ok({ message: 'Timer paused', time_entry: timeEntryDict(store, paused, now) });
};

export const resumeTimer: Handler = (ctx) => {
  const { store, now } = ctx;
  const entry = running(ctx);
  if (entry.paused_at === null) throw new ApiError(400, 'Timer is not paused', 'invalid_state');
  const pausedSeconds = Math.max(0, Math.round((now - entry.paused_at) / 1000));
  const resumed = store.updateTimeEntry(entry.id, {
    paused_at: null,
    break_seconds: entry.break_seconds + pausedSeconds,
    updated_at: now,
  });
  return ok({ message: 'Timer resumed', time_entry: timeEntryDict(store, resumed, now) });
};
