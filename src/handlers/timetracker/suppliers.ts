/**
 * /api/v1/inventory/suppliers (reference §25; api_v1.py 4012-4170 of
 * 5.10.0), declared on `resource`: codes are unique, deleting deactivates,
 * and a supplier's stock items are its active supplier-item links.
 */
import { badRequest } from '../../core/errors.js';
import { ok } from '../../core/handler.js';
import { isoNaive } from '../../core/time.js';
import type { TimeTrackerHandlers } from '../../apis/timetracker/env.js';
import type { components } from '../../generated/timetracker/openapi.js';
import type { Store } from '../../store/timetracker/store.js';
import type { SupplierRow } from '../../store/timetracker/inventory-types.js';
import { deactivate, matching, orNull, requireFields, stockItemDict, trimmed } from './inventory-items.js';
import { filtered, pick } from './records.js';
import { resource } from './resource.js';

type S = components['schemas'];

function supplierDict(s: SupplierRow): S['Supplier'] {
  return { ...s, created_at: isoNaive(s.created_at), updated_at: isoNaive(s.updated_at) };
}

/** 400 when another supplier has this code (the create check compares the code as sent, as the real server). */
function codeFree(store: Store, code: string, self?: number): void {
  const taken = store.suppliers.toArray().some((s) => s.id !== self && s.code.toUpperCase() === code.trim().toUpperCase());
  if (taken) throw badRequest(`Supplier with code '${code}' already exists`);
}

const supplier = resource({
  table: (s) => s.suppliers,
  what: 'Resource',
  id: 'supplier_id',
  one: 'supplier',
  many: 'items',
  dict: (s) => supplierDict(s),
  messages: { created: 'Supplier created successfully', updated: 'Supplier updated successfully', deleted: 'Supplier deactivated successfully' },
});

const UPDATABLE = ['name', 'contact_person', 'email', 'phone', 'address', 'website', 'notes', 'is_active'] as const;

const updateSupplier = supplier.update<S['SupplierUpdate']>(({ store, body: b, now }, row) => {
  if (b.code !== undefined && b.code !== row.code) codeFree(store, b.code, row.id);
  return { ...pick(b, UPDATABLE), ...(b.code === undefined ? {} : { code: b.code }), updated_at: now };
});

export const suppliers = {
  listSuppliers: supplier.list(({ store, query }) =>
    filtered(store.views.suppliersByName.rows(), [query.active_only === false ? undefined : (s) => s.is_active, matching(query.search, (s) => [s.code, s.name])]),
  ),

  createSupplier: supplier.create<S['SupplierCreate']>(({ store, body: b, auth, now }) => {
    requireFields(b, ['code', 'name']);
    codeFree(store, b.code);
    return {
      code: b.code.trim().toUpperCase(),
      name: b.name.trim(),
      description: null,
      contact_person: trimmed(b.contact_person),
      email: trimmed(b.email),
      phone: trimmed(b.phone),
      address: trimmed(b.address),
      website: trimmed(b.website),
      tax_id: null,
      payment_terms: null,
      currency_code: 'EUR',
      is_active: b.is_active ?? true,
      notes: trimmed(b.notes),
      created_at: now,
      updated_at: now,
      created_by: auth.user.id,
    };
  }),

  getSupplier: supplier.get,
  updateSupplier,
  patchSupplier: updateSupplier,

  deleteSupplier: deactivate((s) => s.suppliers, supplier.row, 'Supplier deactivated successfully'),

  listSupplierStockItems: (ctx) => {
    const { store } = ctx;
    const s = supplier.row(ctx);
    const items = store.views.supplierItemsBySupplier
      .group(s.id)
      .filter((l) => l.is_active)
      .map((l) => {
        const it = store.stockItems.get(l.stock_item_id);
        return {
          ...l,
          unit_cost: orNull(l.unit_cost),
          minimum_order_quantity: orNull(l.minimum_order_quantity),
          created_at: isoNaive(l.created_at),
          updated_at: isoNaive(l.updated_at),
          stock_item: it ? stockItemDict(store, it) : null,
        };
      });
    return ok({ items });
  },
} satisfies Partial<TimeTrackerHandlers>;
