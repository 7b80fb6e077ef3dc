/**
 * The inventory beyond transfers and reports (reference §25) under the
 * strict MSW mock: stock items (deactivate, derived totals), warehouses and
 * stock levels, manual movements with their sign and devaluation rules,
 * suppliers, and the purchase-order state machine whose receipt moves stock
 * that the existing reports then show. The seeded rows are checked at
 * several "nows".
 */
import { describe, expect, it } from 'vitest';
import { createClock } from '../../src/core/clock.js';
import { createEngine } from '../../src/node.js';
import { startMock, token } from './mock.js';

const { mock } = startMock();
const admin = token(mock, 'admin');
const alice = token(mock, 'user');
const readonly = token(mock, 'readonly');

async function api(path: string, init: { method?: string; body?: unknown; token?: string } = {}) {
  const res = await fetch(`http://tt.test/api/v1/inventory${path}`, {
    method: init.method ?? 'GET',
    headers: { authorization: `Bearer ${init.token ?? admin}`, 'content-type': 'application/json' },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
  return { status: res.status, json: (await res.json()) as Record<string, any> };
}
const onHand = async (itemId: number, warehouseId: number): Promise<number> => {
  const a = (await api(`/items/${itemId}/availability?warehouse_id=${warehouseId}`)).json.availability;
  return a.length ? a[0].quantity_on_hand : 0;
};

describe('stock items', () => {
  it('creates (SKU upper-cased, duplicates refused), updates, deactivates; lists active ones by name; unknown ids are 404 Resource not found', async () => {
    const made = await api('/items', { method: 'POST', body: { sku: ' hdmi-2m ', name: ' HDMI cable 2 m ', category: 'Cabling', default_cost: 4.5, default_price: 0 } });
    expect(made.status).toBe(201);
    expect(made.json.message).toBe('Stock item created successfully');
    expect(made.json.item).toMatchObject({ sku: 'HDMI-2M', name: 'HDMI cable 2 m', unit: 'pcs', default_cost: 4.5, default_price: null, currency_code: 'EUR', is_trackable: true, total_quantity_on_hand: null, is_low_stock: false });
    const id = made.json.item.id;
    expect((await api('/items', { method: 'POST', body: { sku: 'HDMI-2M', name: 'again' } })).json.error).toBe("Stock item with SKU 'HDMI-2M' already exists");
    expect((await api('/items', { method: 'POST', body: { sku: '  ', name: 'x' } })).json.error).toBe('Missing required fields: sku');

    const patched = await api(`/items/${id}`, { method: 'PATCH', body: { name: 'HDMI 2 m', default_cost: 0 } });
    expect(patched.json).toMatchObject({ message: 'Stock item updated successfully', item: { name: 'HDMI 2 m', default_cost: null, sku: 'HDMI-2M' } });

    const list = (await api('/items?search=hdmi')).json;
    expect(list.items.map((i: { id: number }) => i.id)).toEqual([id]);
    const names = (await api('/items?per_page=100')).json.items.map((i: { name: string }) => i.name);
    expect(names).toEqual([...names].sort((a: string, b: string) => a.localeCompare(b)));

    expect((await api(`/items/${id}`, { method: 'DELETE' })).json.message).toBe('Stock item deactivated successfully');
    expect((await api(`/items/${id}`)).json.item.is_active).toBe(false);
    expect((await api('/items?search=hdmi')).json.items).toEqual([]);
    expect((await api('/items?search=hdmi&active_only=false')).json.items).toHaveLength(1);

    const missing = await api('/items/99999');
    expect(missing.status).toBe(404);
    expect(missing.json.error).toBe('Resource not found');
    expect((await api('/items/99999/availability')).status).toBe(404);
  });

  it('derives the totals and the low-stock flag from the stock records', async () => {
    const item = (await api('/items/1')).json.item;
    const levels = (await api('/stock-levels?stock_item_id=1')).json.stock_levels;
    const total = levels.reduce((t: number, l: { quantity_on_hand: number }) => t + l.quantity_on_hand, 0);
    expect(item.total_quantity_on_hand).toBe(total || null);
    expect(item.is_low_stock).toBe(levels.some((l: { quantity_on_hand: number }) => l.quantity_on_hand < item.reorder_point));
    // A non-trackable item has no totals.
    const patched = await api('/items/1', { method: 'PUT', body: { is_trackable: false } });
    expect(patched.json.item).toMatchObject({ total_quantity_on_hand: null, total_quantity_available: null, is_low_stock: false });
  });

  it('needs a write scope to change stock; a read-only token may read', async () => {
    expect((await api('/items', { token: readonly })).status).toBe(200);
    const refused = await api('/items', { method: 'POST', body: { sku: 'X1', name: 'x' }, token: readonly });
    expect(refused.status).toBe(403);
    expect(refused.json.error_code).toBe('forbidden');
    // No role check on the real server: a non-admin with write scopes may create.
    expect((await api('/items', { method: 'POST', body: { sku: 'X2', name: 'x' }, token: alice })).status).toBe(201);
  });
});

describe('warehouses, stock levels and movements', () => {
  it('lists warehouses by code and stock levels by warehouse code then item name', async () => {
    const whs = (await api('/warehouses')).json;
    expect(whs.items.map((w: { code: string }) => w.code)).toEqual(['WH-MAIN', 'WH-SHOP', 'WH-VAN']);
    expect(whs.pagination).toMatchObject({ total: 3, page: 1 });
    const levels = (await api('/stock-levels?category=Network')).json.stock_levels;
    expect(levels.length).toBeGreaterThan(0);
    for (const l of levels) expect(l.stock_item.category).toBe('Network');
    const keys = levels.map((l: any) => `${l.warehouse.code}|${l.stock_item.name}`);
    expect(keys).toEqual([...keys].sort((a: string, b: string) => a.localeCompare(b)));
  });

  it('adds a movement to the stock, clamps on hand at 0, and the movement history shows it', async () => {
    const before = await onHand(2, 1);
    const add = await api('/movements', { method: 'POST', body: { stock_item_id: 2, warehouse_id: 1, quantity: 5, reason: 'Stock count' } });
    expect(add.status).toBe(201);
    expect(add.json).toMatchObject({ message: 'Stock movement recorded successfully', movement: { movement_type: 'adjustment', quantity: 5, reason: 'Stock count' }, updated_stock: { quantity_on_hand: before + 5 } });
    const history = (await api('/reports/movement-history?stock_item_id=2&movement_type=adjustment')).json.movements;
    expect(history[0]).toMatchObject({ id: add.json.movement.id, quantity: 5, type: 'adjustment' });
    const drain = await api('/movements', { method: 'POST', body: { stock_item_id: 2, warehouse_id: 1, quantity: -(before + 1000), movement_type: 'sale' } });
    expect(drain.json.updated_stock.quantity_on_hand).toBe(0);
    expect(drain.json.movement.quantity).toBe(-(before + 1000));
  });

  it('refuses a wrong sign, an unknown item or warehouse, and devaluation beyond the rules', async () => {
    const post = (body: object) => api('/movements', { method: 'POST', body: { stock_item_id: 3, warehouse_id: 1, ...body } });
    expect((await post({ movement_type: 'return', quantity: -1 })).json.error).toBe('Return movements must use a positive quantity');
    expect((await post({ movement_type: 'waste', quantity: 1 })).json.error).toBe('Waste movements must use a negative quantity');
    const noItem = await post({ stock_item_id: 99999, quantity: 1 });
    expect([noItem.status, noItem.json.error]).toEqual([404, 'Stock item not found']);
    expect((await post({ warehouse_id: 99999, quantity: 1 })).json.error).toMatch(/^Failed to record movement: /);
    expect((await post({ movement_type: 'devaluation', quantity: 1 })).json.error).toBe('Devaluation percent is required when using percent method');
    expect((await post({ movement_type: 'devaluation', quantity: 1, devalue_percent: 120 })).json.error).toBe('Devaluation percent must be between 0 and 100');
    const stock = await onHand(3, 1);
    expect((await post({ movement_type: 'devaluation', quantity: stock + 1, devalue_percent: 10 })).json.error).toBe(`Insufficient stock to devalue. Available: ${stock.toFixed(1)}, Requested: ${(stock + 1).toFixed(1)}`);
    expect((await post({ movement_type: 'return', quantity: 1, devalue_enabled: true, devalue_method: 'fixed', devalue_unit_cost: 9999 })).json.error).toBe('Devaluation cost (9999.0) cannot be greater than original cost (145.0)');
  });

  it('records a devaluation as a movement of quantity 0 at the new cost, and a devalued waste as two movements', async () => {
    const before = await onHand(3, 1);
    const dev = await api('/movements', { method: 'POST', body: { movement_type: 'devaluation', stock_item_id: 3, warehouse_id: 1, quantity: 1, devalue_percent: 20 } });
    expect(dev.status).toBe(201);
    expect(dev.json).toEqual({ message: 'Stock devaluation recorded successfully' });
    const [m] = (await api('/reports/movement-history?stock_item_id=3&movement_type=devaluation')).json.movements;
    expect(m).toMatchObject({ quantity: 0, notes: null });
    expect(await onHand(3, 1)).toBe(before);
    const waste = await api('/movements', { method: 'POST', body: { movement_type: 'waste', stock_item_id: 3, warehouse_id: 1, quantity: -1, devalue_enabled: true, devalue_method: 'fixed', devalue_unit_cost: 50 } });
    expect(waste.json).toMatchObject({ message: 'Waste movement recorded successfully with devaluation applied', movement: { quantity: -1, unit_cost: 50 }, updated_stock: { quantity_on_hand: before - 1 } });
    expect((await api('/reports/movement-history?stock_item_id=3&movement_type=devaluation')).json.total_movements).toBe(2);
  });
});

describe('suppliers', () => {
  it('creates with a unique upper-cased code, updates, deactivates, and lists its active stock items', async () => {
    expect((await api('/suppliers', { method: 'POST', body: { code: 'acme', name: 'Dup' } })).json.error).toBe("Supplier with code 'acme' already exists");
    expect((await api('/suppliers', { method: 'POST', body: { code: ' ', name: ' ' } })).json.error).toBe('Missing required fields: code, name');
    const made = await api('/suppliers', { method: 'POST', body: { code: 'elec', name: 'Elektro Wholesale', email: 'orders@elektro.example' } });
    expect(made.status).toBe(201);
    expect(made.json.supplier).toMatchObject({ code: 'ELEC', currency_code: 'EUR', tax_id: null, is_active: true });
    const id = made.json.supplier.id;
    expect((await api(`/suppliers/${id}`, { method: 'PUT', body: { code: 'ACME' } })).json.error).toBe("Supplier with code 'ACME' already exists");
    expect((await api(`/suppliers/${id}`, { method: 'PATCH', body: { phone: '+49 1' } })).json).toMatchObject({ message: 'Supplier updated successfully', supplier: { phone: '+49 1' } });
    expect((await api(`/suppliers/${id}`, { method: 'DELETE' })).json.message).toBe('Supplier deactivated successfully');
    expect((await api('/suppliers')).json.items.map((s: { code: string }) => s.code)).toEqual(['ACME', 'NORDIC']);
    expect((await api('/suppliers?active_only=false&search=old')).json.items.map((s: { code: string }) => s.code)).toEqual(['OLDCO']);

    const acme = (await api('/suppliers/1/stock-items')).json.items;
    expect(acme).toHaveLength(5);
    expect(acme[0]).toMatchObject({ supplier_id: 1, is_active: true, stock_item: { id: acme[0].stock_item_id } });
    expect((await api('/suppliers/3/stock-items')).json.items).toEqual([]); // OLDCO's links are inactive
    expect((await api('/suppliers/99999/stock-items')).status).toBe(404);
  });
});

describe('purchase orders', () => {
  it('draft -> edit -> receive: stock, availability and the reports move; a received order is locked', async () => {
    const before = await onHand(1, 2);
    const valueBefore = (await api('/reports/valuation?warehouse_id=2')).json.total_value;
    const made = await api('/purchase-orders', {
      method: 'POST',
      body: { supplier_id: 2, order_date: '2026-11-15', internal_notes: 'hidden', items: [{ description: 'Cat6', stock_item_id: 1, warehouse_id: 2, quantity_ordered: 4, unit_cost: 80 }, { description: 'Freight', unit_cost: 25 }] },
    });
    expect(made.status).toBe(201);
    const po = made.json.purchase_order;
    expect(po).toMatchObject({ status: 'draft', supplier_name: 'Nordic Network Supply', order_date: '2026-11-15', subtotal: 345, total_amount: 345, received_date: null });
    expect(po.po_number).toBe(`PO-20261115-${String(po.id).padStart(4, '0')}`);
    expect(po).not.toHaveProperty('internal_notes');
    expect(po.items.map((i: any) => [i.quantity_ordered, i.line_total, i.quantity_received])).toEqual([[4, 320], [1, 25]].map(([q, t]) => [q, t, 0]));

    const edited = await api(`/purchase-orders/${po.id}`, { method: 'PATCH', body: { currency_code: 'USD', items: [{ description: 'Cat6', stock_item_id: 1, warehouse_id: 2, quantity_ordered: 6, unit_cost: 80 }] } });
    expect(edited.json.purchase_order).toMatchObject({ subtotal: 480, total_amount: 480, currency_code: 'USD', items: [{ currency_code: 'USD' }] });
    const line = edited.json.purchase_order.items[0];

    const received = await api(`/purchase-orders/${po.id}/receive`, { method: 'POST', body: { received_date: '2026-11-16', items: [{ item_id: line.id, quantity_received: 6 }] } });
    expect(received.status).toBe(200);
    expect(received.json).toMatchObject({ message: 'Purchase order received successfully', purchase_order: { status: 'received', received_date: '2026-11-16', items: [{ quantity_received: 6 }] } });
    expect(await onHand(1, 2)).toBe(before + 6);
    const [m] = (await api('/reports/movement-history?stock_item_id=1&warehouse_id=2&movement_type=purchase')).json.movements;
    expect(m).toMatchObject({ quantity: 6, type: 'purchase', reference: `purchase_order#${po.id}` });
    // Valued at the item's default cost (89.5).
    expect((await api('/reports/valuation?warehouse_id=2')).json.total_value).toBeCloseTo(valueBefore + 6 * 89.5, 2);

    // Received: no edit, no delete; a second receipt moves nothing.
    expect((await api(`/purchase-orders/${po.id}`, { method: 'PUT', body: { notes: 'x' } })).json.error).toBe("Cannot update purchase order with status 'received'. Only draft orders can be updated.");
    expect((await api(`/purchase-orders/${po.id}`, { method: 'DELETE' })).json.error).toBe("Cannot delete purchase order with status 'received'. Only draft orders can be deleted.");
    expect((await api(`/purchase-orders/${po.id}/receive`, { method: 'POST', body: {} })).status).toBe(200);
    expect(await onHand(1, 2)).toBe(before + 6);
  });

  it('a receipt that covers the shortfall takes the item off the low-stock report', async () => {
    const [low] = (await api('/reports/low-stock')).json.items;
    expect(low).toBeDefined();
    const po = (await api('/purchase-orders', { method: 'POST', body: { supplier_id: 1, items: [{ description: low.item_name, stock_item_id: low.item_id, warehouse_id: low.warehouse_id, quantity_ordered: low.shortfall }] } })).json.purchase_order;
    await api(`/purchase-orders/${po.id}/receive`, { method: 'POST', body: { items: [{ item_id: po.items[0].id, quantity_received: low.shortfall }] } });
    const after = (await api('/reports/low-stock')).json.items;
    expect(after.some((i: any) => i.item_id === low.item_id && i.warehouse_id === low.warehouse_id)).toBe(false);
    expect(await onHand(low.item_id, low.warehouse_id)).toBe(low.reorder_point);
  });

  it('receives into the first active warehouse when a line names none; lines received without quantities move nothing', async () => {
    const before = await onHand(4, 1);
    const po = (await api('/purchase-orders', { method: 'POST', body: { supplier_id: 1, items: [{ description: 'RJ45', stock_item_id: 4, quantity_ordered: 3 }] } })).json.purchase_order;
    expect(po.order_date).toBe('2026-11-16');
    await api(`/purchase-orders/${po.id}/receive`, { method: 'POST', body: { items: [{ item_id: po.items[0].id, quantity_received: 3 }] } });
    expect(await onHand(4, 1)).toBe(before + 3);
    const bare = (await api('/purchase-orders', { method: 'POST', body: { supplier_id: 1, items: [{ description: 'RJ45', stock_item_id: 4, quantity_ordered: 3 }] } })).json.purchase_order;
    expect((await api(`/purchase-orders/${bare.id}/receive`, { method: 'POST', body: {} })).json.purchase_order.status).toBe('received');
    expect(await onHand(4, 1)).toBe(before + 3);
  });

  it('validates a create, deletes a draft, and filters the list', async () => {
    const post = (body: object) => api('/purchase-orders', { method: 'POST', body });
    expect((await post({ supplier_id: 99999 })).json.error).toBe('supplier_id does not reference an existing supplier');
    expect((await post({ supplier_id: 1, items: [{ description: ' ' }] })).json.error).toBe('Each item requires a non-empty description');
    expect((await post({ supplier_id: 1, items: [{ description: 'x', quantity_ordered: 0 }] })).json.error).toBe('quantity_ordered must be greater than zero');
    expect((await post({ supplier_id: 1, items: [{ description: 'x', unit_cost: -1 }] })).json.error).toBe('unit_cost must be zero or greater');
    const dangling = await post({ supplier_id: 1, items: [{ description: 'x', stock_item_id: 99999 }] });
    expect([dangling.status, dangling.json.error]).toEqual([409, 'Could not create purchase order due to data conflict']);
    const draft = (await post({ supplier_id: 1 })).json.purchase_order;
    expect((await api(`/purchase-orders/${draft.id}`, { method: 'PUT', body: { items: [{ description: '' }] } })).json.error).toBe('Invalid purchase order payload');
    expect((await api(`/purchase-orders/${draft.id}`, { method: 'PUT', body: { items: [{ description: 'x', warehouse_id: 99999 }] } })).status).toBe(409);
    expect((await api(`/purchase-orders/${draft.id}`, { method: 'DELETE' })).json.message).toBe('Purchase order deleted successfully');
    expect((await api(`/purchase-orders/${draft.id}`)).status).toBe(404);

    const all = (await api('/purchase-orders')).json.items;
    const dates = all.map((p: { order_date: string }) => p.order_date);
    expect(dates).toEqual([...dates].sort().reverse());
    expect((await api('/purchase-orders?status=sent')).json.items.map((p: { supplier_id: number }) => p.supplier_id)).toEqual([2]);
    expect((await api('/purchase-orders?supplier_id=2')).json.items.every((p: { supplier_id: number }) => p.supplier_id === 2)).toBe(true);
    // A cancelled order cannot be edited, and receiving it changes nothing.
    const cancelled = all.find((p: { status: string }) => p.status === 'cancelled');
    expect((await api(`/purchase-orders/${cancelled.id}`, { method: 'PATCH', body: { notes: 'x' } })).status).toBe(400);
    expect((await api(`/purchase-orders/${cancelled.id}/receive`, { method: 'POST', body: {} })).json.purchase_order.status).toBe('cancelled');
  });
});

describe('seeded inventory', () => {
  it('has suppliers, links and a purchase order in every status on any day; the received one is in the stock', () => {
    for (const at of ['2026-01-01T00:30:00Z', '2026-06-15T12:00:00Z', '2027-02-28T23:59:00Z', '2028-02-29T08:00:00Z']) {
      const now = Date.parse(at);
      const s = createEngine({ seed: 3, clock: createClock({ frozenAt: now }) }).store;
      expect(s.suppliers.toArray().map((x) => [x.code, x.is_active]), at).toEqual([['ACME', true], ['NORDIC', true], ['OLDCO', false]]);
      expect(s.purchaseOrders.toArray().map((p) => p.status), at).toEqual(['draft', 'sent', 'confirmed', 'received', 'cancelled']);
      for (const p of s.purchaseOrders.toArray()) {
        const lines = s.views.purchaseOrderLines.group(p.id);
        expect(lines.length, at).toBeGreaterThan(0);
        expect(p.subtotal, at).toBe(Math.round(lines.reduce((t, l) => t + l.line_total, 0) * 100) / 100);
        expect(p.order_date <= at.slice(0, 10), at).toBe(true);
        expect(p.po_number).toBe(`PO-${p.order_date.replaceAll('-', '')}-${String(p.id).padStart(4, '0')}`);
      }
      const received = s.purchaseOrders.toArray().find((p) => p.status === 'received')!;
      const moves = s.movements.toArray().filter((m) => m.reference_type === 'purchase_order' && m.reference_id === received.id);
      const lines = s.views.purchaseOrderLines.group(received.id);
      expect(moves.map((m) => m.quantity), at).toEqual(lines.map((l) => l.quantity_received));
      expect(moves.every((m) => m.moved_at < now), at).toBe(true);
      // Stock levels are still the sum of their movements.
      const sum = new Map<string, number>();
      for (const m of s.movements.all()) sum.set(`${m.stock_item_id}:${m.warehouse_id}`, (sum.get(`${m.stock_item_id}:${m.warehouse_id}`) ?? 0) + m.quantity);
      for (const l of s.stockLevels.all()) expect(l.quantity, at).toBeCloseTo(sum.get(`${l.stock_item_id}:${l.warehouse_id}`) ?? 0, 6);
    }
  });

  it('stays empty in the empty scenario', () => {
    const s = createEngine({ seed: 3, scenario: 'empty' }).store;
    for (const t of [s.suppliers, s.supplierStockItems, s.purchaseOrders, s.purchaseOrderItems]) expect(t.size).toBe(0);
  });
});
