/** /api/v1/clients: list, get, create, and the update/delete siblings the clients need. */
import { type Handler, created, ok } from '../core/context.js';
import { ApiError, badRequest, validationError } from '../core/errors.js';
import type { ClientRow } from '../store/types.js';
import { pageParams, paginated } from './paginate.js';
import { clientDict } from './serialize.js';

function client(store: Parameters<Handler>[0]['store'], id: number): ClientRow {
  const c = store.clients.get(id);
  if (!c) throw new ApiError(404, `Client with ID ${id} not found`, 'not_found');
  return c;
}

const nameTaken = (store: Parameters<Handler>[0]['store'], name: string, exceptId?: number): boolean =>
  [...store.clients.all()].some((c) => c.id !== exceptId && c.name.toLowerCase() === name.toLowerCase());

export const listClients: Handler = ({ store, query }) => {
  const status = query.status as string | undefined;
  const items = [...store.clients.all()]
    .filter((c) => !status || status === 'all' || c.status === status)
    .sort((a, b) => a.name.localeCompare(b.name) || a.id - b.id);
  const { page, perPage } = pageParams(query);
  return ok(paginated('clients', items, page, perPage, (c) => clientDict(store, c)));
};

export const getClient: Handler = ({ store, params }) => ok({ client: clientDict(store, client(store, params.client_id as number)) });

interface ClientInput {
  name?: string;
  email?: string | null;
  company?: string | null;
  phone?: string | null;
  address?: string | null;
  contact_person?: string | null;
  description?: string | null;
  default_hourly_rate?: number | null;
  custom_fields?: Record<string, unknown>;
  status?: 'active' | 'inactive';
}

export const createClient: Handler = ({ store, body, now }) => {
  const b = body as ClientInput;
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
};

export const updateClient: Handler = ({ store, body, params, now }) => {
  const c = client(store, params.client_id as number);
  const b = body as ClientInput;
  const patch: Partial<ClientRow> = { updated_at: now };
  if (b.name !== undefined) {
    const name = b.name.trim();
    if (!name) throw validationError({ name: ['Client name is required'] }, 'Client name is required');
    if (nameTaken(store, name, c.id)) throw badRequest('A client with this name already exists');
    patch.name = name;
  }
  for (const key of ['email', 'company', 'phone', 'address', 'contact_person', 'description', 'default_hourly_rate', 'custom_fields', 'status'] as const) {
    if (b[key] !== undefined) (patch as Record<string, unknown>)[key] = b[key];
  }
  const updated = store.clients.update(c.id, patch);
  return ok({ message: 'Client updated successfully', client: clientDict(store, updated) });
};

export const deleteClient: Handler = ({ store, params }) => {
  const c = client(store, params.client_id as number);
  if ([...store.projectsOfClient(c.id)].length > 0) {
    throw badRequest('Client has projects; archive them or set the client inactive instead');
  }
  if (store.entriesOf({ clientId: c.id, includeActive: true }).next().done === false) {
    throw badRequest('Client has time entries; set the client inactive instead');
  }
  store.clients.delete(c.id);
  return ok({ message: 'Client deleted successfully' });
};
