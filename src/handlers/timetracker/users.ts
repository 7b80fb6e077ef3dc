/** GET /api/v1/users/me and GET /api/v1/users (admins). */
import { ok } from '../../core/handler.js';
import type { TimeTrackerHandlers } from '../../apis/timetracker/env.js';
import { pageParams, paginated } from './paginate.js';
import { serverBug } from './quirks.js';
import { userDict } from './serialize.js';

export const users = {
  getCurrentUser: ({ store, auth }) => {
    const s = store.settings;
    return ok({
      user: userDict(store, auth.user),
      time_entry_requirements: {
        require_task: s.require_task,
        require_description: s.require_description,
        description_min_length: s.description_min_length,
      },
      enabled_modules: s.enabled_modules,
    });
  },

  listUsers: ({ store, query, req, profile }) => {
    // The real server int()s the raw page (a server bug): anything but digits is a 500.
    if (profile.has('list-users-500-on-bad-page')) {
      const rawPage = new URLSearchParams(req.search).get('page');
      if (rawPage !== null && rawPage !== '' && !/^\d+$/.test(rawPage)) throw serverBug();
    }
    const all = store.views.activeUsersByName.rows();
    const { page, perPage } = pageParams(query);
    return ok(paginated('users', all, page, perPage, (u) => userDict(store, u)));
  },
} satisfies Partial<TimeTrackerHandlers>;
