/** Users and groups: the account's people, the caller, and the group tree (create with PUT, update with POST). */
import { ok } from '../../core/handler.js';
import type { TimecampHandlers } from '../../apis/timecamp/env.js';
import { groupDepth, isAdmin, MAX_GROUP_DEPTH } from '../../store/timecamp/rules.js';
import type { TimecampStore } from '../../store/timecamp/store.js';
import type { GroupRow } from '../../store/timecamp/types.js';
import { badRequest, forbidden, groupDict, ids, meDict, notFound, num, userDetailsDict, userDict } from './serialize.js';

function groupOf(store: TimecampStore, id: number): GroupRow {
  const g = store.groups.get(id);
  if (!g) throw notFound(`No group with such ID: ${id}`);
  return g;
}

export const users = {
  listUsers: ({ store, query }) => ok(store.users.toArray().filter((u) => !query.active_only || u.active).map(userDict)),

  getMe: ({ store, auth }) => ok(meDict(store, auth.user)),

  getUser: ({ store, auth, params }) => {
    const wanted = ids(params.user_id);
    if (!isAdmin(auth.user) && wanted.some((id) => id !== auth.user.id)) throw forbidden('You can not view this user');
    const found = wanted.map((id) => store.users.get(id));
    if (found.some((u) => u === undefined)) throw notFound(`No user with such ID: ${wanted[found.indexOf(undefined)]}`);
    const dicts = found.map((u) => userDetailsDict(store, u!));
    return ok(dicts.length === 1 ? dicts[0] : dicts);
  },

  updateUser: ({ store, auth, body }) => {
    const id = body.user_id === undefined || body.user_id === '' ? auth.user.id : num(body.user_id);
    if (body.display_name === undefined) throw badRequest('You must send valid group fields to change: display_name');
    if (id !== auth.user.id && !isAdmin(auth.user)) throw forbidden('You can not change this user');
    if (!store.users.get(id)) throw forbidden('You can not change this user');
    store.users.update(id, { display_name: body.display_name });
    return { status: 200 as const };
  },

  listGroups: ({ store }) => ok(store.groups.toArray().map(groupDict)),

  createGroup: ({ store, body }) => {
    if (body.parent_id === undefined || body.parent_id === '') throw badRequest('You must provide parent_id');
    const parentId = num(body.parent_id);
    if (parentId === 0) throw badRequest('There cannot be more than one root group');
    groupOf(store, parentId);
    if (groupDepth(store, parentId) >= MAX_GROUP_DEPTH) throw notFound(`The group tree is at most ${MAX_GROUP_DEPTH} levels deep`);
    return ok(groupDict(store.groups.insert({ name: body.name ?? '', parent_id: parentId })));
  },

  updateGroup: ({ store, body }) => {
    if (body.group_id === undefined || body.group_id === '') throw badRequest('You must provide group_id');
    const g = groupOf(store, num(body.group_id));
    if (body.name === undefined && body.parent_id === undefined) throw badRequest('At least one of name, parent_id must be set');
    const patch: Partial<GroupRow> = {};
    if (body.name !== undefined) patch.name = body.name;
    if (body.parent_id !== undefined) {
      const parentId = num(body.parent_id);
      if (g.parent_id === 0) throw badRequest('The root group cannot be moved');
      const parent = groupOf(store, parentId);
      for (let p: GroupRow | undefined = parent; p; p = store.groups.get(p.parent_id)) if (p.id === g.id) throw badRequest('A group cannot move under itself');
      if (groupDepth(store, parent.id) >= MAX_GROUP_DEPTH) throw notFound(`The group tree is at most ${MAX_GROUP_DEPTH} levels deep`);
      patch.parent_id = parentId;
    }
    store.groups.update(g.id, patch);
    return { status: 200 as const };
  },

  deleteGroup: ({ store, body, query }) => {
    const raw = body?.group_id ?? query.group_id;
    if (raw === undefined || raw === '') throw badRequest('You must provide group_id');
    const g = groupOf(store, num(raw));
    if (g.parent_id === 0) throw badRequest('The root group cannot be deleted');
    const root = store.account.root_group_id;
    for (const child of store.groups.toArray()) if (child.parent_id === g.id) store.groups.update(child.id, { parent_id: root });
    for (const u of store.users.toArray()) if (u.group_id === g.id) store.users.update(u.id, { group_id: root });
    store.groups.delete(g.id);
    return { status: 200 as const };
  },
} satisfies Partial<TimecampHandlers>;
