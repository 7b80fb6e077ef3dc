/**
 * The timer: one `POST /timer` whose `action` starts, stops or reads it,
 * and `DELETE /timer` to throw it away. One timer runs per user: starting
 * one stops the running one (unless the `timer-not-exclusive` defect is on).
 */
import { ok } from '../../core/handler.js';
import type { TimecampHandlers } from '../../apis/timecamp/env.js';
import { discardTimer, startTimer, stopTimer, trackRefusal } from '../../store/timecamp/rules.js';
import { badRequest, datetimeOf, dt, forbidden, num, numOr } from './serialize.js';
import { taskOf } from './tasks.js';

export const timer = {
  timerAction: ({ store, auth, body, now, services }) => {
    const user = auth.user;
    const action = body.action ?? 'status';
    if (action === 'status') {
      const t = store.timerOf(user.id);
      if (!t) return ok({ isTimerRunning: false as const, elapsed: 0 as const });
      const task = t.task_id === null ? undefined : store.tasks.get(t.task_id);
      return ok({
        isTimerRunning: true as const,
        elapsed: Math.max(0, Math.floor((now - t.started_at) / 1000)),
        entry_id: String(t.entry_id),
        timer_id: String(t.id),
        start_time: dt(t.started_at),
        task_id: t.task_id === null ? null : String(t.task_id),
        name: task?.name ?? null,
        external_task_id: task?.external_task_id ?? null,
        note: store.entries.get(t.entry_id)?.description ?? '',
        browser_plugin_button_hash: '',
      });
    }
    if (action === 'start') {
      const id = numOr(body.task_id, 0);
      const task = id === 0 ? undefined : taskOf(store, id);
      if (trackRefusal(store, user, task)) throw forbidden('You cannot track time to this task');
      const at = body.started_at ? datetimeOf(body.started_at, 'started_at') : now;
      const t = startTimer(store, user, task, at, !services.defects.has('timer-not-exclusive'));
      return ok({ new_timer_id: t.id, entry_id: t.entry_id, name: task?.name ?? null, external_task_id: task?.external_task_id ?? (false as const), note: null });
    }
    if (action === 'stop') {
      const t = body.timer_id === undefined || body.timer_id === '' ? store.timerOf(user.id) : store.timers.get(num(body.timer_id));
      if (!t || t.user_id !== user.id) throw badRequest('No timer is running');
      const at = body.stopped_at ? Math.max(t.started_at, datetimeOf(body.stopped_at, 'stopped_at')) : now;
      const elapsed = stopTimer(store, t, at);
      const e = store.entries.get(t.entry_id);
      return ok({ elapsed, entry_id: String(t.entry_id), entry_time: e?.duration ?? elapsed });
    }
    throw badRequest('This action is not allowed.');
  },

  discardTimer: ({ store, auth, now }) => {
    const t = store.timerOf(auth.user.id);
    if (t) discardTimer(store, t, now);
    return { status: 200 as const };
  },
} satisfies Partial<TimecampHandlers>;
