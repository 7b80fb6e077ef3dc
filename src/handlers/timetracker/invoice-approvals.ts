/**
 * Invoice approvals (reference §3): a request names its approvers, one
 * stage each, in order; the current stage's approver approves it on, the
 * last approval approves the whole request and moves a draft invoice to
 * `sent`; anyone may reject it (as the real server). One pending approval
 * per invoice. The mock keeps each stage's status, comment and time (the
 * real server loses them: decisions in the operations' descriptions).
 */
import { ApiError, badRequest, validationError } from '../../core/errors.js';
import { created, ok } from '../../core/handler.js';
import { isoNaive, isoNaiveOrNull } from '../../core/time.js';
import type { Caller, TimeTrackerHandlers } from '../../apis/timetracker/env.js';
import type { components } from '../../generated/timetracker/openapi.js';
import type { Store } from '../../store/timetracker/store.js';
import type { ApprovalStage, InvoiceApprovalRow } from '../../store/timetracker/billing-types.js';
import { found } from './records.js';

type S = components['schemas'];

function approvalDict(store: Store, a: InvoiceApprovalRow): S['InvoiceApproval'] {
  const invoice = store.invoices.get(a.invoice_id);
  return {
    ...a,
    stages: a.stages.map((s) => ({ ...s, approved_at: isoNaiveOrNull(s.approved_at), rejected_at: isoNaiveOrNull(s.rejected_at) })),
    total_stages: a.stages.length,
    requested_at: isoNaive(a.requested_at),
    approved_at: isoNaiveOrNull(a.approved_at),
    rejected_at: isoNaiveOrNull(a.rejected_at),
    created_at: isoNaive(a.created_at),
    updated_at: isoNaive(a.updated_at),
    invoice_number: invoice?.invoice_number ?? '',
    client_name: invoice?.client_name ?? '',
    total_amount: invoice?.total_amount ?? 0,
  };
}

const currentApprover = (a: InvoiceApprovalRow): number | undefined => a.stages[a.current_stage]?.approver_id;

/** The approval an approve/reject names, still pending (an unknown one: this spec's 404; the real server's is a 400 `Approval not found.`). */
function pendingApproval(store: Store, id: number): InvoiceApprovalRow {
  const a = found(store.invoiceApprovals, id, 'Invoice approval');
  if (a.status !== 'pending') throw badRequest(`Approval is not pending (current status: ${a.status}).`);
  return a;
}

/** The stages with the current one changed. */
const withStage = (a: InvoiceApprovalRow, change: Partial<ApprovalStage>): ApprovalStage[] => a.stages.map((s, i) => (i === a.current_stage ? { ...s, ...change } : s));

function mayRead(auth: Caller, a: InvoiceApprovalRow): boolean {
  return auth.isAdmin || a.requested_by === auth.user.id || (a.status === 'pending' && currentApprover(a) === auth.user.id);
}

export const invoiceApprovals = {
  listInvoiceApprovals: ({ store, auth }) => {
    const view = store.views.pendingInvoiceApprovals;
    return ok({ invoice_approvals: (auth.isAdmin ? view.rows() : view.group(auth.user.id)).map((a) => approvalDict(store, a)) });
  },

  getInvoiceApproval: ({ store, params, auth }) => {
    const a = found(store.invoiceApprovals, params.approval_id, 'Invoice approval');
    if (!mayRead(auth, a)) throw new ApiError(403, 'Access denied', 'error');
    return ok({ invoice_approval: approvalDict(store, a) });
  },

  requestInvoiceApproval: ({ store, params, body, auth, now }) => {
    const approvers = body.approver_ids?.length ? body.approver_ids : (body.approvers ?? []);
    if (approvers.length === 0) throw validationError({ approver_ids: ['approver_ids must be a non-empty list'] }, 'approver_ids is required');
    const invoice = found(store.invoices, params.invoice_id, 'Invoice');
    if (store.views.pendingApprovalOfInvoice.group(invoice.id).length > 0) throw badRequest('An approval request is already pending for this invoice.');
    const a = store.invoiceApprovals.insert({
      invoice_id: invoice.id,
      status: 'pending',
      stages: approvers.map((approver_id, i) => ({ stage_number: i + 1, approver_id, status: 'pending', comments: null, approved_at: null, rejected_at: null })),
      current_stage: 0,
      requested_by: auth.user.id,
      requested_at: now,
      approved_by: null,
      approved_at: null,
      rejected_by: null,
      rejected_at: null,
      rejection_reason: null,
      created_at: now,
      updated_at: now,
    });
    return created({ message: 'Approval request created successfully.', invoice_approval: approvalDict(store, a) });
  },

  approveInvoiceApproval: ({ store, params, body, auth, now }) => {
    const a = pendingApproval(store, params.approval_id);
    const stage = a.stages[a.current_stage];
    if (!stage) throw badRequest('Invalid approval stage.');
    if (stage.approver_id !== auth.user.id) throw badRequest('You are not authorized to approve at this stage.');
    const stages = withStage(a, { status: 'approved', comments: body?.comment ?? null, approved_at: now });
    const last = a.current_stage >= a.stages.length - 1;
    const updated = store.invoiceApprovals.update(
      a.id,
      last ? { stages, status: 'approved', approved_by: auth.user.id, approved_at: now, updated_at: now } : { stages, current_stage: a.current_stage + 1, updated_at: now },
    );
    const invoice = store.invoices.get(a.invoice_id);
    if (last && invoice?.status === 'draft') store.invoices.update(invoice.id, { status: 'sent', updated_at: now });
    return ok({ message: 'Invoice approved successfully.', invoice_approval: approvalDict(store, updated) });
  },

  rejectInvoiceApproval: ({ store, params, body, auth, now }) => {
    const reason = body?.reason || body?.rejection_reason;
    if (!reason) throw validationError({ reason: ['reason is required'] }, 'Rejection reason required');
    const a = pendingApproval(store, params.approval_id);
    const stages = a.stages[a.current_stage] ? withStage(a, { status: 'rejected', comments: reason, rejected_at: now }) : a.stages;
    const updated = store.invoiceApprovals.update(a.id, { stages, status: 'rejected', rejected_by: auth.user.id, rejected_at: now, rejection_reason: reason, updated_at: now });
    return ok({ message: 'Invoice approval rejected.', invoice_approval: approvalDict(store, updated) });
  },
} satisfies Partial<TimeTrackerHandlers>;
