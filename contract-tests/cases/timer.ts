/** The timer. The suites touch it only when it is idle, and stop what they start. */
import { getCase, type OperationCase } from '../lib/case.js';
import { idOf } from '../lib/context.js';
import { deferStopTimer, requireIdleTimer, requireTimerRoom, startTimer } from '../lib/factory.js';
import { isObject } from '../lib/spec.js';

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
    bad: async () => ({ json: { notes: 'no project_id' } }),
    badStatus: [400],
  },
  {
    operationId: 'stopTimer',
    valid: async ({ c, fx }) => {
      await startTimer(c, fx.need('project'));
      return {};
    },
    expectStatus: 200,
    bad: async ({ c }) => {
      c.requireWrites();
      await requireIdleTimer(c);
      return {};
    },
    badStatus: [400],
  },
  {
    operationId: 'pauseTimer',
    valid: async ({ c, fx }) => {
      await startTimer(c, fx.need('project'));
      return {};
    },
    expectStatus: 200,
    bad: async ({ c }) => {
      c.requireWrites();
      await requireIdleTimer(c);
      return {};
    },
    badStatus: [400],
  },
  {
    operationId: 'resumeTimer',
    valid: async ({ c, fx }) => {
      await startTimer(c, fx.need('project'));
      await c.must('pauseTimer');
      return {};
    },
    expectStatus: 200,
    bad: async ({ c }) => {
      c.requireWrites();
      await requireIdleTimer(c);
      return {};
    },
    badStatus: [400],
  },
];
