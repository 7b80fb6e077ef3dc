/** GET /api/v1/users/me and GET /api/v1/users (admins). */
import { ok } from '../../core/handler.js';
import type { TimeTrackerHandlers } from '../../apis/timetracker/env.js';
import { pageParams, paginated } from './paginate.js';
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

  listUsers: ({ store, query }) => {
    const all = store.views.activeUsersByName.rows();
    const { page, perPage } = pageParams(query);
    return ok(paginated('users', all, page, perPage, (u) => userDict(store, u)));
  },
} satisfies Partial<TimeTrackerHandlers>;
