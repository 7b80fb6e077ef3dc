/** who_am_i, rate_limit_status and the Time Tracking API. The suites touch timers only when none runs, and stop what they start. */
import { GHOST_ID } from '../../lib/context.js';
import { isObject } from '../../lib/spec.js';
import { createEntry, quietly, requireNoRunningTimer } from '../factory.js';
import { getCase, type HarvestCase } from './shared.js';

const noInput = 'takes no input';

export const accountDailyCases: HarvestCase[] = [
  getCase('whoAmI', undefined, { noBad: noInput }),
  getCase('getRateLimitStatus', undefined, { noBad: noInput }),
  getCase('getDaily', undefined, { bad: async () => ({ query: { of_user: 'someone' } }), badStatus: [400] }),
  {
    operationId: 'getDailyForDay',
    valid: async () => ({ params: { day_of_year: 45, year: 2026 } }),
    bad: async () => ({ params: { day_of_year: 400, year: 2026 } }),
    badStatus: [404],
  },
  {
    operationId: 'getDayEntry',
    valid: async ({ fx }) => ({ params: { day_entry_id: fx.need('entry') } }),
    bad: async () => ({ params: { day_entry_id: GHOST_ID } }),
    badStatus: [404],
  },
  {
    operationId: 'toggleTimer',
    valid: async ({ c, fx }) => {
      await requireNoRunningTimer(c);
      const entry = await createEntry(c, fx.need('project'), fx.need('task'));
      return { params: { day_entry_id: entry.id as number } };
    },
    expectStatus: 200,
    after: async ({ c }, ex) => {
      const body = ex.response.json;
      if (ex.response.status === 200 && isObject(body) && body.timer_started_at) await quietly(c, 'stop the timer', 'toggleTimer', { params: { day_entry_id: body.id as number } });
    },
    bad: async ({ c }) => {
      c.requireWrites();
      return { params: { day_entry_id: GHOST_ID } };
    },
    badStatus: [404],
  },
  {
    operationId: 'addDayEntry',
    valid: async ({ c, fx }) => {
      c.requireWrites();
      return { json: { project_id: fx.need('project'), task_id: fx.need('task'), hours: 0.25, notes: c.name('entry') } };
    },
    expectStatus: 201,
    after: async ({ c }, ex) => {
      const body = ex.response.json;
      if (ex.response.status < 300 && isObject(body) && typeof body.id === 'number') {
        const id = body.id;
        c.defer(`delete day entry ${id}`, () => quietly(c, `delete day entry ${id}`, 'deleteDayEntry', { params: { day_entry_id: id } }));
      }
    },
    bad: async ({ fx }) => ({ json: { project_id: fx.need('project'), hours: 1 } }),
    badStatus: [400],
  },
  {
    operationId: 'updateDayEntry',
    valid: async ({ c, fx }) => ({ params: { day_entry_id: fx.need('entry') }, json: { notes: c.name('updated entry'), hours: 0.75 } }),
    expectStatus: 200,
    bad: async ({ fx }) => ({ params: { day_entry_id: fx.need('entry') }, json: { hours: 'a lot' } }),
    badStatus: [400],
  },
  {
    operationId: 'deleteDayEntry',
    valid: async ({ c, fx }) => ({ params: { day_entry_id: (await createEntry(c, fx.need('project'), fx.need('task'))).id as number } }),
    expectStatus: 200,
    bad: async () => ({ params: { day_entry_id: GHOST_ID } }),
    badStatus: [404],
  },
];
