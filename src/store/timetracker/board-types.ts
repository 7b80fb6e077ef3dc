/**
 * Rows of the board groups beyond the API documentation (reference §14-§16):
 * kanban columns, issues and calendar events. Times are epoch ms; the
 * handlers turn them into the real server's naive ISO strings.
 */
import type { Row } from '../table.js';

/** A kanban column (`models/kanban_column.py`): global when `project_id` is null. */
export interface KanbanColumnRow extends Row {
  project_id: number | null;
  key: string;
  label: string;
  icon: string | null;
  color: string | null;
  position: number;
  is_active: boolean;
  is_system: boolean;
  is_complete_state: boolean;
  wip_limit: number | null;
  created_at: number;
  updated_at: number;
}

/** An issue (`models/issue.py`); `status` and `priority` are free strings on the real server. */
export interface IssueRow extends Row {
  client_id: number;
  project_id: number | null;
  task_id: number | null;
  title: string;
  description: string | null;
  status: string;
  priority: string;
  submitted_by_client: boolean;
  client_submitter_name: string | null;
  client_submitter_email: string | null;
  assigned_to: number | null;
  created_by: number | null;
  created_at: number;
  updated_at: number;
  resolved_at: number | null;
  closed_at: number | null;
}

/** A calendar event (`models/calendar_event.py`), its owner's only. */
export interface CalendarEventRow extends Row {
  user_id: number;
  title: string;
  description: string | null;
  start_time: number;
  end_time: number;
  all_day: boolean;
  location: string | null;
  event_type: string;
  project_id: number | null;
  task_id: number | null;
  client_id: number | null;
  is_recurring: boolean;
  recurrence_rule: string | null;
  recurrence_end_date: number | null;
  parent_event_id: number | null;
  reminder_minutes: number | null;
  color: string | null;
  is_private: boolean;
  created_at: number;
  updated_at: number;
}
