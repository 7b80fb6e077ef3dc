/**
 * One running timer per user: add A with blank hours (running) -> add B
 * with blank hours (running, A stopped, hours_for_previously_running_timer)
 * -> toggle A (running again, B stopped, reported) -> toggle A (stopped)
 * -> neither runs. Only when the user had no running timer before.
 */
import { SetupError, SkipCheck } from '../../lib/checks.js';
import type { Ctx } from '../../lib/context.js';
import { expectThat, step, type Flow } from '../../lib/flow.js';
import { isObject, type JsonObject } from '../../lib/spec.js';

const running = (e: JsonObject): boolean => typeof e.timer_started_at === 'string';

async function show(c: Ctx, label: string, id: number): Promise<JsonObject> {
  return (await step(c, label, 'getDayEntry', { params: { day_entry_id: id } }, 200)).body;
}

export const timerFlow: Flow = {
  id: 'timer',
  title: 'blank hours start a timer; one runs per user; the toggle starts and stops it',
  async run(c) {
    const today = await step(c, 'today', 'getDaily', {}, 200);
    const entries = Array.isArray(today.body.day_entries) ? today.body.day_entries.filter(isObject) : [];
    if (entries.some(running)) throw new SetupError('a timer is already running for this user; the suites do not stop timers they did not start');
    const projects = Array.isArray(today.body.projects) ? today.body.projects.filter(isObject) : [];
    const project = projects.find((p) => Array.isArray(p.tasks) && p.tasks.some(isObject));
    if (!project) throw new SkipCheck('the user has no project with a task to book on');
    const taskId = (project.tasks as JsonObject[]).find(isObject)!.id as number;
    const add = async (label: string) => {
      const r = await step(c, label, 'addDayEntry', { json: { project_id: project.id, task_id: taskId, hours: '', notes: c.name('flow timer') } }, 201);
      const id = r.body.id as number;
      c.defer(`delete entry ${id}`, async () => {
        const now = await c.call('getDayEntry', { params: { day_entry_id: id } });
        if (isObject(now.response.json) && running(now.response.json)) await c.call('toggleTimer', { params: { day_entry_id: id } });
        await c.call('deleteDayEntry', { params: { day_entry_id: id } });
      });
      return r;
    };

    const a = await add('start A');
    expectThat(running(a.body), 'start A', 'blank hours did not start a timer (no timer_started_at)', a.ex);
    expectThat(a.body.hours_for_previously_running_timer === undefined, 'start A', 'no timer was running, yet hours_for_previously_running_timer is there', a.ex);
    const aId = a.body.id as number;
    const b = await add('start B');
    const bId = b.body.id as number;
    expectThat(running(b.body), 'start B', 'blank hours did not start a timer', b.ex);
    expectThat(typeof b.body.hours_for_previously_running_timer === 'number', 'start B', "starting B did not report A's hours (hours_for_previously_running_timer)", b.ex);
    expectThat(!running(await show(c, 'A after B started', aId)), 'A after B started', 'A still runs: two timers at once');

    const back = await step(c, 'toggle A', 'toggleTimer', { params: { day_entry_id: aId } }, 200);
    expectThat(running(back.body), 'toggle A', 'toggling a stopped timer did not start it', back.ex);
    expectThat(typeof back.body.hours_for_previously_running_timer === 'number', 'toggle A', "restarting A did not report B's hours", back.ex);
    expectThat(!running(await show(c, 'B after A restarted', bId)), 'B after A restarted', 'B still runs: two timers at once');

    const stop = await step(c, 'toggle A again', 'toggleTimer', { params: { day_entry_id: aId } }, 200);
    expectThat(!running(stop.body) && stop.body.hours_for_previously_running_timer === undefined, 'toggle A again', 'toggling a running timer did not stop it (or reported another)', stop.ex);
    const after = await step(c, 'today after', 'getDaily', {}, 200);
    const still = (Array.isArray(after.body.day_entries) ? after.body.day_entries.filter(isObject) : []).filter(running);
    expectThat(still.length === 0, 'today after', `entries ${still.map((e) => String(e.id)).join(', ')} still run`, after.ex);
  },
};
