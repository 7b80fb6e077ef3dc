/**
 * Every Harvest classic operation's case. test/contract/harvest-coverage.test.ts
 * holds this list against specs/harvest-classic.yaml: each operationId has
 * exactly one case.
 */
import { accountDailyCases } from './account-daily.js';
import { assignmentCases } from './assignments.js';
import { resourceCases } from './resources.js';
import type { HarvestCase } from './shared.js';

export const HARVEST_CASES: HarvestCase[] = [...accountDailyCases, ...resourceCases, ...assignmentCases];
