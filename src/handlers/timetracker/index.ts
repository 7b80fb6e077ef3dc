/**
 * Every TimeTracker operation's handler, by operationId: one explicit table
 * that `satisfies` the contract generated from openapi.yaml
 * (src/generated/timetracker/handlers.ts). An operation of the spec without
 * a handler here, or a handler whose parameters, body or result do not
 * match the spec, is a compile error.
 */
import type { TimeTrackerHandlers } from '../../apis/timetracker/env.js';
import { attendance } from './attendance.js';
import { clients } from './clients.js';
import { expenses } from './expenses.js';
import { favorites } from './favorites.js';
import { inventory } from './inventory.js';
import { mileage } from './mileage.js';
import { perDiems } from './per-diems.js';
import { projects } from './projects.js';
import { quotes } from './quotes.js';
import { rateLimit } from './rate-limit.js';
import { reports } from './reports.js';
import { search } from './search.js';
import { system } from './system.js';
import { tasks } from './tasks.js';
import { templates } from './templates.js';
import { timeEntries } from './time-entries.js';
import { timer } from './timer.js';
import { users } from './users.js';
import { web } from './web.js';
import { invoices } from './invoices.js';
import { webhooks } from './webhooks.js';
import { workforce } from './workforce.js';

export const handlers = {
  ...system,
  ...search,
  ...web,
  ...projects,
  ...favorites,
  ...timeEntries,
  ...timer,
  ...tasks,
  ...clients,
  ...quotes,
  ...inventory,
  ...reports,
  ...users,
  ...attendance,
  ...rateLimit,
  ...webhooks,
  ...invoices,
  ...workforce,
  ...templates,
  ...expenses,
  ...mileage,
  ...perDiems,
} satisfies TimeTrackerHandlers;
