/** /api/v1/users/me/favorites/projects: the browser extension's favourite projects. */
import { created, ok } from '../../core/handler.js';
import type { Access, TimeTrackerHandlers } from '../../apis/timetracker/env.js';
import { visibleProject } from './projects.js';
import { projectDict } from './serialize.js';

function favoritesOf({ store, auth }: Access) {
  return {
    favorites: auth.user.favorite_project_ids
      .map((id) => store.projects.get(id))
      .filter((p) => p !== undefined)
      .map((p) => ({ project_id: p.id, project: projectDict(store, p) })),
  };
}

export const favorites = {
  listFavoriteProjects: (ctx) => ok(favoritesOf(ctx)),

  addFavoriteProject: (ctx) => {
    const project = visibleProject(ctx, ctx.body.project_id);
    ctx.store.addFavorite(ctx.auth.user.id, project.id);
    return created(favoritesOf(ctx));
  },

  removeFavoriteProject: (ctx) => {
    const id = ctx.params.project_id;
    visibleProject(ctx, id);
    ctx.store.removeFavorite(ctx.auth.user.id, id);
    return ok(favoritesOf(ctx));
  },
} satisfies Partial<TimeTrackerHandlers>;
