/**
 * Time-entry approvals, the workforce reports (capacity, compliance, payroll
 * CSV) and attendance history and corrections (beyond the API
 * documentation: the real server's routes, reference §18, §21, §22). An
 * approval is made on an entry the case creates (deleted afterwards with
 * its approvals) and cancelled when it is still pending.
 */
import { getCase, unknownId, type CaseArgs, type OperationCase } from '../lib/case.js';
import { GHOST_ID, idOf, type Ctx } from '../lib/context.js';
import { createEntry, startWorkday } from '../lib/factory.js';
import type { JsonObject } from '../lib/spec.js';

/** A pending approval of a new entry of the caller's; cancelled afterwards if still pending. */
export async function pendingApproval(c: Ctx, projectId: number): Promise<number> {
  const entry = await createEntry(c, projectId);
  const id = idOf(await c.must('requestTimeEntryApproval', { params: { entry_id: entry.id as number }, json: { comment: c.name('approval') } }), 'approval');
  c.defer(`cancel approval ${id}`, () => c.call('cancelTimeEntryApproval', { params: { approval_id: id }, json: {} }));
  return id;
}

const pending = ({ c, fx }: CaseArgs) => pendingApproval(c, fx.need('project'));
// The real server answers an unknown approval 400 `Approval not found` (reference §18): the 404 is this spec's.
const unknownApproval = (json?: JsonObject) => unknownId('approval_id', { provenance: 'specified', request: async () => ({ params: { approval_id: GHOST_ID }, ...(json ? { json } : {}) }) });
const onApproval = (operationId: 'getTimeEntryApproval' | 'approveTimeEntry' | 'rejectTimeEntry' | 'cancelTimeEntryApproval', json?: JsonObject): OperationCase => ({
  operationId,
  valid: async (a) => ({ params: { approval_id: await pending(a) }, ...(json ? { json } : {}) }),
  negatives: [unknownApproval(json)],
});

/** A week of dates around the entry day the suites book on. */
const week = (c: Ctx) => {
  const t = Date.parse(`${c.entryDay}T00:00:00Z`);
  return { start_date: new Date(t - 3 * 86_400_000).toISOString().slice(0, 10), end_date: new Date(t + 3 * 86_400_000).toISOString().slice(0, 10) };
};

export const approvalCases: OperationCase[] = [
  getCase('listTimeEntryApprovals', undefined, { noBad: 'takes no input' }),
  onApproval('getTimeEntryApproval'),
  {
    operationId: 'requestTimeEntryApproval',
    valid: async ({ c, fx }) => {
      const entry = await createEntry(c, fx.need('project'));
      return { params: { entry_id: entry.id as number }, json: { comment: c.name('approval') } };
    },
    after: async ({ c }, ex) => {
      if (ex.response.status >= 300) return;
      const id = idOf(ex.response.json as JsonObject, 'approval');
      c.defer(`cancel approval ${id}`, () => c.call('cancelTimeEntryApproval', { params: { approval_id: id }, json: {} }));
    },
    // The real server answers an unknown entry 400 `Time entry not found`.
    negatives: [unknownId('entry_id', { provenance: 'specified', request: async () => ({ params: { entry_id: GHOST_ID }, json: {} }) })],
  },
  onApproval('approveTimeEntry', { comment: 'approved by the contract suites' }),
  {
    ...onApproval('rejectTimeEntry', { reason: 'rejected by the contract suites' }),
    negatives: [
      unknownApproval({ reason: 'x' }),
      { rule: 'body.reason required', provenance: 'observed', status: [400], request: async (a) => ({ params: { approval_id: await pending(a) }, json: {} }) },
    ],
  },
  onApproval('cancelTimeEntryApproval', {}),
  {
    operationId: 'bulkApproveTimeEntries',
    valid: async (a) => ({ json: { approval_ids: [await pending(a)], comment: 'approved by the contract suites' } }),
    negatives: [{ rule: 'body.approval_ids required', provenance: 'observed', status: [400], request: async () => ({ json: {} }) }],
  },

  {
    ...getCase('getCapacityReport'),
    valid: async ({ c }) => ({ query: week(c) }),
    negatives: [{ rule: 'query.end_date required', provenance: 'observed', status: [400], request: async ({ c }) => ({ query: { start_date: week(c).start_date } }) }],
  },
  getCase('getLockedPeriodsReport', { start_date: '2041-01-01' }, { negatives: [{ rule: 'query.start_date not a date', provenance: 'specified', status: [400], request: async () => ({ query: { start_date: 'soon' } }) }] }),
  getCase('getComplianceAuditEvents', { start_date: '2026-01-01' }, { negatives: [{ rule: 'query.user_id not an integer', provenance: 'specified', status: [400], request: async () => ({ query: { user_id: 'x' } }) }] }),
  {
    ...getCase('getBelgiumAttendanceReport'),
    valid: async ({ c }) => ({ query: week(c) }),
    // The real server answers a malformed date 500 (reference §21).
    negatives: [{ rule: 'query.start_date not a date', provenance: 'specified', status: [400], request: async ({ c }) => ({ query: { ...week(c), start_date: '2026-02-30x' } }) }],
  },
  {
    ...getCase('exportPayroll'),
    valid: async ({ c }) => ({ query: week(c) }),
    negatives: [{ rule: 'query.start_date required', provenance: 'observed', status: [400], request: async ({ c }) => ({ query: { end_date: week(c).end_date } }) }],
  },

  getCase('getAttendanceHistory', { days: '7' }, { negatives: [{ rule: 'query.days minimum 1', provenance: 'specified', status: [400], request: async () => ({ query: { days: '0' } }) }] }),
  {
    operationId: 'createAttendanceCorrection',
    // A correction of today's work period, opened for it; the API cannot remove a correction (nor the period), as with the workday cases.
    valid: async ({ c }) => {
      await startWorkday(c);
      const data = (await c.must('getAttendanceStatus')).data as JsonObject;
      const today = data.today as JsonObject;
      const period = data.work_period as JsonObject;
      return { json: { attendance_day_id: today.id as number, entity_type: 'AttendanceWorkPeriod', entity_id: period.id as number, corrected_values: { notes: c.name('correction') }, reason: 'contract suites' } };
    },
    negatives: [{ rule: 'body.reason required', provenance: 'observed', status: [400], request: async () => ({ json: { attendance_day_id: GHOST_ID } }) }],
  },
];
