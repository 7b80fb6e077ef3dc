/**
 * Webhooks, invoices, payments, timesheet periods, time off and time-entry
 * templates (beyond the API documentation: the real server's routes,
 * reference §2-§4, §17, §19-§20, §23). Each case makes what it needs through the API and removes it where
 * the API allows; webhooks are registered inactive, so nothing is sent.
 */
import { getCase, unknownId, type CaseArgs, type OperationCase } from '../lib/case.js';
import { GHOST_ID, idOf, type Ctx } from '../lib/context.js';
import { createEntry } from '../lib/factory.js';
import type { Exchange } from '../lib/http.js';
import { isObject, type JsonObject } from '../lib/spec.js';
import type { OperationId } from '../../src/generated/timetracker/handlers.js';

/** Create through `opId` (under the path `params`, if any), read the new id under `key`, and register `remove` as its cleanup. */
export async function made(c: Ctx, opId: string, json: JsonObject, key: string, remove?: (id: number) => Promise<unknown>, params?: Record<string, number>): Promise<number> {
  c.requireWrites();
  const id = idOf(await c.must(opId, { json, ...(params ? { params } : {}) }), key);
  if (remove) c.defer(`remove ${key} ${id}`, () => remove(id));
  return id;
}

/** A distinct Monday far ahead, per run and call: the periods a run makes never meet real weeks or each other. */
let weekSeq = 0;
export function farDay(c: Ctx): string {
  let h = 0;
  for (const ch of c.name('week')) h = (h * 31 + ch.charCodeAt(0)) >>> 0;
  const monday = Date.UTC(2041, 0, 7) + ((h % 2000) * 7 + (weekSeq++ % 7) * 7 * 2000) * 86_400_000;
  return new Date(monday).toISOString().slice(0, 10);
}

const webhook = (c: Ctx) =>
  made(c, 'createWebhook', { name: c.name('webhook'), url: 'http://127.0.0.1:9/contract', events: ['project.created'], is_active: false }, 'webhook', (id) =>
    c.call('deleteWebhook', { params: { webhook_id: id } }),
  );
export const invoice = ({ c, fx }: CaseArgs) =>
  made(c, 'createInvoice', { project_id: fx.need('project'), client_id: fx.need('client'), client_name: c.name('client'), due_date: '2040-01-31' }, 'invoice', (id) =>
    c.call('cancelInvoice', { params: { invoice_id: id } }),
  );
const payment = async (a: CaseArgs) => {
  const invoiceId = await invoice(a);
  return made(a.c, 'createPayment', { invoice_id: invoiceId, amount: 10 }, 'payment', (id) => a.c.call('deletePayment', { params: { payment_id: id } }));
};
/** A period, removed afterwards the only way the API allows: back to submitted, rejected, deleted. */
const period = (c: Ctx) =>
  made(c, 'createTimesheetPeriod', { reference_date: farDay(c) }, 'timesheet_period', async (id) => {
    await c.call('submitTimesheetPeriod', { params: { period_id: id }, json: {} });
    await c.call('rejectTimesheetPeriod', { params: { period_id: id }, json: { reason: 'contract cleanup' } });
    return c.call('deleteTimesheetPeriod', { params: { period_id: id } });
  });
const submitted = async (c: Ctx) => {
  const id = await period(c);
  await c.must('submitTimesheetPeriod', { params: { period_id: id }, json: {} });
  return id;
};
const leaveType = (c: Ctx) =>
  made(c, 'createLeaveType', { name: c.name('leave'), code: c.name('leave').replace(/\W+/g, '_'), annual_allowance_hours: 100 }, 'leave_type', (id) =>
    c.call('deleteLeaveType', { params: { leave_type_id: id } }),
  );
/** A submitted request on a new leave type (deleted afterwards while it still can be). */
export const timeOff = async (c: Ctx) => {
  const type = await leaveType(c);
  const day = farDay(c);
  return made(c, 'createTimeOffRequest', { leave_type_id: type, start_date: day, end_date: day, requested_hours: 8 }, 'time_off_request', (id) =>
    c.call('deleteTimeOffRequest', { params: { request_id: id } }),
  );
};
const template = (c: Ctx) =>
  made(c, 'createTimeEntryTemplate', { name: c.name('template'), default_duration_minutes: 30 }, 'template', (id) =>
    c.call('deleteTimeEntryTemplate', { params: { template_id: id } }),
  );
const holiday = (c: Ctx) =>
  made(c, 'createHoliday', { name: c.name('holiday'), start_date: '2041-05-01', end_date: '2041-05-01' }, 'holiday', (id) => c.call('deleteHoliday', { params: { holiday_id: id } }));

