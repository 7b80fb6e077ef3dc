/**
 * /api/v1/expenses (reference §7), declared on `resource`, and what the
 * three kinds of cost claim share (expenses, mileage, per diems, §7-§9):
 * own-or-admin lists and rows, the names their dicts carry, and the status
 * rule. A claim is never deleted: DELETE rejects it. A status change records
 * who decided and when (`approved`/`rejected` set `approved_by`/`approved_at`,
 * `reimbursed` sets `reimbursed`/`reimbursed_at`), as the real server's
 * model methods do; its PATCH routes store the status alone (said in
 * openapi.yaml).
 */
import { badRequest, forbidden } from '../../core/errors.js';
import { ok } from '../../core/handler.js';
import { isoNaive, isoNaiveOrNull, round2 } from '../../core/time.js';
import type { Caller, TimeTrackerHandlers } from '../../apis/timetracker/env.js';
import type { components } from '../../generated/timetracker/openapi.js';
import type { Store } from '../../store/timetracker/store.js';
import type { ClaimRow, ClaimStatus, ExpenseRow } from '../../store/timetracker/expense-types.js';
import type { Row, Table } from '../../store/table.js';
import type { SortedView } from '../../store/views.js';
import { filtered, ownOrAdmin, pick } from './records.js';
import { resource, type ResourceCtx } from './resource.js';

type S = components['schemas'];

// --- what every claim shares ---------------------------------------------

/**
 * The rows a claim list shows: a non-admin's own (asking for another
 * user's is a 403 `Access denied`), an admin's all or one user's.
 */
export function claimsOf<T extends Row>(auth: Caller, view: SortedView<T, number>, userId: number | undefined): readonly T[] {
  if (userId !== undefined && !auth.isAdmin && userId !== auth.user.id) throw forbidden('Access denied');
  if (!auth.isAdmin) return view.group(auth.user.id);
  return userId !== undefined ? view.group(userId) : view.rows();
}

/** Day-range filter on one `YYYY-MM-DD` field (both ends included); undefined when neither end is given. */
export function dayRange<T>(day: (row: T) => string, from: string | undefined, to: string | undefined): ((row: T) => boolean) | undefined {
  if (from === undefined && to === undefined) return undefined;
  return (r) => (from === undefined || day(r) >= from) && (to === undefined || day(r) <= to);
}

/** The owner/approval/time fields of a claim's dict, with the names the real server adds. */
export function claimDict(store: Store, c: ClaimRow) {
  const username = (id: number | null) => (id === null ? null : (store.users.get(id)?.username ?? null));
  return {
    approved_at: isoNaiveOrNull(c.approved_at),
    reimbursed_at: isoNaiveOrNull(c.reimbursed_at),
    created_at: isoNaive(c.created_at),
    updated_at: isoNaive(c.updated_at),
    user: username(c.user_id),
    project: c.project_id === null ? null : (store.projects.get(c.project_id)?.name ?? null),
    client: c.client_id === null ? null : (store.clients.get(c.client_id)?.name ?? null),
    approver: username(c.approved_by),
  };
}

/** A new claim's status fields: pending, undecided, made now. */
export function newClaim(now: number): Pick<ClaimRow, 'status' | 'approved_by' | 'approved_at' | 'rejection_reason' | 'reimbursed' | 'reimbursed_at' | 'notes' | 'created_at' | 'updated_at'> {
  return { status: 'pending', approved_by: null, approved_at: null, rejection_reason: null, reimbursed: false, reimbursed_at: null, notes: null, created_at: now, updated_at: now };
}

/** The patch a move to `status` makes (nothing when it is the current one): who decided and when, or when it was reimbursed. */
export function statusChange(c: ClaimRow, status: ClaimStatus | undefined, by: number, now: number): Partial<ClaimRow> {
  if (status === undefined || status === c.status) return {};
  if (status === 'approved' || status === 'rejected') return { status, approved_by: by, approved_at: now };
  if (status === 'reimbursed') return { status, reimbursed: true, reimbursed_at: now };
  return { status };
}

/** What declares a claim group: its table, names and dict (the owner rule and the messages are every claim's). */
export interface ClaimDecl<T extends ClaimRow, D, Id extends string, One extends string, Many extends string> {
  table: (store: Store) => Table<T>;
  /** `<what> created|updated|rejected successfully`, `<what> not found`. */
  what: string;
  id: Id;
  one: One;
  many: Many;
  dict: (store: Store, row: T) => D;
}

