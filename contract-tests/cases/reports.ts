/** The summary report. */
import { getCase, type OperationCase } from '../lib/case.js';
import { otherUsersEntries } from './time-entries.js';

export const reportCases: OperationCase[] = [
  {
    ...getCase('getSummaryReport'),
    valid: async ({ c }) => ({ query: { start_date: c.entryDay, end_date: `${c.entryDay}T23:59:59` } }),
    negatives: [
      { rule: 'query.project_id not an integer', provenance: 'specified', status: [400], request: async () => ({ query: { project_id: 'not-a-number' } }) },
      { ...otherUsersEntries },
    ],
  },
];
