/**
 * /api/v1/recurring-invoices (reference §6), declared on `resource`, and
 * the one domain rule: `generate` makes the due invoice on the engine clock
 * (active, today on or after `next_run_date`, not past `end_date`), bills
 * the project's unbilled time, and moves `next_run_date` one interval on
 * from today. No access checks, as the real server.
 */
import { badRequest } from '../../core/errors.js';
import { created, ok } from '../../core/handler.js';
import { isoDate, isoNaive, isoNaiveOrNull } from '../../core/time.js';
import type { TimeTrackerHandlers } from '../../apis/timetracker/env.js';
import type { components } from '../../generated/timetracker/openapi.js';
import type { RecurringFrequency, RecurringInvoiceRow } from '../../store/timetracker/billing-types.js';
import { billedEntryIds, insertDraft, invoiceDict, itemsFromEntries } from './invoices.js';
import { filtered, pick } from './records.js';
import { resource } from './resource.js';

type S = components['schemas'];
const DAY = 86_400_000;
const FREQUENCIES: readonly RecurringFrequency[] = ['daily', 'weekly', 'monthly', 'yearly'];
const isFrequency = (f: string): f is RecurringFrequency => (FREQUENCIES as readonly string[]).includes(f);

/**
 * `date` plus `n` periods (`calculate_next_run_date`): days and weeks add
 * up; months and years keep the day of the month, or the month's last day
 * when it has fewer days (dateutil's `relativedelta`: Jan 31 + 1 month = Feb 28).
 */
export function addPeriods(date: string, frequency: RecurringFrequency, n: number): string {
  const t = Date.parse(`${date}T00:00:00Z`);
  if (frequency === 'daily' || frequency === 'weekly') return isoDate(t + n * (frequency === 'daily' ? 1 : 7) * DAY);
  const d = new Date(t);
  const months = d.getUTCMonth() + n * (frequency === 'monthly' ? 1 : 12);
  const year = d.getUTCFullYear() + Math.floor(months / 12);
  const month = ((months % 12) + 12) % 12;
  const last = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return isoDate(Date.UTC(year, month, Math.min(d.getUTCDate(), last)));
}

const recurringDict = (r: RecurringInvoiceRow): S['RecurringInvoice'] => {
  const { client_address: _a, notes: _n, terms: _t, template_id: _tpl, ...shown } = r;
  return { ...shown, created_at: isoNaive(r.created_at), updated_at: isoNaive(r.updated_at), last_generated_at: isoNaiveOrNull(r.last_generated_at) };
};

const recurring = resource({
  table: (s) => s.recurringInvoices,
  what: 'Recurring invoice',
  id: 'recurring_invoice_id',
  one: 'recurring_invoice',
  many: 'recurring_invoices',
  dict: recurringDict,
  messages: { created: 'Recurring invoice created successfully', updated: 'Recurring invoice updated successfully', deleted: 'Recurring invoice deactivated successfully' },
});

const TEXT = ['name', 'client_name', 'client_email', 'client_address', 'notes', 'terms', 'currency_code', 'interval', 'due_date_days', 'tax_rate', 'auto_send', 'auto_include_time_entries', 'is_active'] as const;

const updateRecurringInvoice = recurring.update<S['RecurringInvoiceUpdate']>(({ body: b, now }) => {
  const frequency = b.frequency?.toLowerCase();
  return {
    ...pick(b, TEXT),
    ...(frequency !== undefined && isFrequency(frequency) ? { frequency } : {}),
    ...(b.next_run_date !== undefined && /^\d{4}-\d{2}-\d{2}$/.test(b.next_run_date) && !Number.isNaN(Date.parse(b.next_run_date)) ? { next_run_date: b.next_run_date } : {}),
    ...(b.end_date !== undefined ? { end_date: b.end_date } : {}),
    updated_at: now,
  };
});

export const recurringInvoices = {
  listRecurringInvoices: recurring.list(({ store, query }) => {
    const view = store.views.recurringNewestFirst;
    const rows = query.is_active === undefined ? view.rows() : view.group(query.is_active.toLowerCase() === 'true');
    return filtered(rows, [query.client_id === undefined ? undefined : (r) => r.client_id === query.client_id, query.project_id === undefined ? undefined : (r) => r.project_id === query.project_id]);
  }),

  createRecurringInvoice: recurring.create<S['RecurringInvoiceCreate']>(({ store, body: b, auth, now }) => {
    const frequency = b.frequency.toLowerCase();
    if (!isFrequency(frequency)) throw badRequest('Invalid frequency');
    if (!store.projects.get(b.project_id)) throw badRequest('Invalid project');
    return {
      name: b.name,
      project_id: b.project_id,
      client_id: b.client_id,
      frequency,
      interval: b.interval ?? 1,
      next_run_date: b.next_run_date,
      end_date: b.end_date ?? null,
      client_name: b.client_name,
      client_email: b.client_email ?? null,
      client_address: b.client_address ?? null,
      due_date_days: b.due_date_days ?? 30,
      tax_rate: b.tax_rate ?? 0,
      currency_code: b.currency_code ?? 'EUR',
      notes: b.notes ?? null,
      terms: b.terms ?? null,
      template_id: b.template_id ?? null,
      auto_send: b.auto_send ?? false,
      auto_include_time_entries: b.auto_include_time_entries ?? true,
      is_active: b.is_active ?? true,
      created_by: auth.user.id,
      created_at: now,
      updated_at: now,
      last_generated_at: null,
    };
  }),

  getRecurringInvoice: recurring.get,
  updateRecurringInvoice,
  patchRecurringInvoice: updateRecurringInvoice,

  deactivateRecurringInvoice: (ctx) => {
    const r = recurring.row(ctx);
    ctx.store.recurringInvoices.update(r.id, { is_active: false, updated_at: ctx.now });
    return ok({ message: 'Recurring invoice deactivated successfully' });
  },

  generateRecurringInvoice: (ctx) => {
    const { store, now } = ctx;
    const r = recurring.row(ctx);
    const today = isoDate(now);
    if (!r.is_active || today < r.next_run_date || (r.end_date !== null && today > r.end_date)) return ok({ message: 'No invoice generated (not due yet or inactive)' });
    let items: ReturnType<typeof itemsFromEntries> = [];
    if (r.auto_include_time_entries) {
      const billed = billedEntryIds(store.views.invoicesByProject.group(r.project_id));
      const unbilled = [...store.entriesOf({ projectId: r.project_id, billable: true })].filter((e) => !billed.has(e.id)).map((e) => e.id);
      if (unbilled.length > 0) items = itemsFromEntries(store, r.project_id, unbilled, now);
    }
    const invoice = insertDraft(store, now, {
      project_id: r.project_id,
      client_id: r.client_id,
      created_by: r.created_by,
      client_name: r.client_name,
      client_email: r.client_email,
      client_address: r.client_address,
      notes: r.notes,
      terms: r.terms,
      tax_rate: r.tax_rate,
      currency_code: r.currency_code,
      issue_date: today,
      due_date: isoDate(Date.parse(`${today}T00:00:00Z`) + r.due_date_days * DAY),
      items,
    });
    store.recurringInvoices.update(r.id, { last_generated_at: now, next_run_date: addPeriods(today, r.frequency, r.interval), updated_at: now });
    return created({ message: 'Invoice generated successfully', invoice: invoiceDict(store, invoice, now) });
  },
} satisfies Partial<TimeTrackerHandlers>;
