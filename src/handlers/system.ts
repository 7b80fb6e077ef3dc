/** GET /api/v1/info, GET /api/v1/health, POST /api/v1/auth/login (no token needed). */
import { ApiError } from '../core/errors.js';
import { type Handler, ok } from '../core/context.js';
import { isoNaive } from '../core/time.js';

export const getInfo: Handler = ({ store }) =>
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
  });

export const getHealth: Handler = ({ now }) => ok({ status: 'healthy', timestamp: isoNaive(now) });

const LOGIN_WINDOW_MS = 60_000;
const LOGINS_PER_WINDOW = 5;
const MAX_TRACKED_ADDRESSES = 1000;
const loginAttempts = new WeakMap<object, Map<string, number[]>>();

/** A new token per call (admins `admin:all`, others `read:*,write:*`; 90 days); 5 logins/minute per address. */
export const login: Handler = ({ store, body, now, req }) => {
  let perStore = loginAttempts.get(store);
  if (!perStore) loginAttempts.set(store, (perStore = new Map()));
  const address = req.remoteAddress ?? 'local';
  const recent = (perStore.get(address) ?? []).filter((t) => t > now - LOGIN_WINDOW_MS);
  if (recent.length >= LOGINS_PER_WINDOW) {
    throw new ApiError(429, '5 per 1 minute', 'rate_limited', { message: 'Too many login attempts: 5 per 1 minute' }, {
      'Retry-After': String(Math.max(1, Math.ceil((recent[0] + LOGIN_WINDOW_MS - now) / 1000))),
    });
  }
  recent.push(now);
  perStore.set(address, recent);
  // Bounded: addresses whose window has passed are forgotten once many are kept.
  if (perStore.size > MAX_TRACKED_ADDRESSES) {
    for (const [a, times] of perStore) if (times[times.length - 1] <= now - LOGIN_WINDOW_MS) perStore.delete(a);
  }
  const { username, password } = body as { username: string; password: string };
  const user = store.findUserByUsername(username.trim().toLowerCase());
  if (!user || user.password !== password) {
    throw new ApiError(401, 'Invalid username or password', 'unauthorized');
  }
  // The real server issues a token here and refuses it on first use with these words; the mock refuses at once.
  if (!user.is_active) throw new ApiError(401, 'User account is inactive', 'unauthorized');
  const token = store.issueToken({
    user_id: user.id,
    name: `App login - ${user.username}`,
    scopes: user.role === 'admin' ? ['admin:all'] : ['read:*', 'write:*'],
    expires_at: now + 90 * 86_400_000,
    now,
  });
  user.last_login = now;
  return ok({ token: token.token });
};
