/**
 * Every TimeCamp operation's handler, by operationId: one table that
 * `satisfies` the contract generated from specs/timecamp.yaml
 * (src/generated/timecamp/handlers.ts).
 */
import type { TimecampHandlers } from '../../apis/timecamp/env.js';
import { activities } from './activities.js';
import { clients } from './clients.js';
import { entries } from './entries.js';
import { tasks } from './tasks.js';
import { timer } from './timer.js';
import { users } from './users.js';

export const handlers = {
  ...users,
  ...tasks,
  ...entries,
  ...timer,
  ...activities,
  ...clients,
} satisfies TimecampHandlers;
