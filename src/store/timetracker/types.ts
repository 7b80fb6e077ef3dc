/**
 * Rows of the in-memory store. Field names follow the real server's models
 * (reference §4-§12); times are epoch milliseconds (or null), dates
 * `YYYY-MM-DD` strings, ids integers from per-table counters. Serialization
 * to the API's JSON is in src/handlers/serialize.ts.
 */

import type { AiConfig } from './gps-types.js';
import type { Row, TableState } from '../table.js';

export type { Row, TableState } from '../table.js';

export interface UserRow extends Row {
  username: string;
  email: string | null;
  full_name: string | null;
  role: 'admin' | 'manager' | 'user';
  is_active: boolean;
  /** Plain text: this is a mock. */
  password: string;
  created_at: number;
  last_login: number | null;
  date_format: string;
  time_format: string;
  timezone: string | null;
  standard_hours_per_day: number;
  overtime_include_weekends: boolean;
  avatar_url: string | null;
  status: string | null;
  dismissed_release_version: string | null;
  /** Scope restriction to some clients' projects (null: no restriction). */
  allowed_client_ids: number[] | null;
}

export interface ApiTokenRow extends Row {
  token: string;
  name: string;
  user_id: number;
  scopes: string[];
  is_active: boolean;
  expires_at: number | null;
  created_at: number;
  last_used_at: number | null;
  usage_count: number;
  /** What the token is for, shown by `GET /__mock/tokens` and the CLI banner. */
  purpose: string;
}

export interface ClientRow extends Row {
  name: string;
  description: string | null;
  contact_person: string | null;
  email: string | null;
  phone: string | null;
  address: string | null;
  /** Accepted on create as documented (the real server discards it). */
  company: string | null;
  default_hourly_rate: number | null;
  status: 'active' | 'inactive';
  prepaid_hours_monthly: number | null;
  prepaid_reset_day: number;
  custom_fields: Record<string, unknown>;
  created_at: number;
  updated_at: number;
}

export type ProjectStatus = 'active' | 'inactive' | 'on_hold' | 'archived';

export interface ProjectRow extends Row {
  name: string;
  code: string | null;
  client_id: number | null;
  description: string | null;
  billable: boolean;
  hourly_rate: number | null;
  billing_ref: string | null;
  status: ProjectStatus;
  estimated_hours: number | null;
  budget_amount: number | null;
  budget_threshold_percent: number;
  custom_fields: Record<string, unknown>;
  color: string | null;
  created_at: number;
  updated_at: number;
  archived_at: number | null;
  archived_by: number | null;
  archived_reason: string | null;
}

export interface TaskRow extends Row {
  project_id: number;
  name: string;
  description: string | null;
  status: string;
  priority: 'low' | 'medium' | 'high' | 'urgent';
  estimated_hours: number | null;
  due_date: string | null;
  assigned_to: number | null;
  created_by: number;
  created_at: number;
  updated_at: number;
  started_at: number | null;
  completed_at: number | null;
  tags: string | null;
}

export interface TimeEntryRow extends Row {
  user_id: number;
  project_id: number | null;
  client_id: number | null;
  task_id: number | null;
  start: number;
  /** null while the timer runs. */
  end: number | null;
  break_seconds: number;
  paused_at: number | null;
  notes: string | null;
  tags: string | null;
  source: 'manual' | 'auto';
  billable: boolean;
  paid: boolean;
  invoice_number: string | null;
  created_at: number;
  updated_at: number;
}

export interface QuoteItemRow {
  id: number;
  description: string;
  quantity: number;
  unit_price: number;
  unit: string | null;
  line_kind: 'item' | 'expense' | 'good';
  display_name: string | null;
  category: string | null;
  line_date: string | null;
  sku: string | null;
  stock_item_id: number | null;
  warehouse_id: number | null;
}

export interface QuoteRow extends Row {
  quote_number: string;
  client_id: number;
  title: string;
  description: string | null;
  status: 'draft' | 'sent' | 'accepted' | 'rejected' | 'expired';
  discount_type: 'percentage' | 'fixed' | null;
  discount_value: number | null;
  discount_reason: string | null;
  coupon_code: string | null;
  tax_rate: number;
  currency_code: string;
  valid_until: string | null;
  sent_at: number | null;
  accepted_at: number | null;
  rejected_at: number | null;
  project_id: number | null;
  created_by: number;
  accepted_by: number | null;
  created_at: number;
  updated_at: number;
  notes: string | null;
  terms: string | null;
  visible_to_client: boolean;
  items: QuoteItemRow[];
}

export type { InventoryMovementRow, StockItemRow, StockLevelRow, WarehouseRow } from './inventory-types.js';

/** A user's favourite project (`UserFavoriteProject` on the real server). */
export interface FavoriteRow extends Row {
  user_id: number;
  project_id: number;
  created_at: number;
}

/** Attendance: one workday of a user, open (`end` null) while it runs. */
export interface WorkPeriodRow extends Row {
  user_id: number;
  start: number;
  end: number | null;
  notes: string | null;
  source: string;
}

/** A break inside a work period, open (`end` null) while it runs. */
export interface AttendanceBreakRow extends Row {
  work_period_id: number;
  break_type: string;
  start: number;
  end: number | null;
}

/** The app's settings row (one per store). */
export interface SettingsRow {
  single_active_timer: boolean;
  require_task: boolean;
  require_description: boolean;
  description_min_length: number;
  currency: string;
  timezone: string;
  enabled_modules: string[];
  app_version: string;
  latest_release: { version: string; notes: string; published_at: string; url: string } | null;
  /** The AI helper's settings (off by default, as the real server's `AI_ENABLED`). */
  ai: AiConfig;
}

/** Seconds of finished entries, kept up to date on every entry write. */
export interface Totals {
  totalSeconds: number;
  billableSeconds: number;
}

