/**
 * The inventory beyond transfers and reports (beyond the API documentation:
 * the real server's routes, reference §25): stock items, warehouses, stock
 * levels, movements, suppliers and purchase orders. Reads use the stock the
 * target already has (the transfer fixture's item and warehouse); writes make
 * their own item, supplier or order and remove it the way the API allows
 * (items and suppliers are deactivated, draft orders deleted, a manual
 * movement is reversed). A received order cannot be removed: each run leaves
 * one, with a free-text line that moved no stock.
 */
import { getCase, unknownId, type CaseArgs, type OperationCase } from '../lib/case.js';
import { GHOST_ID, type Ctx } from '../lib/context.js';
import type { JsonObject } from '../lib/spec.js';
import type { OperationId } from '../../src/generated/timetracker/handlers.js';
import { afterCreate, made } from './business.js';

/** A code the run owns, short enough for a SKU or a supplier code (upper-cased by the server). */
const code = (c: Ctx, kind: string) => c.name(kind).replace(/[^A-Za-z0-9]+/g, '-').slice(-40).toUpperCase();

const stockItem = (c: Ctx) =>
  made(c, 'createStockItem', { sku: code(c, 'sku'), name: c.name('stock item'), default_cost: 2 }, 'item', (id) => c.call('deleteStockItem', { params: { item_id: id } }));
const supplier = (c: Ctx) =>
  made(c, 'createSupplier', { code: code(c, 'supplier'), name: c.name('supplier') }, 'supplier', (id) => c.call('deleteSupplier', { params: { supplier_id: id } }));
/** A draft with one free-text line (no stock item: receiving it moves no stock), deleted afterwards while it is still a draft. */
const draftOrder = async (c: Ctx, keep = false) => {
  const supplierId = await supplier(c);
  return made(c, 'createPurchaseOrder', { supplier_id: supplierId, items: [{ description: 'contract line', quantity_ordered: 1, unit_cost: 1 }] }, 'purchase_order', keep ? undefined : (id) =>
    c.call('deletePurchaseOrder', { params: { po_id: id } }),
  );
};

/** A case on a row the valid request makes first; the invalid one names no row (404). */
function onRow(operationId: OperationId, param: string, make: (a: CaseArgs) => Promise<number>, json?: () => JsonObject, extra: Partial<OperationCase> = {}): OperationCase {
  return {
    operationId,
    valid: async (a) => ({ params: { [param]: await make(a) }, ...(json ? { json: json() } : {}) }),
    negatives: [unknownId(param, { provenance: 'observed', request: async () => ({ params: { [param]: GHOST_ID }, ...(json ? { json: json() } : {}) }) })],
    ...extra,
  };
}

const notBoolean = (opId: OperationId) =>
  getCase(opId, { active_only: 'false' }, { negatives: [{ rule: 'query.active_only not a boolean', provenance: 'specified', status: [400], request: async () => ({ query: { active_only: 'maybe' } }) }] });

