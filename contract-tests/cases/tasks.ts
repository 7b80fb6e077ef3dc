/** Tasks. */
import { getCase, unknownId, type OperationCase } from '../lib/case.js';
import { GHOST_ID, idOf, type Ctx } from '../lib/context.js';
import { createTask } from '../lib/factory.js';
import type { Exchange } from '../lib/http.js';
import { problem } from '../lib/provenance.js';
import { isObject } from '../lib/spec.js';

function deleteCreated(c: Ctx, ex: Exchange): void {
  if (ex.response.status >= 300 || !isObject(ex.response.json)) return;
  const id = idOf(ex.response.json, 'task');
  c.defer(`delete task ${id}`, () => c.call('deleteTask', { params: { task_id: id } }));
}

const unknownTask = (json?: Record<string, unknown>) => unknownId('task_id', { request: async () => ({ params: { task_id: GHOST_ID }, ...(json ? { json } : {}) }) });

export const taskCases: OperationCase[] = [
  getCase('listTasks', undefined, {
    negatives: [{ rule: 'query.project_id not an integer', provenance: 'specified', status: [400], request: async () => ({ query: { project_id: 'not-a-number' } }) }],
  }),
  {
    operationId: 'createTask',
    valid: async ({ c, fx }) => {
      c.requireWrites();
      return { json: { name: c.name('task'), project_id: fx.need('project'), description: 'created by the contract suites', priority: 'high' } };
    },
    expectStatus: 201,
    after: async ({ c }, ex) => deleteCreated(c, ex),
    negatives: [
      { rule: 'body.name required', provenance: 'documented', status: [400], fields: ['name'], request: async ({ fx }) => ({ json: { project_id: fx.need('project'), description: 'no name' } }) },
      { rule: 'body.project_id required', provenance: 'observed', status: [400], fields: ['project_id'], request: async ({ c }) => ({ json: { name: c.name('task without project') } }) },
    ],
    inputs: [
      {
        name: 'status',
        provenance: 'documented',
        request: async ({ c, fx }) => ({ json: { name: c.name('task'), project_id: fx.need('project'), status: 'in_progress' } }),
        expectStatus: 201,
        verify: (_a, ex) => {
          const t = isObject(ex.response.json) && isObject(ex.response.json.task) ? ex.response.json.task : {};
          return t.status === 'in_progress' ? [] : [problem(`the documented status "in_progress" was sent, the task has ${JSON.stringify(t.status)}`, 'documented')];
        },
      },
    ],
  },
  {
    operationId: 'getTask',
    valid: async ({ fx }) => ({ params: { task_id: fx.need('task') } }),
    negatives: [unknownId('task_id')],
  },
  {
    operationId: 'updateTask',
    valid: async ({ fx }) => ({ params: { task_id: fx.need('task') }, json: { description: 'updated by the contract suites (PUT)' } }),
    expectStatus: 200,
    negatives: [unknownTask({ description: 'an unknown id' })],
  },
  {
    operationId: 'patchTask',
    valid: async ({ fx }) => ({ params: { task_id: fx.need('task') }, json: { status: 'in_progress' } }),
    expectStatus: 200,
    negatives: [unknownTask({ description: 'an unknown id' })],
  },
  {
    operationId: 'deleteTask',
    valid: async ({ c, fx }) => {
      const t = await createTask(c, fx.need('project'));
      return { params: { task_id: t.id as number } };
    },
    expectStatus: 200,
    negatives: [unknownId('task_id')],
  },
];
