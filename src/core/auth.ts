/**
 * Token authentication and scope checks, in the real server's order and with
 * its messages (reference §1.2-1.3).
 */
import { ApiError } from './errors.js';
import type { CoreRequest } from './types.js';

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

export const unauthorized = (error: string, message: string): ApiError => new ApiError(401, error, 'unauthorized', { message });

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
