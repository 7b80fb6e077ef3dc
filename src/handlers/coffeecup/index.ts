/**
 * Every CoffeeCup operation's handler, by operationId: one table that
 * `satisfies` the contract generated from specs/coffeecup.yaml
 * (src/generated/coffeecup/handlers.ts).
 */
import type { CoffeeCupHandlers } from '../../apis/coffeecup/env.js';
import { assignments } from './assignments.js';
import { oauth } from './oauth.js';
import { resources } from './resources.js';
import { timeEntries } from './time-entries.js';
import { users } from './users.js';

export const handlers = {
  ...oauth,
  ...users,
  ...resources,
  ...assignments,
  ...timeEntries,
} satisfies CoffeeCupHandlers;
