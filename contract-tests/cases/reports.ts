/** The summary report. */
import { getCase, type OperationCase } from '../lib/case.js';

export const reportCases: OperationCase[] = [
  {
    ...getCase('getSummaryReport'),
    valid: async ({ c }) => ({ query: { start_date: c.entryDay, end_date: `${c.entryDay}T23:59:59` } }),
    bad: async () => ({ query: { project_id: 'not-a-number' } }),
    badStatus: [400],
  },
];
