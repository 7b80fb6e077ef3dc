/**
 * /api/v1/timer: status, start, stop, pause, resume of the caller's running
 * entry. Durations follow the engine clock.
 */
import { ApiError, badRequest, forbidden } from '../../core/errors.js';
import { created, ok } from '../../core/handler.js';
import type { Access, TimeTrackerHandlers } from '../../apis/timetracker/env.js';
import { dayLocked, newTimeEntry, projectVisible } from '../../store/timetracker/rules.js';
import type { TimeEntryRow } from '../../store/timetracker/types.js';
import { timeEntryDict } from './serialize.js';
import { checkRequirements, runningTimerConflict } from './time-entries.js';
import { busEvent } from './webhook-dispatch.js';

function running({ store, auth }: Access): TimeEntryRow {
  const entry = store.runningEntryOf(auth.user.id);
  if (!entry) throw new ApiError(400, 'No active timer to stop', 'no_active_timer');
  return entry;
}

export const timer = {
  getTimerStatus: ({ store, auth, now }) => {
    const entry = store.runningEntryOf(auth.user.id);
    return ok(entry ? { active: true, timer: timeEntryDict(store, entry, now) } : { active: false, timer: null });
  },

  startTimer: (ctx) => {
    const { store, now, body: b, auth } = ctx;
    const { user, isAdmin } = auth;
    const project = store.projects.get(b.project_id);
    if (project && !projectVisible(user, isAdmin, project)) throw forbidden('You do not have access to this project');
    runningTimerConflict(store, user.id);
    if (!project) throw badRequest('Invalid project selected');
    if (project.status === 'archived') throw badRequest('Cannot start timer for an archived project. Unarchive the project first.');
    if (project.status !== 'active') throw badRequest('Cannot start timer for an inactive project');
    // A template of the caller's fills the task and notes the body leaves out (reference §17; the real server's project_id is required, so a template's project never applies).
    const found = b.template_id ? store.timeEntryTemplates.get(b.template_id) : undefined;
    const template = found && found.user_id === user.id ? found : undefined;
    const taskId = b.task_id || template?.task_id || null;
    const notes = b.notes || template?.default_notes || null;
    if (taskId !== null) {
      const task = store.tasks.get(taskId);
      if (!task || task.project_id !== project.id) throw badRequest('Selected task does not belong to the project');
    }
    checkRequirements(store, isAdmin, taskId, notes);
    if (dayLocked(store, user.id, now)) throw badRequest('Timesheet period is closed for this date');
    const entry = store.adoptTimeEntry(
      newTimeEntry({
        user_id: user.id,
        project_id: project.id,
        task_id: taskId,
        start: now,
        end: null,
        notes,
        source: 'auto',
        billable: project.billable,
      }),
    );
    // The usage is saved with the timer only (a refused start leaves the template as it was).
    if (template) store.timeEntryTemplates.update(template.id, { usage_count: template.usage_count + 1, last_used_at: now });
    busEvent(ctx, 'time_entry.created', { entry_id: entry.id, user_id: user.id, project_id: project.id });
    return created({ message: 'Timer started successfully', timer: timeEntryDict(store, entry, now) });
  },

  stopTimer: (ctx) => {
    const { store, now } = ctx;
    const entry = running(ctx);
    // A timer stopped while paused ends at the pause; the open pause is not a break.
    const end = entry.paused_at ?? now;
    const stopped = store.updateTimeEntry(entry.id, { end: Math.max(end, entry.start + 1000), paused_at: null, updated_at: now });
    return ok({ message: 'Timer stopped successfully', time_entry: timeEntryDict(store, stopped, now) });
  },

  pauseTimer: (ctx) => {
    const { store, now } = ctx;
    const entry = running(ctx);
    if (entry.paused_at !== null) throw new ApiError(400, 'Timer is already paused', 'invalid_state');
    const paused = store.updateTimeEntry(entry.id, { paused_at: now, updated_at: now });
    return ok({ message: 'Timer paused', time_entry: timeEntryDict(store, paused, now) });
  },

  resumeTimer: (ctx) => {
    const { store, now } = ctx;
    const entry = running(ctx);
    if (entry.paused_at === null) throw new ApiError(400, 'Timer is not paused', 'invalid_state');
    const pausedSeconds = Math.max(0, Math.round((now - entry.paused_at) / 1000));
    const resumed = store.updateTimeEntry(entry.id, { paused_at: null, break_seconds: entry.break_seconds + pausedSeconds, updated_at: now });
    return ok({ message: 'Timer resumed', time_entry: timeEntryDict(store, resumed, now) });
  },
} satisfies Partial<TimeTrackerHandlers>;
