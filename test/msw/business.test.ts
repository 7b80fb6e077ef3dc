/**
 * Webhooks under MSW (delivery goes through `fetch`, so the test's own
 * handler receives it), invoices through payment, the timesheet lock and
 * time-off balances, in strict mode. The data is seeded around several
 * "nows" to show the seeded rows hold on any day.
 */
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../src/node.js';
import { createClock } from '../../src/core/clock.js';
import { OUTBOX_MAX_JOBS } from '../../src/core/outbox.js';
import { startMock, token } from './mock.js';

const { mock, server, clock } = startMock();
const admin = token(mock, 'admin');
const alice = token(mock, 'user');

async function api(path: string, init: { method?: string; body?: unknown; token?: string } = {}) {
  const res = await fetch(`http://tt.test/api/v1${path}`, {
    method: init.method ?? 'GET',
    headers: { authorization: `Bearer ${init.token ?? admin}`, 'content-type': 'application/json' },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
  return { status: res.status, json: (await res.json()) as Record<string, any> };
}

describe('webhooks under MSW', () => {
  it('delivers through fetch; a receiver that keeps failing ends failed after 1 + max_retries attempts', async () => {
    const seen: Request[] = [];
    server.use(
      http.post('http://hooks.test/tt', ({ request }) => {
        seen.push(request.clone());
        return new HttpResponse('unavailable', { status: 503 });
      }),
    );
    const hook = await api('/webhooks', { method: 'POST', body: { name: 'failing', url: 'http://hooks.test/tt', events: ['*'], max_retries: 1, retry_delay_seconds: 120 } });
    expect(hook.status).toBe(201);
    const id = hook.json.webhook.id;
    const project = await api('/projects', { method: 'POST', body: { name: 'Hooked project', client_id: 1 } });
    expect(project.status).toBe(201);
    await mock.engine.outbox.idle();
    expect(seen).toHaveLength(1);
    expect(seen[0].headers.get('x-webhook-event')).toBe('project.created');
    expect(seen[0].headers.get('x-webhook-signature')).toMatch(/^sha256=[0-9a-f]{64}$/);
    let [d] = (await api(`/webhooks/${id}/deliveries`)).json.deliveries;
    // Failed at 10:00:00; retry_delay 120 s -> 10:02:00; the cron runs at 10:05:00.
    expect(d).toMatchObject({ status: 'retrying', attempt_number: 1, retry_count: 1, next_retry_at: '2026-11-16T10:02:00', error_type: 'http_error' });
    clock.advance(4 * 60_000);
    mock.engine.outbox.runDue();
    await mock.engine.outbox.idle();
    expect(seen).toHaveLength(1);
    clock.advance(60_000);
    mock.engine.outbox.runDue();
    await mock.engine.outbox.idle();
    expect(seen).toHaveLength(2);
    [d] = (await api(`/webhooks/${id}/deliveries`)).json.deliveries;
    expect(d).toMatchObject({ status: 'failed', attempt_number: 2, retry_count: 1, response_status_code: 503 });
    expect((await api(`/webhooks/${id}`)).json.webhook).toMatchObject({ total_deliveries: 2, failed_deliveries: 2, successful_deliveries: 0 });
    // No further attempt, however far the clock goes.
    clock.advance(3_600_000);
    mock.engine.outbox.runDue();
    await mock.engine.outbox.idle();
    expect(seen).toHaveLength(2);
  });

  it('sends nothing to inactive or unsubscribed webhooks; a connection failure is recorded, not thrown', async () => {
    const seen: string[] = [];
    server.use(http.post('http://hooks.test/other', ({ request }) => (seen.push(request.headers.get('x-webhook-event') ?? ''), HttpResponse.text('ok'))));
    await api('/webhooks', { method: 'POST', body: { name: 'off', url: 'http://hooks.test/other', events: ['project.created'], is_active: false } });
    await api('/webhooks', { method: 'POST', body: { name: 'invoices only', url: 'http://hooks.test/other', events: ['invoice.created'] } });
    const down = await api('/webhooks', { method: 'POST', body: { name: 'down', url: 'http://hooks.test/down', events: ['project.created'], max_retries: 0 } });
    server.use(http.post('http://hooks.test/down', () => HttpResponse.error()));
    expect((await api('/projects', { method: 'POST', body: { name: 'Quiet project', client_id: 1 } })).status).toBe(201);
    await mock.engine.outbox.idle();
    expect(seen).toEqual([]);
    const [d] = (await api(`/webhooks/${down.json.webhook.id}/deliveries`)).json.deliveries;
    expect(d).toMatchObject({ status: 'failed', error_type: 'connection_error', attempt_number: 1 });
  });

  it('rejects bad targets with the documented messages, and lists the 31 event types', async () => {
    expect((await api('/webhooks', { method: 'POST', body: { name: 'x', url: 'ftp://example.com/x', events: ['*'] } })).json.errors).toEqual({ url: ['URL must use http or https.'] });
    expect((await api('/webhooks', { method: 'POST', body: { name: 'x', url: 'http://example.com', events: ['nope'] } })).json.error).toBe('Invalid event type: nope');
    expect((await api('/webhooks/events')).json.events).toHaveLength(31);
  });

  it('keeps the outbox bounded: past its cap an event is recorded as failed instead of queued', async () => {
    expect(mock.engine.outbox.maxJobs).toBe(OUTBOX_MAX_JOBS);
    const engine = createEngine({ seed: 1, clock: createClock({ frozenAt: Date.parse('2026-11-16T10:00:00Z') }), outboxMaxJobs: 1, deliver: () => new Promise(() => {}) });
    const token = engine.tokens().find((t) => t.is_active && t.scopes.includes('admin:all'))!.token;
    const call = (method: string, path: string, body: unknown) =>
      engine.handle({ method, path: `/api/v1${path}`, search: '', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: JSON.stringify(body) });
    const hook = (await call('POST', '/webhooks', { name: 'slow', url: 'http://hooks.test/slow', events: ['project.created'] })) as { body: { webhook: { id: number } } };
    await call('POST', '/projects', { name: 'One', client_id: 1 });
    await call('POST', '/projects', { name: 'Two', client_id: 1 });
    const list = engine.store.views.deliveriesByWebhook.group(hook.body.webhook.id);
    expect(list.map((d) => d.status)).toEqual(['failed', 'pending']);
    expect(list[0].error_message).toMatch(/outbox full/);
  });
});

describe('invoices, payments, periods and time off', () => {
  it('an invoice goes draft -> sent -> paid by payment; other transitions are refused', async () => {
    const [draft] = (await api('/invoices?status=draft')).json.invoices;
    const items = await api(`/invoices/${draft.id}/items`, { method: 'PUT', body: { items: [{ description: 'Design', quantity: 2.5, unit_price: 100 }, { description: '' }] } });
    expect(items.json.invoice).toMatchObject({ subtotal: 250, items: [{ description: 'Design', total_amount: 250 }] });
    expect((await api(`/invoices/${draft.id}`, { method: 'PATCH', body: { status: 'paid' } })).json.error_code).toBe('invalid_status_transition');
    expect((await api(`/invoices/${draft.id}`, { method: 'PATCH', body: { status: 'sent', amount_paid: 1 } })).json.invoice).toMatchObject({ status: 'sent', amount_paid: 0 });
    const total = items.json.invoice.total_amount;
    await api('/payments', { method: 'POST', body: { invoice_id: draft.id, amount: total / 2 } });
    expect((await api(`/invoices/${draft.id}`)).json.invoice).toMatchObject({ status: 'sent', payment_status: 'partially_paid' });
    const second = await api('/payments', { method: 'POST', body: { invoice_id: draft.id, amount: total / 2 } });
    const paid = (await api(`/invoices/${draft.id}`)).json.invoice;
    expect(paid).toMatchObject({ status: 'paid', payment_status: 'fully_paid', amount_paid: total, outstanding_amount: 0 });
    expect(paid.payments).toHaveLength(2);
    await api(`/payments/${second.json.payment.id}`, { method: 'DELETE' });
    expect((await api(`/invoices/${draft.id}`)).json.invoice.amount_paid).toBe(total / 2);
  });

  it('a closed period refuses new entries for everyone and changes by non-admins; admins may still edit', async () => {
    const periods = (await api('/timesheet-periods?status=closed')).json.timesheet_periods;
    expect(periods.length).toBeGreaterThan(0);
    const closed = periods[0];
    const day = closed.period_start;
    const entries = (await api(`/time-entries?user_id=${closed.user_id}&start_date=${day}&end_date=${closed.period_end}&per_page=5`)).json.time_entries;
    expect((await api('/time-entries', { method: 'POST', body: { project_id: 1, start_time: `${day}T05:00:00`, end_time: `${day}T05:10:00` } })).status).toBe(201); // the admin's own week is open
    const refused = await api('/time-entries', { method: 'POST', body: { user_id: closed.user_id, project_id: 1, start_time: `${day}T05:00:00`, end_time: `${day}T05:10:00` } });
    expect(refused).toMatchObject({ status: 400, json: { error: 'Timesheet period is closed for the selected date range' } });
    if (entries.length > 0) expect((await api(`/time-entries/${entries[0].id}`, { method: 'PATCH', body: { notes: 'admin fix' } })).status).toBe(200);
    // alice's own week: close it as admin, then she cannot change her entry there.
    const mine = (await api('/time-entries?per_page=1', { token: alice })).json.time_entries[0];
    const period = (await api('/timesheet-periods', { method: 'POST', body: { user_id: mine.user_id, reference_date: mine.start_time.slice(0, 10) } })).json.timesheet_period;
    expect((await api(`/timesheet-periods/${period.id}/close`, { method: 'POST', body: {} })).json.timesheet_period.is_locked).toBe(true);
    expect((await api(`/time-entries/${mine.id}`, { method: 'PATCH', body: { notes: 'late change' }, token: alice })).json.error).toBe('Timesheet period is closed for this entry');
    expect((await api(`/time-entries/${mine.id}`, { method: 'DELETE', token: alice })).status).toBe(400);
    expect((await api(`/timesheet-periods/${period.id}/close`, { method: 'POST', body: {} }, )).status).toBe(200); // closing again changes nothing
  });

  it('approving a request moves the balance; a processed request cannot be approved again', async () => {
    const balance = async () => (await api('/time-off/balances')).json.balances.find((b: { leave_type_code: string }) => b.leave_type_code === 'vacation');
    const before = await balance();
    const [req] = (await api('/time-off/requests?status=submitted')).json.time_off_requests.filter((r: { user_id: number }) => r.user_id === 1);
    expect((await api(`/time-off/requests/${req.id}/approve`, { method: 'POST', body: { comment: 'ok' } })).json.time_off_request.status).toBe('approved');
    const after = await balance();
    expect(after.used_hours).toBe(before.used_hours + req.requested_hours);
    expect(after.remaining_hours).toBe(before.remaining_hours - req.requested_hours);
    expect((await api(`/time-off/requests/${req.id}/approve`, { method: 'POST', body: {} })).json.error).toBe('Request has already been processed');
  });

  it('seeds every invoice status, the period statuses and time off on any day', () => {
    for (const at of ['2026-01-01T00:30:00Z', '2026-06-15T12:00:00Z', '2027-02-28T23:59:00Z', '2028-02-29T08:00:00Z']) {
      const e = createEngine({ seed: 3, clock: createClock({ frozenAt: Date.parse(at) }) });
      const s = e.store;
      expect(new Set(s.invoices.toArray().map((i) => i.status)), at).toEqual(new Set(['draft', 'sent', 'paid', 'overdue', 'cancelled']));
      expect(s.invoices.get(1)!.status).toBe('draft');
      for (const i of s.invoices.toArray()) expect(i.subtotal, at).toBe(Math.round(i.items.reduce((t, x) => t + x.total_amount, 0) * 100) / 100);
      expect(new Set(s.timesheetPeriods.toArray().map((p) => p.status)), at).toEqual(new Set(['draft', 'submitted', 'rejected', 'approved', 'closed']));
      const today = at.slice(0, 10);
      const own = s.timesheetPeriods.get(1)!;
      expect(own.period_start <= today && today <= own.period_end, at).toBe(true);
      expect(s.timeOffRequests.get(1)!.status).toBe('submitted');
      expect(s.timeOffRequests.toArray().some((r) => r.leave_type_id === 1), at).toBe(false); // leave type 1 can be deleted
    }
  });
});

describe('time-entry templates under MSW', () => {
  it('lists only your own, keeps others out, needs a name, and updates and deletes', async () => {
    const mine = (await api('/time-entry-templates', { token: alice })).json;
    expect(mine.templates.map((t: { name: string }) => t.name)).toEqual(['Daily stand-up']);
    expect(mine.templates[0]).toMatchObject({ default_duration_minutes: 15, default_duration: 0.25, usage_count: 12 });
    const adminsOwn = (await api('/time-entry-templates')).json.templates;
    expect(adminsOwn.map((t: { name: string }) => t.name)).toEqual(['Code review', 'Weekly planning']); // newest first, admins see only theirs too
    expect((await api(`/time-entry-templates/${adminsOwn[0].id}`, { token: alice })).status).toBe(403);
    expect((await api('/time-entry-templates', { method: 'POST', body: { name: '   ' }, token: alice })).json.error).toBe('Missing required fields: name');

    const made = await api('/time-entry-templates', { method: 'POST', body: { name: 'Support call', project_id: 1, default_duration_minutes: 30 }, token: alice });
    expect(made.status).toBe(201);
    expect(made.json.template).toMatchObject({ name: 'Support call', billable: true, default_duration: 0.5, usage_count: 0, last_used_at: null });
    expect(made.json.template.project_name).toEqual(expect.any(String));
    const id = made.json.template.id;
    const patched = await api(`/time-entry-templates/${id}`, { method: 'PATCH', body: { billable: false, tags: 'support' }, token: alice });
    expect(patched.json.template).toMatchObject({ name: 'Support call', billable: false, tags: 'support' });
    expect((await api(`/time-entry-templates/${id}`)).json.template.id).toBe(id); // an admin may read it
    expect((await api(`/time-entry-templates/${id}`, { method: 'DELETE', token: alice })).json.message).toBe('Template deleted successfully');
    expect((await api(`/time-entry-templates/${id}`, { token: alice })).status).toBe(404);
  });

  it('seeds the same templates on any day', () => {
    for (const at of ['2026-01-01T00:30:00Z', '2028-02-29T08:00:00Z']) {
      const s = createEngine({ seed: 3, clock: createClock({ frozenAt: Date.parse(at) }) }).store;
      expect(s.timeEntryTemplates.toArray().map((t) => t.name), at).toEqual(['Weekly planning', 'Code review', 'Daily stand-up']);
      for (const t of s.timeEntryTemplates.toArray()) expect(t.created_at < Date.parse(at) && (t.last_used_at ?? 0) < Date.parse(at), at).toBe(true);
    }
  });
});