/** Cleanup after a create whose id comes back in the answer. */
export const afterCreate = (key: string, remove: (c: Ctx, id: number) => Promise<unknown>) => async ({ c }: CaseArgs, ex: Exchange) => {
  if (ex.response.status >= 300 || !isObject(ex.response.json)) return;
  const id = idOf(ex.response.json, key);
  c.defer(`remove ${key} ${id}`, () => remove(c, id));
};

const unknownInvoice = (json: JsonObject) => unknownId('invoice_id', { provenance: 'specified', request: async () => ({ params: { invoice_id: GHOST_ID }, json }) });

/** A case on one row that the valid request makes first; the invalid one names no row (404). */
export function onRow(operationId: OperationId, param: string, make: (a: CaseArgs) => Promise<number>, json?: (a: CaseArgs) => JsonObject, extra: Partial<OperationCase> = {}): OperationCase {
  return {
    operationId,
    valid: async (a) => ({ params: { [param]: await make(a) }, ...(json ? { json: json(a) } : {}) }),
    // The real server answers some of these 400 (reference §19, §20): the 404 is this spec's.
    negatives: [unknownId(param, { provenance: 'specified', request: async (a) => ({ params: { [param]: GHOST_ID }, ...(json ? { json: json(a) } : {}) }) })],
    ...extra,
  };
}

