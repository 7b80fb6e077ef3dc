/**
 * Every Harvest classic operation's handler, by operationId: one table that
 * `satisfies` the contract generated from specs/harvest-classic.yaml
 * (src/generated/harvest-classic/handlers.ts).
 */
import type { HarvestHandlers } from '../../apis/harvest-classic/env.js';
import { account } from './account.js';
import { assignments } from './assignments.js';
import { clients } from './clients.js';
import { dailyHandlers } from './daily.js';
import { people } from './people.js';
import { projects } from './projects.js';
import { tasks } from './tasks.js';

export const handlers = {
  ...account,
  ...dailyHandlers,
  ...clients,
  ...projects,
  ...tasks,
  ...people,
  ...assignments,
} satisfies HarvestHandlers;
