/**
 * /api/v1/inventory: warehouses, stock levels and manual stock movements
 * (reference §25; api_v1.py 3376-3677 of 5.10.0). A movement adds its
 * signed quantity to the warehouse's stock through the same rule as
 * transfers and purchase-order receipts (store/timetracker/stock.ts), so
 * the movement-history, valuation and low-stock reports see it.
 */
import { ApiError, badRequest } from '../../core/errors.js';
import { created, ok } from '../../core/handler.js';
import { isoNaive, isoNaiveOrNull } from '../../core/time.js';
import type { TimeTrackerHandlers } from '../../apis/timetracker/env.js';
import type { components } from '../../generated/timetracker/openapi.js';
import type { Store } from '../../store/timetracker/store.js';
import type { StockItemRow, StockLevelRow, WarehouseRow } from '../../store/timetracker/inventory-types.js';
import { adjustStock, stockLevelOf } from '../../store/timetracker/stock.js';
import { stockItemDict } from './inventory-items.js';
import { pageParams, paginated } from './paginate.js';
import { filtered } from './records.js';
import { movementDict } from './serialize.js';

type S = components['schemas'];

/** `Warehouse.to_dict` (models/warehouse.py:57). */
export function warehouseDict(w: WarehouseRow): S['Warehouse'] {
  return { ...w, created_at: isoNaive(w.created_at), updated_at: isoNaive(w.updated_at) };
}

const available = (l: StockLevelRow) => Math.round((l.quantity - l.quantity_reserved) * 100) / 100;

/** `WarehouseStock.to_dict` (models/warehouse_stock.py:81). */
function warehouseStockDict(l: StockLevelRow): S['WarehouseStock'] {
  return {
    id: l.id,
    warehouse_id: l.warehouse_id,
    stock_item_id: l.stock_item_id,
    quantity_on_hand: l.quantity,
    quantity_reserved: l.quantity_reserved,
    quantity_available: available(l),
    location: l.location,
    last_counted_at: isoNaiveOrNull(l.last_counted_at),
    last_counted_by: l.last_counted_by,
    created_at: isoNaive(l.created_at),
    updated_at: isoNaive(l.updated_at),
  };
}

/** A number as Python prints a float (`5.0`, `2.5`): the real server's messages quote them so. */
const pyFloat = (n: number) => (Number.isInteger(n) ? n.toFixed(1) : String(n));

type MovementBody = S['StockMovementCreate'];

/**
 * The unit cost a devaluation sets, from the item's default cost and the
 * body's method (`percent` of the cost off, or a `fixed` new cost).
 * `manual`: a `devaluation` movement (its quantity must be positive, its
 * "required" messages say `using ... method`), else a return or waste with
 * `devalue_enabled` (`when devaluation is enabled`).
 */
function devaluedCost(item: StockItemRow, b: MovementBody, manual: boolean): number {
  if (!item.is_trackable) throw badRequest('Stock item is not trackable. Devaluation requires trackable items.');
  if (manual && !(b.quantity > 0)) throw badRequest('Devaluation quantity must be positive');
  const base = item.default_cost ?? 0;
  if (base <= 0) throw badRequest('Stock item must have a default cost to perform devaluation');
  if ((b.devalue_method ?? 'percent') === 'percent') {
    if (b.devalue_percent === undefined || b.devalue_percent === null) {
      throw badRequest(`Devaluation percent is required when ${manual ? 'using percent method' : 'devaluation is enabled'}`);
    }
    if (b.devalue_percent < 0 || b.devalue_percent > 100) throw badRequest('Devaluation percent must be between 0 and 100');
    return Math.round(base * (100 - b.devalue_percent)) / 100;
  }
  if (b.devalue_unit_cost === undefined || b.devalue_unit_cost === null) {
    throw badRequest(`New unit cost is required when ${manual ? 'using fixed cost method' : 'devaluation is enabled'}`);
  }
  const cost = Math.round(b.devalue_unit_cost * 100) / 100;
  if (cost < 0) throw badRequest('Unit cost cannot be negative');
  return cost;
}

/** 400 unless the warehouse holds at least `qty` (the devaluation and waste checks). */
function needOnHand(store: Store, b: MovementBody, qty: number, what: string): void {
  const onHand = stockLevelOf(store, b.stock_item_id, b.warehouse_id)?.quantity ?? 0;
  if (onHand < qty) throw badRequest(`Insufficient stock to ${what}. Available: ${pyFloat(onHand)}, Requested: ${pyFloat(qty)}`);
}

