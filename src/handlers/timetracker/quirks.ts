/**
 * The profile switches several TimeTracker handlers share, each in one place
 * (src/apis/timetracker/profiles.ts lists them all). A switch that only one
 * handler consults lives in that handler.
 */
import { ApiError, badRequest } from '../../core/errors.js';
import type { ActiveProfile } from '../../core/profile.js';
import type { SwitchName } from '../../apis/timetracker/profiles.js';

export type Profiled = { profile: ActiveProfile<SwitchName> };

/**
 * An unknown id on a write (PUT/PATCH, DELETE of a time entry): the
 * documented 404, or under `unknown-id-400` the real server's 400 "... not
 * found".
 */
export function missingOnWrite(ctx: Profiled, message: string): ApiError {
  return ctx.profile.has('unknown-id-400') ? badRequest(message) : new ApiError(404, message, 'not_found');
}

/**
 * `per_page` as the client sent it, for the lists the real server does not
 * cap (`tasks-quotes-per-page-uncapped`): the validate stage has already
 * capped the parsed value at the documented 100.
 */
export function uncappedPerPage(ctx: Profiled & { req: { search: string } }, capped: number | undefined): number | undefined {
  if (!ctx.profile.has('tasks-quotes-per-page-uncapped')) return capped;
  const raw = new URLSearchParams(ctx.req.search).get('per_page');
  const n = raw !== null && /^\d{1,9}$/.test(raw) ? Number(raw) : NaN;
  return n >= 1 ? n : capped;
}

/** The real server's answer to an unhandled exception: 500 `internal_error` (its reproduced bugs). */
export const serverBug = (): ApiError => new ApiError(500, 'Internal server error', 'internal_error', { message: 'An internal error occurred' });