export const businessCases: OperationCase[] = [
  getCase('listWebhooks', { is_active: 'true' }, { negatives: [{ rule: 'query.is_active not a boolean', provenance: 'specified', status: [400], request: async () => ({ query: { is_active: 'maybe' } }) }] }),
  {
    operationId: 'createWebhook',
    valid: async ({ c }) => {
      c.requireWrites();
      return { json: { name: c.name('webhook'), url: 'http://127.0.0.1:9/contract', events: ['time_entry.created'], is_active: false } };
    },
    expectStatus: 201,
    after: afterCreate('webhook', (c, id) => c.call('deleteWebhook', { params: { webhook_id: id } })),
    negatives: [{ rule: 'body.events an unknown event type', provenance: 'specified', status: [400], request: async ({ c }) => ({ json: { name: c.name('webhook'), url: 'http://127.0.0.1:9/contract', events: ['no.such_event'] } }) }],
  },
  getCase('listWebhookEvents', undefined, { noBad: 'takes no input' }),
  onRow('getWebhook', 'webhook_id', ({ c }) => webhook(c)),
  onRow('updateWebhook', 'webhook_id', ({ c }) => webhook(c), ({ c }) => ({ name: c.name('webhook') })),
  onRow('patchWebhook', 'webhook_id', ({ c }) => webhook(c), () => ({ events: ['*'] })),
  onRow('deleteWebhook', 'webhook_id', ({ c }) => webhook(c)),
  onRow('listWebhookDeliveries', 'webhook_id', ({ c }) => webhook(c), undefined, { pagePath: async ({ c }) => ({ webhook_id: await webhook(c) }) }),

  getCase('listInvoices', { status: 'draft' }, { negatives: [{ rule: 'query.status not in the enum', provenance: 'specified', status: [400], request: async () => ({ query: { status: 'bogus' } }) }] }),
  {
    operationId: 'createInvoice',
    valid: async ({ c, fx }) => {
      c.requireWrites();
      return { json: { project_id: fx.need('project'), client_id: fx.need('client'), client_name: c.name('client'), due_date: '2040-01-31' } };
    },
    expectStatus: 201,
    after: afterCreate('invoice', (c, id) => c.call('cancelInvoice', { params: { invoice_id: id } })),
    negatives: [{ rule: 'body.due_date required', provenance: 'specified', status: [400], request: async ({ fx }) => ({ json: { project_id: fx.need('project'), client_id: fx.need('client'), client_name: 'no due date' } }) }],
  },
  onRow('getInvoice', 'invoice_id', invoice),
  onRow('updateInvoice', 'invoice_id', invoice, () => ({ notes: 'updated by the contract suites' })),
  {
    operationId: 'patchInvoice',
    valid: async (a) => ({ params: { invoice_id: await invoice(a) }, json: { status: 'sent' } }),
    expectStatus: 200,
    // A draft cannot become paid without being sent.
    negatives: [unknownInvoice({ status: 'sent' }), { rule: 'body.status a transition the state machine refuses (draft -> paid)', provenance: 'specified', status: [400], request: async (a) => ({ params: { invoice_id: await invoice(a) }, json: { status: 'paid' } }) }],
  },
  onRow('cancelInvoice', 'invoice_id', invoice),
  {
    operationId: 'createInvoiceFromTimeEntries',
    valid: async ({ c, fx }) => {
      const entry = await createEntry(c, fx.need('project'));
      return { json: { project_id: fx.need('project'), time_entry_ids: [entry.id as number] } };
    },
    expectStatus: 201,
    after: afterCreate('invoice', (c, id) => c.call('cancelInvoice', { params: { invoice_id: id } })),
    negatives: [{ rule: 'body.time_entry_ids no billable entry', provenance: 'specified', status: [400], request: async ({ fx }) => ({ json: { project_id: fx.need('project'), time_entry_ids: [GHOST_ID] } }) }],
  },
  {
    operationId: 'generateInvoiceItems',
    valid: async (a) => {
      const id = await invoice(a);
      const entry = await createEntry(a.c, a.fx.need('project'));
      return { params: { invoice_id: id }, json: { time_entry_ids: [entry.id as number] } };
    },
    negatives: [unknownInvoice({ time_entry_ids: [1] })],
  },
  onRow('replaceInvoiceItems', 'invoice_id', invoice, () => ({ items: [{ description: 'Consulting', quantity: 2, unit_price: 50 }] })),

  getCase('listPayments', undefined, { negatives: [{ rule: 'query.invoice_id not an integer', provenance: 'specified', status: [400], request: async () => ({ query: { invoice_id: 'x' } }) }] }),
  {
    operationId: 'createPayment',
    valid: async (a) => ({ json: { invoice_id: await invoice(a), amount: 5 } }),
    expectStatus: 201,
    after: afterCreate('payment', (c, id) => c.call('deletePayment', { params: { payment_id: id } })),
    negatives: [{ rule: 'body.amount above zero', provenance: 'specified', status: [400], request: async (a) => ({ json: { invoice_id: await invoice(a), amount: 0 } }) }],
  },
  onRow('getPayment', 'payment_id', payment),
  onRow('updatePayment', 'payment_id', payment, () => ({ notes: 'updated by the contract suites' })),
  onRow('patchPayment', 'payment_id', payment, () => ({ reference: 'CONTRACT-1' })),
  onRow('deletePayment', 'payment_id', payment),

  getCase('listTimesheetPeriods', { status: 'draft' }, { negatives: [{ rule: 'query.status not in the enum', provenance: 'specified', status: [400], request: async () => ({ query: { status: 'bogus' } }) }] }),
  {
    operationId: 'createTimesheetPeriod',
    valid: async ({ c }) => {
      c.requireWrites();
      return { json: { reference_date: farDay(c) } };
    },
    expectStatus: 201,
    after: afterCreate('timesheet_period', (c, id) => c.call('deleteTimesheetPeriod', { params: { period_id: id } })),
    negatives: [{ rule: 'body.reference_date not a date', provenance: 'specified', status: [400], request: async () => ({ json: { reference_date: 'not-a-date' } }) }],
  },
  onRow('submitTimesheetPeriod', 'period_id', ({ c }) => period(c), () => ({})),
  onRow('approveTimesheetPeriod', 'period_id', ({ c }) => submitted(c), () => ({ comment: 'approved by the contract suites' })),
  onRow('rejectTimesheetPeriod', 'period_id', ({ c }) => submitted(c), () => ({ reason: 'rejected by the contract suites' })),
  // Closing cannot be undone through the API: the run leaves one closed week far in the future.
  onRow('closeTimesheetPeriod', 'period_id', ({ c }) => period(c), () => ({ reason: 'closed by the contract suites' })),
  onRow('deleteTimesheetPeriod', 'period_id', ({ c }) => period(c)),
  getCase('getTimesheetPolicy', undefined, { noBad: 'takes no input' }),
  {
    operationId: 'updateTimesheetPolicy',
    valid: async ({ c }) => {
      c.requireWrites();
      const now = (await c.must('getTimesheetPolicy')).timesheet_policy as JsonObject;
      return { json: { auto_lock_days: now.auto_lock_days as number | null } };
    },
    negatives: [{ rule: 'body.auto_lock_days minimum 0', provenance: 'specified', status: [400], request: async () => ({ json: { auto_lock_days: -1 } }) }],
  },
  {
    operationId: 'patchTimesheetPolicy',
    valid: async ({ c }) => {
      c.requireWrites();
      const now = (await c.must('getTimesheetPolicy')).timesheet_policy as JsonObject;
      return { json: { require_rejection_comment: now.require_rejection_comment as boolean } };
    },
    negatives: [{ rule: 'body.approver_user_ids not a list', provenance: 'specified', status: [400], request: async () => ({ json: { approver_user_ids: 'everyone' } }) }],
  },

  getCase('listLeaveTypes', { enabled_only: 'false' }, { negatives: [{ rule: 'query.enabled_only not a boolean', provenance: 'specified', status: [400], request: async () => ({ query: { enabled_only: 'maybe' } }) }] }),
  {
    operationId: 'createLeaveType',
    valid: async ({ c }) => {
      c.requireWrites();
      return { json: { name: c.name('leave'), code: c.name('leave').replace(/\W+/g, '_') } };
    },
    expectStatus: 201,
    after: afterCreate('leave_type', (c, id) => c.call('deleteLeaveType', { params: { leave_type_id: id } })),
    negatives: [{ rule: 'body.code required', provenance: 'specified', status: [400], request: async ({ c }) => ({ json: { name: c.name('leave') } }) }],
  },
  onRow('deleteLeaveType', 'leave_type_id', ({ c }) => leaveType(c)),
  getCase('listTimeOffRequests', { status: 'submitted' }, { negatives: [{ rule: 'query.start_date not a date', provenance: 'specified', status: [400], request: async () => ({ query: { start_date: 'soon' } }) }] }),
  {
    operationId: 'createTimeOffRequest',
    valid: async ({ c }) => {
      const type = await leaveType(c);
      const day = farDay(c);
      return { json: { leave_type_id: type, start_date: day, end_date: day } };
    },
    expectStatus: 201,
    after: afterCreate('time_off_request', (c, id) => c.call('deleteTimeOffRequest', { params: { request_id: id } })),
    negatives: [{ rule: 'body.end_date before start_date', provenance: 'specified', status: [400], request: async ({ c }) => ({ json: { leave_type_id: await leaveType(c), start_date: '2041-02-05', end_date: '2041-02-04' } }) }],
  },
  onRow('approveTimeOffRequest', 'request_id', ({ c }) => timeOff(c), () => ({ comment: 'approved by the contract suites' })),
  onRow('rejectTimeOffRequest', 'request_id', ({ c }) => timeOff(c), () => ({ comment: 'rejected by the contract suites' })),
  onRow('deleteTimeOffRequest', 'request_id', ({ c }) => timeOff(c)),
  getCase('getTimeOffBalances', undefined, { negatives: [{ rule: 'query.user_id not an integer', provenance: 'specified', status: [400], request: async () => ({ query: { user_id: 'x' } }) }] }),
  getCase('listHolidays', { start_date: '2041-01-01' }, { negatives: [{ rule: 'query.end_date not a date', provenance: 'specified', status: [400], request: async () => ({ query: { end_date: 'x' } }) }] }),
  {
    operationId: 'createHoliday',
    valid: async ({ c }) => {
      c.requireWrites();
      return { json: { name: c.name('holiday'), start_date: '2041-05-01', end_date: '2041-05-01' } };
    },
    expectStatus: 201,
    after: afterCreate('holiday', (c, id) => c.call('deleteHoliday', { params: { holiday_id: id } })),
    negatives: [{ rule: 'body.name required', provenance: 'specified', status: [400], request: async () => ({ json: { start_date: '2041-05-01', end_date: '2041-05-01' } }) }],
  },
  onRow('deleteHoliday', 'holiday_id', ({ c }) => holiday(c)),
  getCase('listTimeEntryTemplates', { per_page: '500' }, { negatives: [{ rule: 'query.page not an integer', provenance: 'specified', status: [400], request: async () => ({ query: { page: 'x' } }) }] }),
  {
    operationId: 'createTimeEntryTemplate',
    valid: async ({ c }) => {
      c.requireWrites();
      return { json: { name: c.name('template'), default_duration_minutes: 15, tags: 'meeting', billable: false } };
    },
    expectStatus: 201,
    after: afterCreate('template', (c, id) => c.call('deleteTimeEntryTemplate', { params: { template_id: id } })),
    negatives: [{ rule: 'body.name required', provenance: 'specified', status: [400], request: async () => ({ json: { default_duration_minutes: 15 } }) }],
  },
  onRow('getTimeEntryTemplate', 'template_id', ({ c }) => template(c)),
  onRow('updateTimeEntryTemplate', 'template_id', ({ c }) => template(c), ({ c }) => ({ name: c.name('template') })),
  onRow('patchTimeEntryTemplate', 'template_id', ({ c }) => template(c), () => ({ billable: true })),
  onRow('deleteTimeEntryTemplate', 'template_id', ({ c }) => template(c)),
];
