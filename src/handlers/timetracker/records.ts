/**
 * What the handlers of the finance and workforce groups share: a row by id
 * or the documented 404, the owner-or-admin rule, and the patch of the
 * fields a body names. One home for them, so no group copies them.
 */
import { ApiError, forbidden } from '../../core/errors.js';
import type { Caller } from '../../apis/timetracker/env.js';
import type { Row, Table } from '../../store/table.js';

/** The row with this id, or 404 `<what> not found`. */
export function found<T extends Row>(table: Table<T>, id: number, what: string): T {
  const row = table.get(id);
  if (!row) throw new ApiError(404, `${what} not found`, 'not_found');
  return row;
}

/** Admins pass; others only for their own rows (403 `Access denied`). */
export function ownOrAdmin(auth: Caller, ownerId: number, message = 'Access denied'): void {
  if (!auth.isAdmin && ownerId !== auth.user.id) throw forbidden(message);
}

/** Admins only (403 with the route's message). */
export function adminOnly(auth: Caller, message = 'Admin access required'): void {
  if (!auth.isAdmin) throw forbidden(message);
}

/** The fields of `keys` that the body sets (undefined = not sent), as a patch. */
export function pick<B extends object, K extends keyof B>(body: B, keys: readonly K[]): Partial<Pick<B, K>> {
  const out: Partial<Pick<B, K>> = {};
  for (const k of keys) if (body[k] !== undefined) out[k] = body[k];
  return out;
}

/** Rows of a list that pass every given filter (a filter left undefined passes all). */
export function filtered<T>(rows: readonly T[], tests: (((row: T) => boolean) | undefined)[]): T[] {
  const active = tests.filter((t): t is (row: T) => boolean => t !== undefined);
  return active.length === 0 ? [...rows] : rows.filter((r) => active.every((t) => t(r)));
}
