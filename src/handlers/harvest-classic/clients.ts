/** Clients and their contacts (administrators). */
import { ok } from '../../core/handler.js';
import type { HarvestHandlers } from '../../apis/harvest-classic/env.js';
import type { HarvestStore } from '../../store/harvest-classic/store.js';
import type { ClientRow } from '../../store/harvest-classic/types.js';
import { changedSince, clientDict, contactDict, createdAt, deleted, doneAt, found, given, idValue, refused, updatedSince } from './serialize.js';

const byName = (a: { name: string; id: number }, b: { name: string; id: number }) => a.name.localeCompare(b.name) || a.id - b.id;

function uniqueName(store: HarvestStore, name: string, exceptId?: number): string {
  const n = name.trim();
  if (store.clients.toArray().some((c) => c.id !== exceptId && c.name.toLowerCase() === n.toLowerCase())) throw refused(`A client named "${n}" already exists`);
  return n;
}

function clientOf(store: HarvestStore, id: number): ClientRow {
  return found(store.clients.get(id), `Client ${id}`);
}

const CONTACT_FIELDS = ['first_name', 'last_name', 'email', 'title', 'phone_office', 'phone_mobile', 'fax'] as const;

export const clients = {
  listClients: ({ store, query }) => ok(changedSince(store.clients.toArray(), updatedSince(query.updated_since)).sort(byName).map((c) => ({ client: clientDict(c) }))),

  getClient: ({ store, params }) => ok({ client: clientDict(clientOf(store, params.client_id)) }),

  createClient: ({ store, body, now }) => {
    const b = body.client;
    const c = store.clients.insert({
      name: uniqueName(store, b.name),
      active: b.active ?? true,
      currency: b.currency ?? 'United States Dollar - USD',
      currency_symbol: b.currency_symbol ?? '$',
      details: b.details ?? null,
      highrise_id: b.highrise_id ?? null,
      cache_version: 0,
      created_at: now,
      updated_at: now,
    });
    return createdAt(`/clients/${c.id}`);
  },

  updateClient: ({ store, params, body, now }) => {
    const c = clientOf(store, params.client_id);
    const b = body.client ?? {};
    store.clients.update(c.id, {
      ...given(b, ['currency', 'currency_symbol', 'active', 'details', 'highrise_id']),
      ...(b.name === undefined ? {} : { name: uniqueName(store, b.name, c.id) }),
      cache_version: c.cache_version + 1,
      updated_at: now,
    });
    return doneAt(`/clients/${c.id}`);
  },

  toggleClient: ({ store, params, now }) => {
    const c = clientOf(store, params.client_id);
    if (c.active && store.projects.toArray().some((p) => p.client_id === c.id && p.active)) throw refused('The client has active projects; archive them first');
    store.clients.update(c.id, { active: !c.active, updated_at: now });
    return doneAt(`/clients/${c.id}`);
  },

  deleteClient: ({ store, params }) => {
    const c = clientOf(store, params.client_id);
    if (store.projects.toArray().some((p) => p.client_id === c.id)) throw refused('The client has projects; delete them or deactivate the client instead');
    for (const k of store.contacts.toArray()) if (k.client_id === c.id) store.contacts.delete(k.id);
    store.clients.delete(c.id);
    return deleted();
  },

  listContacts: ({ store, query }) => ok(changedSince(store.contacts.toArray(), updatedSince(query.updated_since)).map((k) => ({ contact: contactDict(k) }))),

  listClientContacts: ({ store, params, query }) => {
    const c = clientOf(store, params.client_id);
    return ok(changedSince(store.contacts.toArray(), updatedSince(query.updated_since)).filter((k) => k.client_id === c.id).map((k) => ({ contact: contactDict(k) })));
  },

  getContact: ({ store, params }) => ok({ contact: contactDict(found(store.contacts.get(params.contact_id), `Contact ${params.contact_id}`)) }),

  createContact: ({ store, body, now }) => {
    const b = body.contact;
    const clientId = idValue(b.client_id);
    if (!store.clients.get(clientId)) throw refused(`Client ${clientId} does not exist`);
    const k = store.contacts.insert({ client_id: clientId, email: null, title: null, phone_office: null, phone_mobile: null, fax: null, ...given(b, CONTACT_FIELDS), first_name: b.first_name, last_name: b.last_name, created_at: now, updated_at: now });
    return createdAt(`/contacts/${k.id}`);
  },

  updateContact: ({ store, params, body, now }) => {
    const k = found(store.contacts.get(params.contact_id), `Contact ${params.contact_id}`);
    const b = body.contact ?? {};
    const clientId = b.client_id === undefined ? k.client_id : idValue(b.client_id);
    if (!store.clients.get(clientId)) throw refused(`Client ${clientId} does not exist`);
    store.contacts.update(k.id, { ...given(b, CONTACT_FIELDS), client_id: clientId, updated_at: now });
    return doneAt(`/contacts/${k.id}`);
  },

  deleteContact: ({ store, params }) => {
    const k = found(store.contacts.get(params.contact_id), `Contact ${params.contact_id}`);
    store.contacts.delete(k.id);
    return deleted();
  },
} satisfies Partial<HarvestHandlers>;