/** A registered webhook (reference §23). Times epoch ms. */
export interface WebhookRow extends Row {
  name: string;
  description: string | null;
  url: string;
  events: string[];
  http_method: 'POST' | 'PUT' | 'PATCH';
  content_type: string;
  headers: Record<string, string>;
  is_active: boolean;
  user_id: number;
  /** The HMAC key (null: deliveries are not signed). Never shown after creation. */
  secret: string | null;
  max_retries: number;
  retry_delay_seconds: number;
  timeout_seconds: number;
  total_deliveries: number;
  successful_deliveries: number;
  failed_deliveries: number;
  last_delivery_at: number | null;
  last_success_at: number | null;
  last_failure_at: number | null;
  created_at: number;
  updated_at: number;
}

/** One event sent (or to be sent) to one webhook, updated by each attempt. */
export interface WebhookDeliveryRow extends Row {
  webhook_id: number;
  event_type: string;
  event_id: string;
  status: 'pending' | 'success' | 'failed' | 'retrying';
  attempt_number: number;
  /** The exact body sent (and re-sent by retries; never returned). */
  payload: string;
  response_status_code: number | null;
  /** First 1,000 characters of the receiver's answer (never returned). */
  response_body: string | null;
  error_message: string | null;
  error_type: 'http_error' | 'timeout' | 'connection_error' | 'unknown_error' | 'webhook_inactive' | null;
  started_at: number | null;
  completed_at: number | null;
  duration_ms: number | null;
  retry_count: number;
  next_retry_at: number | null;
}

export interface InvoiceItemRow {
  id: number;
  description: string;
  quantity: number;
  unit_price: number;
  total_amount: number;
  time_entry_ids: string | null;
  created_at: number;
}

export type InvoiceStatus = 'draft' | 'sent' | 'paid' | 'overdue' | 'cancelled';

export interface InvoiceRow extends Row {
  invoice_number: string;
  project_id: number;
  client_id: number;
  created_by: number;
  quote_id: number | null;
  client_name: string;
  client_email: string | null;
  client_address: string | null;
  buyer_reference: string | null;
  notes: string | null;
  terms: string | null;
  payment_method: string | null;
  payment_reference: string | null;
  payment_notes: string | null;
  status: InvoiceStatus;
  issue_date: string;
  due_date: string;
  payment_date: string | null;
  subtotal: number;
  tax_rate: number;
  tax_amount: number;
  total_amount: number;
  amount_paid: number;
  currency_code: string;
  items: InvoiceItemRow[];
  created_at: number;
  updated_at: number;
}

export interface PaymentRow extends Row {
  invoice_id: number;
  received_by: number | null;
  amount: number;
  gateway_fee: number | null;
  currency: string;
  payment_date: string;
  method: string | null;
  reference: string | null;
  notes: string | null;
  gateway_transaction_id: string | null;
  status: 'pending' | 'completed' | 'failed' | 'refunded';
  created_at: number;
  updated_at: number;
}

export type PeriodStatus = 'draft' | 'submitted' | 'approved' | 'rejected' | 'closed';

export interface TimesheetPeriodRow extends Row {
  user_id: number;
  period_type: string;
  /** Monday and Sunday of the ISO week, `YYYY-MM-DD`. */
  period_start: string;
  period_end: string;
  status: PeriodStatus;
  submitted_at: number | null;
  submitted_by: number | null;
  approved_at: number | null;
  approved_by: number | null;
  rejected_at: number | null;
  rejected_by: number | null;
  rejection_reason: string | null;
  closed_at: number | null;
  closed_by: number | null;
  close_reason: string | null;
  created_at: number;
  updated_at: number;
}

/** The one timesheet policy (a table of one row, so its writes are tracked). */
export interface TimesheetPolicyRow extends Row {
  default_period_type: string;
  auto_lock_days: number | null;
  approver_user_ids: number[];
  enable_multi_level_approval: boolean;
  require_rejection_comment: boolean;
  enable_admin_override: boolean;
  created_at: number;
  updated_at: number;
}

export interface LeaveTypeRow extends Row {
  name: string;
  /** Lower-case, unique. */
  code: string;
  is_paid: boolean;
  annual_allowance_hours: number | null;
  accrual_hours_per_month: number | null;
  enabled: boolean;
}

export type TimeOffStatus = 'draft' | 'submitted' | 'approved' | 'rejected' | 'cancelled';

export interface TimeOffRequestRow extends Row {
  user_id: number;
  leave_type_id: number;
  start_date: string;
  end_date: string;
  start_half_day: boolean;
  end_half_day: boolean;
  requested_hours: number | null;
  status: TimeOffStatus;
  requested_comment: string | null;
  review_comment: string | null;
  submitted_at: number | null;
  reviewed_at: number | null;
  reviewed_by: number | null;
  created_at: number;
  updated_at: number;
}

export interface HolidayRow extends Row {
  name: string;
  start_date: string;
  end_date: string;
  region: string | null;
  enabled: boolean;
}

/** Everything a store holds, as plain data (`Store.snapshot()` / `Store.restore()`): every table by name, the settings and counters. */
export interface StoreState {
  tables: Record<string, TableState<Row>>;
  settings: SettingsRow;
  quoteItemSeq: number;
  invoiceItemSeq: number;
}

/** A time-entry template (reference §17). Times epoch ms. */
export interface TimeEntryTemplateRow extends Row {
  user_id: number;
  name: string;
  description: string | null;
  project_id: number | null;
  task_id: number | null;
  default_duration_minutes: number | null;
  default_notes: string | null;
  tags: string | null;
  billable: boolean;
  usage_count: number;
  last_used_at: number | null;
  created_at: number;
  updated_at: number;
}
