/**
 * TimeCamp's authentication: the user's API token (`api_token`) as a
 * query parameter (the `/api_token/<token>` path segment arrives here as
 * one: route.ts), a form or JSON body field, a raw `Authorization:
 * <token>` header, or `Authorization: Bearer <token>`; and its roles
 * (`x-required-role: admin | manager`).
 */
import type { Authenticated } from '../../core/api.js';
import { text } from '../../core/bytes.js';
import { ApiError } from '../../core/errors.js';
import { FORM_MEDIA_TYPE } from '../../core/form.js';
import type { OperationDef } from '../../core/spec-model.js';
import type { CoreRequest } from '../../core/types.js';
import type { TimecampStore } from '../../store/timecamp/store.js';
import type { TimecampCaller } from './env.js';

const unauthorized = (message: string) => new ApiError(401, message, 'unauthorized');

/** Largest body searched for an `api_token` field (the body limits of parse-body apply later). */
const MAX_AUTH_BODY = 64 * 1024;

/** `api_token` of a form or JSON body, if any. Never throws: a body that does not parse is parse-body's to refuse. */
function bodyToken(req: CoreRequest): string | null {
  if (req.body === undefined || (typeof req.body === 'string' ? req.body.length : req.body.byteLength) > MAX_AUTH_BODY) return null;
  const type = (req.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
  const raw = text(req.body);
  if (!raw.includes('api_token')) return null;
  if (type === FORM_MEDIA_TYPE) return new URLSearchParams(raw).get('api_token');
  if (type !== 'application/json') return null;
  try {
    const parsed: unknown = JSON.parse(raw);
    const value = typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, unknown>).api_token : undefined;
    return typeof value === 'string' ? value : null;
  } catch {
    return null;
  }
}

/** The token a request carries, and where: path segment or query first, then the body, then the header. */
export function tokenOf(req: CoreRequest): { token: string; via: TimecampCaller['via'] } | null {
  const query = req.search.includes('api_token') ? new URLSearchParams(req.search).get('api_token') : null;
  if (query) return { token: query, via: 'query' };
  const form = bodyToken(req);
  if (form) return { token: form, via: 'form' };
  const header = req.headers.authorization?.trim();
  if (!header) return null;
  const bearer = /^bearer\s+(\S+)$/i.exec(header);
  if (bearer) return { token: bearer[1], via: 'bearer' };
  return /^\S+$/.test(header) ? { token: header, via: 'header' } : null;
}

export function authenticate(req: CoreRequest, _op: OperationDef, store: TimecampStore): Authenticated<TimecampCaller> {
  const found = tokenOf(req);
  if (!found) throw unauthorized('You must provide your API token: api_token (a path segment, query or form field) or the Authorization header');
  const row = store.tokens.findBy('token', found.token);
  const user = row ? store.users.get(row.user_id) : undefined;
  if (!row || !user) throw unauthorized('Invalid API token');
  if (!user.active) throw unauthorized('This user is disabled');
  return { auth: { user, via: found.via }, identity: { account: user.id, token: { id: row.id, prefix: found.token.slice(0, 8) } } };
}

/**
 * `x-required-role: admin` needs an administrator; `manager` an
 * administrator or a supervisor (the handlers then limit a supervisor to
 * the tasks they manage). `skipRoles` is the `role-not-enforced` defect.
 */
export function authorize(op: OperationDef, caller: TimecampCaller, skipRoles: boolean): void {
  const { role } = caller.user;
  if (skipRoles || op.requiredRole === null || role === 'admin') return;
  if (op.requiredRole === 'manager' && role === 'supervisor') return;
  throw new ApiError(403, op.requiredRole === 'admin' ? 'You do not have permissions to do this: administrators only' : 'You do not have permissions to manage tasks', 'forbidden');
}
