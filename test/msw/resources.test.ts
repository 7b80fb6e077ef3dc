/** Tasks, clients, quotes, inventory, reports, search, web routes, attendance and the worked client example. */
import { describe, expect, it } from 'vitest';
import { call, expectError, startMock, token } from './mock.js';

const { mock, clock } = startMock();

describe('tasks', () => {
  it('create (the documented status, priority from a number) -> get -> update -> delete', async () => {
    const t = token(mock, 'all');
    const project = (await call('GET', '/api/v1/projects?per_page=1', { token: t })).body.projects[0];
    const created = await call('POST', '/api/v1/tasks', { token: t, body: { name: 'Login', project_id: project.id, status: 'done', priority: 3 } });
    expect(created.status).toBe(201);
    expect(created.body.task).toMatchObject({ status: 'done', priority: 'high', priority_class: 'priority-high', project_id: project.id });
    const id = created.body.task.id;
    expect((await call('GET', `/api/v1/tasks/${id}`, { token: t })).body.task.name).toBe('Login');
    const upd = await call('PATCH', `/api/v1/tasks/${id}`, { token: t, body: { status: 'in_progress' } });
    expect(upd.body.task).toMatchObject({ status: 'in_progress', status_display: 'In Progress' });
    expect(upd.body.task.started_at).not.toBeNull();
    expect((await call('PUT', `/api/v1/tasks/${id}`, { token: t, body: { status: 'done' } })).body.task.progress_percentage).toBe(100);
    expect((await call('DELETE', `/api/v1/tasks/${id}`, { token: t })).status).toBe(200);
    expectError(await call('GET', `/api/v1/tasks/${id}`, { token: t }), 404, 'not_found');
  });
  it('list filters by project and status; ordered urgent first; errors', async () => {
    const t = token(mock, 'all');
    const list = await call('GET', '/api/v1/tasks?per_page=500', { token: t });
    expect(list.body.pagination.per_page).toBe(100);
    const ranks = list.body.tasks.map((x: { priority: string }) => ['low', 'medium', 'high', 'urgent'].indexOf(x.priority));
    expect(ranks).toEqual([...ranks].sort((a: number, b: number) => b - a));
    const todo = await call('GET', '/api/v1/tasks?status=todo', { token: t });
    expect(todo.body.tasks.every((x: { status: string }) => x.status === 'todo')).toBe(true);
    expectError(await call('POST', '/api/v1/tasks', { token: t, body: { project_id: 1 } }), 400, 'validation_error');
    expectError(await call('POST', '/api/v1/tasks', { token: t, body: { name: 'x', project_id: 99999 } }), 400);
    expectError(await call('PUT', '/api/v1/tasks/99999', { token: t, body: { name: 'x' } }), 404);
  });
});

describe('clients', () => {
  it('create -> get -> update -> delete; duplicate name and missing name are 400', async () => {
    const t = token(mock, 'all');
    const created = await call('POST', '/api/v1/clients', { token: t, body: { name: 'Globex', email: 'hi@globex.test', company: 'Globex Corporation', default_hourly_rate: 90 } });
    expect(created.status).toBe(201);
    expect(created.body.client).toMatchObject({ name: 'Globex', default_hourly_rate: '90.00', status: 'active', total_projects: 0 });
    const id = created.body.client.id;
    expect((await call('GET', `/api/v1/clients/${id}`, { token: t })).body.client.email).toBe('hi@globex.test');
    expect((await call('PUT', `/api/v1/clients/${id}`, { token: t, body: { status: 'inactive' } })).body.client.is_active).toBe(false);
    expectError(await call('POST', '/api/v1/clients', { token: t, body: { name: 'Globex' } }), 400);
    expectError(await call('POST', '/api/v1/clients', { token: t, body: { email: 'x@y.z' } }), 400, 'validation_error');
    expect((await call('DELETE', `/api/v1/clients/${id}`, { token: t })).status).toBe(200);
    expectError(await call('GET', `/api/v1/clients/${id}`, { token: t }), 404, 'not_found');
    const busy = (await call('GET', '/api/v1/clients', { token: t })).body.clients.find((c: { total_projects: number }) => c.total_projects > 0);
    expectError(await call('DELETE', `/api/v1/clients/${busy.id}`, { token: t }), 400);
  });
});

