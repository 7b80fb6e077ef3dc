/** Time entries (CRUD, CSV import, bulk actions). */
import { getCase, type OperationCase } from '../lib/case.js';
import { GHOST_ID, idOf } from '../lib/context.js';
import { createEntry, deferDeleteEntry, deferDeleteImported, entryBody } from '../lib/factory.js';
import type { OpRequest } from '../lib/http.js';
import { isObject } from '../lib/spec.js';

/** The CSV of a `{csv}` JSON body as the other documented media types: the file itself, or a multipart upload. */
function csvAs(req: OpRequest, mediaType: string): OpRequest {
  const csv = isObject(req.json) && typeof req.json.csv === 'string' ? req.json.csv : '';
  if (mediaType.startsWith('text/csv')) return { ...req, json: undefined, body: csv, contentType: 'text/csv' };
  if (mediaType.startsWith('multipart/form-data')) {
    const boundary = 'contractCsvBoundary';
    const body = `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="entries.csv"\r\nContent-Type: text/csv\r\n\r\n${csv}\r\n--${boundary}--\r\n`;
    return { ...req, json: undefined, body, contentType: `multipart/form-data; boundary=${boundary}` };
  }
  return req;
}

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
      const slot = c.room.next(10);
      const note = c.name('imported');
      deferDeleteImported(c, project, note);
      return { json: { csv: `project_id,start_time,end_time,notes\n${project},${slot.start},${slot.end},${note}\n` } };
    },
    encode: csvAs,
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
