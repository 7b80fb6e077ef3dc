/** Users. */
import { getCase, type OperationCase } from '../lib/case.js';

export const userCases: OperationCase[] = [
  getCase('getCurrentUser', undefined, { noBad: 'takes no input' }),
  getCase('listUsers', undefined, {
    bad: async () => ({ query: { page: 'not-a-number' } }),
    badStatus: [400],
  }),
];
