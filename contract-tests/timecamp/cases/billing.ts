/** Clients and invoices: PUT creates, POST updates (forms, as the official client sends clients). */
import { GHOST_ID } from '../../lib/context.js';
import type { OpRequest } from '../../lib/http.js';
import { createCase, deleteCase, readCase, type TimecampCase } from './shared.js';

const form = (fields: Record<string, string | number>): OpRequest => ({
  body: new URLSearchParams(Object.entries(fields).map(([k, v]) => [k, String(v)])).toString(),
  contentType: 'application/x-www-form-urlencoded',
});

export const billingCases: TimecampCase[] = [
  readCase('listClients'),
  createCase('createClient', (c) => form({ organizationName: c.name('client'), firstName: 'Contract', clientId: -1 }), () => form({ firstName: 'No organisation' }), [400]),
  {
    operationId: 'updateClient',
    valid: async ({ fx }) => form({ clientId: fx.need('client'), address: 'changed by the contract suites' }),
    expectStatus: 200,
    bad: async () => form({ clientId: GHOST_ID, address: 'no such client' }),
    badStatus: [404],
  },
  deleteCase('deleteClient', 'createClient', (c) => form({ organizationName: c.name('client'), clientId: -1 }), { json: { clientId: GHOST_ID } }),
  readCase('listClientTasks', (fx) => ({ client_id: fx.need('client') })),
  {
    operationId: 'removeClientTasks',
    // Removes a task the client does not have: nothing changes.
    valid: async ({ fx }) => ({ query: { client_id: fx.need('client') }, json: { task_id: [GHOST_ID] } }),
    expectStatus: 200,
    bad: async () => ({ query: { client_id: GHOST_ID }, json: { task_id: [GHOST_ID] } }),
    badStatus: [404],
  },

  readCase('listInvoices'),
  createCase('createInvoice', (c, fx) => ({ json: { invoiceId: -1, clientId: fx.need('client'), description: c.name('invoice'), entries: [{ name: 'Checks', quantity: 2, unitCost: '1.5' }] } }), () => ({ json: { invoiceId: -1, clientId: GHOST_ID } }), [404]),
  {
    operationId: 'updateInvoice',
    valid: async ({ c, fx }) => ({ json: { invoiceId: fx.need('invoice'), description: c.name('invoice changed') } }),
    expectStatus: 200,
    bad: async () => ({ json: { invoiceId: GHOST_ID, description: 'no such invoice' } }),
    badStatus: [404],
  },
  deleteCase('deleteInvoice', 'createInvoice', (c, fx) => ({ json: { invoiceId: -1, clientId: fx.need('client'), description: c.name('invoice') } }), { json: { invoiceId: GHOST_ID } }),
];
