/**
 * Workday and breaks (/api/v1/workday/*, /api/v1/attendance/*), the shape the
 * desktop dashboard and the mobile app read: `work_active`, `break_active`,
 * `work_period`, `today`.
 */
import { ApiError } from '../../core/errors.js';
import { created, ok } from '../../core/handler.js';
import type { Access, TimeTrackerHandlers } from '../../apis/timetracker/env.js';
import { isoDate, isoNaive, isoNaiveOrNull } from '../../core/time.js';
import type { AttendanceBreakRow, WorkPeriodRow } from '../../store/timetracker/types.js';

const DAY = 86_400_000;
const invalidState = (message: string) => new ApiError(400, message, 'invalid_state');

type AtNow = Access & { now: number };

/** The caller's open work period (the earliest, if several): open periods sort last in the user's group. */
function openPeriod(ctx: Access): WorkPeriodRow | undefined {
  const periods = ctx.store.views.workPeriodsByEnd.group(ctx.auth.user.id);
  let i = periods.length;
  while (i > 0 && periods[i - 1].end === null) i--;
  return periods[i];
}

function openBreak(ctx: Access, period: WorkPeriodRow | undefined): AttendanceBreakRow | undefined {
  if (!period) return undefined;
  return ctx.store.views.breaksByPeriod.group(period.id).find((b) => b.end === null);
}

const breakSeconds = (ctx: Access, periodId: number, until: number) => {
  let s = 0;
  for (const b of ctx.store.views.breaksByPeriod.group(periodId)) s += Math.floor(((b.end ?? until) - b.start) / 1000);
  return s;
};

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

function status(ctx: AtNow) {
  const { store, now } = ctx;
  const { user } = ctx.auth;
  const period = openPeriod(ctx);
  const brk = openBreak(ctx, period);
  const dayStart = now - (now % DAY);
  let worked = 0;
  let breaks = 0;
  // Today's periods: those ending today or later, and the open ones (a binary search in the user's periods).
  const periods = store.views.workPeriodsByEnd.group(user.id);
  for (let i = firstEndingFrom(periods, dayStart); i < periods.length; i++) {
    const p = periods[i];
    const b = breakSeconds(ctx, p.id, now);
    breaks += b;
    worked += Math.max(0, Math.floor(((p.end ?? now) - Math.max(p.start, dayStart)) / 1000) - b);
  }
  return {
    work_active: period !== undefined,
    break_active: brk !== undefined,
    work_period: period
      ? {
          id: period.id,
          user_id: period.user_id,
          start_time: isoNaive(period.start),
          end_time: isoNaiveOrNull(period.end),
          notes: period.notes,
          source: period.source,
          break_seconds: breakSeconds(ctx, period.id, now),
        }
      : null,
    current_break: brk
      ? { id: brk.id, work_period_id: brk.work_period_id, break_type: brk.break_type, start_time: isoNaive(brk.start), end_time: null }
      : null,
    today: { date: isoDate(now), worked_seconds: worked, break_seconds: breaks },
  };
}

export const attendance = {
  getAttendanceStatus: (ctx) => ok(status(ctx)),
  getWorkdayStatus: (ctx) => ok(status(ctx)),

  startWorkday: (ctx) => {
    if (openPeriod(ctx)) throw new ApiError(409, 'A workday is already in progress', 'conflict');
    const b = ctx.body ?? {};
    ctx.store.workPeriods.insert({ user_id: ctx.auth.user.id, start: ctx.now, end: null, notes: b.notes ?? null, source: b.source ?? 'api' });
    return created({ message: 'Workday started', status: status(ctx) });
  },

  endWorkday: (ctx) => {
    const period = openPeriod(ctx);
    if (!period) throw invalidState('No workday in progress');
    const brk = openBreak(ctx, period);
    if (brk) ctx.store.breaks.update(brk.id, { end: ctx.now });
    ctx.store.workPeriods.update(period.id, { end: ctx.now });
    return ok({ message: 'Workday ended', status: status(ctx) });
  },

  startBreak: (ctx) => {
    const period = openPeriod(ctx);
    if (!period) throw invalidState('No workday in progress');
    if (openBreak(ctx, period)) throw invalidState('A break is already running');
    const b = ctx.body ?? {};
    ctx.store.breaks.insert({ work_period_id: period.id, break_type: b.break_type ?? 'rest', start: ctx.now, end: null });
    return created({ message: 'Break started', status: status(ctx) });
  },

  endBreak: (ctx) => {
    const brk = openBreak(ctx, openPeriod(ctx));
    if (!brk) throw invalidState('No break is running');
    ctx.store.breaks.update(brk.id, { end: ctx.now });
    return ok({ message: 'Break ended', status: status(ctx) });
  },
} satisfies Partial<TimeTrackerHandlers>;
