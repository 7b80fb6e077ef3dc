/**
 * Clients and invoices, the resources where PUT creates and POST updates.
 * Clients are keyed by `clientId` in lists, invoices by `invoiceId`; an
 * invoice locks the time entries it bills.
 */
import { ok } from '../../core/handler.js';
import type { TimecampHandlers } from '../../apis/timecamp/env.js';
import type { TimecampStore } from '../../store/timecamp/store.js';
import type { ClientRow, InvoiceLine, InvoiceRow } from '../../store/timecamp/types.js';
import { badRequest, clientDict, dateOf, flagOf, ids, invoiceDict, isoDay, notFound, num, numOr } from './serialize.js';

function clientOf(store: TimecampStore, raw: number | string | undefined): ClientRow {
  if (raw === undefined || raw === '') throw badRequest('You must provide clientId');
  const c = store.clients.get(num(raw));
  if (!c) throw notFound(`No client with such ID: ${raw}`);
  return c;
}

function invoiceOf(store: TimecampStore, raw: number | string | undefined): InvoiceRow {
  if (raw === undefined || raw === '') throw badRequest('You must provide invoiceId');
  const i = store.invoices.get(num(raw));
  if (!i) throw notFound(`No invoice with such ID: ${raw}`);
  return i;
}

type ClientInput = { firstName?: string; lastName?: string; organizationName?: string; address?: string; email?: string; currencyId?: number | string };

const clientFields = (b: ClientInput): Partial<ClientRow> => ({
  ...(b.firstName === undefined ? {} : { firstName: b.firstName }),
  ...(b.lastName === undefined ? {} : { lastName: b.lastName }),
  ...(b.organizationName === undefined ? {} : { organizationName: b.organizationName }),
  ...(b.address === undefined ? {} : { address: b.address }),
  ...(b.email === undefined ? {} : { email: b.email }),
  ...(b.currencyId === undefined || b.currencyId === '' ? {} : { currencyId: num(b.currencyId) }),
});

type LineInput = { description?: string; type?: number | string | boolean; quantity?: number | string; unitCost?: number | string; taxId?: number | string; name?: string };
type InvoiceInput = {
  clientId?: number | string;
  invoiceNumber?: string;
  currencyId?: number | string;
  status?: number | string;
  description?: string;
  issueDate?: string;
  noteToClient?: string;
  poNumber?: string;
  dueDate?: string;
  quote?: number | string | boolean;
  entries?: LineInput[];
};

function linesOf(store: TimecampStore, entries: LineInput[]): InvoiceLine[] {
  return entries.map((l) => ({
    id: store.account.next_line_id++,
    description: l.description ?? '',
    type: l.type !== undefined && flagOf(l.type) ? 1 : 0,
    quantity: Number(l.quantity ?? 0),
    unitCost: Number(l.unitCost ?? 0),
    taxId: numOr(l.taxId, -1),
    name: l.name ?? '',
  }));
}

function invoiceFields(store: TimecampStore, b: InvoiceInput): Partial<InvoiceRow> {
  const out: Partial<InvoiceRow> = {};
  if (b.clientId !== undefined && b.clientId !== '') out.clientId = clientOf(store, b.clientId).id;
  if (b.invoiceNumber !== undefined) out.invoiceNumber = b.invoiceNumber;
  if (b.currencyId !== undefined && b.currencyId !== '') out.currencyId = num(b.currencyId);
  if (b.status !== undefined) out.status = num(b.status) as 0 | 1 | 2;
  if (b.description !== undefined) out.description = b.description;
  if (b.issueDate) out.issueDate = dateOf(b.issueDate, 'issueDate');
  if (b.dueDate !== undefined) out.dueDate = b.dueDate === '' ? '' : dateOf(b.dueDate, 'dueDate');
  if (b.noteToClient !== undefined) out.noteToClient = b.noteToClient;
  if (b.poNumber !== undefined) out.poNumber = b.poNumber;
  if (b.quote !== undefined) out.quote = flagOf(b.quote);
  if (b.entries !== undefined) out.lines = linesOf(store, b.entries);
  return out;
}

