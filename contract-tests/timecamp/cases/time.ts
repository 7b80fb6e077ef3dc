/** Time entries, their change log, the timer, computer activities and attendance. The suites touch the timer only when none runs. */
import { SkipCheck } from '../../lib/checks.js';
import { addDays } from '../../lib/clock.js';
import { requireNoRunningTimer } from '../factory.js';
import { createCase, deleteCase, readCase, type TimecampCase } from './shared.js';

export const timeCases: TimecampCase[] = [
  readCase('listEntries', (fx) => ({ from: fx.from, to: fx.to, user_ids: 'me', opt_fields: 'tags' })),
  createCase(
    'createEntry',
    (c, fx) => ({ json: { date: fx.day, duration: 600, task_id: fx.need('task'), description: c.name('entry'), service: 'timetracker-contract' } }),
    () => ({ json: { duration: 600 } }),
    [400],
  ),
  {
    operationId: 'updateEntry',
    valid: async ({ c, fx }) => ({ json: { id: String(fx.need('entry')), description: c.name('entry changed'), duration: 1200, service: 'timetracker-contract' } }),
    expectStatus: 200,
    bad: async () => ({ json: { description: 'no id' } }),
    badStatus: [400],
  },
  // An unknown id is a 204 (documented), not an error: the invalid request is the one without an id.
  deleteCase('deleteEntry', 'createEntry', (c, fx) => ({ json: { date: fx.day, duration: 300, task_id: fx.need('task'), description: c.name('entry') } }), { json: {} }, [400]),
  readCase('listEntryChanges', (fx) => ({ from: fx.from, to: fx.to, limit: 50 })),
  readCase('listRunningTimers'),

  {
    operationId: 'timerAction',
    valid: async () => ({ json: { action: 'status', service: 'timetracker-contract' } }),
    expectStatus: 200,
    bad: async () => ({ json: { action: 'dance' } }),
    badStatus: [400],
  },
  {
    operationId: 'discardTimer',
    // Discards nothing: only sent when no timer runs.
    valid: async ({ c }) => {
      c.requireWrites();
      await requireNoRunningTimer(c);
      return {};
    },
    expectStatus: 200,
    bad: async () => ({ query: { format: 'yaml' } }),
    badStatus: [400],
  },

  readCase('listActivities', (fx) => ({ date: fx.day }), { bad: async () => ({ query: {} }) }),
  {
    operationId: 'addActivities',
    // The API cannot remove activities: what this adds stays, so only a loopback target (the mock) gets it.
    valid: async ({ c, fx }) => {
      c.requireWrites();
      if (!c.config.loopback) throw new SkipCheck('adds computer activities the API cannot remove: checked against loopback targets only');
      return { json: { computer_activities: [{ user_id: fx.need('user'), application_name: 'contract-check', start_time: `${fx.day} 03:00:00`, end_time: `${fx.day} 03:01:00`, window_title: c.name('window') }] } };
    },
    expectStatus: 200,
    bad: async () => ({ json: { computer_activities: [] } }),
    badStatus: [400],
  },
  {
    operationId: 'updateActivities',
    // No task_id nor entry_id: nothing changes.
    valid: async ({ c, fx }) => {
      c.requireWrites();
      return { json: { user_id: fx.need('user'), params: [{ end_date: fx.day, end_time: `${fx.day} 03:01` }] } };
    },
    expectStatus: 200,
    bad: async ({ fx }) => ({ json: { user_id: fx.need('user') } }),
    badStatus: [400],
  },
  readCase('listApplications', () => ({ application_ids: '1,2' })),
  {
    operationId: 'listWindowTitles',
    valid: async ({ c }) => {
      c.requireWrites();
      return { body: 'window_title_ids=1,2', contentType: 'application/x-www-form-urlencoded' };
    },
    expectStatus: 200,
    bad: async () => ({ json: {} }),
    badStatus: [400],
  },
  readCase('getAttendance', (fx) => ({ from: addDays(fx.day, -7), to: fx.day })),
  readCase('getAwayTime', (fx) => ({ from: addDays(fx.day, -7), to: fx.day })),
];
