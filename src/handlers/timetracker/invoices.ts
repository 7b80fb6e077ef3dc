/**
 * /api/v1/invoices and /api/v1/payments (reference §2, §4): invoices with
 * items, generation from time entries, the status machine draft -> sent ->
 * paid, and payments that move the paid amount; a client's unbilled time as
 * one draft (§2, end). Credit notes lower what is outstanding (§5).
 */
import { ApiError, badRequest } from '../../core/errors.js';
import { created, ok } from '../../core/handler.js';
import { isoDate, isoNaive, round2 } from '../../core/time.js';
import type { Caller, TimeTrackerHandlers } from '../../apis/timetracker/env.js';
import type { components } from '../../generated/timetracker/openapi.js';
import { finishedSeconds } from '../../store/timetracker/store.js';
import type { Store } from '../../store/timetracker/store.js';
import type { InvoiceItemRow, InvoiceRow, InvoiceStatus, PaymentRow } from '../../store/timetracker/types.js';
import { pageParams, paginated } from './paginate.js';
import { filtered, found, pick } from './records.js';
import { busEvent } from './webhook-dispatch.js';

type S = components['schemas'];
const DAY = 86_400_000;

/** Allowed status changes (the same status is always allowed). Real server: any string is stored. */
const NEXT: Record<InvoiceStatus, readonly InvoiceStatus[]> = {
  draft: ['sent', 'cancelled'],
  sent: ['paid', 'overdue', 'cancelled'],
  overdue: ['paid', 'cancelled'],
  paid: [],
  cancelled: [],
};

const paidOf = (store: Store, invoiceId: number): number =>
  round2(store.views.paymentsNewestFirst.group(invoiceId).reduce((sum, p) => sum + (p.status === 'completed' ? p.amount : 0), 0));

function paymentStatus(total: number, paid: number): S['Invoice']['payment_status'] {
  if (paid <= 0) return 'unpaid';
  if (paid < total) return 'partially_paid';
  return paid > total ? 'overpaid' : 'fully_paid';
}

/** What the invoice's credit notes take off its total. */
const creditedOf = (store: Store, invoiceId: number): number => round2(store.views.creditNotesNewestFirst.group(invoiceId).reduce((sum, c) => sum + c.amount, 0));

export function invoiceDict(store: Store, i: InvoiceRow, now: number): S['Invoice'] {
  const today = isoDate(now);
  const overdue = (i.status === 'sent' || i.status === 'overdue') && today > i.due_date;
  const paid = i.amount_paid;
  const pstatus = paymentStatus(i.total_amount, paid);
  const { items: _items, currency_code: _c, ...rest } = i;
  return {
    ...rest,
    outstanding_amount: round2(i.total_amount - paid - creditedOf(store, i.id)),
    payment_percentage: i.total_amount > 0 ? round2((paid / i.total_amount) * 100) : 0,
    payment_status: pstatus,
    is_overdue: overdue,
    days_overdue: overdue ? Math.floor((Date.parse(today) - Date.parse(i.due_date)) / DAY) : 0,
    is_paid: pstatus === 'fully_paid' || pstatus === 'overpaid',
    is_partially_paid: pstatus === 'partially_paid',
    created_at: isoNaive(i.created_at),
    updated_at: isoNaive(i.updated_at),
  };
}

export function paymentDict(p: PaymentRow): S['Payment'] {
  return { ...p, net_amount: round2(p.amount - (p.gateway_fee ?? 0)), created_at: isoNaive(p.created_at), updated_at: isoNaive(p.updated_at) };
}

function itemDict(i: InvoiceRow, it: InvoiceItemRow): S['InvoiceItem'] {
  return { ...it, invoice_id: i.id, stock_item_id: null, warehouse_id: null, is_stock_item: false, created_at: isoNaive(it.created_at) };
}

export function detail(store: Store, i: InvoiceRow, now: number): S['InvoiceDetail'] {
  return {
    ...invoiceDict(store, i, now),
    items: i.items.map((it) => itemDict(i, it)),
    payments: store.views.paymentsNewestFirst.group(i.id).map(paymentDict),
    project_name: store.projects.get(i.project_id)?.name ?? null,
  };
}

/** Subtotal, tax and total from the items (`calculate_totals`). */
function totals(items: readonly InvoiceItemRow[], taxRate: number) {
  const subtotal = round2(items.reduce((s, it) => s + it.total_amount, 0));
  const tax = round2((subtotal * taxRate) / 100);
  return { subtotal, tax_amount: tax, total_amount: round2(subtotal + tax) };
}

/** The invoice, when the caller created it or is an admin (403 `Permission denied`). */
export function ownInvoice(store: Store, auth: Caller, id: number): InvoiceRow {
  const i = found(store.invoices, id, 'Invoice');
  if (!auth.isAdmin && i.created_by !== auth.user.id) throw new ApiError(403, 'Permission denied', 'error');
  return i;
}

