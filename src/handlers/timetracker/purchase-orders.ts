/**
 * /api/v1/inventory/purchase-orders (reference §25; api_v1.py 4173-4468,
 * models/purchase_order.py of 5.10.0), declared on `resource`. The state
 * machine the API can drive: a draft may be edited or deleted; receiving
 * (from any status but received or cancelled) makes it `received` and books
 * each received line into stock as a `purchase` movement, which the stock
 * levels and the inventory reports then show. `sent` and `confirmed` come
 * from the web UI (no API route sets them); the seed has orders in each.
 */
import { ApiError, badRequest, conflict } from '../../core/errors.js';
import { ok } from '../../core/handler.js';
import { isoDate, isoNaive, round2 } from '../../core/time.js';
import type { TimeTrackerHandlers } from '../../apis/timetracker/env.js';
import type { components } from '../../generated/timetracker/openapi.js';
import type { Store } from '../../store/timetracker/store.js';
import type { PurchaseOrderItemRow, PurchaseOrderRow } from '../../store/timetracker/inventory-types.js';
import { adjustStock, poNumber } from '../../store/timetracker/stock.js';
import { trimmed } from './inventory-items.js';
import { filtered } from './records.js';
import { resource } from './resource.js';

type S = components['schemas'];
type LineInput = S['PurchaseOrderItemInput'];
type Line = Omit<PurchaseOrderItemRow, 'id' | 'purchase_order_id' | 'currency_code'>;

function lineDict(l: PurchaseOrderItemRow): S['PurchaseOrderItem'] {
  const { purchase_order_id, ...rest } = l;
  return { purchase_order_id, ...rest };
}

/** `PurchaseOrder.to_dict` (models/purchase_order.py:141): with the supplier's name and the lines; never `internal_notes`. */
function purchaseOrderDict(store: Store, p: PurchaseOrderRow): S['PurchaseOrder'] {
  const { internal_notes: _hidden, ...shown } = p;
  return {
    ...shown,
    supplier_name: store.suppliers.get(p.supplier_id)?.name ?? null,
    created_at: isoNaive(p.created_at),
    updated_at: isoNaive(p.updated_at),
    items: store.views.purchaseOrderLines.group(p.id).map(lineDict),
  };
}


function toLine(i: LineInput): Line {
  const ordered = i.quantity_ordered ?? 1;
  const unitCost = i.unit_cost ?? 0;
  return {
    stock_item_id: i.stock_item_id ?? null,
    supplier_stock_item_id: i.supplier_stock_item_id ?? null,
    description: (i.description ?? '').trim(),
    supplier_sku: trimmed(i.supplier_sku),
    quantity_ordered: ordered,
    quantity_received: 0,
    unit_cost: unitCost,
    line_total: round2(ordered * unitCost),
    warehouse_id: i.warehouse_id ?? null,
    notes: null,
  };
}

/** The lines of a create, checked as the real server does before it writes anything (400s). */
function createLines(b: S['PurchaseOrderCreate']): Line[] {
  return (b.items ?? []).map((i) => {
    if (!i.description?.trim()) throw badRequest('Each item requires a non-empty description');
    const line = toLine(i);
    if (!(line.quantity_ordered > 0)) throw badRequest('quantity_ordered must be greater than zero');
    if (line.unit_cost < 0) throw badRequest('unit_cost must be zero or greater');
    return line;
  });
}

/** A line naming a stock item, warehouse or supplier link that does not exist: the real server's foreign-key failure (409). */
function linked(store: Store, lines: readonly Line[], verb: 'create' | 'update'): void {
  const dangling = lines.some(
    (l) =>
      (l.stock_item_id !== null && !store.stockItems.get(l.stock_item_id)) ||
      (l.warehouse_id !== null && !store.warehouses.get(l.warehouse_id)) ||
      (l.supplier_stock_item_id !== null && !store.supplierStockItems.get(l.supplier_stock_item_id)),
  );
  if (dangling) throw conflict(`Could not ${verb} purchase order due to data conflict`, 'error');
}

/** Replace the order's lines and recompute its totals (`calculate_totals`: tax and shipping stay as they are). */
function setLines(store: Store, p: PurchaseOrderRow, lines: readonly Line[], currency: string, now: number): Partial<PurchaseOrderRow> {
  for (const old of [...store.views.purchaseOrderLines.group(p.id)]) store.purchaseOrderItems.delete(old.id);
  let subtotal = 0;
  for (const l of lines) {
    store.purchaseOrderItems.insert({ ...l, purchase_order_id: p.id, currency_code: currency });
    subtotal += l.line_total;
  }
  subtotal = round2(subtotal);
  return { subtotal, total_amount: round2(subtotal + p.tax_amount + p.shipping_cost), updated_at: now };
}

/** Only drafts change (400 with the real server's message). */
function draftOnly(p: PurchaseOrderRow, verb: 'update' | 'delete', past: 'updated' | 'deleted'): void {
  if (p.status !== 'draft') throw badRequest(`Cannot ${verb} purchase order with status '${p.status}'. Only draft orders can be ${past}.`);
}

