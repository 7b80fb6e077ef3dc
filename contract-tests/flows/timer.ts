/**
 * timer start -> status shows it running -> stop -> the entry has an end
 * time and a duration -> status is idle again.
 */
import { SetupError } from '../lib/checks.js';
import { idOf } from '../lib/context.js';
import { expectThat, objectAt, sharedId, step, type Flow } from '../lib/flow.js';

export const timerFlow: Flow = {
  id: 'timer',
  title: 'start -> status running -> stop -> entry has end time and duration',
  async run(c, shared) {
    const projectId = sharedId(shared, 'projectId');
    const before = await step(c, 'status before', 'getTimerStatus', {}, 200);
    if (before.body.active === true) throw new SetupError('a timer is already running for this user; the suites do not stop timers they did not start');
    await c.room.requireTimerRoom();

    const started = await step(c, 'start', 'startTimer', { json: { project_id: projectId, notes: c.name('flow timer') } }, 201);
    const timer = objectAt(started, 'timer', 'start');
    const id = idOf(started.body, 'timer');
    let stopped = false;
    c.defer(`stop timer and delete entry ${id}`, async () => {
      if (!stopped) await c.call('stopTimer');
      await c.call('deleteTimeEntry', { params: { entry_id: id } });
    });
    expectThat(timer.end_time === null, 'start', 'a started timer must have end_time null', started.ex);
    expectThat(timer.is_active === true, 'start', 'a started timer must have is_active true', started.ex, 'observed');
    expectThat(timer.project_id === projectId, 'start', 'the timer is not on the requested project', started.ex);

    const running = await step(c, 'status while running', 'getTimerStatus', {}, 200);
    expectThat(running.body.active === true, 'status while running', 'active is not true after a start', running.ex);
    const rt = objectAt(running, 'timer', 'status while running');
    expectThat(rt.id === id, 'status while running', `status shows timer ${String(rt.id)}, ${id} was started`, running.ex);

    await new Promise((r) => setTimeout(r, 1100));
    const stop = await step(c, 'stop', 'stopTimer', {}, 200);
    stopped = true;
    const entry = objectAt(stop, 'time_entry', 'stop');
    expectThat(entry.id === id, 'stop', `stop answered entry ${String(entry.id)}, ${id} was running`, stop.ex);
    expectThat(typeof entry.end_time === 'string', 'stop', 'the stopped entry has no end_time', stop.ex);
    expectThat(typeof entry.duration_seconds === 'number' && entry.duration_seconds >= 0, 'stop', `duration_seconds is ${String(entry.duration_seconds)}`, stop.ex);
    expectThat(entry.is_active === false, 'stop', 'is_active is still true after stop', stop.ex, 'observed');
    expectThat(String(entry.end_time) >= String(entry.start_time), 'stop', 'end_time is before start_time', stop.ex);

    const fetched = await step(c, 'get stopped entry', 'getTimeEntry', { params: { entry_id: id } }, 200);
    const fe = objectAt(fetched, 'time_entry', 'get stopped entry');
    expectThat(fe.end_time === entry.end_time && fe.duration_seconds === entry.duration_seconds, 'get stopped entry', 'the stored entry differs from what stop answered', fetched.ex);

    const after = await step(c, 'status after stop', 'getTimerStatus', {}, 200);
    expectThat(after.body.active === false && after.body.timer === null, 'status after stop', 'status is not idle after stop', after.ex);
  },
};
