/**
 * Expenses, mileage and per diems (beyond the API documentation: the real
 * server's routes, reference §7-§9). Each case makes its own claim through
 * the API; claims cannot be deleted (DELETE rejects them and the row stays),
 * so cleanup rejects them. Per-diem rates have no DELETE: the rate cases
 * add inactive ones, which the rates list does not show.
 */
import { getCase, type CaseArgs, type OperationCase } from '../lib/case.js';
import type { Ctx } from '../lib/context.js';
import { afterCreate, made, onRow } from './business.js';

const DAY = '2026-01-15';

const expenseBody = (c: Ctx) => ({ title: c.name('expense'), category: 'travel', amount: 12.5, expense_date: DAY });
const mileageBody = (c: Ctx) => ({ trip_date: DAY, purpose: c.name('trip'), start_location: 'Office', end_location: 'Client', distance_km: 10, rate_per_km: 0.3 });
const perDiemBody = (c: Ctx) => ({ trip_purpose: c.name('trip'), start_date: DAY, end_date: '2026-01-16', country: 'Germany', full_day_rate: 28, half_day_rate: 14, half_days: 2 });
const rateBody = (c: Ctx) => ({ country: c.name('country'), full_day_rate: 20, half_day_rate: 10, effective_from: DAY, is_active: false });

const rejectExpense = (c: Ctx, id: number) => c.call('deleteExpense', { params: { expense_id: id } });
const rejectMileage = (c: Ctx, id: number) => c.call('deleteMileage', { params: { mileage_id: id } });
const rejectPerDiem = (c: Ctx, id: number) => c.call('deletePerDiem', { params: { per_diem_id: id } });

const expense = ({ c }: CaseArgs) => made(c, 'createExpense', expenseBody(c), 'expense', (id) => rejectExpense(c, id));
const trip = ({ c }: CaseArgs) => made(c, 'createMileage', mileageBody(c), 'mileage', (id) => rejectMileage(c, id));
const perDiem = ({ c }: CaseArgs) => made(c, 'createPerDiem', perDiemBody(c), 'per_diem', (id) => rejectPerDiem(c, id));

/** A create case: the body `body` makes, its cleanup, and one named negative. */
function createCase(operationId: 'createExpense' | 'createMileage' | 'createPerDiem' | 'createPerDiemRate', body: (c: Ctx) => Record<string, unknown>, key: string, rule: string, bad: (c: Ctx) => Record<string, unknown>, remove?: (c: Ctx, id: number) => Promise<unknown>): OperationCase {
  return {
    operationId,
    valid: async ({ c }) => {
      c.requireWrites();
      return { json: body(c) };
    },
    expectStatus: 201,
    ...(remove ? { after: afterCreate(key, remove) } : {}),
    negatives: [{ rule, provenance: 'specified', status: [400], request: async ({ c }) => ({ json: bad(c) }) }],
  };
}

export const expenseCases: OperationCase[] = [
  getCase('listExpenses', { status: 'pending' }, { negatives: [{ rule: 'query.status not in the enum', provenance: 'specified', status: [400], request: async () => ({ query: { status: 'bogus' } }) }] }),
  // The desktop app's new-expense form sends amount 0 (reference §24 #2): refused there too.
  createCase('createExpense', expenseBody, 'expense', 'body.amount above zero', (c) => ({ ...expenseBody(c), amount: 0 }), rejectExpense),
  onRow('getExpense', 'expense_id', expense),
  onRow('updateExpense', 'expense_id', expense, () => ({ notes: 'updated by the contract suites' })),
  onRow('patchExpense', 'expense_id', expense, () => ({ status: 'approved' })),
  onRow('deleteExpense', 'expense_id', expense),

  getCase('listMileage', { start_date: DAY }, { negatives: [{ rule: 'query.project_id not an integer', provenance: 'specified', status: [400], request: async () => ({ query: { project_id: 'x' } }) }] }),
  createCase('createMileage', mileageBody, 'mileage', 'body.rate_per_km required', (c) => {
    const { rate_per_km: _, ...rest } = mileageBody(c);
    return rest;
  }, rejectMileage),
  onRow('getMileage', 'mileage_id', trip),
  onRow('updateMileage', 'mileage_id', trip, () => ({ distance_km: 12, notes: 'updated by the contract suites' })),
  onRow('patchMileage', 'mileage_id', trip, () => ({ is_round_trip: true })),
  onRow('deleteMileage', 'mileage_id', trip),

  getCase('listPerDiems', { per_page: '500' }, { negatives: [{ rule: 'query.page not an integer', provenance: 'specified', status: [400], request: async () => ({ query: { page: 'x' } }) }] }),
  createCase('createPerDiem', perDiemBody, 'per_diem', 'body.end_date before start_date', (c) => ({ ...perDiemBody(c), end_date: '2026-01-14' }), rejectPerDiem),
  onRow('getPerDiem', 'per_diem_id', perDiem),
  onRow('updatePerDiem', 'per_diem_id', perDiem, () => ({ full_days: 1, notes: 'updated by the contract suites' })),
  onRow('patchPerDiem', 'per_diem_id', perDiem, () => ({ breakfast_deduction: 5, breakfast_provided: 1 })),
  onRow('deletePerDiem', 'per_diem_id', perDiem),
  getCase('listPerDiemRates', { per_page: '500' }, { negatives: [{ rule: 'query.per_page not an integer', provenance: 'specified', status: [400], request: async () => ({ query: { per_page: 'x' } }) }] }),
  createCase('createPerDiemRate', rateBody, 'rate', 'body.effective_from required', (c) => {
    const { effective_from: _, ...rest } = rateBody(c);
    return rest;
  }),
];
