/**
 * Attendance: workday and breaks, in the real server's shapes (200 for the
 * starts too; 400 with its codes). The suites touch them only when no workday
 * is open, and end what they start; the attendance history they leave (ended
 * work periods and breaks) the API cannot remove.
 */
import { getCase, type CaseArgs, type NegativeCase, type OperationCase } from '../lib/case.js';
import { requireNoWorkday as noWorkday, startWorkday } from '../lib/factory.js';

const requireNoWorkday = ({ c }: CaseArgs): Promise<void> => noWorkday(c);

/** Without an open workday: the real server's 400 `no_active_workday`. */
const noOpenWorkday: NegativeCase = {
  rule: 'no workday open: 400',
  provenance: 'observed',
  status: [400],
  errorCode: 'no_active_workday',
  request: async (a) => {
    await requireNoWorkday(a);
    return {};
  },
};

export const attendanceCases: OperationCase[] = [
  getCase('getAttendanceStatus', undefined, { noBad: 'takes no input' }),
  getCase('getWorkdayStatus', undefined, { noBad: 'takes no input' }),
  {
    operationId: 'startWorkday',
    valid: async (a) => {
      await requireNoWorkday(a);
      return { json: { notes: a.c.name('workday') } };
    },
    expectStatus: 200,
    after: async ({ c }, ex) => {
      if (ex.response.status < 300) c.defer('end workday', () => c.call('endWorkday'));
    },
    // A second start while the workday is open.
    negatives: [
      {
        rule: 'a workday already open: 400',
        provenance: 'observed',
        status: [400],
        errorCode: 'workday_already_active',
        request: async ({ c }) => {
          await startWorkday(c);
          return { json: {} };
        },
      },
    ],
  },
  {
    operationId: 'endWorkday',
    valid: async ({ c }) => {
      await startWorkday(c);
      return {};
    },
    expectStatus: 200,
    negatives: [noOpenWorkday],
  },
  {
    operationId: 'startBreak',
    valid: async ({ c }) => {
      await startWorkday(c);
      return { json: { break_type: 'rest' } };
    },
    expectStatus: 200,
    after: async ({ c }, ex) => {
      if (ex.response.status < 300) await c.call('endBreak');
    },
    negatives: [{ ...noOpenWorkday, request: async (a) => ({ ...(await noOpenWorkday.request(a)), json: {} }) }],
  },
  {
    operationId: 'endBreak',
    valid: async ({ c }) => {
      await startWorkday(c);
      await c.must('startBreak', { json: { break_type: 'rest' } });
      return {};
    },
    expectStatus: 200,
    negatives: [
      {
        rule: 'no break running: 400',
        provenance: 'observed',
        status: [400],
        errorCode: 'no_active_break',
        request: async ({ c }) => {
          await startWorkday(c);
          return {};
        },
      },
    ],
  },
];