/** `INV-YYYYMMDD-NNNN`: the day's highest number + 1, from 1000. */
function nextNumber(store: Store, now: number): string {
  const prefix = `INV-${isoDate(now).replaceAll('-', '')}-`;
  let seq = 1000;
  while (store.invoices.findBy('invoice_number', `${prefix}${seq}`)) seq++;
  return `${prefix}${seq}`;
}

/** The fields of a new draft that differ per route; the rest start empty, totals from the items. */
export type DraftFields = Pick<InvoiceRow, 'project_id' | 'client_id' | 'created_by' | 'client_name' | 'issue_date' | 'due_date'> &
  Partial<Pick<InvoiceRow, 'invoice_number' | 'client_email' | 'client_address' | 'notes' | 'terms' | 'tax_rate' | 'currency_code' | 'items'>>;

/** Insert a draft invoice (numbered `INV-YYYYMMDD-NNNN` unless given), its totals from its items. */
export function insertDraft(store: Store, now: number, f: DraftFields): InvoiceRow {
  const items = f.items ?? [];
  const taxRate = f.tax_rate ?? 0;
  // In the real server's column order (the answer's keys follow it).
  return store.invoices.insert({
    invoice_number: f.invoice_number ?? nextNumber(store, now),
    project_id: f.project_id,
    client_id: f.client_id,
    created_by: f.created_by,
    quote_id: null,
    client_name: f.client_name,
    client_email: f.client_email ?? null,
    client_address: f.client_address ?? null,
    buyer_reference: null,
    notes: f.notes ?? null,
    terms: f.terms ?? null,
    payment_method: null,
    payment_reference: null,
    payment_notes: null,
    status: 'draft',
    issue_date: f.issue_date,
    due_date: f.due_date,
    payment_date: null,
    ...totals(items, taxRate),
    tax_rate: taxRate,
    amount_paid: 0,
    currency_code: f.currency_code ?? 'EUR',
    items,
    created_at: now,
    updated_at: now,
  });
}

/** Ids of the time entries already on an item of these invoices. */
export function billedEntryIds(invoices: readonly InvoiceRow[]): Set<number> {
  const ids = new Set<number>();
  for (const i of invoices) for (const it of i.items) for (const part of (it.time_entry_ids ?? '').split(',')) if (/^\d+$/.test(part.trim())) ids.add(Number(part));
  return ids;
}

/** Items from time entries: one per task (`Task: <name>`) or, without a task, per project, at the project's rate. */
export function itemsFromEntries(store: Store, projectId: number, ids: readonly number[], now: number): InvoiceItemRow[] {
  const project = store.projects.get(projectId);
  const rate = project?.hourly_rate ?? 0;
  const groups = new Map<string, { seconds: number; ids: number[] }>();
  for (const id of new Set(ids)) {
    const e = store.timeEntries.get(id);
    if (!e || e.project_id !== projectId || !e.billable || e.end === null) continue;
    const task = e.task_id !== null ? store.tasks.get(e.task_id) : undefined;
    const key = task ? `Task: ${task.name}` : `Project: ${project?.name ?? projectId}`;
    const g = groups.get(key) ?? { seconds: 0, ids: [] };
    g.seconds += finishedSeconds(e);
    g.ids.push(e.id);
    groups.set(key, g);
  }
  if (groups.size === 0) throw badRequest('No billable time entries found');
  return [...groups].map(([description, g]) => {
    const hours = g.seconds / 3600;
    return { id: store.nextInvoiceItemId(), description, quantity: round2(hours), unit_price: rate, total_amount: round2(hours * rate), time_entry_ids: g.ids.join(','), created_at: now };
  });
}

function setItems(store: Store, i: InvoiceRow, items: InvoiceItemRow[], now: number): InvoiceRow {
  return store.invoices.update(i.id, { items, ...totals(items, i.tax_rate), updated_at: now });
}

/** Paid amount and, once it covers the total, a sent or overdue invoice moves to paid. */
function applyPayments(store: Store, invoiceId: number, now: number): void {
  const i = store.invoices.get(invoiceId);
  if (!i) return;
  const paid = paidOf(store, i.id);
  const settled = paid >= i.total_amount && i.total_amount > 0 && (i.status === 'sent' || i.status === 'overdue');
  store.invoices.update(i.id, { amount_paid: paid, ...(settled ? { status: 'paid' as const, payment_date: isoDate(now) } : {}), updated_at: now });
}

const INVOICE_FIELDS = ['client_name', 'client_email', 'client_address', 'notes', 'terms', 'due_date', 'tax_rate', 'currency_code'] as const;

