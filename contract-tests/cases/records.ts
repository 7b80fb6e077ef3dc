/**
 * Project costs, saved filters, comments, budget alerts, the activity feed
 * and the audit log (beyond the API documentation: the real server's routes,
 * reference §25). Each case makes what it needs through the API and removes
 * it; budget alerts have no delete route, so the one the acknowledge case
 * raises stays (acknowledged) on the target.
 */
import { getCase, unknownId, type CaseArgs, type OperationCase } from '../lib/case.js';
import { GHOST_ID, type Ctx } from '../lib/context.js';
import type { JsonObject } from '../lib/spec.js';
import { afterCreate, made, onRow } from './business.js';

const costBody = (c: Ctx): JsonObject => ({ description: c.name('cost'), category: 'travel', amount: 12.5, cost_date: '2040-03-01' });
const cost = ({ c, fx }: CaseArgs) =>
  made(c, 'createProjectCost', costBody(c), 'cost', (id) => c.call('deleteProjectCost', { params: { cost_id: id } }), { project_id: fx.need('project') });
const filterBody = (c: Ctx): JsonObject => ({ name: c.name('filter'), scope: 'time', payload: { billable: true } });
const filter = ({ c }: CaseArgs) => made(c, 'createSavedFilter', filterBody(c), 'filter', (id) => c.call('deleteSavedFilter', { params: { filter_id: id } }));
const comment = ({ c, fx }: CaseArgs) =>
  made(c, 'createComment', { content: c.name('comment'), project_id: fx.need('project') }, 'comment', (id) => c.call('deleteComment', { params: { comment_id: id } }));
/** An alert on the fixture project (admin:all); it cannot be removed. */
const alert = ({ c, fx }: CaseArgs) =>
  made(c, 'createBudgetAlert', { project_id: fx.need('project'), alert_type: 'warning_80', alert_level: 'warning', budget_consumed_percent: 80.5, budget_amount: 1000, consumed_amount: 805, message: c.name('alert') }, 'alert');

const notInteger = (param: string) => ({ rule: `query.${param} not an integer`, provenance: 'specified' as const, status: [400], request: async () => ({ query: { [param]: 'x' } }) });

export const recordCases: OperationCase[] = [
  {
    operationId: 'listProjectCosts',
    valid: async ({ fx }) => ({ params: { project_id: fx.need('project') }, query: { billable_only: 'true' } }),
    pagePath: async ({ fx }) => ({ project_id: fx.need('project') }),
    negatives: [
      { rule: 'query.start_date not a date', provenance: 'specified', status: [400], request: async ({ fx }) => ({ params: { project_id: fx.need('project') }, query: { start_date: 'soon' } }) },
      // The real server answers 200 with no costs (reference §25): the 404 is this spec's.
      unknownId('project_id', { provenance: 'specified' }),
    ],
  },
  {
    operationId: 'createProjectCost',
    valid: async ({ c, fx }) => {
      c.requireWrites();
      return { params: { project_id: fx.need('project') }, json: costBody(c) };
    },
    expectStatus: 201,
    after: afterCreate('cost', (c, id) => c.call('deleteProjectCost', { params: { cost_id: id } })),
    negatives: [
      { rule: 'body.amount 0 counts as missing', provenance: 'observed', status: [400], request: async ({ c, fx }) => ({ params: { project_id: fx.need('project') }, json: { ...costBody(c), amount: 0 } }) },
      { rule: 'body.cost_date not a day', provenance: 'observed', status: [400], request: async ({ c, fx }) => ({ params: { project_id: fx.need('project') }, json: { ...costBody(c), cost_date: '2040-02-30' } }) },
      unknownId('project_id', { provenance: 'specified', request: async ({ c }) => ({ params: { project_id: GHOST_ID }, json: costBody(c) }) }),
    ],
  },
  onRow('getProjectCost', 'cost_id', cost),
  onRow('updateProjectCost', 'cost_id', cost, () => ({ amount: 14, notes: 'updated by the contract suites' }), {
    negatives: [
      { rule: 'body.amount not a number', provenance: 'observed', status: [400], request: async (a) => ({ params: { cost_id: await cost(a) }, json: { amount: 'twelve' } }) },
      unknownId('cost_id', { provenance: 'specified', request: async () => ({ params: { cost_id: GHOST_ID }, json: { amount: 14 } }) }),
    ],
  }),
  onRow('patchProjectCost', 'cost_id', cost, () => ({ billable: false })),
  onRow('deleteProjectCost', 'cost_id', cost),

  getCase('listSavedFilters', { per_page: '500' }, { negatives: [notInteger('page')] }),
  {
    operationId: 'createSavedFilter',
    valid: async ({ c }) => {
      c.requireWrites();
      return { json: filterBody(c) };
    },
    expectStatus: 201,
    after: afterCreate('filter', (c, id) => c.call('deleteSavedFilter', { params: { filter_id: id } })),
    negatives: [{ rule: 'body.payload empty counts as missing', provenance: 'observed', status: [400], request: async ({ c }) => ({ json: { ...filterBody(c), payload: {} } }) }],
  },
  onRow('getSavedFilter', 'filter_id', filter),
  onRow('updateSavedFilter', 'filter_id', filter, ({ c }) => ({ name: c.name('filter'), payload: { billable: false } })),
  onRow('patchSavedFilter', 'filter_id', filter, () => ({ is_shared: true })),
  onRow('deleteSavedFilter', 'filter_id', filter),

  {
    operationId: 'listComments',
    valid: async ({ fx }) => ({ query: { project_id: fx.need('project') } }),
    negatives: [
      { rule: 'query.project_id or task_id required', provenance: 'observed', status: [400], request: async () => ({}) },
      notInteger('task_id'),
    ],
  },
  {
    operationId: 'createComment',
    valid: async ({ c, fx }) => {
      c.requireWrites();
      return { json: { content: c.name('comment'), project_id: fx.need('project') } };
    },
    expectStatus: 201,
    after: afterCreate('comment', (c, id) => c.call('deleteComment', { params: { comment_id: id } })),
    negatives: [{ rule: 'body.content blank', provenance: 'observed', status: [400], request: async ({ fx }) => ({ json: { content: '   ', project_id: fx.need('project') } }) }],
  },
  onRow('updateComment', 'comment_id', comment, ({ c }) => ({ content: c.name('comment') })),
  onRow('patchComment', 'comment_id', comment, ({ c }) => ({ content: c.name('comment') })),
  onRow('deleteComment', 'comment_id', comment),

  {
    operationId: 'listBudgetAlerts',
    valid: async ({ fx }) => ({ query: { project_id: fx.need('project') } }),
    negatives: [notInteger('project_id')],
  },
  {
    operationId: 'createBudgetAlert',
    valid: async ({ c, fx }) => {
      c.requireWrites();
      return { json: { project_id: fx.need('project'), alert_type: 'warning_80', budget_consumed_percent: 81, budget_amount: 1000, consumed_amount: 810, message: c.name('alert') } };
    },
    expectStatus: 201,
    negatives: [{ rule: 'body.message required', provenance: 'observed', status: [400], request: async ({ fx }) => ({ json: { project_id: fx.need('project'), alert_type: 'warning_80', budget_consumed_percent: 81, budget_amount: 1000, consumed_amount: 810 } }) }],
  },
  onRow('acknowledgeBudgetAlert', 'alert_id', alert),

  getCase('listAuditLogs', { entity_type: 'ProjectCost', limit: 5 }, { negatives: [notInteger('limit')] }),
  getCase('listActivities', { entity_type: 'time_entry', limit: 5 }, { negatives: [notInteger('user_id')] }),
];
