/** Projects and favourite projects. */
import { getCase, unknownId, type OperationCase } from '../lib/case.js';
import { GHOST_ID, idOf, type Ctx } from '../lib/context.js';
import { createProject } from '../lib/factory.js';
import type { Exchange } from '../lib/http.js';
import { problem } from '../lib/provenance.js';
import { isObject } from '../lib/spec.js';

/** Archive a project a request created (projects cannot be deleted, only archived). */
function archiveCreated(c: Ctx, ex: Exchange): void {
  if (ex.response.status >= 300 || !isObject(ex.response.json)) return;
  const id = idOf(ex.response.json, 'project');
  c.defer(`archive project ${id}`, () => c.call('archiveProject', { params: { project_id: id } }));
}

const unknownProject = (json?: Record<string, unknown>) => unknownId('project_id', { request: async () => ({ params: { project_id: GHOST_ID }, ...(json ? { json } : {}) }) });

export const projectCases: OperationCase[] = [
  getCase('listProjects', undefined, {
    negatives: [{ rule: 'query.client_id not an integer', provenance: 'specified', status: [400], request: async () => ({ query: { client_id: 'not-a-number' } }) }],
    pageQuery: { status: 'all' },
  }),
  {
    operationId: 'createProject',
    valid: async ({ c, fx }) => {
      c.requireWrites();
      return { json: { name: c.name('project'), client_id: fx.need('client'), description: 'created by the contract suites', billable: true, hourly_rate: 75 } };
    },
    expectStatus: 201,
    after: async ({ c }, ex) => archiveCreated(c, ex),
    negatives: [
      { rule: 'body.name required', provenance: 'documented', status: [400], fields: ['name'], request: async ({ fx }) => ({ json: { client_id: fx.need('client'), description: 'no name' } }) },
      // Any error answer carries the documented body; error_code, when sent, is a string.
      { rule: 'body not JSON', provenance: 'documented', status: [400, 415], request: async () => ({ body: 'name=contract', contentType: 'text/plain' }) },
    ],
    inputs: [
      {
        name: 'status',
        provenance: 'documented',
        request: async ({ c, fx }) => ({ json: { name: c.name('project'), client_id: fx.need('client'), status: 'on_hold' } }),
        expectStatus: 201,
        verify: (_a, ex) => {
          const p = isObject(ex.response.json) && isObject(ex.response.json.project) ? ex.response.json.project : {};
          return p.status === 'on_hold' ? [] : [problem(`the documented status "on_hold" was sent, the project has ${JSON.stringify(p.status)}`, 'documented')];
        },
      },
    ],
  },
  {
    operationId: 'getProject',
    valid: async ({ fx }) => ({ params: { project_id: fx.need('project') } }),
    negatives: [unknownId('project_id')],
  },
  {
    operationId: 'updateProject',
    valid: async ({ fx }) => ({ params: { project_id: fx.need('project') }, json: { description: 'updated by the contract suites (PUT)' } }),
    expectStatus: 200,
    negatives: [unknownProject({ description: 'an unknown id' })],
  },
  {
    operationId: 'patchProject',
    valid: async ({ fx }) => ({ params: { project_id: fx.need('project') }, json: { billing_ref: 'CONTRACT-1' } }),
    expectStatus: 200,
    negatives: [unknownProject({ description: 'an unknown id' })],
  },
  {
    operationId: 'archiveProject',
    valid: async ({ c, fx }) => {
      const p = await createProject(c, fx.need('client'));
      return { params: { project_id: p.id as number } };
    },
    expectStatus: 200,
    negatives: [unknownId('project_id')],
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
    negatives: [{ rule: 'body.project_id required', provenance: 'observed', status: [400], request: async () => ({ json: {} }) }],
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
    negatives: [unknownId('project_id')],
  },
];
