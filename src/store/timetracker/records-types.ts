/**
 * Rows of the record groups of reference §25 that the first-party clients
 * do not call: project costs, saved filters, comments, budget alerts, and
 * the two logs (activities, audit). Times epoch ms; dates `YYYY-MM-DD`.
 */
import type { Row } from '../table.js';

/** A cost recorded on a project (`models/project_cost.py`). */
export interface ProjectCostRow extends Row {
  project_id: number;
  user_id: number;
  description: string;
  category: string;
  amount: number;
  currency_code: string;
  billable: boolean;
  invoiced: boolean;
  invoice_id: number | null;
  cost_date: string;
  notes: string | null;
  receipt_path: string | null;
  created_at: number;
  updated_at: number;
}

/** A user's saved filter (`models/saved_filter.py`): unique per user, name and scope. */
export interface SavedFilterRow extends Row {
  user_id: number;
  name: string;
  scope: string;
  payload: Record<string, unknown>;
  is_shared: boolean;
  created_at: number;
  updated_at: number;
}

/** A comment on a project or a task (`models/comment.py`); `parent_id` makes it a reply. */
export interface CommentRow extends Row {
  content: string;
  project_id: number | null;
  task_id: number | null;
  user_id: number;
  parent_id: number | null;
  is_internal: boolean;
  created_at: number;
  updated_at: number;
}

/** A project budget alert (`models/budget_alert.py`). */
export interface BudgetAlertRow extends Row {
  project_id: number;
  alert_type: string;
  alert_level: string;
  budget_consumed_percent: number;
  budget_amount: number;
  consumed_amount: number;
  message: string;
  is_acknowledged: boolean;
  acknowledged_by: number | null;
  acknowledged_at: number | null;
  created_at: number;
}

/** One entry of the activity feed (`models/activity.py`); its id is the `activity_<id>` of a webhook event. */
export interface ActivityRow extends Row {
  user_id: number;
  action: string;
  entity_type: string;
  entity_id: number;
  entity_name: string | null;
  description: string | null;
  extra_data: Record<string, unknown> | null;
  created_at: number;
}

/** One audit-log row (`models/audit_log.py`): a create, a delete, or one changed field of an update. */
export interface AuditLogRow extends Row {
  user_id: number | null;
  entity_type: string;
  entity_id: number;
  entity_name: string | null;
  action: 'created' | 'updated' | 'deleted';
  field_name: string | null;
  old_value: unknown;
  new_value: unknown;
  change_description: string;
  user_agent: string | null;
  ip_address: string | null;
  request_path: string | null;
  created_at: number;
}
