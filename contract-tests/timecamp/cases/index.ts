/**
 * Every TimeCamp operation's case. test/contract/timecamp.test.ts holds this
 * list against specs/timecamp.yaml: each operationId has exactly one case.
 */
import { billingCases } from './billing.js';
import { peopleTaskCases } from './people-tasks.js';
import type { TimecampCase } from './shared.js';
import { timeCases } from './time.js';

export const TIMECAMP_CASES: TimecampCase[] = [...peopleTaskCases, ...timeCases, ...billingCases];
