/**
 * The rows of a TimeCamp account. Times are epoch ms (UTC); the handlers
 * write them as TimeCamp does (`YYYY-MM-DD HH:MM:SS`, ids as strings).
 */

/** `admin` (account administrator), `supervisor` (manages tasks), `user`, `guest` (reads, never tracks time). */
export type Role = 'admin' | 'supervisor' | 'user' | 'guest';

export interface UserRow {
  id: number;
  email: string;
  display_name: string | null;
  role: Role;
  group_id: number;
  login_count: number;
  login_time: number | null;
  synch_time: number | null;
  register_time: number;
  /** Disabled users keep their data but cannot call the API (401). */
  active: boolean;
}

export interface TokenRow {
  id: number;
  token: string;
  user_id: number;
  purpose: string;
}

export interface GroupRow {
  id: number;
  name: string;
  /** 0 for the root group. */
  parent_id: number;
}

/** A task's member: 1 manager, 3 regular user (the docs' `role`). */
export interface TaskMember {
  role_id: number;
}

export interface TaskRow {
  id: number;
  /** 0: a project (top level). */
  parent_id: number;
  name: string;
  external_task_id: string | null;
  external_parent_id: string | null;
  archived: boolean;
  billable: boolean;
  /** Seconds, or money with `budget_unit: fee`. */
  budgeted: number;
  budget_unit: 'hours' | 'fee' | '';
  note: string | null;
  tags: string;
  keywords: string;
  color: string;
  assigned_by: number;
  add_date: number;
  modify_time: number | null;
  /** user id -> membership. */
  users: Record<string, TaskMember>;
}

export interface TagRow {
  id: number;
  name: string;
  list_id: number;
  list_name: string;
  mandatory: boolean;
}

export interface EntryRow {
  id: number;
  user_id: number;
  /** 0: no task. */
  task_id: number;
  /** `YYYY-MM-DD`. */
  date: string;
  /** Seconds after midnight, or null when the entry has no time frame. */
  start: number | null;
  end: number | null;
  /** Seconds (while its timer runs: the time before the timer started). */
  duration: number;
  description: string;
  billable: boolean;
  /** 0: not invoiced. */
  invoice_id: number;
  /** In an approved timesheet (cannot change). */
  approved: boolean;
  addons_external_id: string;
  tag_ids: number[];
  last_modify: number;
}

export interface TimerRow {
  id: number;
  user_id: number;
  task_id: number | null;
  entry_id: number;
  started_at: number;
}

/** One line of the manual-changes log (`/entries_changes`). */
export interface ChangeRow {
  id: number;
  entry_id: number;
  event_type: 'add' | 'mod' | 'del';
  old_duration: number;
  new_duration: number;
  edited: number;
  /** The entry as it was after the change (before it, for a delete). */
  entry: Omit<EntryRow, 'id'>;
}

export interface ApplicationRow {
  id: number;
  app_name: string;
  aditional_info: string;
  full_name: string | null;
  category_id: number;
}

export interface WindowTitleRow {
  id: number;
  window_title: string;
}

export interface ActivityRow {
  id: number;
  user_id: number;
  application_id: number;
  window_title_id: number;
  /** The activity's end (epoch ms). */
  end: number;
  /** Seconds. */
  time_span: number;
  task_id: number;
  entry_id: number;
}

export interface ClientRow {
  id: number;
  firstName: string;
  lastName: string;
  organizationName: string;
  address: string;
  currencyId: number;
  email: string;
  addedBy: number;
  added: number;
}

export interface ClientTaskRow {
  id: number;
  client_id: number;
  task_id: number;
}

export interface InvoiceLine {
  id: number;
  description: string;
  type: 0 | 1;
  quantity: number;
  unitCost: number;
  taxId: number;
  name: string;
}

export interface InvoiceRow {
  id: number;
  clientId: number;
  invoiceNumber: string;
  description: string;
  issueDate: string;
  dueDate: string;
  editDate: number;
  status: 0 | 1 | 2;
  sentDate: number | null;
  viewedDate: number | null;
  addDate: number;
  paidDate: number | null;
  noteToClient: string;
  poNumber: string;
  userId: number;
  currencyId: number;
  publicHash: string;
  quote: boolean;
  lines: InvoiceLine[];
  /** The time entries it bills (locked while it exists). */
  entry_ids: number[];
}

export interface AccountRow {
  name: string;
  root_group_id: number;
  /** Next id of an invoice line (account-wide, as TimeCamp numbers them). */
  next_line_id: number;
}