const order = resource({
  table: (s) => s.purchaseOrders,
  what: 'Resource',
  id: 'po_id',
  one: 'purchase_order',
  many: 'items',
  dict: (p, ctx) => purchaseOrderDict(ctx.store, p),
  messages: { created: 'Purchase order created successfully', updated: 'Purchase order updated successfully', deleted: 'Purchase order deleted successfully' },
});

const updatePurchaseOrder = order.update<S['PurchaseOrderUpdate']>(({ store, body: b, now }, p) => {
  draftOnly(p, 'update', 'updated');
  const patch: Partial<PurchaseOrderRow> = { updated_at: now };
  if (b.order_date !== undefined) patch.order_date = b.order_date;
  if (b.expected_delivery_date !== undefined) patch.expected_delivery_date = b.expected_delivery_date || null;
  if (b.notes !== undefined) patch.notes = b.notes;
  if (b.internal_notes !== undefined) patch.internal_notes = b.internal_notes;
  if (b.currency_code !== undefined) patch.currency_code = b.currency_code;
  if (b.items !== undefined) {
    const lines = b.items.map(toLine);
    if (lines.some((l) => !l.description)) throw badRequest('Invalid purchase order payload');
    linked(store, lines, 'update');
    // The lines take the order's currency as this request leaves it.
    Object.assign(patch, setLines(store, p, lines, patch.currency_code ?? p.currency_code, now));
  }
  return patch;
});

export const purchaseOrders = {
  listPurchaseOrders: order.list(({ store, query }) =>
    filtered(query.supplier_id !== undefined ? store.views.purchaseOrdersNewestFirst.group(query.supplier_id) : store.views.purchaseOrdersNewestFirst.rows(), [
      query.status ? (p) => p.status === query.status : undefined,
    ]),
  ),

  createPurchaseOrder: order.create<S['PurchaseOrderCreate']>(
    ({ store, body: b, auth, now }) => {
      if (!b.supplier_id) throw badRequest('supplier_id is required');
      if (!store.suppliers.get(b.supplier_id)) throw badRequest('supplier_id does not reference an existing supplier');
      linked(store, createLines(b), 'create');
      const orderDate = b.order_date ?? isoDate(now);
      return {
        po_number: poNumber(orderDate, store.purchaseOrders.nextId),
        supplier_id: b.supplier_id,
        status: 'draft',
        order_date: orderDate,
        expected_delivery_date: b.expected_delivery_date || null,
        received_date: null,
        subtotal: 0,
        tax_amount: 0,
        shipping_cost: 0,
        total_amount: 0,
        currency_code: (b.currency_code ?? 'EUR').trim().toUpperCase(),
        notes: trimmed(b.notes),
        internal_notes: trimmed(b.internal_notes),
        created_at: now,
        updated_at: now,
        created_by: auth.user.id,
      };
    },
    // Then the lines (they need the order's id) and the totals.
    ({ store, body: b, now }, p) => {
      store.purchaseOrders.update(p.id, setLines(store, p, createLines(b), p.currency_code, now));
    },
  ),

  getPurchaseOrder: order.get,
  updatePurchaseOrder,
  patchPurchaseOrder: updatePurchaseOrder,

  deletePurchaseOrder: order.remove(({ store }, p) => {
    draftOnly(p, 'delete', 'deleted');
    for (const l of [...store.views.purchaseOrderLines.group(p.id)]) store.purchaseOrderItems.delete(l.id);
  }),

  receivePurchaseOrder: (ctx) => {
    const { store, body, now } = ctx;
    const p = order.row(ctx);
    const lines = store.views.purchaseOrderLines.group(p.id);
    for (const i of body?.items ?? []) {
      const line = i.item_id ? lines.find((l) => l.id === i.item_id) : undefined;
      if (line && i.quantity_received !== undefined) store.purchaseOrderItems.update(line.id, { quantity_received: i.quantity_received });
    }
    if (p.status !== 'received' && p.status !== 'cancelled') {
      const receivedDate = body?.received_date ?? isoDate(now);
      store.purchaseOrders.update(p.id, { status: 'received', received_date: receivedDate, updated_at: now });
      const fallback = store.warehouses.toArray().find((w) => w.is_active)?.id;
      for (const l of store.views.purchaseOrderLines.group(p.id)) {
        const warehouseId = l.warehouse_id ?? fallback;
        if (l.stock_item_id === null || !(l.quantity_received > 0) || warehouseId === undefined) continue;
        store.movements.insert({
          movement_type: 'purchase',
          stock_item_id: l.stock_item_id,
          warehouse_id: warehouseId,
          quantity: l.quantity_received,
          reference_type: 'purchase_order',
          reference_id: p.id,
          unit_cost: l.unit_cost || null,
          reason: `Purchase Order ${p.po_number}`,
          notes: null,
          moved_by: p.created_by,
          moved_at: now,
        });
        adjustStock(store, l.stock_item_id, warehouseId, l.quantity_received, now);
      }
    }
    const fresh = store.purchaseOrders.get(p.id);
    if (!fresh) throw new ApiError(404, 'Resource not found', 'not_found');
    return ok({ message: 'Purchase order received successfully', purchase_order: purchaseOrderDict(store, fresh) });
  },
} satisfies Partial<TimeTrackerHandlers>;

