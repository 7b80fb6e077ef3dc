/** GET /api/v1/info, GET /api/v1/health, POST /api/v1/auth/login (no token needed). */
import { ApiError } from '../../core/errors.js';
import { ok } from '../../core/handler.js';
import { isoNaive } from '../../core/time.js';
import type { TimeTrackerHandlers } from '../../apis/timetracker/env.js';
import type { Store } from '../../store/timetracker/store.js';
import type { ApiTokenRow, UserRow } from '../../store/timetracker/types.js';

/** Username (trimmed, lower-cased) and password -> the user, or why not: the one credential check of both logins. */
export function checkLogin(store: Store, username: string, password: string): UserRow | 'invalid' | 'inactive' {
  const user = store.findUserByUsername(username.trim().toLowerCase());
  if (!user || user.password !== password) return 'invalid';
  return user.is_active ? user : 'inactive';
}

/** A new token for a user who logged in (admins `admin:all`, others `read:*,write:*`; 90 days). */
export function loginToken(store: Store, user: UserRow, now: number, name: string, purpose: string): ApiTokenRow {
  const token = store.issueToken({
    user_id: user.id,
    name,
    scopes: user.role === 'admin' ? ['admin:all'] : ['read:*', 'write:*'],
    expires_at: now + 90 * 86_400_000,
    now,
    purpose,
  });
  store.users.update(user.id, { last_login: now });
  return token;
}

export const system = {
  getInfo: ({ store }) =>
    ok({
      api_version: 'v1',
      app_version: store.settings.app_version,
      setup_required: false,
      enabled_modules: store.settings.enabled_modules,
      documentation_url: '/api/docs',
      authentication: 'API Token (Bearer or X-API-Key header)',
      endpoints: {
        projects: '/api/v1/projects',
        time_entries: '/api/v1/time-entries',
        tasks: '/api/v1/tasks',
        clients: '/api/v1/clients',
        quotes: '/api/v1/quotes',
        timer: { status: '/api/v1/timer/status', start: '/api/v1/timer/start', stop: '/api/v1/timer/stop' },
        reports: '/api/v1/reports/summary',
        search: '/api/v1/search',
        users: '/api/v1/users/me',
        inventory: {
          transfers: '/api/v1/inventory/transfers',
          reports: {
            valuation: '/api/v1/inventory/reports/valuation',
            movement_history: '/api/v1/inventory/reports/movement-history',
            turnover: '/api/v1/inventory/reports/turnover',
            low_stock: '/api/v1/inventory/reports/low-stock',
          },
        },
      },
      timezone: store.settings.timezone,
    }),

  getHealth: ({ now }) => ok({ status: 'healthy', timestamp: isoNaive(now) }),

  /** A new token per call (admins `admin:all`, others `read:*,write:*`; 90 days); 5 logins/minute per address. */
  login: ({ store, body, now, req, services }) => {
    services.throttle.countLogin(req.remoteAddress ?? 'local', now);
    const user = checkLogin(store, body.username, body.password);
    // The real server answers 401 here without a code (shape C; `bare-error-bodies` drops the rest).
    if (user === 'invalid') throw new ApiError(401, 'Invalid username or password', 'unauthorized');
    // The real server issues a token here and refuses it on first use with these words; the mock refuses at once.
    if (user === 'inactive') throw new ApiError(401, 'User account is inactive', 'unauthorized');
    return ok({ token: loginToken(store, user, now, `App login - ${user.username}`, 'issued by POST /api/v1/auth/login').token });
  },
} satisfies Partial<TimeTrackerHandlers>;
