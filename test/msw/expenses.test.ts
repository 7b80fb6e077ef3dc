/**
 * Expenses, mileage and per diems (reference §7-§9) on the strict MSW mock:
 * own-or-admin access (403 for another user's rows and lists), the derived
 * amounts, the status rule (a decision records who and when; DELETE
 * rejects and keeps the row), the 400/404 bodies, and the seeded rows in
 * every status at several "nows".
 */
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../src/node.js';
import { createClock } from '../../src/core/clock.js';
import { call, expectError, startMock, T0, token } from './mock.js';

const { mock } = startMock();
const admin = token(mock, 'admin');
const alice = token(mock, 'user');
const aliceId = mock.engine.store.users.findBy('username', 'alice')!.id;
const adminId = mock.engine.store.users.findBy('username', 'admin')!.id;

const api = (method: string, path: string, body?: unknown, tok = admin) => call(method, `/api/v1${path}`, { token: tok, body });
const STATUSES = ['pending', 'approved', 'rejected', 'reimbursed'];

describe('expenses', () => {
  it('lists a non-admin only their own, refuses another user_id, and filters', async () => {
    const mine = await api('GET', '/expenses', undefined, alice);
    expect(mine.status).toBe(200);
    expect(mine.body.expenses.length).toBe(4);
    expect(mine.body.expenses.every((e: { user_id: number }) => e.user_id === aliceId)).toBe(true);
    const dates = mine.body.expenses.map((e: { expense_date: string }) => e.expense_date);
    expect(dates).toEqual([...dates].sort().reverse());
    expectError(await api('GET', `/expenses?user_id=${adminId}`, undefined, alice), 403, 'forbidden');
    expect((await api('GET', `/expenses?user_id=${aliceId}`, undefined, alice)).status).toBe(200);

    const all = (await api('GET', '/expenses?per_page=500')).body;
    expect(all.pagination).toMatchObject({ per_page: 500, total: 6 });
    expect(new Set(all.expenses.map((e: { status: string }) => e.status))).toEqual(new Set(STATUSES));
    const approved = (await api('GET', '/expenses?status=approved')).body.expenses;
    expect(approved.length).toBe(2);
    expect(approved.every((e: { approver: string; approved_at: string }) => e.approver === 'manager' && typeof e.approved_at === 'string')).toBe(true);
    const travel = (await api('GET', `/expenses?category=travel&user_id=${aliceId}`)).body.expenses;
    expect(travel.map((e: { title: string }) => e.title)).toEqual(['Train to client']);
    const from = mine.body.expenses[1].expense_date;
    const ranged = (await api('GET', `/expenses?start_date=${from}&end_date=${from}`, undefined, alice)).body.expenses;
    expect(ranged.map((e: { expense_date: string }) => e.expense_date)).toEqual([from]);
    expectError(await api('GET', '/expenses?status=bogus'), 400, 'validation_error');
  });

  it('creates a pending expense with the derived total, refuses bad bodies, and keeps others out', async () => {
    const made = await api('POST', '/expenses', { title: 'Taxi', category: 'travel', amount: 20, tax_amount: 3.8, expense_date: '2026-11-10', project_id: 1, tags: 'taxi, client ,' }, alice);
    expect(made.status).toBe(201);
    expect(made.body.message).toBe('Expense created successfully');
    expect(made.body.expense).toMatchObject({ status: 'pending', total_amount: 23.8, tags: ['taxi', 'client'], user: 'alice', billable: false, reimbursable: true, currency_code: 'EUR', approved_by: null });
    expect(made.body.expense.project).toEqual(expect.any(String));
    const id = made.body.expense.id;

    expectError(await api('POST', '/expenses', { title: 'Zero', category: 'general', amount: 0, expense_date: '2026-11-10' }, alice), 400, 'validation_error');
    expectError(await api('POST', '/expenses', { title: 'No date', category: 'general', amount: 5 }, alice), 400, 'validation_error');
    const badProject = await api('POST', '/expenses', { title: 'X', category: 'general', amount: 5, expense_date: '2026-11-10', project_id: 999_999 }, alice);
    expectError(badProject, 400);
    expect(badProject.body.error).toBe('Invalid project');

    expectError(await api('GET', '/expenses/1', undefined, alice), 403, 'forbidden');
    expectError(await api('PATCH', '/expenses/1', { notes: 'mine now' }, alice), 403, 'forbidden');
    expectError(await api('DELETE', '/expenses/1', undefined, alice), 403, 'forbidden');
    expectError(await api('GET', '/expenses/999999'), 404, 'not_found');
    expect((await api('GET', `/expenses/${id}`)).body.expense.id).toBe(id); // an admin reads anyone's
  });

  it('records who decided and when; DELETE rejects and keeps the row', async () => {
    const id = (await api('POST', '/expenses', { title: 'Parking', category: 'travel', amount: 12, expense_date: '2026-11-12' }, alice)).body.expense.id;
    const approved = await api('PATCH', `/expenses/${id}`, { status: 'approved' });
    expect(approved.body.message).toBe('Expense updated successfully');
    expect(approved.body.expense).toMatchObject({ status: 'approved', approved_by: adminId, approver: 'admin', approved_at: '2026-11-16T10:00:00', reimbursed: false });
    const paid = await api('PUT', `/expenses/${id}`, { reimbursed: true, notes: 'Paid out' });
    expect(paid.body.expense).toMatchObject({ status: 'reimbursed', reimbursed: true, reimbursed_at: '2026-11-16T10:00:00', notes: 'Paid out', approved_by: adminId });
    const gone = await api('DELETE', `/expenses/${id}`, undefined, alice);
    expect(gone.body).toEqual({ message: 'Expense rejected successfully' });
    expect((await api('GET', `/expenses/${id}`, undefined, alice)).body.expense).toMatchObject({ status: 'rejected', approved_by: aliceId });
    expectError(await api('PATCH', `/expenses/${id}`, { status: 'paid' }), 400, 'validation_error');
  });
});

