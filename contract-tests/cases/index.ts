/**
 * Every operation's case, by operationId. test/contract/coverage.test.ts
 * holds this table against openapi.yaml: each operationId has exactly one
 * case (or an explicit `skip` with its reason).
 */
import type { OperationCase } from '../lib/case.js';
import { approvalCases } from './approvals.js';
import { attendanceCases } from './attendance.js';
import { boardCases } from './boards.js';
import { billingCases } from './billing.js';
import { businessCases } from './business.js';
import { clientCases } from './clients.js';
import { crmCases } from './crm.js';
import { financeSettingsCases } from './finance-settings.js';
import { gpsAiCases } from './gps-ai.js';
import { expenseCases } from './expenses.js';
import { inventoryCases } from './inventory.js';
import { inventoryMoreCases } from './inventory-more.js';
import { projectCases } from './projects.js';
import { quoteCases } from './quotes.js';
import { recordCases } from './records.js';
import { reportCases } from './reports.js';
import { systemCases } from './system.js';
import { taskCases } from './tasks.js';
import { timeEntryCases } from './time-entries.js';
import { timerCases } from './timer.js';
import { userCases } from './users.js';

export const ALL_CASES: OperationCase[] = [
  ...systemCases,
  ...projectCases,
  ...timeEntryCases,
  ...timerCases,
  ...taskCases,
  ...clientCases,
  ...quoteCases,
  ...inventoryCases,
  ...inventoryMoreCases,
  ...reportCases,
  ...userCases,
  ...attendanceCases,
  ...businessCases,
  ...boardCases,
  ...crmCases,
  ...financeSettingsCases,
  ...approvalCases,
  ...recordCases,
  ...billingCases,
  ...expenseCases,
  ...gpsAiCases,
];

export const CASES: ReadonlyMap<string, OperationCase> = new Map(ALL_CASES.map((c) => [c.operationId, c]));

/** operationIds that have more than one case (must be empty). */
export function duplicateCases(): string[] {
  const seen = new Set<string>();
  const dup: string[] = [];
  for (const c of ALL_CASES) {
    if (seen.has(c.operationId)) dup.push(c.operationId);
    seen.add(c.operationId);
  }
  return dup;
}
