/**
 * /api/v1/inventory: stock transfers (an out/in movement pair sharing a
 * reference id) and the four reports, all computed from the stored movements
 * and stock levels.
 */
import { ApiError, badRequest, validationError } from '../../core/errors.js';
import { created, ok } from '../../core/handler.js';
import type { TimeTrackerHandlers } from '../../apis/timetracker/env.js';
import { isoNaive, parseIsoTime, parseRangeEnd, round2 } from '../../core/time.js';
import type { Store } from '../../store/timetracker/store.js';
import type { InventoryMovementRow } from '../../store/timetracker/inventory-types.js';
import { adjustStock, stockLevelOf } from '../../store/timetracker/stock.js';
import { pageParams, pagination } from './paginate.js';
import { movementDict } from './serialize.js';

interface TransferPair {
  out: InventoryMovementRow;
  in: InventoryMovementRow;
}

/** The transfer with this reference id: exactly two movements of type `transfer`, one out, one in. */
function transferPair(store: Store, ref: number): TransferPair | undefined {
  const list = store.views.transferMovements.group(ref);
  if (list.length !== 2) return undefined;
  const out = list.find((m) => m.quantity < 0);
  const inn = list.find((m) => m.quantity > 0);
  return out && inn ? { out, in: inn } : undefined;
}

/**
 * Transfers whose outgoing movement lies in [from, to], newest first (by
 * time, then reference id): a binary search in the view of outgoing
 * transfer movements, then each candidate checked to be a whole pair.
 */