export const inventoryMoreCases: OperationCase[] = [
  notBoolean('listStockItems'),
  {
    operationId: 'createStockItem',
    valid: async ({ c }) => {
      c.requireWrites();
      return { json: { sku: code(c, 'sku'), name: c.name('stock item'), category: 'Contract', default_cost: 2, default_price: 3 } };
    },
    expectStatus: 201,
    after: afterCreate('item', (c, id) => c.call('deleteStockItem', { params: { item_id: id } })),
    negatives: [{ rule: 'body.sku required', provenance: 'observed', status: [400], request: async ({ c }) => ({ json: { name: c.name('stock item') } }) }],
  },
  onRow('getStockItem', 'item_id', async ({ fx }) => fx.needStock().itemId),
  onRow('updateStockItem', 'item_id', ({ c }) => stockItem(c), () => ({ description: 'updated by the contract suites' })),
  onRow('patchStockItem', 'item_id', ({ c }) => stockItem(c), () => ({ default_price: 4 })),
  onRow('deleteStockItem', 'item_id', ({ c }) => stockItem(c)),
  onRow('getStockItemAvailability', 'item_id', async ({ fx }) => fx.needStock().itemId),
  notBoolean('listWarehouses'),
  getCase('listStockLevels', undefined, {
    negatives: [{ rule: 'query.warehouse_id not an integer', provenance: 'specified', status: [400], request: async () => ({ query: { warehouse_id: 'main' } }) }],
  }),
  {
    operationId: 'createStockMovement',
    valid: async ({ c, fx }) => {
      c.requireWrites();
      const s = fx.needStock();
      return { json: { movement_type: 'adjustment', stock_item_id: s.itemId, warehouse_id: s.fromWarehouse, quantity: 1, reason: c.name('movement') } };
    },
    expectStatus: 201,
    after: async ({ c, fx }, ex) => {
      const s = fx.stock;
      if (ex.response.status >= 300 || !s) return;
      c.defer(`take 1 of item ${s.itemId} out of warehouse ${s.fromWarehouse} again`, () =>
        c.call('createStockMovement', { json: { movement_type: 'adjustment', stock_item_id: s.itemId, warehouse_id: s.fromWarehouse, quantity: -1, reason: 'contract suites: reversed' } }),
      );
    },
    negatives: [
      { rule: 'body.quantity required', provenance: 'observed', status: [400], request: async ({ fx }) => ({ json: { stock_item_id: fx.needStock().itemId, warehouse_id: fx.needStock().fromWarehouse } }) },
      { rule: 'body.quantity a waste must be negative', provenance: 'observed', status: [400], request: async ({ fx }) => ({ json: { movement_type: 'waste', stock_item_id: fx.needStock().itemId, warehouse_id: fx.needStock().fromWarehouse, quantity: 1 } }) },
    ],
  },

  getCase('listSuppliers', { search: 'a' }, {
    negatives: [{ rule: 'query.active_only not a boolean', provenance: 'specified', status: [400], request: async () => ({ query: { active_only: 'maybe' } }) }],
  }),
  {
    operationId: 'createSupplier',
    valid: async ({ c }) => {
      c.requireWrites();
      return { json: { code: code(c, 'supplier'), name: c.name('supplier'), email: 'orders@example.com' } };
    },
    expectStatus: 201,
    after: afterCreate('supplier', (c, id) => c.call('deleteSupplier', { params: { supplier_id: id } })),
    negatives: [{ rule: 'body.code required', provenance: 'observed', status: [400], request: async ({ c }) => ({ json: { name: c.name('supplier') } }) }],
  },
  onRow('getSupplier', 'supplier_id', ({ c }) => supplier(c)),
  onRow('updateSupplier', 'supplier_id', ({ c }) => supplier(c), () => ({ notes: 'updated by the contract suites' })),
  onRow('patchSupplier', 'supplier_id', ({ c }) => supplier(c), () => ({ phone: '+49 30 0000000' })),
  onRow('deleteSupplier', 'supplier_id', ({ c }) => supplier(c)),
  onRow('listSupplierStockItems', 'supplier_id', ({ c }) => supplier(c)),

  getCase('listPurchaseOrders', { status: 'draft' }, {
    negatives: [{ rule: 'query.status not in the enum', provenance: 'specified', status: [400], request: async () => ({ query: { status: 'bogus' } }) }],
  }),
  {
    operationId: 'createPurchaseOrder',
    valid: async ({ c }) => ({ json: { supplier_id: await supplier(c), expected_delivery_date: '2040-01-31', items: [{ description: 'contract line', quantity_ordered: 2, unit_cost: 1.5 }] } }),
    expectStatus: 201,
    after: afterCreate('purchase_order', (c, id) => c.call('deletePurchaseOrder', { params: { po_id: id } })),
    negatives: [
      { rule: 'body.supplier_id required', provenance: 'observed', status: [400], request: async () => ({ json: { items: [] } }) },
      { rule: 'body.items quantity_ordered above zero', provenance: 'observed', status: [400], request: async ({ c }) => ({ json: { supplier_id: await supplier(c), items: [{ description: 'x', quantity_ordered: 0 }] } }) },
    ],
  },
  onRow('getPurchaseOrder', 'po_id', ({ c }) => draftOrder(c)),
  onRow('updatePurchaseOrder', 'po_id', ({ c }) => draftOrder(c), () => ({ notes: 'updated by the contract suites' })),
  onRow('patchPurchaseOrder', 'po_id', ({ c }) => draftOrder(c), () => ({ expected_delivery_date: '2040-02-01' })),
  onRow('deletePurchaseOrder', 'po_id', ({ c }) => draftOrder(c, true)),
  onRow('receivePurchaseOrder', 'po_id', ({ c }) => draftOrder(c, true), () => ({ received_date: '2040-01-15' }), {
    negatives: [
      unknownId('po_id', { provenance: 'observed', request: async () => ({ params: { po_id: GHOST_ID }, json: {} }) }),
    ],
  }),
];