describe('mileage', () => {
  it('derives the amounts, doubles a round trip, recomputes on PATCH (once), and rejects on DELETE', async () => {
    const made = await api('POST', '/mileage', { trip_date: '2026-11-12', purpose: 'Visit', start_location: 'A', end_location: 'B', distance_km: 10, rate_per_km: 0.4, is_round_trip: true, notes: 'dropped' }, alice);
    expect(made.status).toBe(201);
    expect(made.body.message).toBe('Mileage entry created successfully');
    expect(made.body.mileage).toMatchObject({ calculated_amount: 4, total_amount: 8, total_distance_km: 20, distance_miles: 6.21, notes: null, status: 'pending', currency_code: 'EUR' });
    const id = made.body.mileage.id;
    const longer = await api('PATCH', `/mileage/${id}`, { distance_km: 20, notes: 'Detour' }, alice);
    expect(longer.body.mileage).toMatchObject({ distance_km: 20, calculated_amount: 8, total_amount: 16, notes: 'Detour' });
    const other = await api('GET', '/mileage/1', undefined, alice); // the admin's trip
    expectError(other, 403, 'forbidden');
    expect(other.body.error).toBe('Access denied');
    expectError(await api('PATCH', '/mileage/1', { notes: 'x' }, alice), 403, 'forbidden');
    expectError(await api('POST', '/mileage', { trip_date: '2026-11-12', purpose: 'Visit', start_location: 'A', end_location: 'B', distance_km: 10 }, alice), 400, 'validation_error');
    expect((await api('DELETE', `/mileage/${id}`, undefined, alice)).body.message).toBe('Mileage entry rejected successfully');
    expect((await api('GET', `/mileage/${id}`)).body.mileage.status).toBe('rejected');
    expectError(await api('GET', '/mileage/999999'), 404, 'not_found');
  });

  it("lists a non-admin's own trips newest first and filters by project and dates", async () => {
    const mine = (await api('GET', '/mileage', undefined, alice)).body;
    expect(mine.mileage.length).toBe(2);
    expect(mine.mileage[0].trip_date > mine.mileage[1].trip_date).toBe(true);
    expectError(await api('GET', `/mileage?user_id=${adminId}`, undefined, alice), 403, 'forbidden');
    const all = (await api('GET', '/mileage')).body.mileage;
    expect(new Set(all.map((m: { status: string }) => m.status))).toEqual(new Set(STATUSES));
    const day = all[0].trip_date;
    expect((await api('GET', `/mileage?start_date=${day}`)).body.mileage.every((m: { trip_date: string }) => m.trip_date >= day)).toBe(true);
    const onP = (await api('GET', `/mileage?project_id=${all[0].project_id}`)).body.mileage;
    expect(onP.length > 0 && onP.every((m: { project_id: number }) => m.project_id === all[0].project_id)).toBe(true);
  });
});

