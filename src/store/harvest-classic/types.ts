/**
 * The rows of a Harvest classic account. Times are epoch milliseconds,
 * days `YYYY-MM-DD` (UTC); money and hours are plain numbers.
 */
import type { Row } from '../table.js';

export type { Row } from '../table.js';

/** The one company (account) of the store: who_am_i's `company`. */
export interface CompanyRow {
  name: string;
  subdomain: string;
  active: boolean;
  week_start_day: 'Sunday' | 'Monday' | 'Saturday';
  time_format: 'decimal' | 'hours_minutes';
  clock: '12h' | '24h';
  decimal_symbol: string;
  thousands_separator: string;
  color_scheme: string;
  modules: { expenses: boolean; invoices: boolean; estimates: boolean; approval: boolean };
  /** Timestamp timers (start/end times) instead of durations: off in every scenario. */
  timestamp_timers: boolean;
}

export interface UserRow extends Row {
  email: string;
  /** Basic auth password (a mock: the seeded users' is their email's local part). */
  password: string;
  first_name: string;
  last_name: string;
  is_admin: boolean;
  is_active: boolean;
  is_contractor: boolean;
  telephone: string;
  department: string;
  timezone: string;
  default_hourly_rate: number | null;
  has_access_to_all_future_projects: boolean;
  created_at: number;
  updated_at: number;
}

/** An OAuth 2 access token (`?access_token=` or `Authorization: Bearer`). */
export interface TokenRow extends Row {
  token: string;
  user_id: number;
  /** Epoch ms (access tokens live 18 hours on the real service). */
  expires_at: number;
  purpose: string;
}

export interface ClientRow extends Row {
  name: string;
  active: boolean;
  currency: string;
  currency_symbol: string;
  details: string | null;
  highrise_id: number | null;
  cache_version: number;
  created_at: number;
  updated_at: number;
}

export interface ContactRow extends Row {
  client_id: number;
  first_name: string;
  last_name: string;
  email: string | null;
  title: string | null;
  phone_office: string | null;
  phone_mobile: string | null;
  fax: string | null;
  created_at: number;
  updated_at: number;
}

export interface ProjectRow extends Row {
  client_id: number;
  name: string;
  code: string;
  active: boolean;
  billable: boolean;
  bill_by: 'Tasks' | 'People' | 'none';
  hourly_rate: number | null;
  budget_by: 'project' | 'project_cost' | 'task' | 'person' | 'none';
  budget: number | null;
  notes: string | null;
  starts_on: string | null;
  ends_on: string | null;
  created_at: number;
  updated_at: number;
}

export interface TaskRow extends Row {
  name: string;
  billable_by_default: boolean;
  /** Archived. */
  deactivated: boolean;
  default_hourly_rate: number | null;
  /** Assigned to new projects automatically. */
  is_default: boolean;
  created_at: number;
  updated_at: number;
}

export interface UserAssignmentRow extends Row {
  user_id: number;
  project_id: number;
  deactivated: boolean;
  hourly_rate: number | null;
  is_project_manager: boolean;
  created_at: number;
  updated_at: number;
}

export interface TaskAssignmentRow extends Row {
  project_id: number;
  task_id: number;
  billable: boolean;
  deactivated: boolean;
  budget: number | null;
  hourly_rate: number | null;
  created_at: number;
  updated_at: number;
}

export interface DayEntryRow extends Row {
  user_id: number;
  project_id: number;
  task_id: number;
  spent_at: string;
  /** Hours recorded while stopped; a running timer adds the time since `timer_started_at`. */
  hours: number;
  notes: string | null;
  timer_started_at: number | null;
  created_at: number;
  updated_at: number;
}
