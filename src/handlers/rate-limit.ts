/** GET /account/rate_limit_status: Harvest's throttle status for the caller's account. */
import { caller, type Handler, ok } from '../core/context.js';
import { isoNaiveOrNull } from '../core/time.js';

export const getRateLimitStatus: Handler = (ctx) => {
  const s = ctx.throttle.status(caller(ctx).user.id, ctx.now);
  return ok({ ...s, last_access_at: isoNaiveOrNull(s.last_access_at) });
};
