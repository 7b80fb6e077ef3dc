/**
 * /api/v1/inventory/items: the stock catalogue (reference §25; api_v1.py
 * 3219-3373 of 5.10.0), declared on `resource`. Deleting deactivates; the
 * totals and the low-stock flag are derived from the stock records.
 */
import { badRequest } from '../../core/errors.js';
import { ok } from '../../core/handler.js';
import { isoNaive } from '../../core/time.js';
import type { TimeTrackerHandlers } from '../../apis/timetracker/env.js';
import type { components } from '../../generated/timetracker/openapi.js';
import type { Store } from '../../store/timetracker/store.js';
import type { StockItemRow } from '../../store/timetracker/inventory-types.js';
import { filtered, pick } from './records.js';
import { resource, type ResourceCtx } from './resource.js';
import type { Row, Table } from '../../store/table.js';

type S = components['schemas'];

/** `float(x) if x else None`: the real server shows 0 as null. */
export const orNull = (n: number | null): number | null => (n ? n : null);

/** A case-insensitive substring test over some fields (the real server's `ilike '%q%'`), or undefined when `q` is blank. */
export function matching<T>(q: string | undefined, fields: (row: T) => (string | null)[]): ((row: T) => boolean) | undefined {
  const needle = q?.trim().toLowerCase();
  if (!needle) return undefined;
  return (row) => fields(row).some((f) => f !== null && f.toLowerCase().includes(needle));
}

/** `StockItem.to_dict` (models/stock_item.py:152): totals over the item's stock records, null when 0 or not trackable. */
export function stockItemDict(store: Store, i: StockItemRow): S['StockItem'] {
  const levels = store.views.levelsByItem.group(i.id);
  let onHand = 0;
  let reserved = 0;
  for (const l of levels) {
    onHand += l.quantity;
    reserved += l.quantity_reserved;
  }
  const total = (n: number) => (i.is_trackable ? orNull(Math.round(n * 100) / 100) : null);
  return {
    ...i,
    default_cost: orNull(i.default_cost),
    default_price: orNull(i.default_price),
    reorder_point: orNull(i.reorder_point),
    reorder_quantity: orNull(i.reorder_quantity),
    created_at: isoNaive(i.created_at),
    updated_at: isoNaive(i.updated_at),
    total_quantity_on_hand: total(onHand),
    total_quantity_reserved: total(reserved),
    total_quantity_available: total(onHand - reserved),
    is_low_stock: i.is_trackable && !!i.reorder_point && levels.some((l) => l.quantity < (i.reorder_point as number)),
  };
}

const item = resource({
  table: (s) => s.stockItems,
  // `get_or_404`: the real server's message names no resource.
  what: 'Resource',
  id: 'item_id',
  one: 'item',
  many: 'items',
  dict: (i, ctx) => stockItemDict(ctx.store, i),
  messages: { created: 'Stock item created successfully', updated: 'Stock item updated successfully', deleted: 'Stock item deactivated successfully' },
});

/**
 * A `DELETE` that only deactivates the row (`is_active: false`) and answers
 * `{message}`: the real server's soft delete of items and suppliers.
 */
export function deactivate<T extends Row & { is_active: boolean; updated_at: number }, P>(
  table: (store: Store) => Table<T>,
  row: (ctx: ResourceCtx<P>) => T,
  message: string,
): (ctx: ResourceCtx<P>) => { status: 200; body: { message: string } } {
  return (ctx) => {
    const r = row(ctx);
    table(ctx.store).update(r.id, { is_active: false, updated_at: ctx.now } as Partial<Omit<T, 'id'>>);
    return ok({ message });
  };
}

/** The fields `required` names that are blank after trimming, as the real server's `Missing required fields: ...`. */
export function requireFields<B extends object>(body: B, fields: readonly (keyof B & string)[]): void {
  const missing = fields.filter((f) => {
    const v = body[f];
    return typeof v !== 'string' || !v.trim();
  });
  if (missing.length) throw badRequest(`Missing required fields: ${missing.join(', ')}`);
}

/** Trimmed, or null when blank (the models' `x.strip() if x else None`). */
export const trimmed = (s: string | null | undefined): string | null => (s ? s.trim() || null : null);

const UPDATABLE = ['name', 'description', 'category', 'unit', 'barcode', 'is_trackable', 'currency_code', 'is_active'] as const;

const updateStockItem = item.update<S['StockItemUpdate']>(({ body: b, now }) => ({
  ...pick(b, UPDATABLE),
  ...(b.default_cost === undefined ? {} : { default_cost: b.default_cost || null }),
  ...(b.default_price === undefined ? {} : { default_price: b.default_price || null }),
  updated_at: now,
}));

export const inventoryItems = {
  listStockItems: item.list(({ store, query }) =>
    filtered(store.views.stockItemsByName.rows(), [
      query.active_only === false ? undefined : (i) => i.is_active,
      matching(query.search, (i) => [i.sku, i.name, i.barcode]),
      query.category ? (i) => i.category === query.category : undefined,
    ]),
  ),

  createStockItem: item.create<S['StockItemCreate']>(({ store, body: b, auth, now }) => {
    requireFields(b, ['sku', 'name']);
    const sku = b.sku.trim().toUpperCase();
    if (store.stockItems.toArray().some((i) => i.sku === sku)) throw badRequest(`Stock item with SKU '${sku}' already exists`);
    return {
      sku,
      name: b.name.trim(),
      description: trimmed(b.description),
      category: trimmed(b.category),
      unit: b.unit?.trim() || 'pcs',
      default_cost: b.default_cost || null,
      default_price: b.default_price || null,
      currency_code: (b.currency_code ?? 'EUR').toUpperCase(),
      barcode: trimmed(b.barcode),
      is_active: b.is_active ?? true,
      is_trackable: b.is_trackable ?? true,
      reorder_point: null,
      reorder_quantity: null,
      supplier: null,
      supplier_sku: null,
      image_url: null,
      notes: null,
      created_at: now,
      updated_at: now,
      created_by: auth.user.id,
    };
  }),

  getStockItem: item.get,
  updateStockItem,
  patchStockItem: updateStockItem,

  deleteStockItem: deactivate((s) => s.stockItems, item.row, 'Stock item deactivated successfully'),

  getStockItemAvailability: (ctx) => {
    const { store, query } = ctx;
    const i = item.row(ctx);
    const availability = [];
    for (const l of store.views.levelsByItem.group(i.id)) {
      if (query.warehouse_id !== undefined && l.warehouse_id !== query.warehouse_id) continue;
      const wh = store.warehouses.get(l.warehouse_id);
      if (!wh) continue;
      availability.push({
        warehouse_id: wh.id,
        warehouse_code: wh.code,
        warehouse_name: wh.name,
        quantity_on_hand: l.quantity,
        quantity_reserved: l.quantity_reserved,
        quantity_available: Math.round((l.quantity - l.quantity_reserved) * 100) / 100,
        location: l.location,
      });
    }
    return ok({ item_id: i.id, item_sku: i.sku, item_name: i.name, availability });
  },
} satisfies Partial<TimeTrackerHandlers>;
