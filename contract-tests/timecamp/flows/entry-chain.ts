/**
 * A project, its sub-task and an entry, through the whole chain: the tree
 * keyed by id (and one task by `task_id`) -> an entry posted as a form ->
 * listed -> changed by `id` in a PUT body -> the change log shows `add`
 * and `mod` -> DELETE with `id` in the body -> 204 the second time.
 */
import { yesterday } from '../../lib/clock.js';
import { expectThat, step, type Flow } from '../../lib/flow.js';
import { isObject, type JsonObject } from '../../lib/spec.js';
import { createProject, createSubtask, removeLater } from '../factory.js';

export const entryChainFlow: Flow = {
  id: 'entry-chain',
  title: 'task tree -> entry (form) -> list -> change -> change log -> delete -> 204',
  async run(c) {
    const projectId = await createProject(c);
    const taskId = await createSubtask(c, projectId);
    const one = await step(c, 'one task by task_id', 'listTasks', { query: { task_id: taskId } }, 200);
    expectThat(String(one.body.task_id) === String(taskId) && String(one.body.parent_id) === String(projectId) && String(one.body.level) === '2', 'one task by task_id', 'the task is not answered with its parent and level 2', one.ex);
    const tree = await step(c, 'the tree', 'listTasks', { query: { status: 'all' } }, 200);
    const sub = tree.body[String(taskId)];
    expectThat(isObject(sub) && String(sub.task_id) === String(taskId) && isObject(tree.body[String(projectId)]), 'the tree', 'the tree is not keyed by task id, or lacks the new project and task', tree.ex);

    const day = yesterday();
    const created = await step(c, 'create an entry (form)', 'createEntry', {
      body: new URLSearchParams({ date: day, start_time: '10:00:00', end_time: '10:30:00', duration: '1800', task_id: String(taskId), description: c.name('entry') }).toString(),
      contentType: 'application/x-www-form-urlencoded',
    }, 200);
    const entryId = created.body.entry_id as number;
    removeLater(c, 'createEntry', created.ex);
    const listed = async (label: string): Promise<JsonObject[]> => {
      const r = await step(c, label, 'listEntries', { query: { from: day, to: day, task_ids: taskId } }, 200);
      return (Array.isArray(r.ex.response.json) ? r.ex.response.json : []).filter(isObject);
    };
    const first = await listed('listed');
    expectThat(first.length === 1 && String(first[0].id) === String(entryId) && first[0].duration === '1800' && first[0].start_time === '10:00:00' && first[0].end_time === '10:30:00', 'listed', `the entry is not listed as created: ${JSON.stringify(first)}`);

    const changed = await step(c, 'change the duration', 'updateEntry', { json: { id: entryId, duration: 2700, service: 'timetracker-contract' } }, 200);
    expectThat(changed.body.time_span === 2700 && changed.body.entry_id === String(entryId), 'change the duration', 'the answer does not show the new duration', changed.ex);
    const second = await listed('listed after the change');
    expectThat(second.length === 1 && second[0].duration === '2700', 'listed after the change', `the list shows ${JSON.stringify(second[0]?.duration)}, not the new duration`);

    const log = await step(c, 'the change log', 'listEntryChanges', { query: { from: day, to: day, task_ids: taskId } }, 200);
    const events = (Array.isArray(log.ex.response.json) ? log.ex.response.json : []).filter((e) => isObject(e) && e.entry_id === String(entryId)).map((e) => (e as JsonObject).event_type);
    expectThat(events.includes('add') && events.includes('mod'), 'the change log', `the log shows ${JSON.stringify(events)} for the entry, not add and mod`, log.ex);

    const removed = await step(c, 'delete', 'deleteEntry', { json: { id: String(entryId), service: 'timetracker-contract' } }, 200);
    expectThat(removed.body.message === 'removed', 'delete', 'the answer is not {"message": "removed"}', removed.ex);
    await step(c, 'delete again', 'deleteEntry', { json: { id: String(entryId) } }, 204);
    expectThat((await listed('listed after the delete')).length === 0, 'listed after the delete', 'the deleted entry is still listed');
  },
};