/**
 * A claim group on `resource`: owner or admin only, and a `reject` handler
 * for DELETE (the row stays, rejected by the caller).
 */
export function claimResource<T extends ClaimRow, D, Id extends string, One extends string, Many extends string>(d: ClaimDecl<T, D, Id, One, Many>) {
  const res = resource({
    ...d,
    dict: (row: T, ctx: ResourceCtx) => d.dict(ctx.store, row),
    access: (auth: Caller, row: T) => ownOrAdmin(auth, row.user_id),
    messages: { created: `${d.what} created successfully`, updated: `${d.what} updated successfully`, deleted: `${d.what} rejected successfully` },
  });
  const reject = (ctx: ResourceCtx<{ [P in Id]: number }>) => {
    const r = res.row(ctx);
    d.table(ctx.store).update(r.id, { ...statusChange(r, 'rejected', ctx.auth.user.id, ctx.now), updated_at: ctx.now } as Partial<Omit<T, 'id'>>);
    return ok({ message: `${d.what} rejected successfully` });
  };
  return { ...res, reject };
}

// --- expenses -------------------------------------------------------------

/** The real server's `to_dict` (`models/expense.py:180`). */
export function expenseDict(store: Store, e: ExpenseRow): S['Expense'] {
  return {
    ...e,
    ...claimDict(store, e),
    total_amount: round2(e.amount + e.tax_amount),
    tags: e.tags === null ? [] : e.tags.split(',').map((t) => t.trim()).filter((t) => t !== ''),
  };
}

const expense = claimResource({ table: (s) => s.expenses, what: 'Expense', id: 'expense_id', one: 'expense', many: 'expenses', dict: expenseDict });

const UPDATABLE = ['title', 'description', 'category', 'currency_code', 'payment_method', 'tags', 'notes', 'expense_date', 'payment_date', 'billable', 'reimbursable', 'invoiced'] as const;

const updateExpense = expense.update<S['ExpenseUpdate']>(({ body: b, auth, now }, e) => {
  const status = b.status ?? (b.reimbursed === true ? 'reimbursed' : undefined);
  return {
    ...pick(b, UPDATABLE),
    ...(b.amount === undefined ? {} : { amount: round2(b.amount) }),
    ...(b.reimbursed === false ? { reimbursed: false, reimbursed_at: null } : {}),
    ...statusChange(e, status, auth.user.id, now),
  };
});

export const expenses = {
  listExpenses: expense.list(({ store, auth, query: q }) =>
    filtered(claimsOf(auth, store.views.expensesNewestFirst, q.user_id), [
      q.project_id === undefined ? undefined : (e) => e.project_id === q.project_id,
      q.client_id === undefined ? undefined : (e) => e.client_id === q.client_id,
      q.status === undefined ? undefined : (e) => e.status === q.status,
      q.category === undefined ? undefined : (e) => e.category === q.category,
      dayRange((e) => e.expense_date, q.start_date, q.end_date),
    ]),
  ),

  createExpense: expense.create<S['ExpenseCreate']>(({ store, body: b, auth, now }) => {
    if (b.project_id != null && !store.projects.get(b.project_id)) throw badRequest('Invalid project');
    return {
      ...newClaim(now),
      user_id: auth.user.id,
      project_id: b.project_id ?? null,
      client_id: b.client_id ?? null,
      title: b.title,
      description: b.description ?? null,
      category: b.category,
      amount: round2(b.amount),
      currency_code: b.currency_code ?? 'EUR',
      tax_amount: round2(b.tax_amount ?? 0),
      tax_rate: b.tax_rate ?? 0,
      payment_method: b.payment_method ?? null,
      payment_date: b.payment_date ?? null,
      billable: b.billable ?? false,
      reimbursable: b.reimbursable ?? true,
      invoiced: false,
      invoice_id: null,
      expense_date: b.expense_date,
      receipt_path: null,
      receipt_number: null,
      vendor: null,
      tags: b.tags ?? null,
    };
  }),

  getExpense: expense.get,
  updateExpense,
  patchExpense: updateExpense,
  deleteExpense: expense.reject,
} satisfies Partial<TimeTrackerHandlers>;
