/**
 * The stateful flows of the cost claims (reference §7-§9): an expense
 * approved, reimbursed and finally rejected by DELETE (the row stays, each
 * decision recorded); a round-trip mileage entry whose amounts follow a
 * distance change; a per diem recalculated when meals are deducted. What a
 * decision records and the recalculation are this spec's (observed
 * provenance: the real server stores a PATCHed status alone and doubles a
 * round trip twice after a distance change).
 */
import { idOf } from '../lib/context.js';
import { arrayAt, expectThat, objectAt, step, type Flow } from '../lib/flow.js';

const near = (a: unknown, b: number) => typeof a === 'number' && Math.abs(a - b) < 0.011;

export const expenseFlow: Flow = {
  id: 'expense-lifecycle',
  title: 'expense pending -> approved (who and when recorded) -> reimbursed -> DELETE rejects it; it stays readable and lists as rejected',
  async run(c) {
    const made = await step(c, 'record', 'createExpense', { json: { title: c.name('expense'), category: 'travel', amount: 20, tax_amount: 3.8, expense_date: '2026-01-15' } }, 201);
    const id = idOf(made.body, 'expense');
    c.defer(`reject expense ${id}`, () => c.call('deleteExpense', { params: { expense_id: id } }));
    const e = objectAt(made, 'expense', 'record');
    expectThat(e.status === 'pending' && near(e.total_amount, 23.8), 'record', `status ${String(e.status)}, total ${String(e.total_amount)}`, made.ex, 'observed');
    const pending = await step(c, 'list pending', 'listExpenses', { query: { status: 'pending', per_page: 500 } }, 200);
    expectThat(arrayAt(pending, 'expenses', 'list pending').some((x) => x.id === id), 'list pending', 'the new expense is not listed as pending', pending.ex, 'observed');

    const approved = objectAt(await step(c, 'approve', 'patchExpense', { params: { expense_id: id }, json: { status: 'approved' } }, 200), 'expense', 'approve');
    expectThat(approved.status === 'approved' && typeof approved.approved_by === 'number' && typeof approved.approved_at === 'string', 'approve', `approved_by ${String(approved.approved_by)}, approved_at ${String(approved.approved_at)}`, undefined, 'observed');
    const paid = objectAt(await step(c, 'reimburse', 'patchExpense', { params: { expense_id: id }, json: { status: 'reimbursed' } }, 200), 'expense', 'reimburse');
    expectThat(paid.reimbursed === true && typeof paid.reimbursed_at === 'string', 'reimburse', `reimbursed ${String(paid.reimbursed)}`, undefined, 'observed');

    await step(c, 'reject', 'deleteExpense', { params: { expense_id: id } }, 200);
    const after = objectAt(await step(c, 'read rejected', 'getExpense', { params: { expense_id: id } }, 200), 'expense', 'read rejected');
    expectThat(after.status === 'rejected', 'read rejected', `status ${String(after.status)}, expected rejected`, undefined, 'observed');
    const rejected = await step(c, 'list rejected', 'listExpenses', { query: { status: 'rejected', per_page: 500 } }, 200);
    expectThat(arrayAt(rejected, 'expenses', 'list rejected').some((x) => x.id === id), 'list rejected', 'the expense is not listed as rejected', rejected.ex, 'observed');
  },
};

export const claimAmountsFlow: Flow = {
  id: 'claim-amounts',
  title: 'round-trip mileage: amount = distance x rate, doubled once in the total; a distance change and a per-diem meal deduction recalculate',
  async run(c) {
    const made = await step(c, 'trip', 'createMileage', { json: { trip_date: '2026-01-15', purpose: c.name('trip'), start_location: 'A', end_location: 'B', distance_km: 10, rate_per_km: 0.4, is_round_trip: true } }, 201);
    const id = idOf(made.body, 'mileage');
    c.defer(`reject mileage ${id}`, () => c.call('deleteMileage', { params: { mileage_id: id } }));
    const m = objectAt(made, 'mileage', 'trip');
    expectThat(near(m.calculated_amount, 4) && near(m.total_amount, 8) && near(m.total_distance_km, 20), 'trip', `calculated ${String(m.calculated_amount)}, total ${String(m.total_amount)}`, made.ex, 'observed');
    const longer = objectAt(await step(c, 'longer', 'patchMileage', { params: { mileage_id: id }, json: { distance_km: 20 } }, 200), 'mileage', 'longer');
    expectThat(near(longer.calculated_amount, 8) && near(longer.total_amount, 16), 'longer', `calculated ${String(longer.calculated_amount)}, total ${String(longer.total_amount)} (expected 8 / 16)`, undefined, 'observed');

    const pd = await step(c, 'per diem', 'createPerDiem', { json: { trip_purpose: c.name('trip'), start_date: '2026-01-12', end_date: '2026-01-14', country: 'Germany', full_day_rate: 50, half_day_rate: 25, full_days: 2, half_days: 1 } }, 201);
    const pdId = idOf(pd.body, 'per_diem');
    c.defer(`reject per diem ${pdId}`, () => c.call('deletePerDiem', { params: { per_diem_id: pdId } }));
    expectThat(near(objectAt(pd, 'per_diem', 'per diem').calculated_amount, 125), 'per diem', 'amount is not 2 x 50 + 25', pd.ex, 'observed');
    const meal = objectAt(await step(c, 'meal deducted', 'patchPerDiem', { params: { per_diem_id: pdId }, json: { breakfast_deduction: 10, breakfast_provided: 1 } }, 200), 'per_diem', 'meal deducted');
    expectThat(near(meal.calculated_amount, 115), 'meal deducted', `amount ${String(meal.calculated_amount)}, expected 115`, undefined, 'observed');
  },
};