const updateInvoice: TimeTrackerHandlers['updateInvoice'] = ({ store, params, body: b, now }) => {
  const i = found(store.invoices, params.invoice_id, 'Invoice');
  if (b.status !== undefined && b.status !== i.status && !NEXT[i.status].includes(b.status)) {
    const message = `Cannot change status from ${i.status} to ${b.status}`;
    throw new ApiError(400, message, 'invalid_status_transition', { errors: { status: [message] } });
  }
  const updated = store.invoices.update(i.id, { ...pick(b, INVOICE_FIELDS), ...(b.status !== undefined ? { status: b.status } : {}), updated_at: now });
  return ok({ message: 'Invoice updated successfully', invoice: invoiceDict(store, updated, now) });
};

const PAYMENT_FIELDS = ['amount', 'payment_date', 'currency', 'method', 'reference', 'notes', 'status'] as const;

const updatePayment: TimeTrackerHandlers['updatePayment'] = ({ store, params, body: b, now }) => {
  const p = found(store.payments, params.payment_id, 'Payment');
  const updated = store.payments.update(p.id, { ...pick(b, PAYMENT_FIELDS), updated_at: now });
  applyPayments(store, p.invoice_id, now);
  return ok({ message: 'Payment updated successfully', payment: paymentDict(updated) });
};

