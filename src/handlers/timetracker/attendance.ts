/**
 * Workday and breaks (/api/v1/workday/*, /api/v1/attendance/*) in the real
 * server's shapes (`success_response`: `{"success": true, "data": {...}}`, 200
 * for starts too; errors 400 with the service's codes). The desktop dashboard
 * reads `work_active`/`break_active` under `data`, the mobile app
 * `work_period` and `today`. A workday session is mirrored by a work period
 * (the mock keeps one row for both: the session's id is the period's); an
 * attendance day is the user's periods of one (UTC) date, identified by the
 * first period's id; a closed timesheet period covering the date locks it.
 * Also the attendance history, correction requests (reference §22) and the
 * Belgian inspector's report (§21), which read those days.
 */
import { ApiError } from '../../core/errors.js';
import { ok } from '../../core/handler.js';
import type { Access, TimeTrackerHandlers } from '../../apis/timetracker/env.js';
import { hms, isoDate, isoNaive, isoNaiveOrNull, round2 } from '../../core/time.js';
import { audit, closedPeriodOn } from '../../store/timetracker/rules.js';
import type { CorrectionEntityType } from '../../store/timetracker/approval-types.js';
import type { AttendanceBreakRow, UserRow, WorkPeriodRow } from '../../store/timetracker/types.js';

const DAY = 86_400_000;
const refused = (message: string, code: string) => new ApiError(400, message, code, { success: false });

type AtNow = Access & { now: number };

const dayStart = (ms: number) => ms - (((ms % DAY) + DAY) % DAY);

/** A user's (default: the caller's) work periods, sorted by end (open ones last), from the store's view. */
const periodsOf = (ctx: Access, userId = ctx.auth.user.id): readonly WorkPeriodRow[] => ctx.store.views.workPeriodsByEnd.group(userId);

/** The caller's open work period (the earliest, if several): open periods sort last in the user's group. */
function openPeriod(ctx: Access): WorkPeriodRow | undefined {
  const periods = periodsOf(ctx);
  let i = periods.length;
  while (i > 0 && periods[i - 1].end === null) i--;
  return periods[i];
}

const breaksOf = (ctx: Access, periodId: number): readonly AttendanceBreakRow[] => ctx.store.views.breaksByPeriod.group(periodId);

function openBreak(ctx: Access, period: WorkPeriodRow | undefined): AttendanceBreakRow | undefined {
  return period ? breaksOf(ctx, period.id).find((b) => b.end === null) : undefined;
}

