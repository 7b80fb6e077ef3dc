/** Users. */
import { getCase, type OperationCase } from '../lib/case.js';

export const userCases: OperationCase[] = [
  getCase('getCurrentUser', undefined, { noBad: 'takes no input' }),
  getCase('listUsers', undefined, {
    negatives: [{ rule: 'query.page not an integer', provenance: 'specified', status: [400], request: async () => ({ query: { page: 'not-a-number' } }) }],
  }),
];