export const invoices = {
  listInvoices: ({ store, query, auth, now }) => {
    const view = store.views.invoicesNewestFirst;
    const rows = filtered(auth.isAdmin ? view.rows() : view.group(auth.user.id), [query.status === undefined ? undefined : (i) => i.status === query.status]);
    const { page, perPage } = pageParams(query);
    return ok(paginated('invoices', rows, page, perPage, (i) => invoiceDict(store, i, now)));
  },

  createInvoice: (ctx) => {
    const { store, body: b, auth, now } = ctx;
    if (!store.projects.get(b.project_id)) throw badRequest('Invalid project');
    const number = b.invoice_number ?? nextNumber(store, now);
    if (store.invoices.findBy('invoice_number', number)) throw badRequest('Could not create invoice due to a database error');
    const i = insertDraft(store, now, {
      invoice_number: number,
      project_id: b.project_id,
      client_id: b.client_id,
      created_by: auth.user.id,
      client_name: b.client_name,
      client_email: b.client_email ?? null,
      client_address: b.client_address ?? null,
      notes: b.notes ?? null,
      terms: b.terms ?? null,
      issue_date: b.issue_date ?? isoDate(now),
      due_date: b.due_date,
      tax_rate: b.tax_rate ?? 0,
      currency_code: b.currency_code ?? 'EUR',
    });
    busEvent(ctx, 'invoice.created', { invoice_id: i.id, project_id: i.project_id, client_id: i.client_id });
    return created({ message: 'Invoice created successfully', invoice: invoiceDict(store, i, now) });
  },

  getInvoice: ({ store, params, auth, now }) => ok({ invoice: detail(store, ownInvoice(store, auth, params.invoice_id), now) }),

  updateInvoice,
  patchInvoice: updateInvoice,

  cancelInvoice: ({ store, params, now }) => {
    const i = found(store.invoices, params.invoice_id, 'Invoice');
    if (i.status === 'paid') throw badRequest('A paid invoice cannot be cancelled', 'invalid_status_transition');
    store.invoices.update(i.id, { status: 'cancelled', updated_at: now });
    return ok({ message: 'Invoice cancelled successfully' });
  },

  createInvoiceFromTimeEntries: (ctx) => {
    const { store, body: b, auth, now } = ctx;
    const project = store.projects.get(b.project_id);
    if (!project) throw badRequest('Invalid project');
    const client = project.client_id !== null ? store.clients.get(project.client_id) : undefined;
    const items = itemsFromEntries(store, project.id, b.time_entry_ids, now);
    const issue = b.issue_date ?? isoDate(now);
    const i = insertDraft(store, now, {
      project_id: project.id,
      client_id: project.client_id ?? 0,
      created_by: auth.user.id,
      client_name: client?.name ?? 'Unknown',
      client_email: client?.email ?? null,
      client_address: client?.address ?? null,
      issue_date: issue,
      due_date: b.due_date ?? issue,
      items,
    });
    busEvent(ctx, 'invoice.created', { invoice_id: i.id, project_id: i.project_id, client_id: i.client_id });
    return created({ message: 'Invoice created successfully', invoice: detail(store, i, now) });
  },

  generateInvoiceItems: ({ store, params, body: b, auth, now }) => {
    const i = ownInvoice(store, auth, params.invoice_id);
    if (i.status !== 'draft') throw badRequest('Only draft invoices can have line items edited');
    const fresh = itemsFromEntries(store, i.project_id, b.time_entry_ids, now);
    const updated = setItems(store, i, b.replace_existing === false ? [...i.items, ...fresh] : fresh, now);
    return ok({ message: 'Invoice items generated from time entries', invoice: detail(store, updated, now) });
  },

  replaceInvoiceItems: ({ store, params, body: b, auth, now }) => {
    const i = ownInvoice(store, auth, params.invoice_id);
    if (i.status !== 'draft') throw badRequest('Only draft invoices can have line items edited');
    const items: InvoiceItemRow[] = [];
    for (const row of b.items) {
      const description = (row.description ?? '').trim();
      if (!description) continue;
      const quantity = row.quantity ?? 1;
      const price = row.unit_price ?? 0;
      items.push({ id: store.nextInvoiceItemId(), description, quantity: round2(quantity), unit_price: price, total_amount: round2(quantity * price), time_entry_ids: row.time_entry_ids ?? null, created_at: now });
    }
    return ok({ message: 'Invoice items updated', invoice: detail(store, setItems(store, i, items, now), now) });
  },

  createClientUnbilledInvoice: (ctx) => {
    const { store, params, auth, now } = ctx;
    const client = store.clients.get(params.client_id);
    if (!client) throw new ApiError(404, 'not_found', 'not_found', { message: 'Client not found' });
    const billed = billedEntryIds(store.views.invoicesByClient.group(client.id));
    const byProject = new Map<number, { seconds: number; ids: number[] }>();
    for (const e of store.entriesOf({ clientId: client.id, billable: true })) {
      if (billed.has(e.id)) continue;
      if (e.project_id === null) throw new ApiError(400, 'no_project_entries', 'no_project_entries', { message: 'Unbilled time without a project cannot be invoiced; assign a project first.' });
      const g = byProject.get(e.project_id) ?? { seconds: 0, ids: [] };
      g.seconds += finishedSeconds(e);
      g.ids.push(e.id);
      byProject.set(e.project_id, g);
    }
    const groups = [...byProject].filter(([, g]) => g.seconds > 0).sort(([a], [b]) => a - b);
    if (groups.length === 0) throw new ApiError(400, 'no_unbilled_entries', 'no_unbilled_entries', { message: 'No unbilled time entries for this client.' });
    // The invoice's project: the one with the most hours (ties: the lowest id).
    const [main] = groups.reduce((best, g) => (g[1].seconds > best[1].seconds ? g : best));
    const items = groups.map(([pid, g]): InvoiceItemRow => {
      const project = store.projects.get(pid);
      const hours = g.seconds / 3600;
      const rate = project?.hourly_rate ?? 0;
      return { id: store.nextInvoiceItemId(), description: `Project: ${project?.name ?? pid}`, quantity: round2(hours), unit_price: rate, total_amount: round2(hours * rate), time_entry_ids: g.ids.join(','), created_at: now };
    });
    const i = insertDraft(store, now, {
      project_id: main,
      client_id: client.id,
      created_by: auth.user.id,
      client_name: client.name,
      client_email: client.email ?? null,
      client_address: client.address ?? null,
      issue_date: isoDate(now),
      due_date: isoDate(now + 30 * DAY),
      items,
    });
    busEvent(ctx, 'invoice.created', { invoice_id: i.id, project_id: main, client_id: client.id, source: 'client_unbilled' });
    return ok({ invoice_id: i.id, invoice_number: i.invoice_number, total: i.total_amount, item_count: items.length });
  },

  listPayments: ({ store, query }) => {
    const view = store.views.paymentsNewestFirst;
    const rows = query.invoice_id !== undefined ? view.group(query.invoice_id) : view.rows();
    const { page, perPage } = pageParams(query);
    return ok(paginated('payments', rows, page, perPage, paymentDict));
  },

  createPayment: ({ store, body: b, auth, now }) => {
    const i = store.invoices.get(b.invoice_id);
    if (!i) throw badRequest('Invoice not found');
    const p = store.payments.insert({
      invoice_id: i.id,
      received_by: auth.user.id,
      amount: round2(b.amount),
      gateway_fee: null,
      currency: b.currency ?? i.currency_code,
      payment_date: b.payment_date ?? isoDate(now),
      method: b.method ?? null,
      reference: b.reference ?? null,
      notes: b.notes ?? null,
      gateway_transaction_id: null,
      status: b.status ?? 'completed',
      created_at: now,
      updated_at: now,
    });
    applyPayments(store, i.id, now);
    return created({ message: 'Payment created successfully', payment: paymentDict(p) });
  },

  getPayment: ({ store, params }) => ok({ payment: paymentDict(found(store.payments, params.payment_id, 'Payment')) }),

  updatePayment,
  patchPayment: updatePayment,

  deletePayment: ({ store, params, now }) => {
    const p = found(store.payments, params.payment_id, 'Payment');
    store.payments.delete(p.id);
    applyPayments(store, p.invoice_id, now);
    return ok({ message: 'Payment deleted successfully' });
  },
} satisfies Partial<TimeTrackerHandlers>;
