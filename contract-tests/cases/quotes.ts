/** Quotes. */
import { getCase, unknownId, type OperationCase } from '../lib/case.js';
import { GHOST_ID, idOf } from '../lib/context.js';
import { createQuote } from '../lib/factory.js';
import { isObject } from '../lib/spec.js';

const unknownQuote = (json?: Record<string, unknown>) => unknownId('quote_id', { request: async () => ({ params: { quote_id: GHOST_ID }, ...(json ? { json } : {}) }) });

export const quoteCases: OperationCase[] = [
  getCase('listQuotes', undefined, {
    negatives: [{ rule: 'query.client_id not an integer', provenance: 'specified', status: [400], request: async () => ({ query: { client_id: 'not-a-number' } }) }],
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
    negatives: [{ rule: 'body.client_id required', provenance: 'observed', status: [400], request: async () => ({ json: { title: 'no client_id' } }) }],
  },
  {
    operationId: 'getQuote',
    valid: async ({ fx }) => ({ params: { quote_id: fx.need('quote') } }),
    negatives: [unknownId('quote_id')],
  },
  {
    operationId: 'updateQuote',
    valid: async ({ c, fx }) => ({ params: { quote_id: fx.need('quote') }, json: { title: c.name('quote') } }),
    expectStatus: 200,
    negatives: [unknownQuote({ title: 'an unknown id' })],
  },
  {
    operationId: 'patchQuote',
    valid: async ({ fx }) => ({ params: { quote_id: fx.need('quote') }, json: { description: 'patched by the contract suites' } }),
    expectStatus: 200,
    negatives: [unknownQuote({ description: 'an unknown id' })],
  },
  {
    operationId: 'deleteQuote',
    valid: async ({ c, fx }) => {
      const q = await createQuote(c, fx.need('client'));
      return { params: { quote_id: q.id as number } };
    },
    expectStatus: 200,
    negatives: [unknownId('quote_id')],
  },
];