/** The warehouse must exist before anything is written (the real server's foreign key). */
function needWarehouse(store: Store, id: number): void {
  if (!store.warehouses.get(id)) throw badRequest(`Failed to record movement: warehouse ${id} does not exist`);
}

export const warehouses = {
  listWarehouses: ({ store, query }) => {
    const { page, perPage } = pageParams(query);
    const rows = filtered(store.views.warehousesByCode.rows(), [query.active_only === false ? undefined : (w) => w.is_active]);
    return ok(paginated('items', rows, page, perPage, warehouseDict));
  },

  listStockLevels: ({ store, query }) => {
    const source =
      query.stock_item_id !== undefined
        ? store.views.levelsByItem.group(query.stock_item_id)
        : query.warehouse_id !== undefined
          ? store.views.levelsByWarehouse.group(query.warehouse_id)
          : store.stockLevels.toArray();
    const rows = [];
    for (const l of source) {
      if (query.warehouse_id !== undefined && l.warehouse_id !== query.warehouse_id) continue;
      const wh = store.warehouses.get(l.warehouse_id);
      const it = store.stockItems.get(l.stock_item_id);
      if (!wh || !it) continue;
      if (query.category && it.category !== query.category) continue;
      rows.push({ wh, it, l });
    }
    rows.sort((a, b) => a.wh.code.localeCompare(b.wh.code) || a.it.name.localeCompare(b.it.name) || a.l.id - b.l.id);
    return ok({
      stock_levels: rows.map(({ wh, it, l }) => ({
        warehouse: warehouseDict(wh),
        stock_item: stockItemDict(store, it),
        quantity_on_hand: l.quantity,
        quantity_reserved: l.quantity_reserved,
        quantity_available: available(l),
        location: l.location,
      })),
    });
  },

  createStockMovement: ({ store, body: b, auth, now }) => {
    const type = b.movement_type ?? 'adjustment';
    const item = store.stockItems.get(b.stock_item_id);
    if (!item) throw new ApiError(404, 'Stock item not found', 'not_found');
    const movement = (movementType: string, quantity: number, unitCost: number | null, reason: string | null) =>
      store.movements.insert({
        movement_type: movementType,
        stock_item_id: item.id,
        warehouse_id: b.warehouse_id,
        quantity,
        reference_type: b.reference_type ?? null,
        reference_id: b.reference_id ?? null,
        unit_cost: unitCost || null,
        reason: reason?.trim() || null,
        notes: b.notes?.trim() || null,
        moved_by: auth.user.id,
        moved_at: now,
      });

    if (type === 'devaluation') {
      const cost = devaluedCost(item, b, true);
      needOnHand(store, b, b.quantity, 'devalue');
      needWarehouse(store, b.warehouse_id);
      // No physical change: a movement of quantity 0 at the new unit cost.
      movement('devaluation', 0, cost, b.reason || 'Manual devaluation via API');
      return created({ message: 'Stock devaluation recorded successfully' });
    }

    let costOverride: number | null = null;
    if (type === 'return' && !(b.quantity > 0)) throw badRequest('Return movements must use a positive quantity');
    if (type === 'waste' && !(b.quantity < 0)) throw badRequest('Waste movements must use a negative quantity');
    const devalue = (type === 'return' || type === 'waste') && b.devalue_enabled === true;
    if (devalue) {
      costOverride = devaluedCost(item, b, false);
      const base = item.default_cost ?? 0;
      if (costOverride > base) throw badRequest(`Devaluation cost (${pyFloat(costOverride)}) cannot be greater than original cost (${pyFloat(base)})`);
      if (type === 'waste') {
        needOnHand(store, b, Math.abs(b.quantity), 'waste');
        needWarehouse(store, b.warehouse_id);
        movement('devaluation', 0, costOverride, b.reason || 'Devaluation before waste via API');
      }
    }
    needWarehouse(store, b.warehouse_id);
    const m = movement(type, b.quantity, costOverride ?? b.unit_cost ?? null, b.reason ?? null);
    const stock = adjustStock(store, item.id, b.warehouse_id, b.quantity, now);
    const message = !devalue
      ? 'Stock movement recorded successfully'
      : type === 'return'
        ? 'Return movement recorded successfully with devaluation applied'
        : 'Waste movement recorded successfully with devaluation applied';
    return created({ message, movement: movementDict(m), updated_stock: warehouseStockDict(stock) });
  },
} satisfies Partial<TimeTrackerHandlers>;
