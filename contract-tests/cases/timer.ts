/** The timer. The suites touch it only when it is idle, and stop what they start. */
import { getCase, type NegativeCase, type OperationCase } from '../lib/case.js';
import { idOf } from '../lib/context.js';
import { deferStopTimer, requireIdleTimer, requireTimerRoom, startTimer } from '../lib/factory.js';
import { isObject } from '../lib/spec.js';

/** Stop, pause or resume without a running timer: the real server's 400 `no_active_timer` (the documentation does not say). */
const idle: NegativeCase = {
  rule: 'no timer running: 400',
  provenance: 'observed',
  status: [400],
  errorCode: 'no_active_timer',
  request: async ({ c }) => {
    c.requireWrites();
    await requireIdleTimer(c);
    return {};
  },
};

export const timerCases: OperationCase[] = [
  getCase('getTimerStatus', undefined, { noBad: 'takes no input' }),
  {
    operationId: 'startTimer',
    valid: async ({ c, fx }) => {
      const project = fx.need('project');
      await requireTimerRoom(c);
      return { json: { project_id: project, notes: c.name('timer') } };
    },
    expectStatus: 201,
    after: async ({ c }, ex) => {
      const body = ex.response.json;
      if (ex.response.status >= 300 || !isObject(body)) return;
      deferStopTimer(c, idOf(body, 'timer'));
    },
    negatives: [
      { rule: 'body.project_id required', provenance: 'documented', status: [400], fields: ['project_id'], request: async () => ({ json: { notes: 'no project_id' } }) },
      {
        // Documented: with "one active timer per user" on (the default), a second start is a 409 timer_already_running.
        rule: 'a timer already running: 409',
        provenance: 'documented',
        status: [409],
        errorCode: 'timer_already_running',
        request: async ({ c, fx }) => {
          await startTimer(c, fx.need('project'));
          return { json: { project_id: fx.need('project'), notes: c.name('second timer') } };
        },
      },
    ],
  },
  {
    operationId: 'stopTimer',
    valid: async ({ c, fx }) => {
      await startTimer(c, fx.need('project'));
      return {};
    },
    expectStatus: 200,
    negatives: [idle],
  },
  {
    operationId: 'pauseTimer',
    valid: async ({ c, fx }) => {
      await startTimer(c, fx.need('project'));
      return {};
    },
    expectStatus: 200,
    negatives: [idle],
  },
  {
    operationId: 'resumeTimer',
    valid: async ({ c, fx }) => {
      await startTimer(c, fx.need('project'));
      await c.must('pauseTimer');
      return {};
    },
    expectStatus: 200,
    negatives: [idle],
  },
];
