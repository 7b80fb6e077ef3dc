/**
 * Time-entry approvals (reference §18): a requester asks for one approval
 * per approver level, an approver approves or rejects it, the requester may
 * cancel it while it is pending. An approved entry is locked for non-admins
 * (rules.ts `entryApproved`, checked with the period lock by the time-entry
 * handlers). The approvers of an entry are the active admins: the real
 * server's fallback without an approval policy (its query for them matches
 * nobody, a [bug] the mock does not copy; policies exist only in its web UI).
 */
import { ApiError, forbidden } from '../../core/errors.js';
import { ok } from '../../core/handler.js';
import { isoNaive, isoNaiveOrNull } from '../../core/time.js';
import type { Caller, TimeTrackerHandlers } from '../../apis/timetracker/env.js';
import type { components } from '../../generated/timetracker/openapi.js';
import type { Store } from '../../store/timetracker/store.js';
import type { TimeEntryApprovalRow } from '../../store/timetracker/approval-types.js';
import { audit } from '../../store/timetracker/rules.js';
import { found } from './records.js';
import { ownEntry } from './time-entries.js';

type S = components['schemas'];

/** The service's failures: 400 in shape A (`success: false`, code `error`). */
const refused = (message: string) => new ApiError(400, message, 'error', { success: false });

/** The real server's `to_dict` (`models/time_entry_approval.py:73`). */
function approvalDict(a: TimeEntryApprovalRow): S['TimeEntryApproval'] {
  return {
    ...a,
    requested_at: isoNaive(a.requested_at),
    approved_at: isoNaiveOrNull(a.approved_at),
    rejected_at: isoNaiveOrNull(a.rejected_at),
    parent_approval_id: null,
  };
}

/** Who may approve an entry: the active admins (ids). */
function approversOf(store: Store): number[] {
  return store.views.activeUsersByName
    .rows()
    .filter((u) => u.role === 'admin')
    .map((u) => u.id);
}

const approval = (store: Store, id: number) => found(store.timeEntryApprovals, id, 'Approval');

function logged(store: Store, auth: Caller, a: TimeEntryApprovalRow, now: number, action: 'created' | 'updated', reason?: string | null): void {
  audit(store, { userId: auth.user.id, action, entityType: 'TimeEntryApproval', entityId: a.id, entityName: `Time entry ${a.time_entry_id}`, field: action === 'updated' ? 'status' : undefined, reason, at: now });
}

/** Approve one pending approval as `auth` (the service's `approve`); throws its 400s. */
function approveOne(store: Store, auth: Caller, a: TimeEntryApprovalRow, comment: string | null | undefined, now: number): TimeEntryApprovalRow {
  if (a.status !== 'pending') throw refused('Approval is not pending');
  if (!approversOf(store).includes(auth.user.id)) throw refused('Not authorized to approve');
  const done = store.timeEntryApprovals.update(a.id, { status: 'approved', approved_by: auth.user.id, approved_at: now, approval_comment: comment ?? null });
  logged(store, auth, done, now, 'updated');
  return done;
}

const action = (message: string, a: TimeEntryApprovalRow) => ok({ success: true as const, message, approval: approvalDict(a) });

export const timeApprovals = {
  listTimeEntryApprovals: ({ store, auth }) => {
    const mayApprove = approversOf(store).includes(auth.user.id);
    return ok({ approvals: mayApprove ? store.views.pendingApprovals.rows().map(approvalDict) : [] });
  },

  getTimeEntryApproval: ({ store, params, auth }) => {
    const a = approval(store, params.approval_id);
    const me = auth.user.id;
    if (a.requested_by !== me && a.approved_by !== me && !auth.isAdmin && !approversOf(store).includes(me)) throw forbidden('Access denied');
    return ok({ approval: approvalDict(a) });
  },

  requestTimeEntryApproval: (ctx) => {
    const { store, auth, now } = ctx;
    const b = ctx.body ?? {};
    const entry = ownEntry(ctx, ctx.params.entry_id);
    if (store.views.approvalsByEntry.group(entry.id).some((a) => a.status === 'pending')) throw refused('Approval already pending');
    const approvers = b.approver_ids && b.approver_ids.length > 0 ? b.approver_ids : approversOf(store);
    if (approvers.length === 0) throw refused('No approvers found for this time entry');
    const rows = approvers.map((_, i) =>
      store.timeEntryApprovals.insert({
        time_entry_id: entry.id,
        status: 'pending',
        requested_by: auth.user.id,
        approved_by: null,
        requested_at: now,
        approved_at: null,
        rejected_at: null,
        request_comment: b.comment ?? null,
        approval_comment: null,
        rejection_reason: null,
        approval_level: i + 1,
      }),
    );
    for (const r of rows) logged(store, auth, r, now, 'created');
    return action('Approval requested', rows[0]);
  },

  approveTimeEntry: ({ store, params, body, auth, now }) => action('Time entry approved', approveOne(store, auth, approval(store, params.approval_id), body?.comment, now)),

  rejectTimeEntry: ({ store, params, body, auth, now }) => {
    const reason = body?.reason || body?.rejection_reason;
    if (!reason) throw refused('Rejection reason required');
    const a = approval(store, params.approval_id);
    if (a.status !== 'pending') throw refused('Approval is not pending');
    if (!approversOf(store).includes(auth.user.id)) throw refused('Not authorized to approve');
    const done = store.timeEntryApprovals.update(a.id, { status: 'rejected', approved_by: auth.user.id, rejected_at: now, rejection_reason: reason });
    logged(store, auth, done, now, 'updated', reason);
    return action('Time entry rejected', done);
  },

  cancelTimeEntryApproval: ({ store, params, auth, now }) => {
    const a = approval(store, params.approval_id);
    if (a.requested_by !== auth.user.id) throw refused('Not authorized to cancel');
    if (a.status !== 'pending') throw refused('Cannot cancel non-pending approval');
    const done = store.timeEntryApprovals.update(a.id, { status: 'cancelled' });
    logged(store, auth, done, now, 'updated');
    return action('Approval cancelled', done);
  },

  bulkApproveTimeEntries: ({ store, body, auth, now }) => {
    const ids = body?.approval_ids ?? [];
    if (ids.length === 0) throw refused('approval_ids required');
    const results = ids.map((id) => {
      const a = store.timeEntryApprovals.get(id);
      if (!a) return { approval_id: id, success: false, message: 'Approval not found', error: 'not_found' };
      try {
        return { approval_id: id, success: true, message: 'Time entry approved', approval: approvalDict(approveOne(store, auth, a, body?.comment, now)) };
      } catch (e) {
        const message = e instanceof Error ? e.message : String(e);
        return { approval_id: id, success: false, message, error: message === 'Approval is not pending' ? 'invalid_status' : 'unauthorized' };
      }
    });
    const approved = results.filter((r) => r.success).length;
    return ok({ success: true as const, message: `Approved ${approved} of ${ids.length} entries`, results });
  },
} satisfies Partial<TimeTrackerHandlers>;
