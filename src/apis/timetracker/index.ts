/**
 * TimeTracker `/api/v1` as the engine sees it: its spec, its handler table,
 * its seeded store, its token rules and its error shape. This file is the
 * whole seam; a further API provides the same members (src/core/api.ts).
 *
 * @example
 * import { createEngine } from '../../core/engine.js';
 * const engine = createEngine(timetracker(document), { seed: 1 });
 */
import type { ApiDefinition, ErrorContext } from '../../core/api.js';
import type { ApiError } from '../../core/errors.js';
import type { SpecDocument } from '../../core/spec-model.js';
import { listTokens, SCENARIOS, seedStore, type ScenarioName } from '../../fixtures/timetracker/index.js';
import { handlers } from '../../handlers/timetracker/index.js';
import { TABLE_NAMES } from '../../store/timetracker/store.js';
import { authenticate, authorize } from './auth.js';
import { DEFECTS } from './defects.js';
import type { TimeTrackerEnv } from './env.js';
import { DEFAULT_PROFILE, PROFILES } from './profiles.js';

export type { Caller, TimeTrackerEnv, TimeTrackerHandlers } from './env.js';
export { DEFECTS, type DefectName } from './defects.js';
export { DEFAULT_PROFILE, PROFILE_NAMES, PROFILES, SWITCHES, expectedFindings, profileTable, type Finding, type ProfileName, type SwitchName } from './profiles.js';

/** Generic HTTP errors, which the real server's global handler answers with the integer status as `error_code`. */
const GENERIC = new Set(['method_not_allowed', 'payload_too_large', 'unsupported_media_type']);
/** Routes whose own errors the real server answers as bare `{"error": ...}` (token and scope errors keep the full shape). */
const BARE = new Set(['login', 'importTimeEntriesCsv', 'addFavoriteProject', 'removeFavoriteProject', 'createQuote', 'getQuote', 'updateQuote', 'patchQuote', 'deleteQuote']);

/** A redirect's body: a one-line HTML page (as Flask's `redirect()`), the `Location` header says where. */
const redirectPage = (e: ApiError): string => `<!doctype html>\n<title>Redirecting...</title>\n<p>You should be redirected to <a href="${e.headers.Location ?? '/'}">${e.headers.Location ?? '/'}</a>.</p>\n`;

/**
 * The error body: the documented `{error, message}` with `error_code` and the
 * error's extra members; a `validation_error` always names its fields (a
 * thrower that forgot gets `{_general: [message]}`). A redirect (the session
 * routes without a session) is an HTML page. Under `timetracker-5.10` the real
 * server's shapes: integer codes for generic HTTP errors, bare bodies on the
 * routes that send them.
 */
function errorBody(e: ApiError, context?: ErrorContext): unknown {
  if (e.status >= 300 && e.status < 400) return redirectPage(e);
  if (e.headers['content-type']?.startsWith('text/html')) return `<p>${e.message.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)}</p>\n`;
  const profile = context?.profile;
  if (profile?.has('integer-error-codes') && GENERIC.has(e.code)) return { success: false, error: e.message, message: e.message, error_code: e.status };
  const op = context?.op;
  // Token, scope and rate-limit errors come from the real server's decorator, in the full shape.
  const fromDecorator = (e.status === 401 && op?.public === false) || e.code === 'rate_limited' || 'required_scope' in e.extra;
  if (profile?.has('bare-error-bodies') && op && !fromDecorator && BARE.has(op.operationId)) {
    const { message: _message, errors: _errors, ...rest } = e.extra;
    return { ...rest, error: e.message };
  }
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
    profiles: PROFILES,
    defaultProfile: DEFAULT_PROFILE,
    writes: { tables: TABLE_NAMES, drain: (store) => store.drainWrites() },
  };
}
