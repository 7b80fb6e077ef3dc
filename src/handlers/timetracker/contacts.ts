/**
 * /api/v1/clients/{id}/contacts and /api/v1/contacts/{id}: a client's
 * contact people (reference §12, module `contacts`), declared on `resource`;
 * the primary-contact rule and the soft delete are this group's own.
 */
import { notFound } from '../../core/errors.js';
import { isoNaive } from '../../core/time.js';
import type { TimeTrackerHandlers } from '../../apis/timetracker/env.js';
import type { components } from '../../generated/timetracker/openapi.js';
import type { ContactRow } from '../../store/timetracker/crm-types.js';
import type { Store } from '../../store/timetracker/store.js';
import { gated } from './modules.js';
import { personName, tagList, textOrNull, textPatch } from './crm.js';
import { ok } from '../../core/handler.js';
import { resource } from './resource.js';

type S = components['schemas'];

/** The real server's `to_dict` (`models/contact.py`). */
export function contactDict(c: ContactRow): S['Contact'] {
  const full = `${c.first_name} ${c.last_name}`.trim();
  return {
    ...c,
    full_name: full,
    display_name: c.title ? `${full} - ${c.title}` : full,
    tags: tagList(c.tags),
    created_at: isoNaive(c.created_at),
    updated_at: isoNaive(c.updated_at),
  };
}

/** The client the path names, or the real server's `first_or_404` (shape E). */
export function clientOf(store: Store, id: number) {
  const client = store.clients.get(id);
  if (!client) throw notFound();
  return client;
}

/** Make `id` the client's only primary contact. */
function clearOtherPrimaries(store: Store, clientId: number, id: number): void {
  // Deleted (inactive) contacts too, as the real server.
  for (const other of [...store.views.contactsByClient.group(clientId)]) if (other.id !== id && other.is_primary) store.contacts.update(other.id, { is_primary: false });
}

const TEXTS = ['first_name', 'last_name', 'email', 'phone', 'mobile', 'title', 'department', 'role', 'address', 'notes', 'tags'] as const;

const contact = resource({
  table: (s) => s.contacts,
  what: 'Resource',
  id: 'contact_id',
  one: 'contact',
  many: 'contacts',
  dict: contactDict,
  messages: { created: 'Contact created successfully', updated: 'Contact updated successfully', deleted: 'Contact deleted successfully' },
});

const updateContact = contact.update<S['ContactUpdate']>(({ body: b, store, now }, row) => {
  if (b.is_primary) clearOtherPrimaries(store, row.client_id, row.id);
  return { ...textPatch(b, TEXTS), ...(b.is_primary === undefined ? {} : { is_primary: b.is_primary }), updated_at: now };
});

export const contacts = gated('contacts', {
  listClientContacts: ({ store, params }) => {
    clientOf(store, params.client_id);
    return ok({ contacts: store.views.contactsByClient.group(params.client_id).filter((c) => c.is_active).map(contactDict) });
  },

  createContact: contact.create<S['ContactCreate']>(
    ({ body: b, params, store, auth, now }) => {
      const client = clientOf(store, (params as { client_id: number }).client_id);
      return {
        client_id: client.id,
        ...personName(b),
        email: textOrNull(b.email),
        phone: textOrNull(b.phone),
        mobile: textOrNull(b.mobile),
        title: textOrNull(b.title),
        department: textOrNull(b.department),
        role: textOrNull(b.role) ?? 'contact',
        // The real server stores false here (its clear-the-others update hits the new row): the mock keeps what was asked.
        is_primary: b.is_primary ?? false,
        address: textOrNull(b.address),
        notes: textOrNull(b.notes),
        tags: textOrNull(b.tags),
        is_active: true,
        created_by: auth.user.id,
        created_at: now,
        updated_at: now,
      };
    },
    ({ store }, row) => {
      if (row.is_primary) clearOtherPrimaries(store, row.client_id, row.id);
    },
  ),

  getContact: contact.get,
  updateContact,
  patchContact: updateContact,
  // Soft delete: inactive, out of the client's list, still readable by id.
  deleteContact: (ctx) => {
    const row = contact.row(ctx);
    ctx.store.contacts.update(row.id, { is_active: false, updated_at: ctx.now });
    return ok({ message: 'Contact deleted successfully' });
  },
} satisfies Partial<TimeTrackerHandlers>);
