/**
 * The inventory rows (reference timetracker-v1.md §10, timetracker-v1-more.md
 * §25): warehouses, stock items, their stock per warehouse, movements,
 * suppliers, the supplier-item links and purchase orders with their lines.
 * Fields follow the real server's models (`app/models/*.py` of 5.10.0);
 * times are epoch ms, dates `YYYY-MM-DD`.
 */
import type { Row } from '../table.js';

/** A storage location of stock (`models/warehouse.py`). */
export interface WarehouseRow extends Row {
  code: string;
  name: string;
  address: string | null;
  contact_person: string | null;
  contact_email: string | null;
  contact_phone: string | null;
  is_active: boolean;
  notes: string | null;
  created_at: number;
  updated_at: number;
  created_by: number;
}

/** A catalogue item (`models/stock_item.py`); `default_cost` values the stock. */
export interface StockItemRow extends Row {
  sku: string;
  name: string;
  description: string | null;
  category: string | null;
  unit: string;
  default_cost: number | null;
  default_price: number | null;
  currency_code: string;
  barcode: string | null;
  is_active: boolean;
  is_trackable: boolean;
  reorder_point: number | null;
  reorder_quantity: number | null;
  /** Free text, not a supplier id. */
  supplier: string | null;
  supplier_sku: string | null;
  image_url: string | null;
  notes: string | null;
  created_at: number;
  updated_at: number;
  created_by: number;
}

/** One item's stock in one warehouse (`WarehouseStock`); `quantity` is on hand. */
export interface StockLevelRow extends Row {
  stock_item_id: number;
  warehouse_id: number;
  quantity: number;
  quantity_reserved: number;
  location: string | null;
  last_counted_at: number | null;
  last_counted_by: number | null;
  created_at: number;
  updated_at: number;
}

/**
 * One stock movement (§10 `M`): `quantity` is signed (negative leaves the
 * warehouse). A transfer is two rows (out, in) of type `transfer` sharing
 * `reference_type: 'transfer'` and `reference_id` (the creation time in epoch
 * ms, as the real server does); a received purchase order writes `purchase`
 * rows with `reference_type: 'purchase_order'`.
 */
export interface InventoryMovementRow extends Row {
  /** `purchase`, `sale`, `transfer`, `adjustment`, `usage`, ... */
  movement_type: string;
  stock_item_id: number;
  warehouse_id: number;
  quantity: number;
  reference_type: string | null;
  reference_id: number | null;
  unit_cost: number | null;
  reason: string | null;
  notes: string | null;
  moved_by: number;
  moved_at: number;
}

/** A supplier (`models/supplier.py`). */
export interface SupplierRow extends Row {
  code: string;
  name: string;
  description: string | null;
  contact_person: string | null;
  email: string | null;
  phone: string | null;
  address: string | null;
  website: string | null;
  tax_id: string | null;
  payment_terms: string | null;
  currency_code: string;
  is_active: boolean;
  notes: string | null;
  created_at: number;
  updated_at: number;
  created_by: number;
}

/** What a supplier charges for an item (`models/supplier_stock_item.py`); no API route creates one. */
export interface SupplierStockItemRow extends Row {
  supplier_id: number;
  stock_item_id: number;
  supplier_sku: string | null;
  supplier_name: string | null;
  unit_cost: number | null;
  currency_code: string;
  minimum_order_quantity: number | null;
  lead_time_days: number | null;
  is_preferred: boolean;
  is_active: boolean;
  notes: string | null;
  created_at: number;
  updated_at: number;
}

export type PurchaseOrderStatus = 'draft' | 'sent' | 'confirmed' | 'received' | 'cancelled';

/** A purchase order (`models/purchase_order.py`); its lines are rows of their own. */
export interface PurchaseOrderRow extends Row {
  po_number: string;
  supplier_id: number;
  status: PurchaseOrderStatus;
  /** `YYYY-MM-DD`. */
  order_date: string;
  expected_delivery_date: string | null;
  received_date: string | null;
  subtotal: number;
  tax_amount: number;
  shipping_cost: number;
  total_amount: number;
  currency_code: string;
  notes: string | null;
  /** Stored, never shown. */
  internal_notes: string | null;
  created_at: number;
  updated_at: number;
  created_by: number;
}

/** One line of a purchase order; `line_total` = ordered x unit cost. */
export interface PurchaseOrderItemRow extends Row {
  purchase_order_id: number;
  stock_item_id: number | null;
  supplier_stock_item_id: number | null;
  description: string;
  supplier_sku: string | null;
  quantity_ordered: number;
  quantity_received: number;
  unit_cost: number;
  line_total: number;
  currency_code: string;
  warehouse_id: number | null;
  notes: string | null;
}
