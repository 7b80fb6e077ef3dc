/**
 * People (users of the account). A created user's password, which the
 * real service lets them choose from an invitation email, is the local part
 * of their email address in the mock (as for the seeded users).
 */
import { ok } from '../../core/handler.js';
import type { HarvestHandlers } from '../../apis/harvest-classic/env.js';
import { hasEntries } from '../../store/harvest-classic/rules.js';
import type { HarvestStore } from '../../store/harvest-classic/store.js';
import type { UserRow } from '../../store/harvest-classic/types.js';
import { changedSince, createdAt, deleted, doneAt, found, given, refused, updatedSince, userDict } from './serialize.js';

function person(store: HarvestStore, idOrEmail: number | string): UserRow {
  const key = String(idOrEmail).trim();
  const user = /^\d+$/.test(key) ? store.users.get(Number(key)) : store.users.findBy('email', key.toLowerCase());
  return found(user, `User ${key}`);
}

function freeEmail(store: HarvestStore, email: string, exceptId?: number): string {
  const e = email.trim().toLowerCase();
  const holder = store.users.findBy('email', e);
  if (holder && holder.id !== exceptId) throw refused(`${e} is already a user of this account`);
  return e;
}

export const people = {
  listPeople: ({ store, query }) => ok(changedSince(store.users.toArray(), updatedSince(query.updated_since)).map((u) => ({ user: userDict(u) }))),

  getPerson: ({ store, params }) => ok({ user: userDict(person(store, params.user_id)) }),

  createPerson: ({ store, body, now }) => {
    const b = body.user;
    const email = freeEmail(store, b.email);
    const u = store.users.insert({
      email,
      password: email.split('@')[0],
      first_name: b.first_name,
      last_name: b.last_name,
      is_admin: b.is_admin ?? false,
      is_active: true,
      is_contractor: b.is_contractor ?? false,
      telephone: b.telephone ?? '',
      department: b.department ?? '',
      timezone: b.timezone ?? 'UTC',
      default_hourly_rate: b.default_hourly_rate ?? null,
      has_access_to_all_future_projects: b.has_access_to_all_future_projects ?? false,
      created_at: now,
      updated_at: now,
    });
    return createdAt(`/people/${u.id}`);
  },

  updatePerson: ({ store, params, body, now }) => {
    const u = person(store, params.user_id);
    const b = body.user ?? {};
    store.users.update(u.id, {
      ...given(b, ['first_name', 'last_name', 'timezone', 'is_admin', 'is_contractor', 'telephone', 'department', 'default_hourly_rate', 'has_access_to_all_future_projects']),
      ...(b.email === undefined ? {} : { email: freeEmail(store, b.email, u.id) }),
      updated_at: now,
    });
    return doneAt(`/people/${u.id}`);
  },

  deletePerson: ({ store, params }) => {
    const u = person(store, params.user_id);
    if (hasEntries(store, (e) => e.user_id === u.id)) throw refused('The user has hours logged; archive them (toggle) instead');
    for (const a of store.userAssignments.toArray()) if (a.user_id === u.id) store.userAssignments.delete(a.id);
    for (const t of store.tokens.toArray()) if (t.user_id === u.id) store.tokens.delete(t.id);
    store.users.delete(u.id);
    return deleted();
  },

  togglePerson: ({ store, auth, params, now }) => {
    const u = person(store, params.user_id);
    if (u.id === auth.user.id) throw refused('You cannot archive yourself');
    store.users.update(u.id, { is_active: !u.is_active, updated_at: now });
    return doneAt(`/people/${u.id}`);
  },

  resetPersonPassword: ({ store, params }) => {
    person(store, params.user_id);
    return { status: 200 as const };
  },
} satisfies Partial<HarvestHandlers>;
