/**
 * Rows of the billing groups beyond invoices and payments (reference §3, §5,
 * §6): invoice approvals with their stages, credit notes, recurring invoice
 * templates. Times are epoch ms, dates `YYYY-MM-DD`, as in types.ts.
 */
import type { Row } from '../table.js';

export type ApprovalStatus = 'pending' | 'approved' | 'rejected' | 'cancelled';

/** One approver's stage of an approval, in request order. */
export interface ApprovalStage {
  stage_number: number;
  approver_id: number;
  status: 'pending' | 'approved' | 'rejected';
  comments: string | null;
  approved_at: number | null;
  rejected_at: number | null;
}

export interface InvoiceApprovalRow extends Row {
  invoice_id: number;
  status: ApprovalStatus;
  stages: ApprovalStage[];
  /** Index (0-based) of the stage that approves next. */
  current_stage: number;
  requested_by: number;
  requested_at: number;
  approved_by: number | null;
  approved_at: number | null;
  rejected_by: number | null;
  rejected_at: number | null;
  rejection_reason: string | null;
  created_at: number;
  updated_at: number;
}

export interface CreditNoteRow extends Row {
  invoice_id: number;
  /** `CN-<invoice_id>-<unix seconds>` (unique). */
  credit_number: string;
  amount: number;
  reason: string | null;
  created_by: number;
  created_at: number;
}

export type RecurringFrequency = 'daily' | 'weekly' | 'monthly' | 'yearly';

export interface RecurringInvoiceRow extends Row {
  name: string;
  project_id: number;
  client_id: number;
  frequency: RecurringFrequency;
  interval: number;
  next_run_date: string;
  end_date: string | null;
  client_name: string;
  client_email: string | null;
  client_address: string | null;
  due_date_days: number;
  tax_rate: number;
  currency_code: string;
  notes: string | null;
  terms: string | null;
  template_id: number | null;
  auto_send: boolean;
  auto_include_time_entries: boolean;
  is_active: boolean;
  created_by: number;
  created_at: number;
  updated_at: number;
  last_generated_at: number | null;
}
