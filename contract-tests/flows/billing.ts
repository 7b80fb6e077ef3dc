/**
 * The stateful flows of the billing routes: an invoice put up for approval,
 * approved, sent, downloaded as PDF and credited; a recurring invoice that
 * is due generates one draft, moves its next run on and is then not due.
 */
import { idOf } from '../lib/context.js';
import { createEntry } from '../lib/factory.js';
import { arrayAt, expectThat, objectAt, sharedId, step, type Flow } from '../lib/flow.js';
import { near } from './business.js';

export const invoiceApprovalFlow: Flow = {
  id: 'invoice-approval',
  title: 'invoice from time entries -> approval requested -> listed for the approver -> approved -> sent; its PDF downloads; a credit note lowers what is outstanding',
  async run(c, shared) {
    const projectId = sharedId(shared, 'projectId');
    const entry = await createEntry(c, projectId, {}, 30);
    const made = await step(c, 'invoice from entries', 'createInvoiceFromTimeEntries', { json: { project_id: projectId, time_entry_ids: [entry.id as number] } }, 201);
    const id = idOf(made.body, 'invoice');
    c.defer(`cancel invoice ${id}`, () => c.call('cancelInvoice', { params: { invoice_id: id } }));
    const me = idOf((await step(c, 'who am I', 'getCurrentUser', {}, 200)).body, 'user');

    const asked = await step(c, 'request approval', 'requestInvoiceApproval', { params: { invoice_id: id }, json: { approver_ids: [me] } }, 201);
    const approval = objectAt(asked, 'invoice_approval', 'request approval');
    const approvalId = idOf(asked.body, 'invoice_approval');
    expectThat(approval.status === 'pending' && approval.current_stage === 0 && approval.total_stages === 1, 'request approval', `status ${String(approval.status)}, stage ${String(approval.current_stage)}/${String(approval.total_stages)}`, asked.ex);
    await step(c, 'a second request while one is pending', 'requestInvoiceApproval', { params: { invoice_id: id }, json: { approver_ids: [me] } }, 400);
    const pending = arrayAt(await step(c, 'pending approvals', 'listInvoiceApprovals', {}, 200), 'invoice_approvals', 'pending approvals');
    expectThat(pending.some((a) => a.id === approvalId), 'pending approvals', `approval ${approvalId} is not listed for its approver`);

    const approved = await step(c, 'approve', 'approveInvoiceApproval', { params: { approval_id: approvalId }, json: { comment: 'contract flow' } }, 200);
    expectThat(objectAt(approved, 'invoice_approval', 'approve').status === 'approved', 'approve', 'the one stage approved, the approval is not', approved.ex);
    const sent = objectAt(await step(c, 'read the approved invoice', 'getInvoice', { params: { invoice_id: id } }, 200), 'invoice', 'read the approved invoice');
    expectThat(sent.status === 'sent', 'read the approved invoice', `status ${String(sent.status)}, expected sent (the last approval sends a draft)`);
    await step(c, 'approve again', 'approveInvoiceApproval', { params: { approval_id: approvalId }, json: {} }, 400);

    const pdf = await step(c, 'download the PDF', 'getInvoicePdf', { params: { invoice_id: id } }, 200);
    expectThat(pdf.ex.response.text.startsWith('%PDF-'), 'download the PDF', 'the body does not start with %PDF-', pdf.ex);
    expectThat(/^attachment; filename=/.test(pdf.ex.response.headers['content-disposition'] ?? ''), 'download the PDF', 'no Content-Disposition attachment', pdf.ex, 'observed');

    const total = sent.total_amount as number;
    const note = await step(c, 'credit note', 'createCreditNote', { json: { invoice_id: id, amount: 1, reason: 'contract flow' } }, 201);
    const noteId = idOf(note.body, 'credit_note');
    c.defer(`delete credit note ${noteId}`, () => c.call('deleteCreditNote', { params: { credit_note_id: noteId } }));
    const credited = objectAt(await step(c, 'read the credited invoice', 'getInvoice', { params: { invoice_id: id } }, 200), 'invoice', 'read the credited invoice');
    expectThat(near(credited.outstanding_amount, total - 1) && near(credited.amount_paid, 0), 'read the credited invoice', `outstanding ${String(credited.outstanding_amount)} of ${total}, paid ${String(credited.amount_paid)}`, undefined, 'observed');
  },
};

export const recurringInvoiceFlow: Flow = {
  id: 'recurring-invoice',
  title: 'a recurring invoice whose next run has come generates one draft, moves its next run after today, and is then not due',
  async run(c, shared) {
    const projectId = sharedId(shared, 'projectId');
    const clientId = sharedId(shared, 'clientId');
    const made = await step(c, 'recurring invoice', 'createRecurringInvoice', { json: { name: c.name('recurring'), project_id: projectId, client_id: clientId, client_name: c.name('client'), frequency: 'monthly', next_run_date: '2020-01-01', due_date_days: 14 } }, 201);
    const id = idOf(made.body, 'recurring_invoice');
    c.defer(`deactivate recurring invoice ${id}`, () => c.call('deactivateRecurringInvoice', { params: { recurring_invoice_id: id } }));
    const generated = await step(c, 'generate', 'generateRecurringInvoice', { params: { recurring_invoice_id: id } }, 201);
    const inv = objectAt(generated, 'invoice', 'generate');
    const invoiceId = idOf(generated.body, 'invoice');
    c.defer(`cancel invoice ${invoiceId}`, () => c.call('cancelInvoice', { params: { invoice_id: invoiceId } }));
    const issued = String(inv.issue_date);
    expectThat(inv.status === 'draft' && inv.project_id === projectId, 'generate', `status ${String(inv.status)}, project ${String(inv.project_id)}`, generated.ex);
    expectThat(Date.parse(String(inv.due_date)) - Date.parse(issued) === 14 * 86_400_000, 'generate', `issued ${issued}, due ${String(inv.due_date)}: not due_date_days later`, generated.ex, 'observed');
    const after = objectAt(await step(c, 'read it again', 'getRecurringInvoice', { params: { recurring_invoice_id: id } }, 200), 'recurring_invoice', 'read it again');
    expectThat(String(after.next_run_date) > issued && after.last_generated_at !== null, 'read it again', `next run ${String(after.next_run_date)} (issued ${issued}), last generated ${String(after.last_generated_at)}`, undefined, 'observed');
    const again = await step(c, 'generate again', 'generateRecurringInvoice', { params: { recurring_invoice_id: id } }, 200);
    expectThat(!('invoice' in again.body), 'generate again', 'a second invoice before the next run', again.ex, 'observed');
  },
};
