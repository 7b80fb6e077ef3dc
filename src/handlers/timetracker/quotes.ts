/** /api/v1/quotes: list, get, create, update (PUT/PATCH), delete. Totals come from the items. */
import { ApiError, badRequest, forbidden, validationError } from '../../core/errors.js';
import { created, ok } from '../../core/handler.js';
import type { Access, TimeTrackerHandlers } from '../../apis/timetracker/env.js';
import type { components } from '../../generated/timetracker/openapi.js';
import type { Store } from '../../store/timetracker/store.js';
import type { QuoteItemRow, QuoteRow } from '../../store/timetracker/types.js';
import { pageParams, paginated } from './paginate.js';
import { quoteDict } from './serialize.js';

type ItemInput = components['schemas']['QuoteItemInput'];

const canSeeAll = ({ auth }: Access): boolean => auth.isAdmin || auth.user.role === 'manager';

function quote(ctx: Access, id: number, write: boolean): QuoteRow {
  const q = ctx.store.quotes.get(id);
  if (!q) throw new ApiError(404, 'Quote not found', 'not_found');
  const { user, isAdmin } = ctx.auth;
  const allowed = write ? isAdmin || q.created_by === user.id : canSeeAll(ctx) || q.created_by === user.id;
  if (!allowed) throw forbidden('Access denied');
  return q;
}

function items(store: Store, input: readonly ItemInput[]): QuoteItemRow[] {
  return input.map((i) => ({
    id: store.nextQuoteItemId(),
    description: i.description,
    quantity: i.quantity ?? 1,
    unit_price: i.unit_price ?? 0,
    unit: i.unit ?? null,
    line_kind: i.line_kind ?? 'item',
    display_name: i.display_name ?? null,
    category: i.category ?? null,
    line_date: i.line_date ?? null,
    sku: i.sku ?? null,
    stock_item_id: i.stock_item_id ?? null,
    warehouse_id: i.warehouse_id ?? null,
  }));
}

const updateQuote: TimeTrackerHandlers['updateQuote'] = (ctx) => {
  const { store, now, body: b } = ctx;
  const q = quote(ctx, ctx.params.quote_id, true);
  const patch: Partial<QuoteRow> = { updated_at: now };
  if (b.title !== undefined) {
    if (!b.title.trim()) throw validationError({ title: ['title cannot be empty'] }, 'title cannot be empty');
    patch.title = b.title.trim();
  }
  if (b.description !== undefined) patch.description = b.description;
  if (b.tax_rate !== undefined) patch.tax_rate = b.tax_rate;
  if (b.currency_code !== undefined) patch.currency_code = b.currency_code;
  if (b.valid_until !== undefined) patch.valid_until = b.valid_until;
  if (b.items !== undefined) patch.items = items(store, b.items);
  if (b.status !== undefined && b.status !== q.status) {
    patch.status = b.status;
    if (b.status === 'sent') patch.sent_at = now;
    if (b.status === 'accepted') {
      patch.accepted_at = now;
      patch.accepted_by = ctx.auth.user.id;
    }
    if (b.status === 'rejected') patch.rejected_at = now;
  }
  const updated = store.quotes.update(q.id, patch);
  return ok({ message: 'Quote updated successfully', quote: quoteDict(updated, now) });
};

export const quotes = {
  listQuotes: (ctx) => {
    const { query, now, store, auth } = ctx;
    const all = canSeeAll(ctx);
    const status = query.status;
    // Newest first already; the caller's own quotes are one group.
    const newest = store.views.quotesNewestFirst;
    let list = all ? newest.rows() : newest.group(auth.user.id);
    if ((status && status !== 'all') || query.client_id !== undefined) {
      list = list
        .filter((q) => !status || status === 'all' || q.status === status)
        .filter((q) => query.client_id === undefined || q.client_id === query.client_id);
    }
    const { page, perPage } = pageParams(query);
    return ok(paginated('quotes', list, page, perPage, (q) => quoteDict(q, now)));
  },

  getQuote: (ctx) => ok({ quote: quoteDict(quote(ctx, ctx.params.quote_id, false), ctx.now) }),

  createQuote: ({ store, now, body: b, auth }) => {
    const title = (b.title ?? '').trim();
    if (!title) throw validationError({ title: ['title is required'] }, 'client_id and title are required');
    if (!store.clients.get(b.client_id)) throw badRequest('Invalid client');
    let lines = items(store, b.items ?? []);
    // Without items, a rate x hours or a total becomes one line, so the totals stay consistent.
    if (lines.length === 0 && b.hourly_rate !== undefined && b.estimated_hours !== undefined) {
      lines = items(store, [{ description: title, quantity: b.estimated_hours, unit_price: b.hourly_rate, unit: 'hours' }]);
    } else if (lines.length === 0 && b.total_amount !== undefined) {
      lines = items(store, [{ description: title, quantity: 1, unit_price: b.total_amount }]);
    }
    const year = new Date(now).getUTCFullYear();
    const q = store.quotes.insert({
      quote_number: `Q-${year}-${String(store.quotes.size + 1).padStart(4, '0')}`,
      client_id: b.client_id,
      title,
      description: b.description ?? null,
      status: 'draft',
      discount_type: null,
      discount_value: null,
      discount_reason: null,
      coupon_code: null,
      tax_rate: b.tax_rate ?? 0,
      currency_code: b.currency_code ?? 'EUR',
      valid_until: b.valid_until ?? null,
      sent_at: null,
      accepted_at: null,
      rejected_at: null,
      project_id: null,
      created_by: auth.user.id,
      accepted_by: null,
      created_at: now,
      updated_at: now,
      notes: null,
      terms: null,
      visible_to_client: false,
      items: lines,
    });
    return created({ message: 'Quote created successfully', quote: quoteDict(q, now) });
  },

  updateQuote,
  patchQuote: updateQuote,

  deleteQuote: (ctx) => {
    ctx.store.quotes.delete(quote(ctx, ctx.params.quote_id, true).id);
    return ok({ message: 'Quote deleted successfully' });
  },
} satisfies Partial<TimeTrackerHandlers>;
