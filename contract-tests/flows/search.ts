/** Search finds what was created: a project and a task with a unique word in their names. */
import { randomBytes } from 'node:crypto';
import { idOf } from '../lib/context.js';
import { arrayAt, expectThat, sharedId, step, type Flow } from '../lib/flow.js';

export const searchFlow: Flow = {
  id: 'search',
  title: 'create a project and a task with a unique word -> search finds both',
  async run(c, shared) {
    const clientId = sharedId(shared, 'clientId');
    const word = `zq${c.runId}x${randomBytes(4).toString('hex')}`;
    const project = await step(c, 'create project', 'createProject', { json: { name: `contract ${word} project`, client_id: clientId } }, 201);
    const projectId = idOf(project.body, 'project');
    c.defer(`archive project ${projectId}`, () => c.call('archiveProject', { params: { project_id: projectId } }));
    const task = await step(c, 'create task', 'createTask', { json: { name: `contract ${word} task`, project_id: projectId } }, 201);
    const taskId = idOf(task.body, 'task');
    c.defer(`delete task ${taskId}`, () => c.call('deleteTask', { params: { task_id: taskId } }));

    const all = await step(c, 'search', 'search', { query: { q: word } }, 200);
    const results = arrayAt(all, 'results', 'search');
    expectThat(results.some((r) => r.type === 'project' && r.id === projectId), 'search', `project ${projectId} not found by "${word}"`, all.ex);
    expectThat(results.some((r) => r.type === 'task' && r.id === taskId), 'search', `task ${taskId} not found by "${word}"`, all.ex);
    expectThat(all.body.count === results.length, 'search', `count is ${String(all.body.count)} but ${results.length} results came`, all.ex);

    const projectsOnly = await step(c, 'search projects only', 'search', { query: { q: word, types: 'project' } }, 200);
    const pr = arrayAt(projectsOnly, 'results', 'search projects only');
    expectThat(pr.length > 0 && pr.every((r) => r.type === 'project'), 'search projects only', 'types=project returned other types (or nothing)', projectsOnly.ex);
  },
};
