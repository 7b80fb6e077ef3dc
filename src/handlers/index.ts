/**
 * Every operation's handler, keyed by the spec's operationId. The engine
 * refuses to start when an operation of openapi.yaml has none.
 */
import type { Handler } from '../core/context.js';
import * as attendance from './attendance.js';
import * as clients from './clients.js';
import * as favorites from './favorites.js';
import * as inventory from './inventory.js';
import * as projects from './projects.js';
import * as quotes from './quotes.js';
import * as rateLimit from './rate-limit.js';
import * as reports from './reports.js';
import * as search from './search.js';
import * as system from './system.js';
import * as tasks from './tasks.js';
import * as timeEntries from './time-entries.js';
import * as timer from './timer.js';
import * as users from './users.js';
import * as web from './web.js';

const modules = [system, search, web, projects, favorites, timeEntries, timer, tasks, clients, quotes, inventory, reports, users, attendance, rateLimit];

/** operationId -> handler (every exported function of the resource modules whose name is an operationId). */
export const handlers: Record<string, Handler> = Object.assign(
  {},
  ...modules.map((m) => Object.fromEntries(Object.entries(m).filter(([, v]) => typeof v === 'function'))),
) as Record<string, Handler>;