describe('quotes', () => {
  it('create computes totals from items; update replaces items; delete', async () => {
    const t = token(mock, 'admin');
    const client = (await call('GET', '/api/v1/clients', { token: t })).body.clients[0];
    const created = await call('POST', '/api/v1/quotes', {
      token: t,
      body: { client_id: client.id, title: 'Retainer', tax_rate: 21, items: [{ description: 'Support', quantity: 10, unit_price: 75 }] },
    });
    expect(created.status).toBe(201);
    expect(created.body.quote).toMatchObject({ status: 'draft', subtotal: 750, tax_amount: 157.5, total_amount: 907.5, currency_code: 'EUR' });
    const id = created.body.quote.id;
    const upd = await call('PATCH', `/api/v1/quotes/${id}`, { token: t, body: { status: 'sent', items: [{ description: 'Support', quantity: 2, unit_price: 100 }] } });
    expect(upd.body.quote).toMatchObject({ status: 'sent', subtotal: 200, total_amount: 242, is_sent: true });
    expect((await call('PUT', `/api/v1/quotes/${id}`, { token: t, body: { title: 'Retainer 2027' } })).body.quote.title).toBe('Retainer 2027');
    expect((await call('GET', `/api/v1/quotes/${id}`, { token: t })).body.quote.items).toHaveLength(1);
    const list = await call('GET', '/api/v1/quotes?status=sent', { token: t });
    expect(list.body.quotes.some((q: { id: number }) => q.id === id)).toBe(true);
    expect((await call('DELETE', `/api/v1/quotes/${id}`, { token: t })).status).toBe(200);
    expectError(await call('GET', `/api/v1/quotes/${id}`, { token: t }), 404);
    expectError(await call('POST', '/api/v1/quotes', { token: t, body: { client_id: client.id } }), 400, 'validation_error');
    expectError(await call('POST', '/api/v1/quotes', { token: t, body: { client_id: 99999, title: 'x' } }), 400);
  });
});