/** Index of the first period (sorted by end, open last) that ends at or after `from`. */
function firstEndingFrom(periods: readonly WorkPeriodRow[], from: number): number {
  let lo = 0;
  let hi = periods.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((periods[mid].end ?? Infinity) < from) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The user's periods that start on the (UTC) days [from, to] (day starts), in start order: they end on `from` or later (a binary search, then those). */
function periodsStartingIn(ctx: Access, userId: number, from: number, to: number): WorkPeriodRow[] {
  const periods = periodsOf(ctx, userId);
  const out: WorkPeriodRow[] = [];
  for (let i = firstEndingFrom(periods, from); i < periods.length; i++) {
    const d = dayStart(periods[i].start);
    if (d >= from && d <= to) out.push(periods[i]);
  }
  return out.sort((a, b) => a.start - b.start || a.id - b.id);
}

const periodsStartingOn = (ctx: Access, userId: number, day: number) => periodsStartingIn(ctx, userId, day, day);

/** The attendance day of a period: the user's first period that (UTC) date. */
function dayIdOf(ctx: Access, period: WorkPeriodRow): number {
  return Math.min(...periodsStartingOn(ctx, period.user_id, dayStart(period.start)).map((p) => p.id));
}

const seconds = (from: number, to: number) => Math.max(0, Math.floor((to - from) / 1000));
const breakSeconds = (ctx: Access, periodId: number, until: number) => breaksOf(ctx, periodId).reduce((s, b) => s + seconds(b.start, b.end ?? until), 0);

function breakDict(ctx: AtNow, b: AttendanceBreakRow, period: WorkPeriodRow) {
  return {
    id: b.id,
    attendance_day_id: dayIdOf(ctx, period),
    work_period_id: b.work_period_id,
    user_id: period.user_id,
    start_time: isoNaive(b.start),
    end_time: isoNaiveOrNull(b.end),
    duration_seconds: b.end === null ? null : seconds(b.start, b.end),
    break_type: b.break_type,
    is_active: b.end === null,
  };
}

const netSeconds = (ctx: AtNow, p: WorkPeriodRow) => Math.max(0, seconds(p.start, p.end ?? ctx.now) - breakSeconds(ctx, p.id, p.end ?? ctx.now));

function periodDict(ctx: AtNow, p: WorkPeriodRow) {
  return {
    id: p.id,
    attendance_day_id: dayIdOf(ctx, p),
    user_id: p.user_id,
    start_time: isoNaive(p.start),
    end_time: isoNaiveOrNull(p.end),
    duration_seconds: p.end === null ? null : netSeconds(ctx, p),
    source: p.source,
    auto_closed: false,
    notes: p.notes,
    is_active: p.end === null,
    workday_session_id: p.id,
  };
}

function sessionDict(ctx: AtNow, p: WorkPeriodRow) {
  const duration = p.end === null ? null : netSeconds(ctx, p);
  return {
    id: p.id,
    user_id: p.user_id,
    start_time: isoNaive(p.start),
    end_time: isoNaiveOrNull(p.end),
    duration_seconds: duration,
    duration_formatted: duration === null ? null : hms(duration),
    current_duration_seconds: netSeconds(ctx, p),
    notes: p.notes,
    auto_closed: false,
    source: p.source,
    is_active: p.end === null,
  };
}

/** A user's attendance day (the day start `day`) with its periods and breaks, or null without a period that day. */
function dayRecord(ctx: AtNow, userId: number, day: number) {
  const periods = periodsStartingOn(ctx, userId, day);
  return periods.length === 0 ? null : dayOf(ctx, periods);
}

/** The attendance day made of one user's periods of one date (start order). */
function dayOf(ctx: AtNow, periods: readonly WorkPeriodRow[]) {
  const breaks = periods.flatMap((p) => breaksOf(ctx, p.id).map((b) => breakDict(ctx, b, p)));
  const work = periods.reduce((s, p) => s + netSeconds(ctx, p), 0);
  const pause = periods.reduce((s, p) => s + breakSeconds(ctx, p.id, p.end ?? ctx.now), 0);
  const first = periods[0];
  const last = periods.reduce((m, p) => Math.max(m, p.end ?? p.start), first.start);
  const date = isoDate(dayStart(first.start));
  const lock = closedPeriodOn(ctx.store, first.user_id, date);
  return {
    id: Math.min(...periods.map((p) => p.id)),
    user_id: first.user_id,
    work_date: date,
    status: 'present' as const,
    time_off_request_id: null,
    leave_type_id: null,
    leave_type_name: null,
    total_work_seconds: work,
    total_break_seconds: pause,
    total_work_hours: round2(work / 3600),
    total_break_hours: round2(pause / 3600),
    locked_at: lock ? isoNaiveOrNull(lock.closed_at) : null,
    locked_by: lock ? lock.closed_by : null,
    is_locked: lock !== undefined,
    timesheet_period_id: lock ? lock.id : null,
    compliance_notes: null,
    created_at: isoNaive(first.start),
    updated_at: isoNaive(last),
    work_periods: periods.map((p) => periodDict(ctx, p)),
    breaks,
  };
}

/** A user's attendance days of the day starts [from, to], oldest first. */
function daysIn(ctx: AtNow, userId: number, from: number, to: number) {
  const byDay = new Map<number, WorkPeriodRow[]>();
  for (const p of periodsStartingIn(ctx, userId, from, to)) {
    const d = dayStart(p.start);
    const list = byDay.get(d);
    if (list) list.push(p);
    else byDay.set(d, [p]);
  }
  return [...byDay.entries()].sort((a, b) => a[0] - b[0]).map(([, periods]) => dayOf(ctx, periods));
}

/** The attendance day `id` (the id of the first period of a user's date), or undefined. */
function dayById(ctx: AtNow, id: number | null | undefined) {
  const p = typeof id === 'number' ? ctx.store.workPeriods.get(id) : undefined;
  if (!p || dayIdOf(ctx, p) !== p.id) return undefined;
  return dayRecord(ctx, p.user_id, dayStart(p.start)) ?? undefined;
}

/** Today's attendance day with its periods and breaks, or null before the first clock-in. */
const today = (ctx: AtNow) => dayRecord(ctx, ctx.auth.user.id, dayStart(ctx.now));

/** Hours between the end of the user's previous day's last period and this day's first start (null without either). */
function restHours(ctx: AtNow, userId: number, day: number, firstStart: number): number | null {
  const ends = periodsStartingOn(ctx, userId, day - DAY)
    .map((p) => p.end)
    .filter((e): e is number => e !== null);
  return ends.length === 0 ? null : round2((firstStart - Math.max(...ends)) / 3_600_000);
}

/** Standard hours of a day (compliance settings' default) and the royal-decree preset's version. */
const STANDARD_DAILY_HOURS = 8;
const DECREE_VERSION = 'pending-2026';

function belgiumRow(ctx: AtNow, user: UserRow, day: ReturnType<typeof dayOf>) {
  const corrections = ctx.store.views.correctionsByDay.group(day.id);
  const work = round2(day.total_work_seconds / 3600);
  return {
    user_id: user.id,
    username: user.username,
    display_name: user.full_name || user.username,
    work_date: day.work_date,
    status: day.status,
    absence_type: '',
    time_off_request_id: null,
    work_period_starts: day.work_periods.map((p) => p.start_time).join('; '),
    work_period_ends: day.work_periods.flatMap((p) => (p.end_time ? [p.end_time] : [])).join('; '),
    break_starts: day.breaks.map((b) => b.start_time).join('; '),
    break_ends: day.breaks.flatMap((b) => (b.end_time ? [b.end_time] : [])).join('; '),
    net_work_hours: work,
    break_hours: round2(day.total_break_seconds / 3600),
    daily_rest_hours: restHours(ctx, user.id, Date.parse(`${day.work_date}T00:00:00Z`), Date.parse(`${day.work_periods[0].start_time}Z`)),
    standard_daily_hours: STANDARD_DAILY_HOURS,
    overtime_hours: round2(Math.max(0, work - STANDARD_DAILY_HOURS)),
    correction_count: corrections.length,
    last_correction_reason: corrections[0]?.reason ?? '',
    locked: day.is_locked ? ('yes' as const) : ('no' as const),
    locked_at: day.locked_at ?? '',
    has_other_employers: 'no' as const,
    other_employers_note: '',
    royal_decree_config_version: DECREE_VERSION,
  };
}

/** The current values of the record a correction names, if it belongs to the day. */
function snapshot(ctx: AtNow, day: ReturnType<typeof dayOf>, type: CorrectionEntityType, id: number): Record<string, unknown> | undefined {
  if (type === 'AttendanceWorkPeriod') return day.work_periods.find((p) => p.id === id);
  if (type === 'AttendanceBreak') return day.breaks.find((b) => b.id === id);
  if (type === 'DailyAttendanceRecord' && id === day.id) {
    const { work_periods: _p, breaks: _b, ...record } = day;
    return record;
  }
  return undefined;
}

const ENTITY_TYPES: ReadonlySet<string> = new Set(['AttendanceWorkPeriod', 'AttendanceBreak', 'DailyAttendanceRecord', 'AddWorkPeriod']);

function state(ctx: AtNow) {
  const period = openPeriod(ctx);
  const brk = openBreak(ctx, period);
  return {
    work_active: period !== undefined,
    break_active: brk !== undefined,
    work_period: period ? periodDict(ctx, period) : null,
    break: brk && period ? breakDict(ctx, brk, period) : null,
    today: today(ctx),
  };
}

export const attendance = {
  getAttendanceStatus: (ctx) => ok({ success: true as const, data: state(ctx) }),

  getWorkdayStatus: (ctx) => {
    const period = openPeriod(ctx);
    return ok({ success: true as const, data: { active: period !== undefined, session: period ? sessionDict(ctx, period) : null } });
  },

  startWorkday: (ctx) => {
    if (openPeriod(ctx)) throw refused('You already have an active workday session. End it before starting a new one.', 'workday_already_active');
    const b = ctx.body ?? {};
    const notes = (b.notes ?? '').trim() || null;
    const p = ctx.store.workPeriods.insert({ user_id: ctx.auth.user.id, start: ctx.now, end: null, notes, source: (b.source ?? '').trim() || 'mobile' });
    return ok({ success: true as const, message: 'Workday started', data: { session: sessionDict(ctx, p) } });
  },

  endWorkday: (ctx) => {
    const period = openPeriod(ctx);
    if (!period) throw refused('No active workday session', 'no_active_workday');
    const brk = openBreak(ctx, period);
    if (brk) ctx.store.breaks.update(brk.id, { end: ctx.now });
    const ended = ctx.store.workPeriods.update(period.id, { end: ctx.now });
    return ok({ success: true as const, message: 'Workday ended', data: { session: sessionDict(ctx, ended) } });
  },

  startBreak: (ctx) => {
    const period = openPeriod(ctx);
    if (!period) throw refused('Start work before taking a break', 'no_active_workday');
    if (openBreak(ctx, period)) throw refused('Break already in progress', 'break_already_active');
    const b = ctx.body ?? {};
    const brk = ctx.store.breaks.insert({ work_period_id: period.id, break_type: (b.break_type ?? '').trim() || 'rest', start: ctx.now, end: null });
    return ok({ success: true as const, message: 'Break started', data: { break: breakDict(ctx, brk, period) } });
  },

  getAttendanceHistory: (ctx) => {
    const end = dayStart(ctx.now);
    const start = end - Math.max(1, ctx.query.days ?? 30) * DAY;
    const records = daysIn(ctx, ctx.auth.user.id, start, end).reverse();
    return ok({ success: true as const, data: { records, start_date: isoDate(start), end_date: isoDate(end) } });
  },

  createAttendanceCorrection: (ctx) => {
    const { store, auth, now } = ctx;
    const b = ctx.body ?? {};
    const fail = (message: string) => refused(message, 'error');
    const reason = (b.reason ?? '').trim();
    if (!reason) throw fail('A reason is required for corrections');
    const day = dayById(ctx, b.attendance_day_id);
    if (!day) throw fail('Attendance day not found');
    if (day.user_id !== auth.user.id && !auth.isAdmin) throw fail('You can only request corrections for your own attendance');
    if (day.is_locked) throw fail('Locked attendance records require admin-approved corrections');
    const type = b.entity_type ?? '';
    const corrected = b.corrected_values ?? {};
    // A day exists here only through its work periods, so a period cannot be added to one.
    if (type === 'AddWorkPeriod') throw fail('This day already has work periods; edit an existing period instead');
    const original = ENTITY_TYPES.has(type) ? snapshot(ctx, day, type as CorrectionEntityType, b.entity_id ?? 0) : undefined;
    if (!original) throw fail('Entity not found');
    const c = store.attendanceCorrections.insert({
      attendance_day_id: day.id,
      user_id: day.user_id,
      entity_type: type as CorrectionEntityType,
      entity_id: b.entity_id ?? 0,
      original_values: original,
      corrected_values: corrected,
      reason,
      status: 'pending',
      requested_by: auth.user.id,
      reviewed_by: null,
      reviewed_at: null,
      review_comment: null,
      applied_at: null,
      created_at: now,
    });
    audit(store, { userId: auth.user.id, action: 'created', entityType: 'AttendanceCorrection', entityId: c.id, entityName: `Attendance day ${day.work_date}`, reason, at: now });
    const { user_id: _owner, ...shown } = c;
    return ok({ success: true as const, data: { correction: { ...shown, reviewed_at: null, applied_at: null, created_at: isoNaive(c.created_at) } } });
  },

  getBelgiumAttendanceReport: (ctx) => {
    const { store, query, auth } = ctx;
    if (!query.start_date || !query.end_date) throw refused('start_date and end_date are required', 'error');
    const from = Date.parse(`${query.start_date}T00:00:00Z`);
    const to = Date.parse(`${query.end_date}T00:00:00Z`);
    const userId = auth.isAdmin ? query.user_id : auth.user.id;
    const users = userId !== undefined ? [store.users.get(userId)].filter((u): u is UserRow => u !== undefined) : store.users.toArray();
    const rows = users
      .flatMap((u) => daysIn(ctx, u.id, from, to).map((d) => belgiumRow(ctx, u, d)))
      .sort((a, b) => a.work_date.localeCompare(b.work_date) || a.user_id - b.user_id);
    return ok({ success: true as const, data: { rows, count: rows.length } });
  },

  endBreak: (ctx) => {
    const period = openPeriod(ctx);
    const brk = openBreak(ctx, period);
    if (!brk || !period) throw refused('No active break', 'no_active_break');
    const ended = ctx.store.breaks.update(brk.id, { end: ctx.now });
    return ok({ success: true as const, message: 'Break ended', data: { break: breakDict(ctx, ended, period) } });
  },
} satisfies Partial<TimeTrackerHandlers>;
