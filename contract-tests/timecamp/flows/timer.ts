/**
 * The timer: start -> status (running, the same ids) -> timer_running
 * lists it -> start again (the first stops: one timer per user) -> stop ->
 * status (idle) -> both entries listed. Only when no timer ran before.
 */
import { addDays, isoDay, now } from '../../lib/clock.js';
import type { Ctx } from '../../lib/context.js';
import { expectThat, step, type Flow } from '../../lib/flow.js';
import { isObject, type JsonObject } from '../../lib/spec.js';
import { createProject, createSubtask, me, quietly, requireNoRunningTimer } from '../factory.js';

async function start(c: Ctx, label: string, taskId: number): Promise<JsonObject> {
  const r = await step(c, label, 'timerAction', { json: { action: 'start', task_id: taskId, service: 'timetracker-contract' } }, 200);
  const entryId = r.body.entry_id;
  expectThat(typeof r.body.new_timer_id === 'number' && typeof entryId === 'number', label, 'the answer has no new_timer_id and entry_id', r.ex);
  c.defer(`delete timer entry ${entryId}`, async () => {
    const status = await c.call('timerAction', { json: { action: 'status' } });
    if (isObject(status.response.json) && String(status.response.json.entry_id) === String(entryId)) await c.call('discardTimer');
    await quietly(c, `delete entry ${entryId}`, 'deleteEntry', { json: { id: entryId } });
  });
  return r.body;
}

export const timerFlow: Flow = {
  id: 'timer',
  title: 'start, status, running timers, one timer per user, stop',
  async run(c) {
    await requireNoRunningTimer(c);
    const { userId } = await me(c);
    const taskId = await createSubtask(c, await createProject(c));
    const a = await start(c, 'start A', taskId);
    const status = await step(c, 'status while A runs', 'timerAction', { json: { action: 'status' } }, 200);
    expectThat(status.body.isTimerRunning === true && status.body.timer_id === String(a.new_timer_id) && status.body.entry_id === String(a.entry_id), 'status while A runs', 'the status does not show timer A', status.ex);
    const mine = async (label: string) => {
      const r = await step(c, label, 'listRunningTimers', {}, 200);
      return (Array.isArray(r.ex.response.json) ? r.ex.response.json : []).filter((t) => isObject(t) && t.user_id === String(userId)) as JsonObject[];
    };
    const one = await mine('running timers with A');
    expectThat(one.length === 1 && one[0].timer_id === String(a.new_timer_id), 'running timers with A', `the user's running timers are ${JSON.stringify(one)}`);

    const b = await start(c, 'start B', taskId);
    const both = await mine('running timers after B');
    expectThat(both.length === 1 && both[0].timer_id === String(b.new_timer_id), 'running timers after B', `starting B left ${both.length} timers running (${both.map((t) => String(t.timer_id)).join(', ')}): one per user`);

    const stop = await step(c, 'stop', 'timerAction', { json: { action: 'stop', service: 'timetracker-contract' } }, 200);
    expectThat(stop.body.entry_id === String(b.entry_id) && typeof stop.body.elapsed === 'number', 'stop', 'stop did not answer timer B\'s entry and elapsed', stop.ex);
    const idle = await step(c, 'status after stop', 'timerAction', { json: { action: 'status' } }, 200);
    expectThat(idle.body.isTimerRunning === false, 'status after stop', 'a timer still runs', idle.ex);

    const today = isoDay(now());
    const list = await step(c, 'entries of the timers', 'listEntries', { query: { from: addDays(today, -1), to: addDays(today, 1), task_ids: taskId } }, 200);
    const ids = (Array.isArray(list.ex.response.json) ? list.ex.response.json : []).map((e) => (isObject(e) ? Number(e.id) : 0));
    expectThat(ids.includes(a.entry_id as number) && ids.includes(b.entry_id as number), 'entries of the timers', `the timers' entries ${a.entry_id} and ${b.entry_id} are not both listed (${ids.join(', ')})`, list.ex);
  },
};
