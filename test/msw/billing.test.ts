/**
 * Invoice approvals, credit notes, recurring invoices, a client's unbilled
 * time, and the PDF downloads (invoice, time-off request) on the strict MSW
 * mock; the PDF bytes also over HTTP from the node server in this process.
 * The seeded rows are checked at several "nows".
 */
import type { AddressInfo } from 'node:net';
import { http, passthrough } from 'msw';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClock } from '../../src/core/clock.js';
import { createEngine } from '../../src/node.js';
import { createHttpServer, type MockHttpServer } from '../../src/server/http.js';
import { newTimeEntry } from '../../src/store/timetracker/rules.js';
import { checkPdf } from '../support/pdf.js';
import { BASE, startMock, token } from './mock.js';

const { mock, server: msw, clock } = startMock();
const admin = token(mock, 'admin');
const alice = token(mock, 'user');

async function api(path: string, init: { method?: string; body?: unknown; token?: string } = {}) {
  const res = await fetch(`${BASE}/api/v1${path}`, {
    method: init.method ?? 'GET',
    headers: { authorization: `Bearer ${init.token ?? admin}`, 'content-type': 'application/json' },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
  return { status: res.status, json: (await res.json()) as Record<string, any> };
}

/** A fresh draft of the admin's with one item (total 200 + tax 0). */
async function draft(): Promise<Record<string, any>> {
  const made = await api('/invoices', { method: 'POST', body: { project_id: 1, client_id: 1, client_name: 'Billing test', due_date: '2026-12-31' } });
  expect(made.status).toBe(201);
  const items = await api(`/invoices/${made.json.invoice.id}/items`, { method: 'PUT', body: { items: [{ description: 'Audit (day)', quantity: 2, unit_price: 100 }] } });
  return items.json.invoice;
}

async function pdf(path: string, auth = admin) {
  const res = await fetch(`${BASE}/api/v1${path}`, { headers: { authorization: `Bearer ${auth}` } });
  return { res, bytes: new Uint8Array(await res.arrayBuffer()) };
}

describe('PDF downloads', () => {
  it('sends an invoice as PDF bytes, intact, as the attachment <invoice_number>.pdf', async () => {
    const inv = await draft();
    const { res, bytes } = await pdf(`/invoices/${inv.id}/pdf`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    expect(res.headers.get('content-disposition')).toBe(`attachment; filename=${inv.invoice_number}.pdf`);
    expect(new TextDecoder().decode(bytes.subarray(0, 5))).toBe('%PDF-');
    expect(Number(res.headers.get('content-length') ?? bytes.byteLength)).toBe(bytes.byteLength);
    const doc = checkPdf(bytes); // every xref offset and stream length exact: no byte lost or re-encoded on the way
    expect(doc.text[0]).toBe(`INVOICE ${inv.invoice_number}`);
    expect(doc.text).toContain('Audit (day)    2 x 100.00 = 200.00 EUR');
    expect(doc.text).toContain('Total: 200.00 EUR');
    expect(doc.mediaBoxes[0]).toEqual([0, 0, 595, 842]);
    // The engine's own bytes are what MSW delivered.
    const direct = await mock.engine.handle({ method: 'GET', path: `/api/v1/invoices/${inv.id}/pdf`, search: '', headers: { authorization: `Bearer ${admin}` } });
    expect(direct.body).toEqual(bytes);
  });

  it('takes the page size, falls back to A4, and keeps the JSON errors: 403 for others, 404 for none', async () => {
    const [first] = (await api('/invoices?status=sent')).json.invoices;
    expect(checkPdf((await pdf(`/invoices/${first.id}/pdf?size=Letter`)).bytes).mediaBoxes[0]).toEqual([0, 0, 612, 792]);
    expect(checkPdf((await pdf(`/invoices/${first.id}/pdf?size=B5`)).bytes).mediaBoxes[0]).toEqual([0, 0, 595, 842]);
    const paid = checkPdf((await pdf('/invoices/3/pdf')).bytes);
    expect(paid.text.some((t) => /^\d{4}-\d{2}-\d{2} {4}.* EUR {4}completed {4}bank_transfer$/.test(t))).toBe(true); // its payment
    const refused = await fetch(`${BASE}/api/v1/invoices/${first.id}/pdf`, { headers: { authorization: `Bearer ${alice}` } });
    expect(refused.status).toBe(403);
    expect(refused.headers.get('content-type')).toBe('application/json');
    expect((await refused.json()).error).toBe('Permission denied');
    expect((await api('/invoices/999999/pdf')).status).toBe(404);
  });

  it('sends a time-off request form to its owner, admins and approvers only', async () => {
    const mine = (await api('/time-off/requests', { token: alice })).json.time_off_requests[0];
    const { res, bytes } = await pdf(`/time-off/requests/${mine.id}/pdf`, alice);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toBe(`attachment; filename=time_off_request_${mine.id}.pdf`);
    const doc = checkPdf(bytes);
    expect(doc.text).toContain(`Request #${mine.id}    Status: ${mine.status}`);
    expect(doc.text).toContain(`Type: ${mine.leave_type}`);
    expect((await pdf(`/time-off/requests/${mine.id}/pdf`)).res.status).toBe(200); // admin
    const adminsOwn = (await api('/time-off/requests?status=submitted')).json.time_off_requests.find((r: { user_id: number }) => r.user_id === 1);
    expect((await api(`/time-off/requests/${adminsOwn.id}/pdf`, { token: alice })).json).toMatchObject({ error: 'Access denied' });
    expect((await api('/time-off/requests/999999/pdf')).status).toBe(404);
  });
});

describe('PDF over HTTP', () => {
  const engine = createEngine({ seed: 1, strict: true, clock: createClock({ frozenAt: Date.parse('2026-11-16T10:00:00Z') }) });
  let server: MockHttpServer;
  let base = '';
  beforeAll(async () => {
    server = createHttpServer(engine);
    await new Promise<void>((resolve) => server.server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.server.address() as AddressInfo).port}`;
  });
  afterAll(() => server.close());

  it('arrives byte for byte as the engine made it, with its length and disposition', async () => {
    msw.use(http.all(`${base}/*`, () => passthrough())); // this request goes out to the node server
    const key = engine.tokens().find((t) => t.is_active && t.scopes.includes('admin:all'))!.token;
    const res = await fetch(`${base}/api/v1/invoices/2/pdf?size=A5`, { headers: { authorization: `Bearer ${key}` } });
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    expect(res.headers.get('content-length')).toBe(String(bytes.byteLength));
    expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename=INV-\d{8}-\d{4}\.pdf$/);
    const direct = await engine.handle({ method: 'GET', path: '/api/v1/invoices/2/pdf', search: 'size=A5', headers: { authorization: `Bearer ${key}` } });
    expect(bytes).toEqual(direct.body);
    expect(checkPdf(bytes).mediaBoxes[0]).toEqual([0, 0, 420, 595]);
    expect(engine.violations).toEqual([]);
  });
});

describe('invoice approvals', () => {
  it('lists pending approvals for the current approver; the requester and admins may read one', async () => {
    const all = (await api('/invoice-approvals')).json.invoice_approvals;
    expect(all.map((a: { status: string }) => a.status)).toEqual(['pending']);
    const [a] = all;
    expect(a).toMatchObject({ invoice_id: 6, current_stage: 0, total_stages: 2, requested_by: 3 });
    expect(a.invoice_number).toMatch(/^INV-/);
    expect((await api('/invoice-approvals', { token: alice })).json.invoice_approvals).toEqual([]); // not her stage
    expect((await api(`/invoice-approvals/${a.id}`, { token: alice })).status).toBe(200); // she asked for it
    expect((await api('/invoice-approvals/2', { token: alice })).json).toMatchObject({ error: 'Access denied', error_code: 'error' });
    expect((await api('/invoice-approvals/999999')).status).toBe(404);
  });

  it('approves stage by stage; the last approval sends the draft; only the stage approver may approve', async () => {
    const inv = await draft();
    expect((await api(`/invoices/${inv.id}/request-approval`, { method: 'POST', body: {} })).json).toMatchObject({ error: 'approver_ids is required', errors: { approver_ids: ['approver_ids must be a non-empty list'] } });
    const made = await api(`/invoices/${inv.id}/request-approval`, { method: 'POST', body: { approvers: [1, 1] }, token: alice });
    expect(made.status).toBe(201);
    const id = made.json.invoice_approval.id;
    expect((await api(`/invoices/${inv.id}/request-approval`, { method: 'POST', body: { approver_ids: [1] } })).json.error).toBe('An approval request is already pending for this invoice.');
    expect((await api(`/invoice-approvals/${id}/approve`, { method: 'POST', body: {}, token: alice })).json.error).toBe('You are not authorized to approve at this stage.');
    clock.advance(60_000);
    const first = (await api(`/invoice-approvals/${id}/approve`, { method: 'POST', body: { comment: 'ok 1' } })).json.invoice_approval;
    expect(first).toMatchObject({ status: 'pending', current_stage: 1, stages: [{ status: 'approved', comments: 'ok 1', approved_at: '2026-11-16T10:01:00' }, { status: 'pending' }] });
    expect((await api(`/invoices/${inv.id}`)).json.invoice.status).toBe('draft');
    const done = (await api(`/invoice-approvals/${id}/approve`, { method: 'POST' })).json.invoice_approval;
    expect(done).toMatchObject({ status: 'approved', approved_by: 1, approved_at: '2026-11-16T10:01:00' });
    expect((await api(`/invoices/${inv.id}`)).json.invoice.status).toBe('sent');
    expect((await api(`/invoice-approvals/${id}/approve`, { method: 'POST' })).json.error).toBe('Approval is not pending (current status: approved).');
    // Unknown ids: this spec's 404 (the real server answers 400 `Approval not found.` / `Invoice not found.`).
    expect((await api('/invoice-approvals/999999/approve', { method: 'POST' })).status).toBe(404);
    expect((await api('/invoices/999999/request-approval', { method: 'POST', body: { approver_ids: [1] } })).status).toBe(404);
  });

  it('anyone may reject with a reason; the stage and the request end rejected', async () => {
    expect((await api('/invoice-approvals/1/reject', { method: 'POST', body: {}, token: alice })).json).toMatchObject({ error: 'Rejection reason required', errors: { reason: ['reason is required'] } });
    const r = (await api('/invoice-approvals/1/reject', { method: 'POST', body: { rejection_reason: 'Rate too high' }, token: alice })).json.invoice_approval;
    expect(r).toMatchObject({ status: 'rejected', rejected_by: 3, rejection_reason: 'Rate too high', stages: [{ status: 'rejected', comments: 'Rate too high' }, { status: 'pending' }] });
    expect((await api('/invoice-approvals')).json.invoice_approvals).toEqual([]);
    expect((await api('/invoices/6')).json.invoice.status).toBe('sent');
  });
});

describe('credit notes', () => {
  it('lower the outstanding amount, not the paid one; numbered on the engine clock', async () => {
    const inv = await draft();
    const note = await api('/credit-notes', { method: 'POST', body: { invoice_id: inv.id, amount: 30, reason: 'Discount' } });
    expect(note.status).toBe(201);
    expect(note.json.credit_note).toMatchObject({ invoice_id: inv.id, credit_number: `CN-${inv.id}-${Date.parse('2026-11-16T10:00:00Z') / 1000}`, amount: 30, created_by: 1, created_at: '2026-11-16T10:00:00' });
    const again = await api('/credit-notes', { method: 'POST', body: { invoice_id: inv.id, amount: 20 } });
    expect(again.json.credit_note.credit_number).toBe(`${note.json.credit_note.credit_number}-2`);
    expect((await api(`/invoices/${inv.id}`)).json.invoice).toMatchObject({ total_amount: 200, amount_paid: 0, outstanding_amount: 150 });
    expect((await api(`/credit-notes?invoice_id=${inv.id}`)).json.credit_notes.map((c: { amount: number }) => c.amount)).toEqual([20, 30]); // newest first
    expect((await api(`/credit-notes/${again.json.credit_note.id}`, { method: 'PATCH', body: { amount: 40 } })).json).toEqual({ message: 'Credit note updated successfully' });
    expect((await api(`/invoices/${inv.id}`)).json.invoice.outstanding_amount).toBe(130);
    expect((await api(`/credit-notes/${note.json.credit_note.id}`, { method: 'DELETE' })).json.message).toBe('Credit note deleted successfully');
    expect((await api(`/invoices/${inv.id}`)).json.invoice.outstanding_amount).toBe(160);
    expect((await api(`/credit-notes/${note.json.credit_note.id}`)).status).toBe(404);
  });

  it('refuse a zero amount, an unknown invoice and a bad amount type', async () => {
    expect((await api('/credit-notes', { method: 'POST', body: { invoice_id: 1, amount: 0 } })).json.error).toBe('Missing required fields: amount');
    expect((await api('/credit-notes', { method: 'POST', body: { invoice_id: 999999, amount: 5 } })).json.error).toBe('Invalid invoice_id');
    expect((await api('/credit-notes', { method: 'POST', body: { invoice_id: 1, amount: 'x' } })).status).toBe(400);
    const seeded = (await api('/credit-notes')).json;
    expect(seeded.pagination.total).toBe(2);
  });
});

describe('recurring invoices', () => {
  it('generates the due invoice on the engine clock, once, and moves the next run a month on', async () => {
    const [ri] = (await api('/recurring-invoices?is_active=true')).json.recurring_invoices.filter((r: { name: string }) => r.name === 'Monthly retainer');
    expect(ri.next_run_date).toBe('2026-11-16');
    const made = await api(`/recurring-invoices/${ri.id}/generate`, { method: 'POST' });
    expect(made.status).toBe(201);
    expect(made.json.invoice).toMatchObject({ status: 'draft', issue_date: '2026-11-16', due_date: '2026-12-16', project_id: ri.project_id, created_by: ri.created_by, client_name: ri.client_name });
    expect(made.json.invoice.total_amount).toBeGreaterThan(0); // the project's unbilled billable time
    const after = (await api(`/recurring-invoices/${ri.id}`)).json.recurring_invoice;
    expect(after).toMatchObject({ next_run_date: '2026-12-16', last_generated_at: '2026-11-16T10:00:00' });
    expect(await api(`/recurring-invoices/${ri.id}/generate`, { method: 'POST' })).toEqual({ status: 200, json: { message: 'No invoice generated (not due yet or inactive)' } });
    // A month on it is due again; the time billed the first time is not billed twice.
    clock.set(Date.parse('2026-12-16T08:00:00Z'));
    const second = await api(`/recurring-invoices/${ri.id}/generate`, { method: 'POST' });
    expect(second.status).toBe(201);
    expect(second.json.invoice.total_amount).toBe(0);
    expect((await api(`/recurring-invoices/${ri.id}`)).json.recurring_invoice.next_run_date).toBe('2027-01-16');
  });

  it('generates nothing when inactive or past its end; filters, validates and deactivates', async () => {
    const all = (await api('/recurring-invoices')).json.recurring_invoices;
    const ended = all.find((r: { name: string }) => r.name.includes('ended'));
    const inactive = all.find((r: { is_active: boolean }) => !r.is_active);
    for (const r of [ended, inactive]) expect((await api(`/recurring-invoices/${r.id}/generate`, { method: 'POST' })).status).toBe(200);
    expect((await api('/recurring-invoices?is_active=no')).json.recurring_invoices.map((r: { id: number }) => r.id)).toEqual([inactive.id]);
    expect((await api('/recurring-invoices', { method: 'POST', body: { name: 'x', project_id: 1, client_id: 1, client_name: 'X', frequency: 'hourly', next_run_date: '2026-12-01' } })).json.error).toBe('Invalid frequency');
    const made = await api('/recurring-invoices', { method: 'POST', body: { name: 'Quarterly', project_id: 1, client_id: 1, client_name: 'X', frequency: 'Monthly', interval: 3, next_run_date: '2027-01-31' } });
    expect(made.json.recurring_invoice).toMatchObject({ frequency: 'monthly', interval: 3, is_active: true, due_date_days: 30, last_generated_at: null });
    const id = made.json.recurring_invoice.id;
    const patched = (await api(`/recurring-invoices/${id}`, { method: 'PATCH', body: { frequency: 'hourly', next_run_date: 'soon', name: 'Quarterly fee' } })).json.recurring_invoice;
    expect(patched).toMatchObject({ frequency: 'monthly', next_run_date: '2027-01-31', name: 'Quarterly fee' });
    expect((await api(`/recurring-invoices/${id}`, { method: 'DELETE' })).json.message).toBe('Recurring invoice deactivated successfully');
    expect((await api(`/recurring-invoices/${id}`)).json.recurring_invoice.is_active).toBe(false);
  });
});

describe("a client's unbilled time", () => {
  it('becomes one draft with an item per project, once', async () => {
    // Client 6 has only project time (the seeded client calls without a project go to clients 1-5).
    const res = await api('/clients/6/invoice-unbilled', { method: 'POST' });
    expect(res.status).toBe(200);
    expect(res.json.item_count).toBeGreaterThan(0);
    const inv = (await api(`/invoices/${res.json.invoice_id}`)).json.invoice;
    expect(inv).toMatchObject({ invoice_number: res.json.invoice_number, status: 'draft', client_id: 6, total_amount: res.json.total, due_date: '2026-12-16' });
    expect(inv.items).toHaveLength(res.json.item_count);
    expect(inv.items.every((it: { description: string; time_entry_ids: string }) => it.description.startsWith('Project: ') && /^\d+(,\d+)*$/.test(it.time_entry_ids))).toBe(true);
    expect(await api('/clients/6/invoice-unbilled', { method: 'POST' })).toMatchObject({ status: 400, json: { error: 'no_unbilled_entries', message: 'No unbilled time entries for this client.' } });
    expect(await api('/clients/999999/invoice-unbilled', { method: 'POST' })).toMatchObject({ status: 404, json: { error: 'not_found', message: 'Client not found' } });
  });

  it('refuses while billable time of the client has no project', async () => {
    const client = (await api('/clients', { method: 'POST', body: { name: 'Direct calls Ltd' } })).json.client;
    // The API books time on a project; the seed's client calls are such entries (rows of the store, as the seed writes them).
    const start = Date.parse('2026-11-13T14:00:00Z');
    mock.engine.store.insertTimeEntry(newTimeEntry({ user_id: 1, client_id: client.id, start, end: start + 3_600_000, billable: true }));
    expect((await api(`/clients/${client.id}/invoice-unbilled`, { method: 'POST' })).json.error).toBe('no_project_entries');
  });
});

describe('seeded billing rows', () => {
  it('hold on any day: an approval in every state, credit notes, a recurring invoice due today', async () => {
    for (const at of ['2026-01-01T00:30:00Z', '2026-06-15T12:00:00Z', '2027-02-28T23:59:00Z', '2028-02-29T08:00:00Z']) {
      const e = createEngine({ seed: 3, clock: createClock({ frozenAt: Date.parse(at) }) });
      const s = e.store;
      expect(s.invoiceApprovals.toArray().map((a) => a.status), at).toEqual(['pending', 'approved', 'rejected']);
      expect(s.creditNotes.size, at).toBe(2);
      for (const c of s.creditNotes.toArray()) expect(c.created_at < Date.parse(at) && s.invoices.get(c.invoice_id) !== undefined, at).toBe(true);
      const [due, weekly, ended, inactive] = s.recurringInvoices.toArray();
      expect(due.next_run_date, at).toBe(at.slice(0, 10));
      expect(weekly.next_run_date > at.slice(0, 10) && ended.end_date! < at.slice(0, 10) && !inactive.is_active, at).toBe(true);
      const key = e.tokens().find((t) => t.is_active && t.scopes.includes('admin:all'))!.token;
      const res = await e.handle({ method: 'POST', path: `/api/v1/recurring-invoices/${due.id}/generate`, search: '', headers: { authorization: `Bearer ${key}` } });
      expect(res.status, at).toBe(201);
    }
    const empty = createEngine({ seed: 3, scenario: 'empty' }).store;
    expect([empty.invoiceApprovals.size, empty.creditNotes.size, empty.recurringInvoices.size]).toEqual([0, 0, 0]);
  });
});
