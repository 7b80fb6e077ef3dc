/**
 * One case per operation of specs/coffeecup.yaml. Lists are asked for a
 * small page (a `where` on an unknown attribute is the 400); reads by id
 * take a fixture (an unknown id is the 404); creates make a throwaway
 * object (a missing required attribute is the 400) that is deleted after;
 * updates change a fixture harmlessly (a wrong type is the 400); deletes
 * remove what they made for it.
 */
import type { OperationId as CoffeeCupOperationId } from '../../src/generated/coffeecup/handlers.js';
import { skipWith, type OperationCase } from '../lib/case.js';
import { GHOST_ID, type Ctx } from '../lib/context.js';
import type { Exchange } from '../lib/http.js';
import { isObject } from '../lib/spec.js';
import { assignTask, assignUser, createClient, createEntry, createProject, createTask, quietly, today } from './factory.js';
import type { CoffeeCupFixture, CoffeeCupFixtures } from './fixtures.js';

/** A case of a CoffeeCup operation (its id checked against specs/coffeecup.yaml by the compiler). */
export type CoffeeCupCase = OperationCase<CoffeeCupOperationId, CoffeeCupFixtures>;
type Make = (c: Ctx, fx: CoffeeCupFixtures) => Promise<number>;

const UNKNOWN_ATTRIBUTE = JSON.stringify({ contractNoSuchAttribute: 1 });

const listCase = (operationId: CoffeeCupOperationId, query: (fx: CoffeeCupFixtures) => Record<string, string | number> = () => ({})): CoffeeCupCase => ({
  operationId,
  valid: async ({ fx }) => ({ query: { limit: 5, sort: 'id DESC', ...query(fx) } }),
  bad: async () => ({ query: { where: UNKNOWN_ATTRIBUTE } }),
  badStatus: [400],
});

const getCase = (operationId: CoffeeCupOperationId, fixture: CoffeeCupFixture): CoffeeCupCase => ({
  operationId,
  valid: async ({ fx }) => ({ params: { id: fx.need(fixture) } }),
  bad: async () => ({ params: { id: GHOST_ID } }),
  badStatus: [404],
});

/** After a valid (or wrongly accepted) create: delete what the answer names. */
const removeCreated =
  (key: string, deleteOp: CoffeeCupOperationId) =>
  async ({ c }: { c: Ctx }, ex: Exchange): Promise<void> => {
    const body = ex.response.json;
    const made = isObject(body) ? body[key] : undefined;
    if (ex.response.status >= 300 || !isObject(made) || typeof made.id !== 'number') return;
    const id = made.id;
    c.defer(`${deleteOp} ${id}`, () => quietly(c, `${deleteOp} ${id}`, deleteOp, { params: { id } }));
  };

const createCase = (operationId: CoffeeCupOperationId, key: string, json: (c: Ctx, fx: CoffeeCupFixtures) => Promise<unknown>, bad: unknown, deleteOp: CoffeeCupOperationId, status = 201): CoffeeCupCase => ({
  operationId,
  valid: async ({ c, fx }) => {
    c.requireWrites();
    return { json: await json(c, fx) };
  },
  expectStatus: status,
  after: removeCreated(key, deleteOp),
  bad: async () => ({ json: bad }),
  badStatus: [400],
});

const updateCase = (operationId: CoffeeCupOperationId, fixture: CoffeeCupFixture, json: unknown, bad: unknown): CoffeeCupCase => ({
  operationId,
  valid: async ({ fx }) => ({ params: { id: fx.need(fixture) }, json }),
  expectStatus: 200,
  bad: async ({ fx }) => ({ params: { id: fx.need(fixture) }, json: bad }),
  badStatus: [400],
});

const deleteCase = (operationId: CoffeeCupOperationId, make: Make): CoffeeCupCase => ({
  operationId,
  valid: async ({ c, fx }) => ({ params: { id: await make(c, fx) } }),
  expectStatus: 200,
  bad: async () => ({ params: { id: GHOST_ID } }),
  badStatus: [404],
});

const marker = (c: Ctx) => `updated by the contract suites (${c.runId})`;