function transfersBetween(store: Store, from: number | null, to: number | null): TransferPair[] {
  const outs = store.views.transferOutsNewestFirst.rows();
  const firstAtOrBefore = (t: number) => {
    let lo = 0;
    let hi = outs.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (outs[mid].moved_at > t) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const pairs: TransferPair[] = [];
  for (let i = to === null ? 0 : firstAtOrBefore(to); i < outs.length; i++) {
    const out = outs[i];
    if (from !== null && out.moved_at < from) break;
    const pair = transferPair(store, out.reference_id as number);
    if (pair && pair.out === out) pairs.push(pair);
  }
  return pairs;
}

function transferSummary(p: TransferPair) {
  return {
    reference_id: p.out.reference_id as number,
    moved_at: isoNaive(p.out.moved_at),
    stock_item_id: p.out.stock_item_id,
    from_warehouse_id: p.out.warehouse_id,
    to_warehouse_id: p.in.warehouse_id,
    quantity: Math.abs(p.out.quantity),
    notes: p.out.notes,
  };
}

const dayStart = (d: string | undefined) => (d ? parseIsoTime(d) : null);
const dayEnd = (d: string | undefined) => (d ? parseRangeEnd(d) : null);

export const inventory = {
  listTransfers: ({ store, query }) => {
  const from = dayStart(query.date_from);
  const to = dayEnd(query.date_to);
  const list = transfersBetween(store, from, to);
  const { page, perPage } = pageParams(query);
  const start = (page - 1) * perPage;
  return ok({
    transfers: list.slice(start, start + perPage).map((p) => ({ ...transferSummary(p), movement_ids: [p.out.id, p.in.id] })),
    pagination: pagination(page, perPage, list.length),
  });
  },

  getTransfer: ({ store, params }) => {
  const ref = params.reference_id;
  const pair = transferPair(store, ref);
  if (!pair) throw new ApiError(404, `Transfer with reference ID ${ref} not found`, 'not_found');
  return ok({ transfer: { ...transferSummary(pair), movements: [movementDict(pair.out), movementDict(pair.in)] } });
  },

  createTransfer: ({ store, now, body: b, auth }) => {
  if (!(b.quantity > 0)) throw validationError({ quantity: ['Quantity must be positive'] }, 'Quantity must be positive');
  if (b.from_warehouse_id === b.to_warehouse_id) throw badRequest('Source and destination warehouses must be different');
  const item = store.stockItems.get(b.stock_item_id);
  if (!item) throw new ApiError(404, `Stock item with ID ${b.stock_item_id} not found`, 'not_found');
  const from = store.warehouses.get(b.from_warehouse_id);
  if (!from) throw new ApiError(404, `Warehouse with ID ${b.from_warehouse_id} not found`, 'not_found');
  const to = store.warehouses.get(b.to_warehouse_id);
  if (!to) throw new ApiError(404, `Warehouse with ID ${b.to_warehouse_id} not found`, 'not_found');
  const available = stockLevelOf(store, item.id, from.id)?.quantity ?? 0;
  if (available < b.quantity) {
    throw badRequest(`Insufficient stock: ${available} available in ${from.code}, ${b.quantity} requested`);
  }
  // Epoch milliseconds, as the real server; bumped if two transfers share a millisecond.
  let referenceId = now;
  while (transferPair(store, referenceId)) referenceId++;
  const common = {
    movement_type: 'transfer',
    stock_item_id: item.id,
    reference_type: 'transfer',
    reference_id: referenceId,
    unit_cost: item.default_cost,
    reason: `Transfer from ${from.code} to ${to.code}`,
    notes: b.notes ?? null,
    moved_by: auth.user.id,
    moved_at: now,
  };
  const out = store.movements.insert({ ...common, warehouse_id: from.id, quantity: -b.quantity });
  const inn = store.movements.insert({ ...common, warehouse_id: to.id, quantity: b.quantity });
  adjustStock(store, item.id, from.id, -b.quantity, now);
  adjustStock(store, item.id, to.id, b.quantity, now);
  return created({
    message: 'Stock transfer completed successfully',
    reference_id: referenceId,
    transfers: [
      { movement_id: out.id, movement: movementDict(out) },
      { movement_id: inn.id, movement: movementDict(inn) },
    ],
  });
  },

  getValuationReport: ({ store, query }) => {
  const currency = query.currency_code ?? store.settings.currency;
  const warehouseId = query.warehouse_id ?? null;
  const category = query.category ?? null;
  let total = 0;
  const byWarehouse: Record<string, { warehouse_id: number; warehouse_name: string; warehouse_code: string; value: number; currency: string }> = {};
  const byCategory: Record<string, { category: string; value: number; currency: string }> = {};
  const details = [];
  for (const l of store.stockLevels.all()) {
    if (warehouseId !== null && l.warehouse_id !== warehouseId) continue;
    const item = store.stockItems.get(l.stock_item_id);
    const wh = store.warehouses.get(l.warehouse_id);
    if (!item || !wh || l.quantity <= 0) continue;
    if (category !== null && item.category !== category) continue;
    const value = round2(l.quantity * (item.default_cost ?? 0));
    total += value;
    const w = (byWarehouse[String(wh.id)] ??= { warehouse_id: wh.id, warehouse_name: wh.name, warehouse_code: wh.code, value: 0, currency });
    w.value = round2(w.value + value);
    const catName = item.category ?? 'Uncategorized';
    const c = (byCategory[catName] ??= { category: catName, value: 0, currency });
    c.value = round2(c.value + value);
    details.push({
      item_id: item.id,
      sku: item.sku,
      name: item.name,
      category: item.category,
      warehouse_id: wh.id,
      warehouse_name: wh.name,
      quantity: l.quantity,
      cost: item.default_cost ?? 0,
      value,
      currency,
    });
  }
  return ok({ total_value: round2(total), by_warehouse: byWarehouse, by_category: byCategory, item_details: details, currency, warehouse_id: warehouseId, category });
  },

  getMovementHistoryReport: ({ store, query }) => {
  const from = dayStart(query.date_from);
  const to = dayEnd(query.date_to);
  // Newest first already: cut the time range by binary search, then the other filters.
  const all = store.views.movementsNewestFirst.rows();
  const bound = (t: number, inclusive: boolean) => {
    let lo = 0;
    let hi = all.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (inclusive ? all[mid].moved_at > t : all[mid].moved_at >= t) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const list = all
    .slice(to === null ? 0 : bound(to, true), from === null ? all.length : bound(from, false))
    .filter((m) => query.stock_item_id === undefined || m.stock_item_id === query.stock_item_id)
    .filter((m) => query.warehouse_id === undefined || m.warehouse_id === query.warehouse_id)
    .filter((m) => query.movement_type === undefined || m.movement_type === query.movement_type);
  const rows = list.map((m) => {
    const item = store.stockItems.get(m.stock_item_id);
    const wh = store.warehouses.get(m.warehouse_id);
    return {
      id: m.id,
      date: isoNaive(m.moved_at),
      item_id: m.stock_item_id,
      item_sku: item?.sku ?? '',
      item_name: item?.name ?? '',
      warehouse_id: m.warehouse_id,
      warehouse_name: wh?.name ?? '',
      quantity: m.quantity,
      type: m.movement_type,
      reference: m.reference_type && m.reference_id !== null ? `${m.reference_type}#${m.reference_id}` : null,
      notes: m.notes,
    };
  });
  if (query.page !== undefined && query.per_page !== undefined) {
    const { page, perPage } = pageParams(query);
    const start = (page - 1) * perPage;
    return ok({ movements: rows.slice(start, start + perPage), total_movements: rows.length, pagination: pagination(page, perPage, rows.length) });
  }
  return ok({ movements: rows, total_movements: rows.length });
  },

  getTurnoverReport: ({ store, query, now }) => {
  const end = (typeof query.end_date === 'string' ? parseRangeEnd(query.end_date) : null) ?? now;
  const start = (typeof query.start_date === 'string' ? parseIsoTime(query.start_date) : null) ?? end - 365 * 86_400_000;
  const days = Math.max(1, (end - start) / 86_400_000);
  const items = [];
  for (const item of store.stockItems.all()) {
    if (query.item_id !== undefined && item.id !== query.item_id) continue;
    let sold = 0;
    for (const m of store.views.soldByItem.group(item.id)) if (m.moved_at >= start && m.moved_at <= end) sold += Math.abs(m.quantity);
    let onHand = 0;
    for (const l of store.views.levelsByItem.group(item.id)) onHand += l.quantity;
    const avgStock = round2(onHand + sold / 2);
    const rate = avgStock > 0 ? round2(sold / avgStock) : 0;
    items.push({
      item_id: item.id,
      sku: item.sku,
      name: item.name,
      quantity_sold: round2(sold),
      avg_stock: avgStock,
      turnover_rate: rate,
      days_on_hand: rate > 0 ? round2(days / rate) : null,
    });
  }
  return ok({ start_date: isoNaive(start), end_date: isoNaive(end), items });
  },

  getLowStockReport: ({ store, query }) => {
  const items = [];
  for (const l of store.stockLevels.all()) {
    if (query.warehouse_id !== undefined && l.warehouse_id !== query.warehouse_id) continue;
    const item = store.stockItems.get(l.stock_item_id);
    const wh = store.warehouses.get(l.warehouse_id);
    if (!item || !wh || !item.is_active || !item.is_trackable || item.reorder_point === null) continue;
    if (l.quantity >= item.reorder_point) continue;
    items.push({
      item_id: item.id,
      item_sku: item.sku,
      item_name: item.name,
      warehouse_id: wh.id,
      warehouse_code: wh.code,
      warehouse_name: wh.name,
      quantity_on_hand: l.quantity,
      reorder_point: item.reorder_point,
      reorder_quantity: item.reorder_quantity,
      shortfall: round2(item.reorder_point - l.quantity),
    });
  }
  return ok({ items });
},
} satisfies Partial<TimeTrackerHandlers>;
