/** Clients. */
import { getCase, unknownId, type OperationCase } from '../lib/case.js';
import { GHOST_ID, idOf } from '../lib/context.js';
import { createClient, removeClient } from '../lib/factory.js';
import { problem } from '../lib/provenance.js';
import { isObject } from '../lib/spec.js';

export const clientCases: OperationCase[] = [
  getCase('listClients', undefined, {
    negatives: [{ rule: 'query.page not an integer', provenance: 'specified', status: [400], request: async () => ({ query: { page: 'not-a-number' } }) }],
  }),
  {
    operationId: 'createClient',
    valid: async ({ c }) => {
      c.requireWrites();
      return { json: { name: c.name('client'), email: 'contract@example.com', phone: '+1-555-0100' } };
    },
    expectStatus: 201,
    after: async ({ c }, ex) => {
      if (ex.response.status >= 300 || !isObject(ex.response.json)) return;
      const id = idOf(ex.response.json, 'client');
      c.defer(`remove client ${id}`, () => removeClient(c, id));
    },
    negatives: [{ rule: 'body.name required', provenance: 'documented', status: [400], fields: ['name'], request: async () => ({ json: { email: 'no-name@example.com' } }) }],
    inputs: [
      {
        // The documented create body has `company`; a client created with one keeps it.
        name: 'company',
        provenance: 'documented',
        request: async ({ c }) => ({ json: { name: c.name('client'), email: 'contract@example.com', company: 'Contract Corporation' } }),
        expectStatus: 201,
        verify: (_a, ex) => {
          const client = isObject(ex.response.json) && isObject(ex.response.json.client) ? ex.response.json.client : {};
          return client.company === 'Contract Corporation' ? [] : [problem(`the client was created with company "Contract Corporation", it has ${JSON.stringify(client.company)}`, 'documented')];
        },
      },
    ],
  },
  {
    operationId: 'getClient',
    valid: async ({ fx }) => ({ params: { client_id: fx.need('client') } }),
    negatives: [unknownId('client_id')],
  },
  {
    operationId: 'updateClient',
    valid: async ({ fx }) => ({ params: { client_id: fx.need('client') }, json: { phone: '+1-555-0199' } }),
    expectStatus: 200,
    negatives: [unknownId('client_id', { request: async () => ({ params: { client_id: GHOST_ID }, json: { phone: '+1-555-0100' } }) })],
  },
  {
    operationId: 'deleteClient',
    valid: async ({ c }) => {
      const cl = await createClient(c);
      return { params: { client_id: cl.id as number } };
    },
    expectStatus: 200,
    negatives: [unknownId('client_id')],
  },
];
