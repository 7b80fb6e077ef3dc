/** Users, groups and the task tree. */
import { GHOST_ID } from '../../lib/context.js';
import { me } from '../factory.js';
import { createCase, deleteCase, readCase, type TimecampCase } from './shared.js';

export const peopleTaskCases: TimecampCase[] = [
  readCase('listUsers', () => ({ active_only: 'true' })),
  readCase('getMe'),
  {
    operationId: 'getUser',
    valid: async ({ fx }) => ({ params: { user_id: String(fx.need('user')) } }),
    bad: async () => ({ params: { user_id: String(GHOST_ID) } }),
    badStatus: [404],
  },
  {
    operationId: 'updateUser',
    // The caller's own display name, set to what it is: changes nothing.
    valid: async ({ c }) => {
      c.requireWrites();
      const { displayName, userId } = await me(c);
      return { json: { user_id: userId, display_name: displayName ?? 'Contract check' } };
    },
    expectStatus: 200,
    bad: async () => ({ json: {} }),
    badStatus: [400],
  },

  readCase('listGroups'),
  createCase('createGroup', (c, fx) => ({ json: { parent_id: fx.need('rootGroup'), name: c.name('group') } }), () => ({ json: { name: 'no parent' } }), [400]),
  {
    operationId: 'updateGroup',
    valid: async ({ c, fx }) => ({ json: { group_id: fx.need('group'), name: c.name('group renamed') } }),
    expectStatus: 200,
    bad: async ({ fx }) => ({ json: { group_id: fx.need('group') } }),
    badStatus: [400],
  },
  deleteCase('deleteGroup', 'createGroup', (c, fx) => ({ json: { parent_id: fx.need('rootGroup'), name: c.name('group') } }), { json: { group_id: GHOST_ID } }),

  readCase('listTasks', () => ({ status: 'all' })),
  createCase('createTask', (c, fx) => ({ json: { name: c.name('task'), parent_id: fx.need('project'), service: 'timetracker-contract' } }), () => ({ json: { note: 'no name' } }), [400], 201),
  {
    operationId: 'updateTask',
    valid: async ({ fx }) => ({ json: { task_id: String(fx.need('task')), note: 'changed by the contract suites' } }),
    expectStatus: 200,
    bad: async () => ({ json: { task_id: GHOST_ID, note: 'no such task' } }),
    badStatus: [404],
  },
  deleteCase('deleteTask', 'createTask', (c, fx) => ({ json: { name: c.name('task'), parent_id: fx.need('project') } }), { query: { task_id: GHOST_ID } }),
  readCase('getTaskDetails', (fx) => ({ tasks: `${fx.need('project')},${fx.need('task')}` })),
];
