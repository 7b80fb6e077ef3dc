/**
 * CoffeeCup's authentication (OAuth 2 bearer access tokens, expiring on the
 * engine clock) and its one role rule (`x-required-role: admin`), and its
 * error body: `{error: "E_...", status, summary, raw}` (documented for an
 * invalid token), with Sails' `invalidAttributes` on validation errors.
 */
import type { Authenticated } from '../../core/api.js';
import { ApiError } from '../../core/errors.js';
import type { OperationDef } from '../../core/spec-model.js';
import type { CoreRequest } from '../../core/types.js';
import type { CoffeeCupStore } from '../../store/coffeecup/store.js';
import type { CoffeeCupCaller } from './env.js';

const unauthorized = (raw: string) => new ApiError(401, raw, 'E_UNAUTHORIZED');
/** The documented answer to an access token nobody issued. */
export const INVALID_TOKEN = 'The access token provided is invalid.';

export function authenticate(req: CoreRequest, _op: OperationDef, store: CoffeeCupStore, now: number): Authenticated<CoffeeCupCaller> {
  const header = req.headers.authorization?.trim();
  if (!header) throw unauthorized('No access token: send Authorization: Bearer <access token> (from POST /oauth2/token)');
  const bearer = /^bearer\s+(\S+)$/i.exec(header);
  if (!bearer) throw unauthorized('The Authorization header must be Bearer <access token>');
  const row = store.tokens.findBy('token', bearer[1]);
  if (!row || row.kind !== 'access') throw new ApiError(403, INVALID_TOKEN, 'E_FORBIDDEN');
  if (row.expiresAt <= now) throw unauthorized('The access token provided has expired.');
  const user = store.users.get(row.userId);
  if (!user || user.status !== 1) throw unauthorized('This user is archived and cannot use the API');
  // CoffeeCup throttles the account (the company), not each user.
  return { auth: { user, isAdmin: user.role === 'admin' }, identity: { account: user.id, throttleKey: 'company', token: null } };
}

/** `x-required-role: admin` needs an administrator. `skipRoles` is the `role-not-enforced` defect. */
export function authorize(op: OperationDef, caller: CoffeeCupCaller, skipRoles: boolean): void {
  if (skipRoles || caller.isAdmin || op.requiredRole === null) return;
  throw new ApiError(403, 'Only administrators may do this', 'E_FORBIDDEN');
}

const SUMMARIES: Record<number, [string, string]> = {
  400: ['E_BAD_REQUEST', 'Bad Request'],
  401: ['E_UNAUTHORIZED', 'Unauthorized'],
  403: ['E_FORBIDDEN', 'Forbidden'],
  404: ['E_NOT_FOUND', 'Not Found'],
  405: ['E_METHOD_NOT_ALLOWED', 'Method Not Allowed'],
  413: ['E_PAYLOAD_TOO_LARGE', 'Payload Too Large'],
  414: ['E_URI_TOO_LONG', 'URI Too Long'],
  415: ['E_UNSUPPORTED_MEDIA_TYPE', 'Unsupported Media Type'],
  431: ['E_HEADERS_TOO_LARGE', 'Request Header Fields Too Large'],
  500: ['E_UNKNOWN', 'Internal Server Error'],
  503: ['E_THROTTLED', 'Service Unavailable'],
};

/** The error body of any `ApiError` (the engine's own ones too: 404, 405, 415, 503...). */
export function errorBody(e: ApiError): Record<string, unknown> {
  const [fallback, summary] = SUMMARIES[e.status] ?? [`E_${e.status}`, e.message];
  const fields = Object.entries((e.extra.errors as Record<string, string[]> | undefined) ?? {}).filter(([field]) => field !== '_general');
  const validation = e.code === 'validation_error';
  const raw = typeof e.extra.message === 'string' ? e.extra.message : e.message;
  const body: Record<string, unknown> = {
    error: e.code.startsWith('E_') ? e.code : validation ? 'E_VALIDATION' : fallback,
    status: e.status,
    summary: validation ? `${fields.length || 1} attribute${fields.length > 1 ? 's are' : ' is'} invalid` : summary,
    raw: fields.length === 0 ? raw : `${raw}: ${fields.map(([f, msgs]) => `${f} ${msgs.join(', ')}`).join('; ')}`,
  };
  if (fields.length > 0) body.invalidAttributes = Object.fromEntries(fields.map(([f, msgs]) => [f, msgs.map((message) => ({ rule: 'invalid', message }))]));
  if (e.extra.details !== undefined) body.details = e.extra.details;
  return body;
}
