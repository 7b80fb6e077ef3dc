/**
 * TimeCamp as the engine sees it: its spec, handler table, seeded account,
 * API-token rules, `{"message", "code"}` errors, its formats (XML by
 * default, JSON, CSV) and its defects. Routes start at `/third_party/api/`
 * and take key/value path segments (the spec's `x-path-pairs`); throttling
 * is TimeCamp's own profile (429 per user).
 *
 * @example
 * const engine = createEngine(timecamp(document), { seed: 1 });
 */
import type { ApiDefinition } from '../../core/api.js';
import { errorText } from '../../core/errors.js';
import type { SpecDocument } from '../../core/spec-model.js';
import { listTimecampTokens, seedTimecamp, TIMECAMP_SCENARIOS, type TimecampScenario } from '../../fixtures/timecamp/index.js';
import { handlers } from '../../handlers/timecamp/index.js';
import { authenticate, authorize } from './auth.js';
import { TIMECAMP_DEFECTS } from './defects.js';
import type { TimecampEnv } from './env.js';
import { chooseFormat, render } from './formats.js';

export type { TimecampCaller, TimecampEnv, TimecampHandlers } from './env.js';
export { TIMECAMP_DEFECTS, type TimecampDefectName } from './defects.js';

export function timecamp(document: SpecDocument): ApiDefinition<TimecampEnv> {
  return {
    id: 'timecamp',
    title: 'TimeCamp (third_party/api)',
    document,
    handlers,
    scenarios: TIMECAMP_SCENARIOS,
    defaultScenario: 'default',
    seed: (o) => seedTimecamp({ scenario: o.scenario as TimecampScenario, seed: o.seed, now: o.now }),
    prefix: '/third_party/api/',
    banner: { path: '/third_party/api/', login: 'none: send a token above as /api_token/<token>, ?api_token=, Authorization: <token> or Bearer' },
    throttle: 'timecamp',
    authenticate,
    authorize,
    errorBody: (e) => ({ message: errorText(e), code: e.status }),
    tokens: listTimecampTokens,
    // No passwords: every call carries the user's API token.
    credentials: () => [],
    counts: (store) => ({ entries: store.entries.size, tasks: store.tasks.size }),
    defects: TIMECAMP_DEFECTS,
    representation: { choose: chooseFormat, render },
  };
}
