/**
 * TimeTracker's authentication and authorization, in the real server's
 * order and with its messages (reference §1.2-1.3): an API token
 * (`Authorization: Bearer|Token <t>` or `X-API-Key`), or on the web JSON
 * routes a session cookie; then the role and the scopes.
 */
import type { Authenticated } from '../../core/api.js';
import { ApiError } from '../../core/errors.js';
import { decodeComponent } from '../../core/input.js';
import type { ActiveProfile } from '../../core/profile.js';
import type { OperationDef } from '../../core/spec-model.js';
import type { CoreRequest } from '../../core/types.js';
import type { Store } from '../../store/timetracker/store.js';
import type { Caller } from './env.js';
import type { SwitchName } from './profiles.js';

/** The token as sent: `Authorization: Bearer|Token <t>` (exactly two parts) first, then `X-API-Key`. */
export function extractToken(headers: CoreRequest['headers']): string | null {
  const auth = headers.authorization;
  if (auth) {
    const parts = auth.trim().split(/\s+/);
    if (parts.length === 2 && /^(bearer|token)$/i.test(parts[0])) return parts[1];
  }
  const key = headers['x-api-key']?.trim();
  return key ? key : null;
}

/** The `session` cookie's value; a malformed escape is no session (401), never an exception. */
export function sessionCookie(cookie: string | undefined): string | null {
  if (!cookie) return null;
  for (const part of cookie.split(';')) {
    const [k, ...v] = part.trim().split('=');
    if (k === 'session') return decodeComponent(v.join('='));
  }
  return null;
}

export const unauthorized = (error: string, message: string): ApiError => new ApiError(401, error, 'unauthorized', { message });

/** Flask-Login's answer to a request without a session: a 302 to the login page, coming back afterwards. */
export function loginRedirect(req: CoreRequest): ApiError {
  const next = encodeURIComponent(req.path + (req.search ? `?${req.search}` : ''));
  return new ApiError(302, 'Redirecting to the login page', 'redirect', {}, { Location: `/login?next=${next}`, 'content-type': 'text/html; charset=utf-8' });
}

/**
 * The caller of a non-public operation, or the documented 401. Session-only
 * routes (the web JSON routes whose `security` is the session cookie alone)
 * take no API token; without a valid session they redirect to the login
 * page where the spec says so (`302`), or under `session-routes-redirect`.
 */
export function authenticate(req: CoreRequest, op: OperationDef, store: Store, now: number, profile: ActiveProfile<SwitchName>): Authenticated<Caller> {
  const takesToken = op.security.some((s) => s !== 'sessionCookie');
  const refuse = (error: string, message: string): ApiError =>
    !takesToken && ('302' in op.responses || profile.has('session-routes-redirect')) ? loginRedirect(req) : unauthorized(error, message);
  let value = takesToken ? extractToken(req.headers) : null;
  const viaSession = !value && op.sessionRoute;
  if (viaSession) value = sessionCookie(req.headers.cookie);
  if (!value) {
    throw refuse('Authentication required', 'API token must be provided in Authorization header or X-API-Key header');
  }
  if (!value.startsWith('tt_')) throw refuse('Invalid token', 'Invalid token format');
  const token = store.findToken(value);
  if (!token) throw refuse('Invalid token', 'Token not found');
  if (!token.is_active) throw refuse('Invalid token', 'Token has been revoked');
  if (token.expires_at !== null && token.expires_at < now) throw refuse('Invalid token', 'Token has expired');
  const user = store.users.get(token.user_id);
  if (!user || !user.is_active) throw refuse('Invalid token', 'User account is inactive');
  store.touchToken(token, now);
  return {
    auth: { token, user, isAdmin: user.role === 'admin', scopes: token.scopes },
    identity: { account: user.id, token: viaSession ? null : { id: token.id, prefix: token.token.slice(0, 8) } },
  };
}

/** Does a token with `granted` scopes satisfy one of `required`? `admin:all`, `*` and `<prefix>:*` grant widely. */
export function hasScope(granted: readonly string[], required: readonly string[]): boolean {
  if (required.length === 0) return true;
  for (const g of granted) {
    if (g === 'admin:all' || g === '*') return true;
  }
  for (const r of required) {
    const prefix = r.slice(0, r.indexOf(':'));
    for (const g of granted) {
      if (g === r || g === `${prefix}:*`) return true;
    }
  }
  return false;
}

/** The documented 403 body for a missing scope. */
export function scopeError(required: readonly string[], granted: readonly string[]): ApiError {
  const req = required.join(', ');
  return new ApiError(403, 'Insufficient permissions', 'forbidden', {
    message:
      required.length === 1 ? `This endpoint requires the '${req}' scope` : `This endpoint requires one of these scopes: '${req}'`,
    required_scope: req,
    available_scopes: [...granted],
  });
}

/** Role first (`x-required-role: admin`), then the scopes (`x-required-scopes`). */
export function authorize(op: OperationDef, caller: Caller, skipScopes: boolean): void {
  if (op.requiredRole === 'admin' && !caller.isAdmin) throw new ApiError(403, 'forbidden', 'forbidden', { message: 'Admin only' });
  if (!skipScopes && !hasScope(caller.scopes, op.scopes)) throw scopeError(op.scopes, caller.scopes);
}
