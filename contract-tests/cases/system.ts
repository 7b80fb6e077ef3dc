/** System, search and the web JSON routes under /api. */
import { getCase, skipWith, type OperationCase } from '../lib/case.js';

export const systemCases: OperationCase[] = [
  getCase('getInfo', undefined, { noBad: 'takes no input' }),
  getCase('getHealth', undefined, { noBad: 'takes no input' }),
  {
    operationId: 'login',
    valid: async ({ c }) => {
      const { username, password } = c.config;
      if (username === undefined || password === undefined) return skipWith('no --username/--password given (a valid login issues a new token)');
      return { json: { username, password }, auth: 'none' };
    },
    expectStatus: 200,
    // A missing password: documented 400 (validation) or 401.
    bad: async ({ c }) => ({ json: { username: `contract-${c.runId}-nobody` }, auth: 'none' }),
    badStatus: [400, 401],
  },
  {
    operationId: 'search',
    valid: async () => ({ query: { q: 'contract', limit: 5 } }),
    bad: async () => ({ query: { q: 'a' } }),
    badStatus: [400],
  },
  getCase('webSearch', { q: 'contract' }, { noBad: 'the spec documents no 4xx for bad input here (a short query answers 200)' }),
  getCase('checkVersion', undefined, { noBad: 'takes no input' }),
  {
    operationId: 'dismissVersion',
    // An old version: dismissing it never hides a real update prompt.
    valid: async () => ({ json: { latest_version: '0.0.1' } }),
    expectStatus: 200,
    bad: async () => ({ json: { latest_version: 'not a version' } }),
    badStatus: [400],
  },
  getCase('getValueDashboard', undefined, { noBad: 'takes no input' }),
  getCase('getWeekComparison', undefined, { noBad: 'takes no input' }),
  getCase('getRateLimitStatus', undefined, { noBad: 'takes no input' }),
];
