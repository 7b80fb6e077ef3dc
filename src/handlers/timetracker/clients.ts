/** /api/v1/clients: list, get, create, and the update/delete siblings the clients need. */
import { ApiError, badRequest, validationError } from '../../core/errors.js';
import { created, ok } from '../../core/handler.js';
import type { TimeTrackerHandlers } from '../../apis/timetracker/env.js';
import type { Store } from '../../store/timetracker/store.js';
import type { ClientRow } from '../../store/timetracker/types.js';
import { pageParams, paginated } from './paginate.js';
import { clientDict } from './serialize.js';

function client(store: Store, id: number): ClientRow {
  const c = store.clients.get(id);
  if (!c) throw new ApiError(404, `Client with ID ${id} not found`, 'not_found');
  return c;
}

const nameTaken = (store: Store, name: string, exceptId?: number): boolean =>
  store.views.clientsByLowerName.group(name.toLowerCase()).some((c) => c.id !== exceptId);

const UPDATABLE = ['email', 'company', 'phone', 'address', 'contact_person', 'description', 'default_hourly_rate', 'custom_fields', 'status'] as const;

export const clients = {
  listClients: ({ store, query }) => {
    const status = query.status;
    const byName = store.views.clientsByName;
    const items = !status || status === 'all' ? byName.rows() : byName.group(status);
    const { page, perPage } = pageParams(query);
    return ok(paginated('clients', items, page, perPage, (c) => clientDict(store, c)));
  },

  getClient: ({ store, params }) => ok({ client: clientDict(store, client(store, params.client_id)) }),

  createClient: ({ store, body: b, now }) => {
    const name = (b.name ?? '').trim();
    if (!name) throw validationError({ name: ['Client name is required'] }, 'Client name is required');
    if (nameTaken(store, name)) throw badRequest('A client with this name already exists');
    const c = store.clients.insert({
      name,
      description: b.description ?? null,
      contact_person: b.contact_person ?? null,
      email: b.email ?? null,
      phone: b.phone ?? null,
      address: b.address ?? null,
      company: b.company ?? null,
      default_hourly_rate: b.default_hourly_rate ?? null,
      status: 'active',
      prepaid_hours_monthly: null,
      prepaid_reset_day: 1,
      custom_fields: b.custom_fields ?? {},
      created_at: now,
      updated_at: now,
    });
    return created({ message: 'Client created successfully', client: clientDict(store, c) });
  },

  updateClient: ({ store, body: b, params, now }) => {
    const c = client(store, params.client_id);
    const patch: Partial<ClientRow> = { updated_at: now };
    if (b.name !== undefined) {
      const name = b.name.trim();
      if (!name) throw validationError({ name: ['Client name is required'] }, 'Client name is required');
      if (nameTaken(store, name, c.id)) throw badRequest('A client with this name already exists');
      patch.name = name;
    }
    for (const key of UPDATABLE) {
      if (b[key] !== undefined) (patch as Record<string, unknown>)[key] = b[key];
    }
    const updated = store.clients.update(c.id, patch);
    return ok({ message: 'Client updated successfully', client: clientDict(store, updated) });
  },

  deleteClient: ({ store, params }) => {
    const c = client(store, params.client_id);
    if (store.projectsOfClient(c.id).length > 0) {
      throw badRequest('Client has projects; archive them or set the client inactive instead');
    }
    if (store.entriesOf({ clientId: c.id, includeActive: true }).next().done === false) {
      throw badRequest('Client has time entries; set the client inactive instead');
    }
    store.clients.delete(c.id);
    return ok({ message: 'Client deleted successfully' });
  },
} satisfies Partial<TimeTrackerHandlers>;
