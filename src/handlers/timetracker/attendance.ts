/**
 * Workday and breaks (/api/v1/workday/*, /api/v1/attendance/*) in the real
 * server's shapes (`success_response`: `{"success": true, "data": {...}}`, 200
 * for starts too; errors 400 with the service's codes). The desktop dashboard
 * reads `work_active`/`break_active` under `data`, the mobile app
 * `work_period` and `today`. A workday session is mirrored by a work period
 * (the mock keeps one row for both: the session's id is the period's); an
 * attendance day is the user's periods of one (UTC) date, identified by the
 * first period's id.
 */
import { ApiError } from '../../core/errors.js';
import { ok } from '../../core/handler.js';
import type { Access, TimeTrackerHandlers } from '../../apis/timetracker/env.js';
import { hms, isoDate, isoNaive, isoNaiveOrNull, round2 } from '../../core/time.js';
import type { AttendanceBreakRow, WorkPeriodRow } from '../../store/timetracker/types.js';

const DAY = 86_400_000;
const refused = (message: string, code: string) => new ApiError(400, message, code, { success: false });

type AtNow = Access & { now: number };

const dayStart = (ms: number) => ms - (((ms % DAY) + DAY) % DAY);

/** The caller's work periods, sorted by end (open ones last), from the store's view. */
const periodsOf = (ctx: Access): readonly WorkPeriodRow[] => ctx.store.views.workPeriodsByEnd.group(ctx.auth.user.id);

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

/** The caller's periods that start on the (UTC) day `day`, in start order: they end that day or later (a binary search, then those few). */
function periodsStartingOn(ctx: Access, day: number): WorkPeriodRow[] {
  const periods = periodsOf(ctx);
  const out: WorkPeriodRow[] = [];
  for (let i = firstEndingFrom(periods, day); i < periods.length; i++) if (dayStart(periods[i].start) === day) out.push(periods[i]);
  return out.sort((a, b) => a.start - b.start || a.id - b.id);
}

/** The attendance day of a period: the user's first period that (UTC) date. */
function dayIdOf(ctx: Access, period: WorkPeriodRow): number {
  return Math.min(...periodsStartingOn(ctx, dayStart(period.start)).map((p) => p.id));
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

/** Today's attendance day with its periods and breaks, or null before the first clock-in. */
function today(ctx: AtNow) {
  const start = dayStart(ctx.now);
  const periods = periodsStartingOn(ctx, start);
  if (periods.length === 0) return null;
  const breaks = periods.flatMap((p) => breaksOf(ctx, p.id).map((b) => breakDict(ctx, b, p)));
  const work = periods.reduce((s, p) => s + netSeconds(ctx, p), 0);
  const pause = periods.reduce((s, p) => s + breakSeconds(ctx, p.id, p.end ?? ctx.now), 0);
  const first = periods[0];
  const last = periods.reduce((m, p) => Math.max(m, p.end ?? p.start), first.start);
  return {
    id: Math.min(...periods.map((p) => p.id)),
    user_id: first.user_id,
    work_date: isoDate(start),
    status: 'present' as const,
    time_off_request_id: null,
    leave_type_id: null,
    leave_type_name: null,
    total_work_seconds: work,
    total_break_seconds: pause,
    total_work_hours: round2(work / 3600),
    total_break_hours: round2(pause / 3600),
    locked_at: null,
    locked_by: null,
    is_locked: false,
    timesheet_period_id: null,
    compliance_notes: null,
    created_at: isoNaive(first.start),
    updated_at: isoNaive(last),
    work_periods: periods.map((p) => periodDict(ctx, p)),
    breaks,
  };
}

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

  endBreak: (ctx) => {
    const period = openPeriod(ctx);
    const brk = openBreak(ctx, period);
    if (!brk || !period) throw refused('No active break', 'no_active_break');
    const ended = ctx.store.breaks.update(brk.id, { end: ctx.now });
    return ok({ success: true as const, message: 'Break ended', data: { break: breakDict(ctx, ended, period) } });
  },
} satisfies Partial<TimeTrackerHandlers>;
