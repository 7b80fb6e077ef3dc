/**
 * Harvest classic's authentication (HTTP Basic with email and password, or
 * an OAuth 2 access token as `?access_token=` or `Authorization: Bearer`)
 * and its role rules (`x-required-role: admin | project_manager`).
 */
import type { Authenticated } from '../../core/api.js';
import { ApiError } from '../../core/errors.js';
import type { OperationDef } from '../../core/spec-model.js';
import type { CoreRequest } from '../../core/types.js';
import type { HarvestStore } from '../../store/harvest-classic/store.js';
import type { UserRow } from '../../store/harvest-classic/types.js';
import type { HarvestCaller } from './env.js';

const unauthorized = (message: string) => new ApiError(401, message, 'unauthorized');

/** `Basic base64(user:password)` -> [user, password], or null when malformed. Web-standard only (atob), for the browser too. */
export function basicCredentials(header: string): [string, string] | null {
  const m = /^basic\s+([A-Za-z0-9+/=]+)\s*$/i.exec(header.trim());
  if (!m) return null;
  let text: string;
  try {
    text = new TextDecoder().decode(Uint8Array.from(atob(m[1]), (c) => c.charCodeAt(0)));
  } catch {
    return null;
  }
  const colon = text.indexOf(':');
  return colon < 0 ? null : [text.slice(0, colon), text.slice(colon + 1)];
}

function accessToken(req: CoreRequest): string | null {
  const auth = req.headers.authorization?.trim();
  const bearer = auth ? /^bearer\s+(\S+)$/i.exec(auth) : null;
  if (bearer) return bearer[1];
  if (!req.search.includes('access_token')) return null;
  return new URLSearchParams(req.search).get('access_token');
}

function callerOf(store: HarvestStore, user: UserRow, via: HarvestCaller['via']): Authenticated<HarvestCaller> {
  if (!user.is_active) throw unauthorized('This user is archived and cannot sign in');
  return {
    auth: { user, isAdmin: user.is_admin, isProjectManager: store.isProjectManager(user.id), via },
    // Harvest throttles the whole account; caches stay per user.
    identity: { account: user.id, throttleKey: 'account', token: null },
  };
}

export function authenticate(req: CoreRequest, _op: OperationDef, store: HarvestStore, now: number): Authenticated<HarvestCaller> {
  const header = req.headers.authorization;
  if (header && /^basic\s/i.test(header.trim())) {
    const creds = basicCredentials(header);
    if (!creds) throw unauthorized('Malformed HTTP Basic credentials');
    const user = store.users.findBy('email', creds[0].trim().toLowerCase());
    if (!user || user.password !== creds[1]) throw unauthorized('Invalid email or password');
    return callerOf(store, user, 'basic');
  }
  const token = accessToken(req);
  if (token) {
    const row = store.tokens.findBy('token', token);
    if (!row) throw unauthorized('Invalid access token');
    if (row.expires_at <= now) throw unauthorized('The access token has expired');
    const user = store.users.get(row.user_id);
    if (!user) throw unauthorized('Invalid access token');
    return callerOf(store, user, 'oauth');
  }
  throw unauthorized('Authentication required: HTTP Basic (email and password) or an OAuth access token');
}

/**
 * `x-required-role: admin` needs an administrator; `project_manager` an
 * administrator or a project manager (the handlers then limit a manager to
 * the projects they manage). `skipRoles` is the `role-not-enforced` defect.
 */
export function authorize(op: OperationDef, caller: HarvestCaller, skipRoles: boolean): void {
  if (skipRoles || caller.isAdmin || op.requiredRole === null) return;
  if (op.requiredRole === 'project_manager' && caller.isProjectManager) return;
  throw new ApiError(403, op.requiredRole === 'admin' ? 'Only administrators may do this' : 'Only administrators and project managers may do this', 'forbidden');
}
