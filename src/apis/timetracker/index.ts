/**
 * TimeTracker `/api/v1` as the engine sees it: its spec, its handler table,
 * its seeded store, its token rules and its error shape. This file is the
 * whole seam; a further API provides the same members (src/core/api.ts).
 *
 * @example
 * import { createEngine } from '../../core/engine.js';
 * const engine = createEngine(timetracker(document), { seed: 1 });
 */
import type { ApiDefinition } from '../../core/api.js';
import type { ApiError } from '../../core/errors.js';
import type { SpecDocument } from '../../core/spec-model.js';
import { listTokens, SCENARIOS, seedStore, type ScenarioName } from '../../fixtures/timetracker/index.js';
import { handlers } from '../../handlers/timetracker/index.js';
import { TABLE_NAMES } from '../../store/timetracker/store.js';
import { authenticate, authorize } from './auth.js';
import { DEFECTS } from './defects.js';
import type { TimeTrackerEnv } from './env.js';

export type { Caller, TimeTrackerEnv, TimeTrackerHandlers } from './env.js';
export { DEFECTS, type DefectName } from './defects.js';

/**
 * The documented error body: `{error, message, error_code}` plus the error's
 * extra members. A `validation_error` always names its fields (a thrower that
 * forgot gets `{_general: [message]}`).
 */
function errorBody(e: ApiError): Record<string, unknown> {
  const body: Record<string, unknown> = { error: e.message, message: e.message, error_code: e.code, ...e.extra };
  if (e.code === 'validation_error' && (typeof body.errors !== 'object' || body.errors === null || Object.keys(body.errors).length === 0)) {
    body.errors = { _general: [e.message] };
  }
  return body;
}

export function timetracker(document: SpecDocument): ApiDefinition<TimeTrackerEnv> {
  return {
    id: 'timetracker',
    title: 'TimeTracker /api/v1',
    document,
    handlers,
    scenarios: SCENARIOS,
    defaultScenario: 'default',
    seed: (o) => seedStore({ ...o, scenario: o.scenario as ScenarioName }),
    prefix: '/api/',
    banner: { path: '/api/v1', login: 'POST /api/v1/auth/login' },
    throttle: 'timetracker',
    authenticate,
    authorize,
    errorBody,
    tokens: listTokens,
    credentials: (store) => [...store.users.all()].map((u) => ({ username: u.username, password: u.password, role: u.role })),
    counts: (store) => ({ time_entries: store.timeEntries.size }),
    defects: DEFECTS,
    writes: { tables: TABLE_NAMES, drain: (store) => store.drainWrites() },
  };
}
