/** /api/v1/users/me/favorites/projects: the browser extension's favourite projects. */
import { caller, type Ctx, type Handler, ok } from '../core/context.js';
import { visibleProject } from './projects.js';
import { projectDict } from './serialize.js';

function favorites(ctx: Ctx) {
  const { user } = caller(ctx);
  return {
    favorites: user.favorite_project_ids
      .map((id) => ctx.store.projects.get(id))
      .filter((p) => p !== undefined)
      .map((p) => ({ project_id: p.id, project: projectDict(ctx.store, p) })),
  };
}

export const listFavoriteProjects: Handler = (ctx) => ok(favorites(ctx));

export const addFavoriteProject: Handler = (ctx) => {
  const { user } = caller(ctx);
  const project = visibleProject(ctx, (ctx.body as { project_id: number }).project_id);
  if (!user.favorite_project_ids.includes(project.id)) user.favorite_project_ids.push(project.id);
  return { status: 201, body: favorites(ctx) };
};

export const removeFavoriteProject: Handler = (ctx) => {
  const { user } = caller(ctx);
  const id = ctx.params.project_id as number;
  visibleProject(ctx, id);
  user.favorite_project_ids = user.favorite_project_ids.filter((p) => p !== id);
  return ok(favorites(ctx));
};
