/**
 * Kanban columns, issues and calendar events (beyond the API documentation:
 * the real server's routes, reference §14-§16). Each case makes what it
 * needs through the API and removes it: columns on the fixture project's
 * board (never the global one), issues of the fixture client, events far
 * in the future so no calendar a person reads meets them.
 */
import { getCase, unknownId, type OperationCase } from '../lib/case.js';
import { GHOST_ID, type Ctx } from '../lib/context.js';
import type { JsonObject } from '../lib/spec.js';
import type { Fixtures } from '../lib/fixtures.js';
import { afterCreate, made, onRow } from './business.js';

/** A column key unique to this run and call, within the real server's 50 characters. */
export const columnKey = (c: Ctx): string => c.name('col').replace(/\W+/g, '_').slice(-40);

const columnBody = (c: Ctx, fx: Fixtures): JsonObject => ({ key: columnKey(c), label: c.name('column').slice(-60), project_id: fx.need('project') });
const column = ({ c, fx }: { c: Ctx; fx: Fixtures }) =>
  made(c, 'createKanbanColumn', columnBody(c, fx), 'column', (id) => c.call('deleteKanbanColumn', { params: { column_id: id } }));

const issueBody = (c: Ctx, fx: Fixtures): JsonObject => ({ title: c.name('issue'), client_id: fx.need('client'), project_id: fx.need('project'), priority: 'low' });
const issue = ({ c, fx }: { c: Ctx; fx: Fixtures }) => made(c, 'createIssue', issueBody(c, fx), 'issue', (id) => c.call('deleteIssue', { params: { issue_id: id } }));

/** An hour on a day of 2041 (no real calendar near it). */
const eventBody = (c: Ctx): JsonObject => ({ title: c.name('event'), start_time: '2041-03-04T09:00:00', end_time: '2041-03-04T10:00:00', location: 'Contract room' });
const event = ({ c }: { c: Ctx }) => made(c, 'createCalendarEvent', eventBody(c), 'event', (id) => c.call('deleteCalendarEvent', { params: { event_id: id } }));

export const boardCases: OperationCase[] = [
  {
    operationId: 'listKanbanColumns',
    valid: async ({ fx }) => ({ query: { project_id: fx.need('project') } }),
    negatives: [{ rule: 'query.project_id not an integer', provenance: 'specified', status: [400], request: async () => ({ query: { project_id: 'x' } }) }],
  },
  {
    operationId: 'createKanbanColumn',
    valid: async ({ c, fx }) => {
      c.requireWrites();
      return { json: columnBody(c, fx) };
    },
    expectStatus: 201,
    after: afterCreate('column', (c, id) => c.call('deleteKanbanColumn', { params: { column_id: id } })),
    negatives: [
      { rule: 'body.label required', provenance: 'specified', status: [400], request: async ({ c, fx }) => ({ json: { key: columnKey(c), project_id: fx.need('project') } }) },
      {
        rule: 'body.key unique within a project: 409',
        provenance: 'specified',
        status: [409],
        request: async (a) => {
          const id = await column(a);
          const key = ((await a.c.must('listKanbanColumns', { query: { project_id: a.fx.need('project') } })).columns as JsonObject[]).find((x) => x.id === id)?.key;
          return { json: { key: String(key), label: 'duplicate', project_id: a.fx.need('project') } };
        },
      },
    ],
  },
  {
    operationId: 'reorderKanbanColumns',
    // Only the case's own column is named: a real board keeps its order.
    valid: async (a) => ({ json: { column_ids: [await column(a)], project_id: a.fx.need('project') } }),
    negatives: [{ rule: 'body.column_ids an empty list', provenance: 'specified', status: [400], request: async () => ({ json: { column_ids: [] } }) }],
  },
  onRow('updateKanbanColumn', 'column_id', column, ({ c }) => ({ label: c.name('column').slice(-60) })),
  onRow('patchKanbanColumn', 'column_id', column, () => ({ is_active: false })),
  onRow('deleteKanbanColumn', 'column_id', column),

  getCase('listIssues', { status: 'open' }, { negatives: [{ rule: 'query.project_id not an integer', provenance: 'specified', status: [400], request: async () => ({ query: { project_id: 'x' } }) }] }),
  {
    operationId: 'createIssue',
    valid: async ({ c, fx }) => {
      c.requireWrites();
      return { json: issueBody(c, fx) };
    },
    expectStatus: 201,
    after: afterCreate('issue', (c, id) => c.call('deleteIssue', { params: { issue_id: id } })),
    negatives: [{ rule: 'body.client_id required', provenance: 'specified', status: [400], request: async ({ c }) => ({ json: { title: c.name('issue') } }) }],
  },
  onRow('getIssue', 'issue_id', issue),
  onRow('updateIssue', 'issue_id', issue, () => ({ status: 'in_progress', priority: 'high' })),
  onRow('patchIssue', 'issue_id', issue, () => ({ status: 'resolved' }), {
    negatives: [
      unknownId('issue_id', { provenance: 'specified', request: async () => ({ params: { issue_id: GHOST_ID }, json: { status: 'resolved' } }) }),
      { rule: 'body.status not in the enum', provenance: 'specified', status: [400], request: async (a) => ({ params: { issue_id: await issue(a) }, json: { status: 'reopened' } }) },
    ],
  }),
  onRow('deleteIssue', 'issue_id', issue),

  {
    operationId: 'listCalendarEvents',
    valid: async () => ({ query: { start: '2041-03-01', end: '2041-03-31' } }),
    negatives: [{ rule: 'query.start not a date or datetime', provenance: 'specified', status: [400], request: async () => ({ query: { start: 'soon' } }) }],
  },
  {
    operationId: 'createCalendarEvent',
    valid: async ({ c }) => {
      c.requireWrites();
      return { json: eventBody(c) };
    },
    expectStatus: 201,
    after: afterCreate('event', (c, id) => c.call('deleteCalendarEvent', { params: { event_id: id } })),
    negatives: [
      { rule: 'body.end_time required', provenance: 'specified', status: [400], request: async ({ c }) => ({ json: { title: c.name('event'), start_time: '2041-03-04T09:00:00' } }) },
      { rule: 'body.end_time after start_time', provenance: 'specified', status: [400], request: async ({ c }) => ({ json: { ...eventBody(c), end_time: '2041-03-04T08:00:00' } }) },
    ],
  },
  onRow('getCalendarEvent', 'event_id', event),
  onRow('updateCalendarEvent', 'event_id', event, ({ c }) => ({ title: c.name('event'), start_time: '2041-03-04T11:00:00', end_time: '2041-03-04T12:00:00' })),
  onRow('patchCalendarEvent', 'event_id', event, () => ({ location: 'Another room' })),
  onRow('deleteCalendarEvent', 'event_id', event),
];
