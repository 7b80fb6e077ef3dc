/** Tasks. */
import { getCase, type OperationCase } from '../lib/case.js';
import { GHOST_ID, idOf } from '../lib/context.js';
import { createTask } from '../lib/factory.js';
import { isObject } from '../lib/spec.js';

export const taskCases: OperationCase[] = [
  getCase('listTasks', undefined, {
    bad: async () => ({ query: { project_id: 'not-a-number' } }),
    badStatus: [400],
  }),
  {
    operationId: 'createTask',
    valid: async ({ c, fx }) => {
      c.requireWrites();
      return { json: { name: c.name('task'), project_id: fx.need('project'), description: 'created by the contract suites', priority: 'high' } };
    },
    expectStatus: 201,
    after: async ({ c }, ex) => {
      if (ex.response.status >= 300 || !isObject(ex.response.json)) return;
      const id = idOf(ex.response.json, 'task');
      c.defer(`delete task ${id}`, () => c.call('deleteTask', { params: { task_id: id } }));
    },
    bad: async ({ fx }) => ({ json: { project_id: fx.need('project'), description: 'no name' } }),
    badStatus: [400],
  },
  {
    operationId: 'getTask',
    valid: async ({ fx }) => ({ params: { task_id: fx.need('task') } }),
    bad: async () => ({ params: { task_id: GHOST_ID } }),
    badStatus: [404],
  },
  {
    operationId: 'updateTask',
    valid: async ({ fx }) => ({ params: { task_id: fx.need('task') }, json: { description: 'updated by the contract suites (PUT)' } }),
    expectStatus: 200,
    bad: async ({ fx }) => ({ params: { task_id: fx.need('task') }, json: { priority: 'extreme' } }),
    badStatus: [400],
  },
  {
    operationId: 'patchTask',
    valid: async ({ fx }) => ({ params: { task_id: fx.need('task') }, json: { status: 'in_progress' } }),
    expectStatus: 200,
    bad: async ({ fx }) => ({ params: { task_id: fx.need('task') }, json: { priority: 'extreme' } }),
    badStatus: [400],
  },
  {
    operationId: 'deleteTask',
    valid: async ({ c, fx }) => {
      const t = await createTask(c, fx.need('project'));
      return { params: { task_id: t.id as number } };
    },
    expectStatus: 200,
    bad: async () => ({ params: { task_id: GHOST_ID } }),
    badStatus: [404],
  },
];
