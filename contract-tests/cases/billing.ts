/**
 * Invoice approvals, credit notes, recurring invoices, a client's unbilled
 * time and the PDF downloads (beyond the API documentation: the real
 * server's routes, reference §2, §3, §5, §6, §20). Each case makes what it
 * needs through the API and removes it where the API allows: approvals end
 * rejected, credit notes are deleted, recurring invoices can only be
 * deactivated (they stay, inactive), generated invoices are cancelled.
 */
import { getCase, unknownId, type CaseArgs, type OperationCase } from '../lib/case.js';
import { GHOST_ID, idOf, type Ctx } from '../lib/context.js';
import { createClient, createEntry, createProject } from '../lib/factory.js';
import { isObject, type JsonObject } from '../lib/spec.js';
import { afterCreate, invoice, made, onRow, timeOff } from './business.js';

/** The id of the token's own user (the approver of the approvals a case asks for). */
const me = async (c: Ctx) => idOf(await c.must('getCurrentUser'), 'user');

/** A pending approval of a fresh invoice with the caller as its one approver; rejected afterwards. */
const approval = async (a: CaseArgs) => {
  const invoiceId = await invoice(a);
  const body = await a.c.must('requestInvoiceApproval', { params: { invoice_id: invoiceId }, json: { approver_ids: [await me(a.c)] } });
  const id = idOf(body, 'invoice_approval');
  a.c.defer(`reject invoice approval ${id}`, () => a.c.call('rejectInvoiceApproval', { params: { approval_id: id }, json: { reason: 'contract cleanup' } }));
  return id;
};

const creditNote = async (a: CaseArgs) =>
  made(a.c, 'createCreditNote', { invoice_id: await invoice(a), amount: 5, reason: 'contract suites' }, 'credit_note', (id) => a.c.call('deleteCreditNote', { params: { credit_note_id: id } }));

/** A recurring invoice that is never due (next run far ahead); deactivated afterwards, the only removal the API has. */
const recurringBody = (a: CaseArgs): JsonObject => ({
  name: a.c.name('recurring'),
  project_id: a.fx.need('project'),
  client_id: a.fx.need('client'),
  client_name: a.c.name('client'),
  frequency: 'monthly',
  next_run_date: '2041-01-01',
});
const recurring = (a: CaseArgs) =>
  made(a.c, 'createRecurringInvoice', recurringBody(a), 'recurring_invoice', (id) => a.c.call('deactivateRecurringInvoice', { params: { recurring_invoice_id: id } }));

