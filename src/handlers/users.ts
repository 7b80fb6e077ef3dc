/** GET /api/v1/users/me and GET /api/v1/users (admins). */
import { caller, type Handler, ok } from '../core/context.js';
import { pageParams, paginated } from './paginate.js';
import { userDict } from './serialize.js';

export const getCurrentUser: Handler = (ctx) => {
  const { user } = caller(ctx);
  const s = ctx.store.settings;
  return ok({
    user: userDict(ctx.store, user),
    time_entry_requirements: {
      require_task: s.require_task,
      require_description: s.require_description,
      description_min_length: s.description_min_length,
    },
    enabled_modules: s.enabled_modules,
  });
};

export const listUsers: Handler = (ctx) => {
  const users = [...ctx.store.users.all()].filter((u) => u.is_active).sort((a, b) => a.username.localeCompare(b.username));
  const { page, perPage } = pageParams(ctx.query);
  return ok(paginated('users', users, page, perPage, (u) => userDict(ctx.store, u)));
};