describe('inventory', () => {
  it('a transfer moves stock, is listed, fetched by reference, and shows in the reports', async () => {
    const t = token(mock, 'admin');
    const low = await call('GET', '/api/v1/inventory/reports/low-stock', { token: t });
    expect(low.status).toBe(200);
    const val = (await call('GET', '/api/v1/inventory/reports/valuation', { token: t })).body;
    const row = val.item_details.find((d: { quantity: number }) => d.quantity >= 2);
    const other = Object.values(val.by_warehouse as Record<string, { warehouse_id: number }>).find((w) => w.warehouse_id !== row.warehouse_id);
    const res = await call('POST', '/api/v1/inventory/transfers', {
      token: t,
      body: { stock_item_id: row.item_id, from_warehouse_id: row.warehouse_id, to_warehouse_id: other!.warehouse_id, quantity: 1, notes: 'test' },
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    const ref = res.body.reference_id;
    expect(res.body.transfers.map((x: { movement: { quantity: number } }) => x.movement.quantity)).toEqual([-1, 1]);
    const got = await call('GET', `/api/v1/inventory/transfers/${ref}`, { token: t });
    expect(got.body.transfer).toMatchObject({ reference_id: ref, quantity: 1, from_warehouse_id: row.warehouse_id });
    expect((await call('GET', '/api/v1/inventory/transfers', { token: t })).body.transfers[0].reference_id).toBe(ref);
    const after = (await call('GET', '/api/v1/inventory/reports/valuation', { token: t })).body;
    expect(after.total_value).toBeCloseTo(val.total_value, 2);
    const hist = await call('GET', `/api/v1/inventory/reports/movement-history?movement_type=transfer&page=1&per_page=5`, { token: t });
    expect(hist.body.movements[0].reference).toBe(`transfer#${ref}`);
    expect(hist.body.pagination.per_page).toBe(5);
    expect((await call('GET', '/api/v1/inventory/reports/turnover', { token: t })).body.items.length).toBeGreaterThan(0);
  });
  it('transfer errors: same warehouse, too much, unknown item, unknown reference', async () => {
    const t = token(mock, 'admin');
    const row = (await call('GET', '/api/v1/inventory/reports/valuation', { token: t })).body.item_details[0];
    expectError(await call('POST', '/api/v1/inventory/transfers', { token: t, body: { stock_item_id: row.item_id, from_warehouse_id: row.warehouse_id, to_warehouse_id: row.warehouse_id, quantity: 1 } }), 400);
    expectError(await call('POST', '/api/v1/inventory/transfers', { token: t, body: { stock_item_id: 99999, from_warehouse_id: 1, to_warehouse_id: 2, quantity: 1 } }), 404, 'not_found');
    expectError(await call('POST', '/api/v1/inventory/transfers', { token: t, body: { stock_item_id: row.item_id, from_warehouse_id: row.warehouse_id, to_warehouse_id: row.warehouse_id + 1, quantity: 1e9 } }), 400);
    expectError(await call('GET', '/api/v1/inventory/transfers/12345', { token: t }), 404, 'not_found');
  });
});

describe('reports and search', () => {
  it('summary reflects a new entry; non-admins cannot ask for another user', async () => {
    const user = token(mock, 'user');
    const q = '/api/v1/reports/summary?start_date=2026-11-15&end_date=2026-11-15';
    const before = (await call('GET', q, { token: user })).body.summary;
    const p = (await call('GET', '/api/v1/projects?per_page=1', { token: user })).body.projects[0];
    await call('POST', '/api/v1/time-entries', { token: user, body: { project_id: p.id, start_time: '2026-11-15T08:00:00', end_time: '2026-11-15T10:00:00', billable: true } });
    const after = (await call('GET', q, { token: user })).body.summary;
    expect(after.total_hours).toBeCloseTo(before.total_hours + 2, 2);
    expect(after.billable_hours).toBeCloseTo(before.billable_hours + 2, 2);
    expect(after.total_entries).toBe(before.total_entries + 1);
    expect(after.by_project.find((x: { project_id: number }) => x.project_id === p.id).hours).toBeGreaterThanOrEqual(2);
    expectError(await call('GET', '/api/v1/reports/summary?user_id=1', { token: user }), 403);
  });
  it('search finds projects and clients; short queries are 400 (v1) and 200 (legacy)', async () => {
    const t = token(mock, 'admin');
    const p = (await call('GET', '/api/v1/projects?per_page=1', { token: t })).body.projects[0];
    const res = await call('GET', `/api/v1/search?q=${encodeURIComponent(p.name.slice(0, 5))}&types=project`, { token: t });
    expect(res.body.results.some((r: { id: number; type: string }) => r.type === 'project' && r.id === p.id)).toBe(true);
    const short = await call('GET', '/api/v1/search?q=a', { token: t });
    expectError(short, 400);
    expect(short.body).toMatchObject({ results: [], partial: false, errors: {} });
    expectError(await call('GET', '/api/v1/search', { token: t }), 400, 'validation_error');
    const legacy = await call('GET', '/api/search?q=a', { headers: { cookie: `session=${t}` } });
    expect(legacy.status).toBe(200);
    expect(legacy.headers.get('x-api-deprecated')).toBe('true');
    // Session only: an API token is no session, so the legacy route redirects to the login page.
    const withToken = await call('GET', '/api/search?q=ab', { token: t });
    expect(withToken.status).toBe(302);
    expect(withToken.headers.get('location')).toBe('/login?next=%2Fapi%2Fsearch%3Fq%3Dab');
  });
});

describe('web routes', () => {
  it('version check and dismiss (admins only)', async () => {
    const admin = token(mock, 'admin');
    const check = await call('GET', '/api/version/check', { token: admin });
    expect(check.body.update_available).toBe(true);
    expect((await call('POST', '/api/version/dismiss', { token: admin, body: { latest_version: `v${check.body.latest_version}` } })).body).toEqual({ ok: true });
    expect((await call('GET', '/api/version/check', { token: admin })).body.update_available).toBe(false);
    expectError(await call('POST', '/api/version/dismiss', { token: admin, body: { latest_version: 'banana' } }), 400);
    expectError(await call('GET', '/api/version/check', { token: token(mock, 'user') }), 403, 'forbidden');
    expectError(await call('GET', '/api/version/check'), 401, 'unauthorized');
  });
  it('value dashboard and week comparison from the user\'s finished entries', async () => {
    const user = token(mock, 'user');
    expectError(await call('GET', '/api/stats/value-dashboard', { token: user }), 401, 'unauthorized');
    const v = await call('GET', '/api/stats/value-dashboard', { headers: { cookie: `session=${user}` } });
    expect(v.body.last_7_days).toHaveLength(7);
    expect(v.body.last_7_days[6].date).toBe('2026-11-16');
    expect(v.body.total_hours).toBeGreaterThan(0);
    const w = await call('GET', '/api/reports/week-comparison', { headers: { cookie: `session=${user}` } });
    expect(w.status).toBe(200);
    expect(w.body.current_week.by_day[0].day).toBe('2026-11-16');
    expect(w.body.last_week.by_day[0].day).toBe('2026-11-09');
  });
});

describe('attendance', () => {
  it('workday with a break, on the clock', async () => {
    const user = token(mock, 'user');
    const status = async () => (await call('GET', '/api/v1/attendance/status', { token: user })).body;
    expect(await status()).toMatchObject({ success: true, data: { work_active: false, break_active: false, work_period: null, break: null, today: null } });
    expectError(await call('POST', '/api/v1/attendance/break/start', { token: user }), 400, 'no_active_workday');
    const started = await call('POST', '/api/v1/workday/start', { token: user, body: { source: 'desktop' } });
    expect(started.status).toBe(200);
    expect(started.body).toMatchObject({ success: true, message: 'Workday started', data: { session: { is_active: true, source: 'desktop', end_time: null } } });
    expectError(await call('POST', '/api/v1/workday/start', { token: user }), 400, 'workday_already_active');
    clock.advance(3600_000);
    const brk = await call('POST', '/api/v1/attendance/break/start', { token: user, body: { break_type: 'rest' } });
    expect(brk.status).toBe(200);
    expect(brk.body.data.break).toMatchObject({ break_type: 'rest', is_active: true });
    expect((await status()).data).toMatchObject({ work_active: true, break_active: true });
    expectError(await call('POST', '/api/v1/attendance/break/start', { token: user }), 400, 'break_already_active');
    clock.advance(900_000);
    expect((await call('POST', '/api/v1/attendance/break/end', { token: user })).body.data.break.duration_seconds).toBe(900);
    clock.advance(1800_000);
    const ended = await call('POST', '/api/v1/workday/end', { token: user });
    expect(ended.body.data.session).toMatchObject({ is_active: false, duration_seconds: 5400, duration_formatted: '01:30:00' });
    expect((await call('GET', '/api/v1/workday/status', { token: user })).body).toEqual({ success: true, data: { active: false, session: null } });
    const day = (await status()).data.today;
    expect(day).toMatchObject({ work_date: '2026-11-16', total_work_seconds: 5400, total_break_seconds: 900, status: 'present' });
    expect(day.work_periods).toHaveLength(1);
    expect(day.breaks).toHaveLength(1);
    expectError(await call('POST', '/api/v1/attendance/break/end', { token: user }), 400, 'no_active_break');
    expectError(await call('POST', '/api/v1/workday/end', { token: user }), 400, 'no_active_workday');
  });
});
