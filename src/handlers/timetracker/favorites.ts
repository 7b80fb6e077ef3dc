/**
 * /api/v1/users/me/favorites/projects: the user's favourite projects, in the
 * real server's shapes (`UserFavoriteProject.to_dict`): list, add (201, or
 * 200 "Already favorited"), remove.
 */
import { ApiError } from '../../core/errors.js';
import { created, ok } from '../../core/handler.js';
import { isoNaive } from '../../core/time.js';
import type { TimeTrackerHandlers } from '../../apis/timetracker/env.js';
import type { FavoriteRow } from '../../store/timetracker/types.js';
import { visibleProject } from './projects.js';

const favoriteDict = (f: FavoriteRow) => ({ id: f.id, user_id: f.user_id, project_id: f.project_id, created_at: isoNaive(f.created_at) });

export const favorites = {
  listFavoriteProjects: ({ store, auth }) => ok({ favorites: store.favoritesOf(auth.user.id).map(favoriteDict) }),

  addFavoriteProject: (ctx) => {
    const project = visibleProject(ctx, ctx.body.project_id);
    const { favorite, added } = ctx.store.addFavorite(ctx.auth.user.id, project.id, ctx.now);
    const body = { message: added ? 'Project favorited successfully' : 'Already favorited', favorite: favoriteDict(favorite) };
    return added ? created(body) : ok(body);
  },

  removeFavoriteProject: (ctx) => {
    if (!ctx.store.removeFavorite(ctx.auth.user.id, ctx.params.project_id)) throw new ApiError(404, 'Resource not found', 'not_found');
    return ok({ message: 'Favorite removed successfully' });
  },
} satisfies Partial<TimeTrackerHandlers>;
