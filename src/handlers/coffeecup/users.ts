/** The caller, the account's users (administrators see all, a regular user themselves), the throttle status. */
import type { CoffeeCupHandlers } from '../../apis/coffeecup/env.js';
import { ok } from '../../core/handler.js';
import { ATTRIBUTES, found, given, iso, notYours, userDict } from './serialize.js';
import { listAnswer } from './list.js';

export const users = {
  getCurrentUser: ({ auth }) => ok({ user: userDict(auth.user) }),

  listUsers: ({ store, auth, query }) => ok(listAnswer('users', store.users.toArray().map(userDict), ATTRIBUTES.users, query, auth.isAdmin ? {} : { id: auth.user.id })),

  getUser: ({ store, auth, params }) => {
    const u = found(store.users.get(params.id), 'user', params.id);
    if (!auth.isAdmin && u.id !== auth.user.id) throw notYours('user');
    return ok({ user: userDict(u) });
  },

  updateUser: ({ store, params, body, now }) => {
    const u = found(store.users.get(params.id), 'user', params.id);
    const b = body.user;
    const status = b.status === undefined ? {} : { status: Number(b.status) as 0 | 1 };
    store.users.update(u.id, { ...given(b, ['firstname', 'lastname', 'hourlyRate', 'language', 'timezone', 'allowConcurrentTimeEntries', 'jobLabel', 'department']), ...status, updatedAt: now });
    return ok({ user: userDict(u) });
  },

  /** The whole account's window (CoffeeCup throttles the account). */
  getRateLimitStatus: ({ services, now }) => {
    const s = services.throttle.status('company', now);
    return ok({ ...s, last_access_at: s.last_access_at === null ? null : iso(s.last_access_at) });
  },
} satisfies Partial<CoffeeCupHandlers>;
