/** User and task assignments of the run's project. */
import { isObject } from '../../lib/spec.js';
import { assignPerson, assignTask, createPerson, createTask, locationId, quietly } from '../factory.js';
import type { HarvestFixtures } from '../fixtures.js';
import { createCase, deleteCase, getByIdCase, listCase, updateCase, type HarvestCase } from './shared.js';

const project = (fx: HarvestFixtures) => ({ project_id: fx.need('project') });

export const assignmentCases: HarvestCase[] = [
  listCase('listUserAssignments', project),
  createCase('createUserAssignment', async (c) => ({ user: { id: await createPerson(c) } }), { user: { name: 'no id' } }, 'deleteUserAssignment', 'user_assignment_id', project),
  getByIdCase('getUserAssignment', 'user_assignment_id', 'userAssignment', project),
  updateCase('updateUserAssignment', 'user_assignment_id', 'userAssignment', { user_assignment: { hourly_rate: 95 } }, { user_assignment: { is_project_manager: 'no' } }, project),
  deleteCase('deleteUserAssignment', 'user_assignment_id', async (c, fx) => assignPerson(c, fx.need('project'), await createPerson(c)), project),

  listCase('listTaskAssignments', project),
  createCase('createTaskAssignment', async (c) => ({ task: { id: await createTask(c) } }), { task: { name: 'no id' } }, 'deleteTaskAssignment', 'task_assignment_id', project),
  {
    ...createCase('createTaskAssignmentWithNewTask', (c) => ({ task: { name: c.name('new task') } }), { task: {} }, 'deleteTaskAssignment', 'task_assignment_id', project),
    // Remove the assignment, then the task it created.
    after: async ({ c, fx }, ex) => {
      const id = locationId(ex);
      if (id === undefined) return;
      const params = { project_id: fx.need('project'), task_assignment_id: id };
      const got = await c.call('getTaskAssignment', { params });
      const taskId = isObject(got.response.json) && isObject(got.response.json.task_assignment) ? got.response.json.task_assignment.task_id : undefined;
      if (typeof taskId === 'number') c.defer(`delete task ${taskId}`, () => quietly(c, `delete task ${taskId}`, 'deleteTask', { params: { task_id: taskId } }));
      c.defer(`remove task assignment ${id}`, () => quietly(c, `remove task assignment ${id}`, 'deleteTaskAssignment', { params }));
    },
  },
  getByIdCase('getTaskAssignment', 'task_assignment_id', 'taskAssignment', project),
  updateCase('updateTaskAssignment', 'task_assignment_id', 'taskAssignment', { task_assignment: { budget: 10 } }, { task_assignment: { billable: 'often' } }, project),
  deleteCase('deleteTaskAssignment', 'task_assignment_id', async (c, fx) => assignTask(c, fx.need('project'), await createTask(c)), project),
];
