/** Every stateful flow of TimeTracker, in the order they run, and their shared setup. */
import { idOf, type Ctx } from '../lib/context.js';
import { removeClient } from '../lib/factory.js';
import type { Flow, FlowShared } from '../lib/flow.js';
import { approvalFlow } from './approvals.js';
import { archiveFlow } from './archive.js';
import { calendarMonthFlow, issueStatusFlow, kanbanBoardFlow } from './boards.js';
import { invoiceApprovalFlow, recurringInvoiceFlow } from './billing.js';
import { invoiceFlow, periodLockFlow, timeOffFlow } from './business.js';
import { crudChain } from './crud-chain.js';
import { clientContactsNotesFlow, dealPipelineFlow } from './crm.js';
import { claimAmountsFlow, expenseFlow } from './expenses.js';
import { idempotencyFlow } from './idempotency.js';
import { purchaseOrderFlow } from './inventory.js';
import { paginationFlow } from './pagination.js';
import { activityFeedFlow, commentThreadFlow } from './records.js';
import { searchFlow } from './search.js';
import { timerFlow } from './timer.js';

export const FLOWS: Flow[] = [
  crudChain,
  timerFlow,
  idempotencyFlow,
  paginationFlow,
  searchFlow,
  archiveFlow,
  invoiceFlow,
  periodLockFlow,
  timeOffFlow,
  kanbanBoardFlow,
  issueStatusFlow,
  calendarMonthFlow,
  dealPipelineFlow,
  clientContactsNotesFlow,
  approvalFlow,
  purchaseOrderFlow,
  invoiceApprovalFlow,
  recurringInvoiceFlow,
  expenseFlow,
  claimAmountsFlow,
  activityFeedFlow,
  commentThreadFlow,
];

/** The room for time entries, then a client and a project the flows book on, removed when the flows end (`setup`'s cleanups). */
export async function setupFlows(setup: Ctx, shared: FlowShared): Promise<void> {
  await setup.prepare();
  const client = await setup.must('createClient', { json: { name: setup.name('flows client'), email: 'flows@example.com' } });
  shared.clientId = idOf(client, 'client');
  const id = shared.clientId;
  setup.defer(`remove client ${id}`, () => removeClient(setup, id));
  const project = await setup.must('createProject', { json: { name: setup.name('flows project'), client_id: shared.clientId } });
  shared.projectId = idOf(project, 'project');
  const pid = shared.projectId;
  setup.defer(`archive project ${pid}`, () => setup.call('archiveProject', { params: { project_id: pid } }));
}
