/** Quotes. */
import { getCase, type OperationCase } from '../lib/case.js';
import { GHOST_ID, idOf } from '../lib/context.js';
import { createQuote } from '../lib/factory.js';
import { isObject } from '../lib/spec.js';

export const quoteCases: OperationCase[] = [
  getCase('listQuotes', undefined, {
    bad: async () => ({ query: { client_id: 'not-a-number' } }),
    badStatus: [400],
  }),
  {
    operationId: 'createQuote',
    valid: async ({ c, fx }) => {
      c.requireWrites();
      return {
        json: {
          client_id: fx.need('client'),
          title: c.name('quote'),
          tax_rate: 21,
          currency_code: 'EUR',
          items: [{ description: 'Consulting', quantity: 3, unit_price: 100 }],
        },
      };
    },
    expectStatus: 201,
    after: async ({ c }, ex) => {
      if (ex.response.status >= 300 || !isObject(ex.response.json)) return;
      const id = idOf(ex.response.json, 'quote');
      c.defer(`delete quote ${id}`, () => c.call('deleteQuote', { params: { quote_id: id } }));
    },
    bad: async () => ({ json: { title: 'no client_id' } }),
    badStatus: [400],
  },
  {
    operationId: 'getQuote',
    valid: async ({ fx }) => ({ params: { quote_id: fx.need('quote') } }),
    bad: async () => ({ params: { quote_id: GHOST_ID } }),
    badStatus: [404],
  },
  {
    operationId: 'updateQuote',
    valid: async ({ c, fx }) => ({ params: { quote_id: fx.need('quote') }, json: { title: c.name('quote') } }),
    expectStatus: 200,
    bad: async ({ fx }) => ({ params: { quote_id: fx.need('quote') }, json: { status: 'bogus' } }),
    badStatus: [400],
  },
  {
    operationId: 'patchQuote',
    valid: async ({ fx }) => ({ params: { quote_id: fx.need('quote') }, json: { description: 'patched by the contract suites' } }),
    expectStatus: 200,
    bad: async ({ fx }) => ({ params: { quote_id: fx.need('quote') }, json: { tax_rate: -1 } }),
    badStatus: [400],
  },
  {
    operationId: 'deleteQuote',
    valid: async ({ c, fx }) => {
      const q = await createQuote(c, fx.need('client'));
      return { params: { quote_id: q.id as number } };
    },
    expectStatus: 200,
    bad: async () => ({ params: { quote_id: GHOST_ID } }),
    badStatus: [404],
  },
];