export const billingCases: OperationCase[] = [
  onRow('getInvoicePdf', 'invoice_id', invoice),

  {
    operationId: 'requestInvoiceApproval',
    valid: async (a) => ({ params: { invoice_id: await invoice(a) }, json: { approver_ids: [await me(a.c)] } }),
    expectStatus: 201,
    after: afterCreate('invoice_approval', (c, id) => c.call('rejectInvoiceApproval', { params: { approval_id: id }, json: { reason: 'contract cleanup' } })),
    // The real server answers an unknown invoice or approval 400 (reference §3): the 404 is this spec's.
    negatives: [
      { rule: 'body.approver_ids a non-empty list', provenance: 'observed', status: [400], request: async (a) => ({ params: { invoice_id: await invoice(a) }, json: { approver_ids: [] } }) },
      unknownId('invoice_id', { provenance: 'specified', request: async () => ({ params: { invoice_id: GHOST_ID }, json: { approver_ids: [1] } }) }),
    ],
  },
  getCase('listInvoiceApprovals', undefined, { noBad: 'takes no input' }),
  onRow('getInvoiceApproval', 'approval_id', approval),
  {
    operationId: 'approveInvoiceApproval',
    valid: async (a) => ({ params: { approval_id: await approval(a) }, json: { comment: 'approved by the contract suites' } }),
    negatives: [unknownId('approval_id', { provenance: 'specified', request: async () => ({ params: { approval_id: GHOST_ID }, json: {} }) })],
  },
  {
    operationId: 'rejectInvoiceApproval',
    valid: async (a) => ({ params: { approval_id: await approval(a) }, json: { reason: 'rejected by the contract suites' } }),
    negatives: [
      { rule: 'body.reason required', provenance: 'observed', status: [400], request: async (a) => ({ params: { approval_id: await approval(a) }, json: {} }) },
      unknownId('approval_id', { provenance: 'specified', request: async () => ({ params: { approval_id: GHOST_ID }, json: { reason: 'none' } }) }),
    ],
  },

  getCase('listCreditNotes', undefined, { negatives: [{ rule: 'query.invoice_id not an integer', provenance: 'specified', status: [400], request: async () => ({ query: { invoice_id: 'x' } }) }] }),
  {
    operationId: 'createCreditNote',
    valid: async (a) => ({ json: { invoice_id: await invoice(a), amount: 5, reason: 'contract suites' } }),
    expectStatus: 201,
    after: afterCreate('credit_note', (c, id) => c.call('deleteCreditNote', { params: { credit_note_id: id } })),
    negatives: [
      { rule: 'body.amount zero counts as missing', provenance: 'observed', status: [400], request: async (a) => ({ json: { invoice_id: await invoice(a), amount: 0 } }) },
      { rule: 'body.invoice_id an unknown invoice', provenance: 'observed', status: [400], request: async () => ({ json: { invoice_id: GHOST_ID, amount: 5 } }) },
    ],
  },
  onRow('getCreditNote', 'credit_note_id', creditNote),
  onRow('updateCreditNote', 'credit_note_id', creditNote, () => ({ reason: 'updated by the contract suites' })),
  onRow('patchCreditNote', 'credit_note_id', creditNote, () => ({ amount: 6 })),
  onRow('deleteCreditNote', 'credit_note_id', creditNote),

  getCase('listRecurringInvoices', { is_active: 'true' }, { negatives: [{ rule: 'query.client_id not an integer', provenance: 'specified', status: [400], request: async () => ({ query: { client_id: 'x' } }) }] }),
  {
    operationId: 'createRecurringInvoice',
    valid: async (a) => {
      a.c.requireWrites();
      return { json: recurringBody(a) };
    },
    expectStatus: 201,
    after: afterCreate('recurring_invoice', (c, id) => c.call('deactivateRecurringInvoice', { params: { recurring_invoice_id: id } })),
    negatives: [{ rule: 'body.frequency one of daily, weekly, monthly, yearly', provenance: 'observed', status: [400], request: async (a) => ({ json: { ...recurringBody(a), frequency: 'hourly' } }) }],
  },
  onRow('getRecurringInvoice', 'recurring_invoice_id', recurring),
  onRow('updateRecurringInvoice', 'recurring_invoice_id', recurring, () => ({ interval: 2 })),
  onRow('patchRecurringInvoice', 'recurring_invoice_id', recurring, () => ({ due_date_days: 14 })),
  onRow('deactivateRecurringInvoice', 'recurring_invoice_id', recurring),
  // Not due (its next run is years ahead): the 200 without an invoice; the recurring-invoice flow generates one.
  { ...onRow('generateRecurringInvoice', 'recurring_invoice_id', recurring), expectStatus: 200 },

  {
    operationId: 'createClientUnbilledInvoice',
    valid: async ({ c }) => {
      const client = await createClient(c);
      const project = await createProject(c, client.id as number);
      await createEntry(c, project.id as number);
      return { params: { client_id: client.id as number } };
    },
    expectStatus: 200,
    // The answer names the invoice by `invoice_id`, not as an object.
    after: async ({ c }, ex) => {
      const id = isObject(ex.response.json) ? ex.response.json.invoice_id : undefined;
      if (ex.response.status === 200 && typeof id === 'number') c.defer(`cancel invoice ${id}`, () => c.call('cancelInvoice', { params: { invoice_id: id } }));
    },
    negatives: [unknownId('client_id', { provenance: 'observed' }), { rule: 'a client without unbilled time: 400 no_unbilled_entries', provenance: 'observed', status: [400], request: async ({ c }) => ({ params: { client_id: (await createClient(c)).id as number } }) }],
  },

  onRow('getTimeOffRequestPdf', 'request_id', ({ c }) => timeOff(c)),
];
