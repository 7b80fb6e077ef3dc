/** Time entries (CRUD, CSV import, bulk actions). */
import { getCase, skipWith, unknownId, type OperationCase } from '../lib/case.js';
import { naive, now } from '../lib/clock.js';
import { GHOST_ID, idOf } from '../lib/context.js';
import { createEntry, deferDeleteEntry, deferDeleteImported, deferStopTimer, entryBody, requireTimerRoom } from '../lib/factory.js';
import type { Exchange, OpRequest } from '../lib/http.js';
import { problem } from '../lib/provenance.js';
import { isObject, type JsonObject } from '../lib/spec.js';

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

const entryOf = (ex: Exchange): JsonObject => (isObject(ex.response.json) && isObject(ex.response.json.time_entry) ? ex.response.json.time_entry : {});
const unknownEntry = (json?: Record<string, unknown>) => unknownId('entry_id', { request: async () => ({ params: { entry_id: GHOST_ID }, ...(json ? { json } : {}) }) });

/** A non-admin asking for another user's entries or report (the documentation: `user_id` is admins only). */
export const otherUsersEntries = {
  rule: "query.user_id another user's (non-admin): 403",
  provenance: 'documented' as const,
  status: [403],
  request: async ({ c }: { c: import('../lib/context.js').Ctx }): Promise<OpRequest> => {
    if (!c.config.userToken) return skipWith("no --user-token given (a non-admin user's token)");
    const admin = idOf(await c.must('getCurrentUser'), 'user');
    return { query: { user_id: admin }, auth: 'user' };
  },
};

export const timeEntryCases: OperationCase[] = [
  getCase('listTimeEntries', undefined, {
    negatives: [
      { rule: 'query.project_id not an integer', provenance: 'specified', status: [400], request: async () => ({ query: { project_id: 'not-a-number' } }) },
      // A non-admin token asking for the admin's entries.
      { ...otherUsersEntries },
    ],
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
    negatives: [
      // The documentation's own validation example: project_id is required, named in `errors`.
      {
        rule: 'body.project_id required',
        provenance: 'documented',
        status: [400],
        fields: ['project_id'],
        errorCode: 'validation_error',
        request: async ({ c }) => {
          const { project_id: _p, ...rest } = entryBody(c, 1);
          return { json: { ...rest, notes: 'no project_id' } };
        },
      },
      { rule: 'body.start_time required', provenance: 'specified', status: [400], request: async ({ fx }) => ({ json: { project_id: fx.need('project'), notes: 'no start_time' } }) },
    ],
    inputs: [
      {
        name: 'task_id',
        provenance: 'documented',
        request: async ({ c, fx }) => ({ json: entryBody(c, fx.need('project'), 10, { task_id: fx.need('task') }) }),
        expectStatus: 201,
        verify: ({ fx }, ex) => (entryOf(ex).task_id === fx.need('task') ? [] : [problem(`the entry was created with task_id ${fx.need('task')}, it has ${JSON.stringify(entryOf(ex).task_id)}`, 'documented')]),
      },
      {
        // "end_time is optional. Omit it to create an active timer."
        name: 'no end_time: an active timer',
        provenance: 'documented',
        request: async ({ c, fx }) => {
          await requireTimerRoom(c);
          return { json: { project_id: fx.need('project'), start_time: naive(now()), notes: c.name('running entry') } };
        },
        expectStatus: 201,
        verify: (_a, ex) => (entryOf(ex).end_time === null ? [] : [problem(`an entry without end_time must be running (end_time null), it has ${JSON.stringify(entryOf(ex).end_time)}`, 'documented')]),
        after: async ({ c }, ex) => {
          if (ex.response.status < 300 && isObject(ex.response.json)) deferStopTimer(c, idOf(ex.response.json, 'time_entry'));
        },
      },
    ],
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
    negatives: [{ rule: 'empty CSV: 400', provenance: 'observed', status: [400], request: async () => ({ json: { csv: '' } }) }],
  },
  {
    operationId: 'bulkTimeEntries',
    valid: async ({ c, fx }) => {
      const e = await createEntry(c, fx.need('project'));
      return { json: { entry_ids: [e.id], action: 'set_billable', value: false } };
    },
    expectStatus: 200,
    // Unknown ids: nothing to act on, whatever the server does with them.
    negatives: [
      { rule: 'body.action enum', provenance: 'documented', status: [400], request: async () => ({ json: { entry_ids: [GHOST_ID], action: 'explode', value: true } }) },
      { rule: 'body.action required', provenance: 'documented', status: [400], request: async () => ({ json: { entry_ids: [GHOST_ID] } }) },
      { rule: 'body.entry_ids empty: 400', provenance: 'specified', status: [400], request: async () => ({ json: { entry_ids: [], action: 'set_billable', value: true } }) },
    ],
  },
  {
    operationId: 'getTimeEntry',
    valid: async ({ fx }) => ({ params: { entry_id: fx.need('entry') } }),
    negatives: [unknownId('entry_id')],
  },
  {
    operationId: 'updateTimeEntry',
    valid: async ({ fx }) => ({ params: { entry_id: fx.need('entry') }, json: { notes: 'updated by the contract suites (PUT)' } }),
    expectStatus: 200,
    negatives: [unknownEntry({ notes: 'an unknown id' })],
  },
  {
    operationId: 'patchTimeEntry',
    valid: async ({ fx }) => ({ params: { entry_id: fx.need('entry') }, json: { tags: 'contract,checked' } }),
    expectStatus: 200,
    negatives: [unknownEntry({ notes: 'an unknown id' })],
  },
  {
    operationId: 'deleteTimeEntry',
    valid: async ({ c, fx }) => {
      const e = await createEntry(c, fx.need('project'));
      return { params: { entry_id: e.id as number } };
    },
    expectStatus: 200,
    negatives: [unknownId('entry_id')],
  },
];
