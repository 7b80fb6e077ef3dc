/** Time entries (CRUD, CSV import, bulk actions). */
import { getCase, type OperationCase } from '../lib/case.js';
import { GHOST_ID, idOf } from '../lib/context.js';
import { createEntry, deferDeleteEntry, entryBody } from '../lib/factory.js';
import { isObject } from '../lib/spec.js';

export const timeEntryCases: OperationCase[] = [
  getCase('listTimeEntries', undefined, {
    bad: async () => ({ query: { project_id: 'not-a-number' } }),
    badStatus: [400],
  }),
  {
    operationId: 'createTimeEntry',
    valid: async ({ c, fx }) => {
      c.requireWrites();
      return { json: entryBody(c, fx.need('project')) };
    },
    expectStatus: 201,
    after: async ({ c }, ex) => {
      if (ex.response.status < 300 && isObject(ex.response.json)) deferDeleteEntry(c, idOf(ex.response.json, 'time_entry'));
    },
    bad: async ({ fx }) => ({ json: { project_id: fx.need('project'), notes: 'no start_time' } }),
    badStatus: [400],
  },
  {
    operationId: 'importTimeEntriesCsv',
    valid: async ({ c, fx }) => {
      c.requireWrites();
      const project = fx.need('project');
      const slot = c.slots.next(10);
      const note = c.name('imported');
      // Imported rows carry no id back: find them by their note afterwards.
      c.defer(`delete imported entry "${note}"`, async () => {
        const list = await c.must('listTimeEntries', { query: { project_id: project, start_date: c.config.entryDate, end_date: c.config.entryDate, per_page: 100 } });
        const entries = Array.isArray(list.time_entries) ? list.time_entries.filter(isObject) : [];
        for (const e of entries) if (e.notes === note && typeof e.id === 'number') await c.call('deleteTimeEntry', { params: { entry_id: e.id } });
      });
      return { json: { csv: `project_id,start_time,end_time,notes\n${project},${slot.start},${slot.end},${note}\n` } };
    },
    expectStatus: 200,
    bad: async () => ({ json: { csv: '' } }),
    badStatus: [400],
  },
  {
    operationId: 'bulkTimeEntries',
    valid: async ({ c, fx }) => {
      const e = await createEntry(c, fx.need('project'));
      return { json: { entry_ids: [e.id], action: 'set_billable', value: false } };
    },
    expectStatus: 200,
    // An empty id list: nothing to act on, whatever the server does with it.
    bad: async () => ({ json: { entry_ids: [], action: 'set_billable', value: true } }),
    badStatus: [400],
  },
  {
    operationId: 'getTimeEntry',
    valid: async ({ fx }) => ({ params: { entry_id: fx.need('entry') } }),
    bad: async () => ({ params: { entry_id: GHOST_ID } }),
    badStatus: [404],
  },
  {
    operationId: 'updateTimeEntry',
    valid: async ({ fx }) => ({ params: { entry_id: fx.need('entry') }, json: { notes: 'updated by the contract suites (PUT)' } }),
    expectStatus: 200,
    bad: async ({ fx }) => ({ params: { entry_id: fx.need('entry') }, json: { billable: 'yes' } }),
    badStatus: [400],
  },
  {
    operationId: 'patchTimeEntry',
    valid: async ({ fx }) => ({ params: { entry_id: fx.need('entry') }, json: { tags: 'contract,checked' } }),
    expectStatus: 200,
    bad: async ({ fx }) => ({ params: { entry_id: fx.need('entry') }, json: { billable: 'yes' } }),
    badStatus: [400],
  },
  {
    operationId: 'deleteTimeEntry',
    valid: async ({ c, fx }) => {
      const e = await createEntry(c, fx.need('project'));
      return { params: { entry_id: e.id as number } };
    },
    expectStatus: 200,
    bad: async () => ({ params: { entry_id: GHOST_ID } }),
    badStatus: [400, 404],
  },
];
