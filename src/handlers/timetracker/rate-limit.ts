/** GET /account/rate_limit_status: Harvest's throttle status for the caller's account. */
import { ok } from '../../core/handler.js';
import { isoNaiveOrNull } from '../../core/time.js';
import type { TimeTrackerHandlers } from '../../apis/timetracker/env.js';

export const rateLimit = {
  getRateLimitStatus: ({ services, auth, now }) => {
    const s = services.throttle.status(auth.user.id, now);
    return ok({ ...s, last_access_at: isoNaiveOrNull(s.last_access_at) });
  },
} satisfies Partial<TimeTrackerHandlers>;