describe('per diems and rates', () => {
  it('computes the amount from days and meals, recalculates on PATCH, and refuses a reversed range', async () => {
    const made = await api('POST', '/per-diems', { trip_purpose: 'Fair', start_date: '2026-11-02', end_date: '2026-11-04', country: 'Germany', full_day_rate: 50, half_day_rate: 25, full_days: 2, half_days: 1, notes: 'dropped', project_id: 1 }, alice);
    expect(made.status).toBe(201);
    expect(made.body.message).toBe('Per diem created successfully');
    expect(made.body.per_diem).toMatchObject({ calculated_amount: 125, total_days: 2.5, trip_duration: 3, notes: null, project_id: null, breakfast_deduction: null, status: 'pending' });
    const id = made.body.per_diem.id;
    const patched = await api('PATCH', `/per-diems/${id}`, { breakfast_deduction: 10, breakfast_provided: 1 }, alice);
    expect(patched.body.per_diem).toMatchObject({ calculated_amount: 115, breakfast_deduction: 10 });
    // No days (what the mobile app sends): 0, never negative.
    const none = await api('POST', '/per-diems', { trip_purpose: 'Day trip', start_date: '2026-11-05', end_date: '2026-11-05', country: 'France', full_day_rate: 40, half_day_rate: 20 }, alice);
    expect(none.body.per_diem.calculated_amount).toBe(0);
    const reversed = await api('POST', '/per-diems', { trip_purpose: 'Back', start_date: '2026-11-05', end_date: '2026-11-04', country: 'France', full_day_rate: 40, half_day_rate: 20 }, alice);
    expectError(reversed, 400);
    expect(reversed.body.error).toBe('Invalid date range');
    expect((await api('PATCH', `/per-diems/${id}`, { end_date: '2026-11-01' }, alice)).body.error).toBe('Invalid date range');
    expectError(await api('GET', '/per-diems/1', undefined, alice), 403, 'forbidden'); // the admin's claim
    expectError(await api('DELETE', '/per-diems/1', undefined, alice), 403, 'forbidden');

    const listed = (await api('GET', '/per-diems', undefined, alice)).body.per_diems;
    expect(listed.every((p: { user_id: number }) => p.user_id === aliceId)).toBe(true);
    const starts = listed.map((p: { start_date: string }) => p.start_date);
    expect(starts).toEqual([...starts].sort().reverse());
    expect((await api('DELETE', `/per-diems/${id}`, undefined, alice)).body.message).toBe('Per diem rejected successfully');
    expect((await api('GET', `/per-diems/${id}`)).body.per_diem.status).toBe('rejected');
    expectError(await api('DELETE', '/per-diems/999999'), 404, 'not_found');
  });

  it('lists active rates by place; only an admin:all token adds one', async () => {
    const rates = (await api('GET', '/per-diem-rates', undefined, alice)).body.rates;
    expect(rates.map((r: { country: string; city: string | null }) => `${r.country}/${r.city ?? '-'}`)).toEqual(['France/Paris', 'Germany/-', 'Germany/Berlin']);
    expectError(await api('POST', '/per-diem-rates', { country: 'Spain', full_day_rate: 30, half_day_rate: 15, effective_from: '2026-01-01' }, alice), 403, 'forbidden');
    const made = await api('POST', '/per-diem-rates', { country: 'Spain', city: 'Madrid', full_day_rate: 30, half_day_rate: 15, effective_from: '2026-01-01', breakfast_rate: 0 });
    expect(made.status).toBe(201);
    expect(made.body).toMatchObject({ message: 'Per diem rate created successfully', rate: { country: 'Spain', city: 'Madrid', breakfast_rate: null, is_active: true, currency_code: 'EUR' } });
    expect((await api('GET', '/per-diem-rates')).body.rates.length).toBe(4);
    const off = await api('POST', '/per-diem-rates', { country: 'Italy', full_day_rate: 30, half_day_rate: 15, effective_from: '2026-01-01', is_active: false });
    expect(off.status).toBe(201);
    expect((await api('GET', '/per-diem-rates')).body.rates.length).toBe(4); // inactive rates are not listed
    expect((await api('POST', '/per-diem-rates', { country: 'Italy', full_day_rate: 30, half_day_rate: 15, effective_from: '2026-02-01', effective_to: '2026-01-01' })).body.error).toBe('Invalid date range');
    expectError(await api('POST', '/per-diem-rates', { country: 'Italy', full_day_rate: 30, effective_from: '2026-01-01' }), 400, 'validation_error');
  });
});

