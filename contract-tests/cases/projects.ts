/** Projects and favourite projects. */
import { getCase, type OperationCase } from '../lib/case.js';
import { GHOST_ID, idOf } from '../lib/context.js';
import { createProject } from '../lib/factory.js';
import { isObject } from '../lib/spec.js';

export const projectCases: OperationCase[] = [
  getCase('listProjects', undefined, {
    bad: async () => ({ query: { client_id: 'not-a-number' } }),
    badStatus: [400],
    pageQuery: { status: 'all' },
  }),
  {
    operationId: 'createProject',
    valid: async ({ c, fx }) => {
      c.requireWrites();
      return { json: { name: c.name('project'), client_id: fx.need('client'), description: 'created by the contract suites', billable: true, hourly_rate: 75 } };
    },
    expectStatus: 201,
    after: async ({ c }, ex) => {
      if (ex.response.status >= 300 || !isObject(ex.response.json)) return;
      const id = idOf(ex.response.json, 'project');
      c.defer(`archive project ${id}`, () => c.call('archiveProject', { params: { project_id: id } }));
    },
    bad: async ({ fx }) => ({ json: { client_id: fx.need('client'), description: 'no name' } }),
    badStatus: [400],
  },
  {
    operationId: 'getProject',
    valid: async ({ fx }) => ({ params: { project_id: fx.need('project') } }),
    bad: async () => ({ params: { project_id: GHOST_ID } }),
    badStatus: [404],
  },
  {
    operationId: 'updateProject',
    valid: async ({ fx }) => ({ params: { project_id: fx.need('project') }, json: { description: 'updated by the contract suites (PUT)' } }),
    expectStatus: 200,
    bad: async ({ fx }) => ({ params: { project_id: fx.need('project') }, json: { hourly_rate: 'lots' } }),
    badStatus: [400],
  },
  {
    operationId: 'patchProject',
    valid: async ({ fx }) => ({ params: { project_id: fx.need('project') }, json: { billing_ref: 'CONTRACT-1' } }),
    expectStatus: 200,
    bad: async ({ fx }) => ({ params: { project_id: fx.need('project') }, json: { hourly_rate: 'lots' } }),
    badStatus: [400],
  },
  {
    operationId: 'archiveProject',
    valid: async ({ c, fx }) => {
      const p = await createProject(c, fx.need('client'));
      return { params: { project_id: p.id as number } };
    },
    expectStatus: 200,
    bad: async () => ({ params: { project_id: GHOST_ID } }),
    badStatus: [404],
  },

  getCase('listFavoriteProjects', undefined, { noBad: 'takes no input' }),
  {
    operationId: 'addFavoriteProject',
    valid: async ({ c, fx }) => {
      c.requireWrites();
      return { json: { project_id: fx.need('project') } };
    },
    expectStatus: 201,
    after: async ({ c, fx }, ex) => {
      if (ex.response.status < 300) {
        const id = fx.need('project');
        c.defer(`unfavourite project ${id}`, () => c.call('removeFavoriteProject', { params: { project_id: id } }));
      }
    },
    bad: async () => ({ json: {} }),
    badStatus: [400],
  },
  {
    operationId: 'removeFavoriteProject',
    valid: async ({ c, fx }) => {
      const id = fx.need('project');
      c.requireWrites();
      await c.must('addFavoriteProject', { json: { project_id: id } });
      c.defer(`unfavourite project ${id}`, () => c.call('removeFavoriteProject', { params: { project_id: id } }));
      return { params: { project_id: id } };
    },
    expectStatus: 200,
    bad: async () => ({ params: { project_id: GHOST_ID } }),
    badStatus: [404],
  },
];
