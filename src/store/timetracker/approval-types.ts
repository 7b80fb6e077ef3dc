/**
 * Rows of the time-entry approvals, attendance corrections and the
 * compliance audit log (reference §18, §21, §22). Times are epoch ms.
 */
import type { Row } from './types.js';

export type ApprovalStatus = 'pending' | 'approved' | 'rejected' | 'cancelled';

/** One level of a time entry's approval (`TimeEntryApproval`). `approved_by` is also who rejected. */
export interface TimeEntryApprovalRow extends Row {
  time_entry_id: number;
  status: ApprovalStatus;
  requested_by: number;
  approved_by: number | null;
  requested_at: number;
  approved_at: number | null;
  rejected_at: number | null;
  request_comment: string | null;
  approval_comment: string | null;
  rejection_reason: string | null;
  approval_level: number;
}

export type CorrectionEntityType = 'AttendanceWorkPeriod' | 'AttendanceBreak' | 'DailyAttendanceRecord' | 'AddWorkPeriod';

/** A requested correction of an attendance record (`AttendanceCorrection`); reviewed in the web UI. */
export interface AttendanceCorrectionRow extends Row {
  /** The attendance day: the id of the user's first work period that date (see handlers/timetracker/attendance.ts). */
  attendance_day_id: number;
  /** Whose day it is (the day itself is derived, so the row keeps its owner). */
  user_id: number;
  entity_type: CorrectionEntityType;
  entity_id: number;
  original_values: Record<string, unknown>;
  corrected_values: Record<string, unknown>;
  reason: string;
  status: 'pending' | 'approved' | 'rejected' | 'applied';
  requested_by: number;
  reviewed_by: number | null;
  reviewed_at: number | null;
  review_comment: string | null;
  applied_at: number | null;
  created_at: number;
}

/** One compliance audit event (`AuditLog`, the rows the compliance report shows). */
export interface AuditEventRow extends Row {
  created_at: number;
  user_id: number | null;
  action: string;
  entity_type: string;
  entity_id: number;
  entity_name: string | null;
  change_description: string | null;
  reason: string | null;
}
