/**
 * The stateful flow of the purchase-order routes (beyond the API
 * documentation, reference §25): a supplier's draft order for one stock item
 * is received; the receipt moves that item's stock in the order's warehouse,
 * the movement history shows a `purchase` movement referencing the order, a
 * second receipt moves nothing, and a received order can no longer be edited
 * or deleted. The stock is taken out again afterwards (a negative adjustment).
 */
import { idOf } from '../lib/context.js';
import { isObject, type JsonObject } from '../lib/spec.js';
import { arrayAt, expectThat, objectAt, step, type Flow, type StepResult } from '../lib/flow.js';

const OBSERVED = 'observed' as const;

export const purchaseOrderFlow: Flow = {
  id: 'purchase-order-receipt',
  title: 'purchase order (draft, one stock line) -> received -> stock level and availability up by the quantity, a purchase movement in the history; received orders are locked and a second receipt moves nothing',
  async run(c) {
    const items = arrayAt(await step(c, 'find a stock item', 'listStockItems', { query: { per_page: 1 } }, 200), 'items', 'find a stock item');
    const warehouses = arrayAt(await step(c, 'find a warehouse', 'listWarehouses', { query: { per_page: 1 } }, 200), 'items', 'find a warehouse');
    expectThat(items.length > 0 && warehouses.length > 0, 'find a stock item', 'the target has no active stock item or warehouse', undefined, OBSERVED);
    const itemId = items[0].id as number;
    const warehouseId = warehouses[0].id as number;
    const onHand = async (label: string): Promise<number> => {
      const r = await step(c, label, 'getStockItemAvailability', { params: { item_id: itemId }, query: { warehouse_id: warehouseId } }, 200);
      const row = arrayAt(r, 'availability', label)[0];
      return row && typeof row.quantity_on_hand === 'number' ? row.quantity_on_hand : 0;
    };
    const before = await onHand('stock before');

    const sup = await step(c, 'supplier', 'createSupplier', { json: { code: c.name('po').replace(/[^A-Za-z0-9]+/g, '-').slice(-40), name: c.name('supplier') } }, 201);
    const supplierId = idOf(sup.body, 'supplier');
    c.defer(`deactivate supplier ${supplierId}`, () => c.call('deleteSupplier', { params: { supplier_id: supplierId } }));
    const qty = 3;
    const made = await step(c, 'draft order', 'createPurchaseOrder', { json: { supplier_id: supplierId, items: [{ description: c.name('line'), stock_item_id: itemId, warehouse_id: warehouseId, quantity_ordered: qty, unit_cost: 1 }] } }, 201);
    const po = objectAt(made, 'purchase_order', 'draft order');
    const poId = idOf(made.body, 'purchase_order');
    expectThat(po.status === 'draft' && po.total_amount === qty, 'draft order', `status ${String(po.status)}, total ${String(po.total_amount)}`, made.ex, OBSERVED);
    const line = Array.isArray(po.items) && isObject(po.items[0]) ? (po.items[0] as JsonObject) : undefined;
    expectThat(line !== undefined && typeof line.id === 'number', 'draft order', 'the order has no line with an id', made.ex, OBSERVED);

    const received = await step(c, 'receive', 'receivePurchaseOrder', { params: { po_id: poId }, json: { items: [{ item_id: line.id as number, quantity_received: qty }] } }, 200);
    // Cleanup: take the received units out again (received orders cannot be deleted).
    c.defer(`take ${qty} of item ${itemId} out of warehouse ${warehouseId}`, () =>
      c.call('createStockMovement', { json: { movement_type: 'adjustment', stock_item_id: itemId, warehouse_id: warehouseId, quantity: -qty, reason: 'contract flow: receipt reversed' } }),
    );
    expectThat(objectAt(received, 'purchase_order', 'receive').status === 'received', 'receive', 'status did not become received', received.ex, OBSERVED);
    const after = await onHand('stock after');
    expectThat(after === before + qty, 'stock after', `on hand ${after}, expected ${before} + ${qty}`, undefined, OBSERVED);
    const levels = await step(c, 'stock levels', 'listStockLevels', { query: { stock_item_id: itemId, warehouse_id: warehouseId } }, 200);
    const level = arrayAt(levels, 'stock_levels', 'stock levels')[0];
    expectThat(level?.quantity_on_hand === after, 'stock levels', `stock levels say ${String(level?.quantity_on_hand)}, availability ${after}`, levels.ex, OBSERVED);
    const history = await step(c, 'movement history', 'getMovementHistoryReport', { query: { stock_item_id: itemId, warehouse_id: warehouseId, movement_type: 'purchase' } }, 200);
    const moved = arrayAt(history, 'movements', 'movement history').find((m) => m.reference === `purchase_order#${poId}`);
    expectThat(moved?.quantity === qty, 'movement history', `no purchase movement of ${qty} referencing purchase_order#${poId}`, history.ex, OBSERVED);

    await step(c, 'a received order cannot be edited', 'patchPurchaseOrder', { params: { po_id: poId }, json: { notes: 'too late' } }, 400);
    await step(c, 'a received order cannot be deleted', 'deletePurchaseOrder', { params: { po_id: poId } }, 400);
    const again: StepResult = await step(c, 'receive again', 'receivePurchaseOrder', { params: { po_id: poId }, json: {} }, 200);
    expectThat((await onHand('stock after a second receipt')) === after, 'receive again', 'a second receipt moved stock', again.ex, OBSERVED);
  },
};
