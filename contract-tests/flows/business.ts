/**
 * The stateful flows of the finance and workforce routes: an invoice from
 * time entries through payment; a timesheet period submitted, approved and
 * closed, after which its week takes no new time entry; a time-off request
 * approved, moving the leave type's balance.
 */
import { farDay } from '../cases/business.js';
import { idOf } from '../lib/context.js';
import { createEntry } from '../lib/factory.js';
import { arrayAt, expectThat, objectAt, sharedId, step, type Flow } from '../lib/flow.js';

/** Two amounts equal to the cent. */
export const near = (a: unknown, b: number) => typeof a === 'number' && Math.abs(a - b) < 0.011;

export const invoiceFlow: Flow = {
  id: 'invoice-from-time',
  title: 'invoice from time entries (draft, items at the project rate) -> sent -> a payment of the total -> paid; paid cannot go back to draft',
  async run(c, shared) {
    const projectId = sharedId(shared, 'projectId');
    const project = objectAt(await step(c, 'read project', 'getProject', { params: { project_id: projectId } }, 200), 'project', 'read project');
    const rate = typeof project.hourly_rate === 'number' ? project.hourly_rate : 0;
    const a = await createEntry(c, projectId, {}, 30);
    const b = await createEntry(c, projectId, {}, 15);
    const made = await step(c, 'invoice from entries', 'createInvoiceFromTimeEntries', { json: { project_id: projectId, time_entry_ids: [a.id as number, b.id as number] } }, 201);
    const inv = objectAt(made, 'invoice', 'invoice from entries');
    const id = idOf(made.body, 'invoice');
    c.defer(`cancel invoice ${id}`, () => c.call('cancelInvoice', { params: { invoice_id: id } }));
    expectThat(inv.status === 'draft', 'invoice from entries', `status is ${String(inv.status)}, expected draft`, made.ex);
    const hours = (45 * 60) / 3600;
    expectThat(near(inv.subtotal, hours * rate), 'invoice from entries', `subtotal ${String(inv.subtotal)}, expected ${hours} h x ${rate}`, made.ex);
    expectThat(Array.isArray(inv.items) && inv.items.length >= 1, 'invoice from entries', 'no items', made.ex);

    const sent = await step(c, 'send', 'patchInvoice', { params: { invoice_id: id }, json: { status: 'sent' } }, 200);
    expectThat(objectAt(sent, 'invoice', 'send').status === 'sent', 'send', 'status did not become sent', sent.ex);
    const total = objectAt(sent, 'invoice', 'send').total_amount as number;
    if (total > 0) {
      const paid = await step(c, 'pay the total', 'createPayment', { json: { invoice_id: id, amount: total } }, 201);
      const paymentId = idOf(paid.body, 'payment');
      c.defer(`delete payment ${paymentId}`, () => c.call('deletePayment', { params: { payment_id: paymentId } }));
      const got = objectAt(await step(c, 'read paid invoice', 'getInvoice', { params: { invoice_id: id } }, 200), 'invoice', 'read paid invoice');
      expectThat(got.status === 'paid', 'read paid invoice', `status ${String(got.status)}, expected paid`);
      expectThat(near(got.amount_paid, total) && got.payment_status === 'fully_paid', 'read paid invoice', `amount_paid ${String(got.amount_paid)} / ${String(got.payment_status)}`);
      expectThat(Array.isArray(got.payments) && got.payments.length === 1, 'read paid invoice', 'the payment is not listed on the invoice');
      await step(c, 'paid cannot go back to draft', 'patchInvoice', { params: { invoice_id: id }, json: { status: 'draft' } }, 400);
    }
  },
};

export const periodLockFlow: Flow = {
  id: 'timesheet-lock',
  title: 'timesheet period submit -> approve -> close; the closed week refuses a new time entry',
  async run(c, shared) {
    const projectId = sharedId(shared, 'projectId');
    const day = farDay(c);
    const made = await step(c, 'open the period', 'createTimesheetPeriod', { json: { reference_date: day } }, 201);
    const id = idOf(made.body, 'timesheet_period');
    const p = objectAt(made, 'timesheet_period', 'open the period');
    expectThat(p.status === 'draft' && typeof p.period_start === 'string' && p.period_start <= day && day <= String(p.period_end), 'open the period', `period ${String(p.period_start)}..${String(p.period_end)} ${String(p.status)}`, made.ex);
    await step(c, 'submit', 'submitTimesheetPeriod', { params: { period_id: id }, json: {} }, 200);
    const approved = await step(c, 'approve', 'approveTimesheetPeriod', { params: { period_id: id }, json: { comment: 'ok' } }, 200);
    expectThat(objectAt(approved, 'timesheet_period', 'approve').status === 'approved', 'approve', 'not approved', approved.ex);
    const closed = await step(c, 'close', 'closeTimesheetPeriod', { params: { period_id: id }, json: { reason: 'contract flow' } }, 200);
    expectThat(objectAt(closed, 'timesheet_period', 'close').is_locked === true, 'close', 'is_locked is not true', closed.ex);
    const refused = await step(c, 'entry in the closed week', 'createTimeEntry', { json: { project_id: projectId, start_time: `${day}T09:00:00`, end_time: `${day}T10:00:00` } }, 400);
    expectThat(/closed/i.test(refused.ex.response.text), 'entry in the closed week', 'the 400 does not say the period is closed', refused.ex);
    await step(c, 'a closed period cannot be submitted again', 'submitTimesheetPeriod', { params: { period_id: id }, json: {} }, 400);
  },
};

export const timeOffFlow: Flow = {
  id: 'time-off-balance',
  title: 'time-off request -> approve -> the leave type balance moves from remaining to used',
  async run(c) {
    const type = await step(c, 'leave type', 'createLeaveType', { json: { name: c.name('leave'), code: c.name('leave').replace(/\W+/g, '_'), annual_allowance_hours: 100 } }, 201);
    const typeId = idOf(type.body, 'leave_type');
    const balanceOf = async (label: string) => {
      const r = await step(c, label, 'getTimeOffBalances', {}, 200);
      const row = arrayAt(r, 'balances', label).find((b) => b.leave_type_id === typeId);
      expectThat(row !== undefined, label, `no balance for leave type ${typeId}`, r.ex);
      return row;
    };
    const before = await balanceOf('balance before');
    expectThat(before.used_hours === 0 && before.remaining_hours === 100, 'balance before', `used ${String(before.used_hours)}, remaining ${String(before.remaining_hours)}`);
    const day = farDay(c);
    const req = await step(c, 'request', 'createTimeOffRequest', { json: { leave_type_id: typeId, start_date: day, end_date: day, requested_hours: 16 } }, 201);
    const reqId = idOf(req.body, 'time_off_request');
    expectThat(objectAt(req, 'time_off_request', 'request').status === 'submitted', 'request', 'not submitted');
    const pending = await balanceOf('balance while pending');
    expectThat(pending.used_hours === 0, 'balance while pending', 'a pending request already counts');
    await step(c, 'approve', 'approveTimeOffRequest', { params: { request_id: reqId }, json: { comment: 'ok' } }, 200);
    const after = await balanceOf('balance after');
    expectThat(after.used_hours === 16 && after.remaining_hours === 84, 'balance after', `used ${String(after.used_hours)}, remaining ${String(after.remaining_hours)}`);
    await step(c, 'approved twice', 'approveTimeOffRequest', { params: { request_id: reqId }, json: {} }, 400);
  },
};