describe('seeded claims', () => {
  it('has every status of every claim, all decided before now and in date order, on any day', () => {
    for (const at of ['2026-01-01T00:30:00Z', '2026-06-15T12:00:00Z', '2027-02-28T23:59:00Z', '2028-02-29T08:00:00Z', new Date(T0).toISOString()]) {
      const now = Date.parse(at);
      const s = createEngine({ seed: 3, clock: createClock({ frozenAt: now }) }).store;
      for (const [name, rows] of [['expenses', s.expenses.toArray()], ['mileage', s.mileage.toArray()], ['perDiems', s.perDiems.toArray()]] as const) {
        expect(new Set(rows.map((r) => r.status)), `${name} ${at}`).toEqual(new Set(STATUSES));
        expect(rows[0].status, `${name} ${at}`).toBe('pending');
        expect(rows[0].user_id, `${name} ${at}`).toBe(s.users.findBy('username', 'admin')!.id);
        for (const r of rows) {
          expect(r.created_at < now && r.updated_at < now && (r.approved_at ?? 0) < now && (r.reimbursed_at ?? 0) < now, `${name} ${at}`).toBe(true);
          expect(r.status === 'pending' ? r.approved_by === null : r.approved_by !== null, `${name} ${at}`).toBe(true);
          expect(r.reimbursed, `${name} ${at}`).toBe(r.status === 'reimbursed');
        }
      }
      const today = at.slice(0, 10);
      expect(s.expenses.toArray().every((e) => e.expense_date < today), at).toBe(true);
      expect(s.mileage.toArray().every((m) => m.trip_date < today), at).toBe(true);
      expect(s.perDiems.toArray().every((p) => p.start_date <= p.end_date && p.end_date < today), at).toBe(true);
      expect(s.perDiemRates.toArray().filter((r) => !r.is_active).length, at).toBe(1);
      expect(s.perDiemRates.toArray().every((r) => r.effective_from <= today), at).toBe(true);
    }
  });

  it('leaves the empty scenario empty', () => {
    const s = createEngine({ seed: 3, scenario: 'empty', clock: createClock({ frozenAt: T0 }) }).store;
    expect([s.expenses.size, s.mileage.size, s.perDiems.size, s.perDiemRates.size]).toEqual([0, 0, 0, 0]);
  });
});
