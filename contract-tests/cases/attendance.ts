/** Attendance: workday and breaks. The suites touch them only when no workday is open. */
import { getCase, type CaseArgs, type OperationCase } from '../lib/case.js';
import { requireNoWorkday as noWorkday, startWorkday } from '../lib/factory.js';

const requireNoWorkday = ({ c }: CaseArgs): Promise<void> => noWorkday(c);

export const attendanceCases: OperationCase[] = [
  getCase('getAttendanceStatus', undefined, { noBad: 'takes no input' }),
  getCase('getWorkdayStatus', undefined, { noBad: 'takes no input' }),
  {
    operationId: 'startWorkday',
    valid: async (a) => {
      await requireNoWorkday(a);
      return { json: { notes: a.c.name('workday') } };
    },
    expectStatus: 201,
    after: async ({ c }, ex) => {
      if (ex.response.status < 300) c.defer('end workday', () => c.call('endWorkday'));
    },
    // A second start while the workday is open.
    bad: async ({ c }) => {
      await startWorkday(c);
      return { json: {} };
    },
    badStatus: [400, 409],
  },
  {
    operationId: 'endWorkday',
    valid: async ({ c }) => {
      await startWorkday(c);
      return {};
    },
    expectStatus: 200,
    bad: async (a) => {
      await requireNoWorkday(a);
      return {};
    },
    badStatus: [400],
  },
  {
    operationId: 'startBreak',
    valid: async ({ c }) => {
      await startWorkday(c);
      return { json: { break_type: 'rest' } };
    },
    expectStatus: 201,
    after: async ({ c }, ex) => {
      if (ex.response.status < 300) await c.call('endBreak');
    },
    bad: async (a) => {
      await requireNoWorkday(a);
      return { json: {} };
    },
    badStatus: [400],
  },
  {
    operationId: 'endBreak',
    valid: async ({ c }) => {
      await startWorkday(c);
      await c.must('startBreak', { json: { break_type: 'rest' } });
      return {};
    },
    expectStatus: 200,
    bad: async ({ c }) => {
      await startWorkday(c);
      return {};
    },
    badStatus: [400],
  },
];