/** A stable 40-hex public hash from the invoice id and the clock (no crypto: handlers run in a browser too). */
function publicHash(id: number, now: number): string {
  let h = (id * 2654435761 + now) >>> 0;
  let out = '';
  while (out.length < 40) {
    h = Math.imul(h ^ (h >>> 15), 2246822519) >>> 0;
    out += h.toString(16).padStart(8, '0');
  }
  return out.slice(0, 40);
}

export const clients = {
  listClients: ({ store }) => ok(Object.fromEntries(store.clients.toArray().map((c) => [String(c.id), clientDict(store, c)]))),

  createClient: ({ store, auth, body, now }) => {
    if (!body.organizationName?.trim()) throw badRequest('You must provide organizationName');
    const c = store.clients.insert({ firstName: '', lastName: '', address: '', email: '', currencyId: 1, ...clientFields(body), organizationName: body.organizationName.trim(), addedBy: auth.user.id, added: now });
    return ok([clientDict(store, c)]);
  },

  updateClient: ({ store, body }) => {
    const c = clientOf(store, body.clientId);
    if (body.organizationName !== undefined && !body.organizationName.trim()) throw badRequest('organizationName cannot be empty');
    return ok(clientDict(store, store.clients.update(c.id, clientFields(body))));
  },

  deleteClient: ({ store, body }) => {
    const c = clientOf(store, body.clientId);
    if (store.invoices.toArray().some((i) => i.clientId === c.id)) throw badRequest('The client has invoices and cannot be deleted');
    for (const link of store.clientTasks.toArray()) if (link.client_id === c.id) store.clientTasks.delete(link.id);
    store.clients.delete(c.id);
    return ok({ message: 'removed' });
  },

  listClientTasks: ({ store, query }) => ok(Object.fromEntries(ids(query.client_id).filter((id) => store.clients.get(id)).map((id) => [String(id), store.tasksOfClient(id)]))),

  removeClientTasks: ({ store, query, body }) => {
    const c = clientOf(store, query.client_id);
    if (!body.task_id || body.task_id.length === 0) throw badRequest('You must provide task_id[]');
    const remove = new Set(body.task_id.map(num));
    for (const link of store.clientTasks.toArray()) if (link.client_id === c.id && remove.has(link.task_id)) store.clientTasks.delete(link.id);
    return ok({ [String(c.id)]: store.tasksOfClient(c.id) });
  },

  listInvoices: ({ store }) => ok(Object.fromEntries(store.invoices.toArray().map((i) => [String(i.id), invoiceDict(store, i)]))),

  createInvoice: ({ store, auth, body, now }) => {
    const fields = invoiceFields(store, body);
    const id = store.invoices.nextId;
    const i = store.invoices.insert({
      clientId: 0,
      invoiceNumber: `INV-${id}`,
      description: '',
      issueDate: isoDay(now),
      dueDate: '',
      editDate: now,
      status: 0,
      sentDate: null,
      viewedDate: null,
      addDate: now,
      paidDate: null,
      noteToClient: '',
      poNumber: '',
      userId: auth.user.id,
      currencyId: 1,
      publicHash: publicHash(id, now),
      quote: false,
      lines: [],
      entry_ids: [],
      ...fields,
    });
    return ok(invoiceDict(store, i));
  },

  updateInvoice: ({ store, body, now }) => {
    const i = invoiceOf(store, body.invoiceId);
    const fields = invoiceFields(store, body);
    const paid = fields.status === 2 && i.status !== 2 ? { paidDate: now } : {};
    return ok(invoiceDict(store, store.invoices.update(i.id, { ...fields, ...paid, editDate: now })));
  },

  deleteInvoice: ({ store, body }) => {
    const i = invoiceOf(store, body.invoiceId);
    for (const e of store.entries.toArray()) if (e.invoice_id === i.id) store.entries.update(e.id, { invoice_id: 0 });
    store.invoices.delete(i.id);
    return ok({ message: 'removed' });
  },
} satisfies Partial<TimecampHandlers>;
