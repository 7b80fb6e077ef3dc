/** Clients. */
import { getCase, type OperationCase } from '../lib/case.js';
import { GHOST_ID, idOf } from '../lib/context.js';
import { createClient, removeClient } from '../lib/factory.js';
import { isObject } from '../lib/spec.js';

export const clientCases: OperationCase[] = [
  getCase('listClients', undefined, {
    bad: async () => ({ query: { page: 'not-a-number' } }),
    badStatus: [400],
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
    bad: async () => ({ json: { email: 'no-name@example.com' } }),
    badStatus: [400],
  },
  {
    operationId: 'getClient',
    valid: async ({ fx }) => ({ params: { client_id: fx.need('client') } }),
    bad: async () => ({ params: { client_id: GHOST_ID } }),
    badStatus: [404],
  },
  {
    operationId: 'updateClient',
    valid: async ({ fx }) => ({ params: { client_id: fx.need('client') }, json: { phone: '+1-555-0199' } }),
    expectStatus: 200,
    bad: async ({ fx }) => ({ params: { client_id: fx.need('client') }, json: { status: 'bogus' } }),
    badStatus: [400],
  },
  {
    operationId: 'deleteClient',
    valid: async ({ c }) => {
      const cl = await createClient(c);
      return { params: { client_id: cl.id as number } };
    },
    expectStatus: 200,
    bad: async () => ({ params: { client_id: GHOST_ID } }),
    badStatus: [404],
  },
];
