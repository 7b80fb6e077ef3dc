/**
 * Rows of the claims a user makes for costs (reference §7-§9): expenses,
 * mileage entries and per-diem claims, and the per-diem rates an admin
 * sets. Times are epoch ms; days are `YYYY-MM-DD` strings.
 */
import type { Row } from '../table.js';

/** The status of an expense, mileage entry or per-diem claim. */
export type ClaimStatus = 'pending' | 'approved' | 'rejected' | 'reimbursed';

/** What the three kinds of claim share: their owner, status and its approval and reimbursement record. */
export interface ClaimRow extends Row {
  user_id: number;
  project_id: number | null;
  client_id: number | null;
  currency_code: string;
  status: ClaimStatus;
  approved_by: number | null;
  approved_at: number | null;
  rejection_reason: string | null;
  reimbursed: boolean;
  reimbursed_at: number | null;
  notes: string | null;
  created_at: number;
  updated_at: number;
}

export interface ExpenseRow extends ClaimRow {
  title: string;
  description: string | null;
  category: string;
  amount: number;
  tax_amount: number;
  tax_rate: number;
  payment_method: string | null;
  payment_date: string | null;
  billable: boolean;
  reimbursable: boolean;
  invoiced: boolean;
  invoice_id: number | null;
  expense_date: string;
  receipt_path: string | null;
  receipt_number: string | null;
  vendor: string | null;
  /** Comma-separated, as stored. */
  tags: string | null;
}

export interface MileageRow extends ClaimRow {
  expense_id: number | null;
  trip_date: string;
  purpose: string;
  description: string | null;
  start_location: string;
  end_location: string;
  start_odometer: number | null;
  end_odometer: number | null;
  /** One way. */
  distance_km: number;
  rate_per_km: number;
  rate_per_mile: number | null;
  vehicle_type: string | null;
  vehicle_description: string | null;
  license_plate: string | null;
  is_round_trip: boolean;
}

export interface PerDiemRow extends ClaimRow {
  expense_id: number | null;
  per_diem_rate_id: number | null;
  trip_purpose: string;
  description: string | null;
  start_date: string;
  end_date: string;
  /** `HH:MM:SS` or null. */
  departure_time: string | null;
  return_time: string | null;
  country: string;
  city: string | null;
  full_days: number;
  half_days: number;
  breakfast_provided: number;
  lunch_provided: number;
  dinner_provided: number;
  full_day_rate: number;
  half_day_rate: number;
  breakfast_deduction: number;
  lunch_deduction: number;
  dinner_deduction: number;
}

export interface PerDiemRateRow extends Row {
  country: string;
  city: string | null;
  full_day_rate: number;
  half_day_rate: number;
  breakfast_rate: number | null;
  lunch_rate: number | null;
  dinner_rate: number | null;
  incidental_rate: number | null;
  currency_code: string;
  effective_from: string;
  effective_to: string | null;
  is_active: boolean;
  notes: string | null;
  created_at: number;
  updated_at: number;
}
