/**
 * The stock rules the transfer, movement and purchase-order handlers and the
 * seed share: an item's record in a warehouse, adding a signed quantity to
 * it as the real server's `WarehouseStock.adjust_on_hand` does, and the
 * purchase-order number.
 */
import type { StockLevelRow } from './inventory-types.js';
import type { Store } from './store.js';

const round2 = (n: number): number => Math.round(n * 100) / 100;

/** A new stock record: nothing reserved, no location, never counted. */
export function newStockLevel(stockItemId: number, warehouseId: number, quantity: number, at: number): Omit<StockLevelRow, 'id'> {
  return { stock_item_id: stockItemId, warehouse_id: warehouseId, quantity, quantity_reserved: 0, location: null, last_counted_at: null, last_counted_by: null, created_at: at, updated_at: at };
}

/** The stock record of an item in a warehouse, if there is one. */
export function stockLevelOf(store: Store, itemId: number, warehouseId: number): StockLevelRow | undefined {
  return store.views.levelsByItem.group(itemId).find((l) => l.warehouse_id === warehouseId);
}

/**
 * Add a signed quantity to an item's stock in a warehouse (creating the
 * record when there is none): on hand never goes below 0
 * (`models/warehouse_stock.py:65`). Returns the record.
 */
export function adjustStock(store: Store, itemId: number, warehouseId: number, delta: number, at: number): StockLevelRow {
  const l = stockLevelOf(store, itemId, warehouseId);
  if (l) return store.stockLevels.update(l.id, { quantity: Math.max(0, round2(l.quantity + delta)), updated_at: at });
  return store.stockLevels.insert(newStockLevel(itemId, warehouseId, Math.max(0, delta), at));
}

/** `PO-<order date YYYYMMDD>-<id, 4 digits>` (api_v1.py:4275). */
export const poNumber = (orderDate: string, id: number): string => `PO-${orderDate.replaceAll('-', '')}-${String(id).padStart(4, '0')}`;