export const COFFEECUP_CASES: CoffeeCupCase[] = [
  {
    operationId: 'createToken',
    valid: async ({ c }) => {
      const o = c.config.oauth;
      if (!o?.admin) return skipWith('no --username/--password given (the password grant needs a login)');
      return { body: new URLSearchParams({ grant_type: 'password', username: o.admin.username, password: o.admin.password, client_id: o.clientId, client_secret: o.clientSecret }).toString(), contentType: 'application/x-www-form-urlencoded', auth: 'none' };
    },
    expectStatus: 200,
    bad: async ({ c }) => {
      const o = c.config.oauth;
      if (!o) return skipWith('not an OAuth run');
      const body = new URLSearchParams({ grant_type: 'password', username: o.admin?.username ?? 'contract@example.invalid', password: 'not-the-password', client_id: o.clientId, client_secret: o.clientSecret });
      return { body: body.toString(), contentType: 'application/x-www-form-urlencoded', auth: 'none' };
    },
    badStatus: [400],
  },
  { operationId: 'getRateLimitStatus', valid: async () => ({}), noBad: 'the operation takes no input' },
  { operationId: 'getCurrentUser', valid: async () => ({}), noBad: 'the operation takes no input' },
  listCase('listUsers'),
  getCase('getUser', 'me'),
  {
    // The token's own user, its job label set to what it is: nothing changes.
    operationId: 'updateUser',
    valid: async ({ c, fx }) => {
      c.requireWrites();
      const me = await c.must('getUser', { params: { id: fx.need('me') } });
      const label = isObject(me.user) && typeof me.user.jobLabel === 'string' ? me.user.jobLabel : null;
      return { params: { id: fx.need('me') }, json: { user: { jobLabel: label } } };
    },
    expectStatus: 200,
    bad: async ({ fx }) => ({ params: { id: fx.need('me') }, json: { user: { firstname: 42 } } }),
    badStatus: [400],
  },

  listCase('listProjects', () => ({ status: 1 })),
  createCase('createProject', 'project', async (c, fx) => ({ project: { name: c.name('project'), code: `K${c.runId}`, client: fx.need('client') } }), { project: { name: 'no code' } }, 'deleteProject'),
  getCase('getProject', 'project'),
  updateCase('updateProject', 'project', { project: { comment: 'updated by the contract suites' } }, { project: { billBy: 9 } }),
  deleteCase('deleteProject', (c, fx) => createProject(c, fx.need('client'))),

  listCase('listClients'),
  createCase('createClient', 'client', async (c) => ({ client: { name: c.name('client'), website: 'https://example.com' } }), { client: { website: 'no name' } }, 'deleteClient'),
  getCase('getClient', 'client'),
  updateCase('updateClient', 'client', { client: { website: 'https://example.org' } }, { client: { imageType: 'gravatar' } }),
  deleteCase('deleteClient', (c) => createClient(c)),

  listCase('listTasks'),
  createCase('createTask', 'task', async (c) => ({ task: { label: c.name('task'), billable: false } }), { task: { billable: false } }, 'deleteTask'),
  getCase('getTask', 'task'),
  updateCase('updateTask', 'task', { task: { favorite: false } }, { task: { favorite: 'yes' } }),
  deleteCase('deleteTask', (c) => createTask(c)),

  listCase('listTaskAssignments', (fx) => ({ 'project[]': fx.need('project') })),
  createCase('createTaskAssignment', 'taskAssignment', async (c, fx) => ({ taskAssignment: { project: fx.need('project'), task: await createTask(c) } }), { taskAssignment: { billable: true } }, 'deleteTaskAssignment'),
  getCase('getTaskAssignment', 'taskAssignment'),
  updateCase('updateTaskAssignment', 'taskAssignment', { taskAssignment: { billable: false } }, { taskAssignment: { hourlyRate: 'lots' } }),
  deleteCase('deleteTaskAssignment', async (c, fx) => assignTask(c, fx.need('project'), await createTask(c))),

  listCase('listUserAssignments', (fx) => ({ 'project[]': fx.need('project') })),
  createCase('createUserAssignment', 'userAssignment', async (c, fx) => ({ userAssignment: { project: await createProject(c, fx.need('client')), user: fx.need('me') } }), { userAssignment: { isProjectManager: true } }, 'deleteUserAssignment'),
  getCase('getUserAssignment', 'userAssignment'),
  updateCase('updateUserAssignment', 'userAssignment', { userAssignment: { isProjectManager: false } }, { userAssignment: { isProjectManager: 'no' } }),
  deleteCase('deleteUserAssignment', async (c, fx) => assignUser(c, await createProject(c, fx.need('client')), fx.need('me'))),

  listCase('listTimeEntries', (fx) => ({ where: JSON.stringify({ user: fx.need('me'), day: { '<=': today() } }) })),
  createCase('createTimeEntry', 'timeEntry', async (c, fx) => ({ timeEntry: { project: fx.need('project'), task: fx.need('task'), day: today(), duration: 300, comment: c.name('entry') } }), { timeEntry: { comment: 'no project' } }, 'deleteTimeEntry'),
  getCase('getTimeEntry', 'entry'),
  updateCase('updateTimeEntry', 'entry', { timeEntry: { comment: 'updated by the contract suites' } }, { timeEntry: { duration: -1 } }),
  {
    operationId: 'batchUpdateTimeEntries',
    valid: async ({ c, fx }) => {
      c.requireWrites();
      return { json: { timeEntries: [{ id: fx.need('entry'), comment: marker(c) }] } };
    },
    expectStatus: 200,
    bad: async () => ({ json: { timeEntries: [{ id: GHOST_ID, comment: 'no such entry' }] } }),
    badStatus: [404],
  },
  deleteCase('deleteTimeEntry', async (c, fx) => (await createEntry(c, fx.need('project'), fx.need('task'))).id as number),
];
