/**
 * The workforce reports (reference §21): capacity per user, the compliance
 * reports (closed periods, audit events) and the payroll CSV (hours per
 * user and ISO week, written by the core's CSV writer). The Belgian
 * attendance report reads attendance days and lives in attendance.ts.
 */
import { badRequest } from '../../core/errors.js';
import { toCsv } from '../../core/csv.js';
import { ok } from '../../core/handler.js';
import { isoNaive, round2 } from '../../core/time.js';
import type { TimeTrackerHandlers } from '../../apis/timetracker/env.js';
import { finishedSeconds, type Store } from '../../store/timetracker/store.js';
import { isoWeek } from '../../store/timetracker/rules.js';
import type { UserRow } from '../../store/timetracker/types.js';
import { approver, periodDict } from './workforce.js';

const DAY = 86_400_000;
/** Hours of a working day (the real server's `default_daily_working_hours` default). */
const DAILY_HOURS = 8;

const dayNo = (d: string) => Math.floor(Date.parse(`${d}T00:00:00Z`) / DAY);

/** Weekdays (Mon-Fri) among the day numbers [from, to]; 1970-01-01 (day 0) was a Thursday. */
function weekdaysBetween(from: number, to: number): number {
  if (to < from) return 0;
  const upTo = (n: number) => {
    // Weekdays among days 0..n-1 of the epoch week grid shifted so that day 0 is a Monday (-3).
    const shifted = n + 3;
    const weeks = Math.floor(shifted / 7);
    return weeks * 5 + Math.min(shifted - weeks * 7, 5);
  };
  return upTo(to + 1) - upTo(from);
}

/** Working days of [from, to] (`YYYY-MM-DD`): weekdays not covered by an enabled holiday (holidays merged first, so overlaps count once). */
function workingDays(store: Store, from: string, to: string): number {
  const lo = dayNo(from);
  const hi = dayNo(to);
  const spans = store.views.holidaysByStart
    .rows()
    .filter((h) => h.enabled && h.end_date >= from && h.start_date <= to)
    .map((h) => [Math.max(lo, dayNo(h.start_date)), Math.min(hi, dayNo(h.end_date))] as [number, number]);
  let off = 0;
  let cur: [number, number] | undefined;
  for (const s of spans) {
    if (cur && s[0] <= cur[1] + 1) cur[1] = Math.max(cur[1], s[1]);
    else {
      if (cur) off += weekdaysBetween(cur[0], cur[1]);
      cur = [s[0], s[1]];
    }
  }
  if (cur) off += weekdaysBetween(cur[0], cur[1]);
  return weekdaysBetween(lo, hi) - off;
}

/** Epoch ms of the start of `from` and the end of `to` (whole days). */
const range = (from: string, to: string) => ({ from: dayNo(from) * DAY, to: (dayNo(to) + 1) * DAY - 1 });

/** The ISO year and week number of a day. */
function isoWeekNumber(day: string): { year: number; week: number } {
  const thursday = Date.parse(`${isoWeek(day).start}T00:00:00Z`) + 3 * DAY;
  const year = new Date(thursday).getUTCFullYear();
  return { year, week: Math.floor((thursday - Date.UTC(year, 0, 1)) / (7 * DAY)) + 1 };
}

/** Python's `str(round(x, 2))`: whole numbers keep a `.0`. */
const pyFloat = (n: number) => (Number.isInteger(n) ? `${n}.0` : String(n));

const PAYROLL_COLUMNS = ['user_id', 'username', 'week_year', 'week_number', 'period_start', 'period_end', 'hours', 'billable_hours', 'non_billable_hours'] as const;

export const complianceReports = {
  getCapacityReport: ({ store, query, auth }) => {
    const { start_date: from, end_date: to } = query;
    if (!from || !to) throw badRequest('start_date and end_date are required');
    let users: readonly UserRow[];
    if (!auth.isAdmin) users = [auth.user];
    else {
      const ids = (query.user_ids ?? '')
        .split(',')
        .map((s) => s.trim())
        .filter((s) => /^[+-]?\d+$/.test(s))
        .map(Number);
      const all = store.users.toArray();
      users = ids.length > 0 ? all.filter((u) => ids.includes(u.id)) : all;
    }
    const expected = round2(workingDays(store, from, to) * DAILY_HOURS);
    const span = range(from, to);
    const capacity = [...users]
      .sort((a, b) => a.username.localeCompare(b.username) || a.id - b.id)
      .map((u) => {
        const allocated = round2(store.sumTimeEntries({ userId: u.id, ...span }).seconds / 3600);
        const off = round2(
          store.views.timeOffNewestFirst
            .group(u.id)
            .filter((r) => r.status === 'approved' && r.start_date <= to && r.end_date >= from)
            .reduce((s, r) => s + (r.requested_hours ?? 0), 0),
        );
        return {
          user_id: u.id,
          username: u.username,
          expected_hours: expected,
          allocated_hours: allocated,
          time_off_hours: off,
          available_hours: round2(Math.max(expected - off - allocated, 0)),
          utilization_pct: expected > 0 ? round2((allocated / expected) * 100) : 0,
        };
      });
    return ok({ capacity, start_date: from, end_date: to });
  },

  getLockedPeriodsReport: ({ store, query, auth, now }) => {
    approver(store, auth, now);
    const { start_date: from, end_date: to } = query;
    const rows = store.views.closedPeriods.rows().filter((p) => (from === undefined || p.period_end >= from) && (to === undefined || p.period_start <= to));
    return ok({ locked_periods: rows.map(periodDict) });
  },

  getComplianceAuditEvents: ({ store, query, auth, now }) => {
    approver(store, auth, now);
    const from = query.start_date === undefined ? -Infinity : range(query.start_date, query.start_date).from;
    const to = query.end_date === undefined ? Infinity : range(query.end_date, query.end_date).to;
    const out = [];
    for (const e of store.views.auditNewestFirst.rows()) {
      if (out.length >= 5000) break;
      if (e.created_at < from || e.created_at > to || (query.user_id !== undefined && e.user_id !== query.user_id)) continue;
      out.push({ ...e, created_at: isoNaive(e.created_at) });
    }
    return ok({ audit_events: out });
  },

  exportPayroll: ({ store, query, auth }) => {
    const { start_date: from, end_date: to } = query;
    if (!from || !to) throw badRequest('start_date and end_date are required (YYYY-MM-DD)');
    const userId = auth.isAdmin ? query.user_id : auth.user.id;
    type Week = { user_id: number; username: string; week_year: number; week_number: number; period_start: string; period_end: string; s: number; b: number };
    const weeks = new Map<string, Week>();
    for (const e of store.entriesOf({ userId, ...range(from, to) })) {
      const day = new Date(e.start).toISOString().slice(0, 10);
      const week = isoWeek(day);
      const status = (uid: number) => store.views.periodsNewestFirst.group(uid).find((p) => p.period_type === 'weekly' && p.period_start === week.start)?.status ?? 'draft';
      // The real server also wants approved AND closed when both are asked: no week passes.
      if ((query.approved_only && status(e.user_id) !== 'approved') || (query.closed_only && status(e.user_id) !== 'closed')) continue;
      const key = `${e.user_id}:${week.start}`;
      let w = weeks.get(key);
      if (!w) {
        const n = isoWeekNumber(day);
        w = { user_id: e.user_id, username: store.users.get(e.user_id)?.username ?? '', week_year: n.year, week_number: n.week, period_start: week.start, period_end: week.end, s: 0, b: 0 };
        weeks.set(key, w);
      }
      const s = finishedSeconds(e);
      w.s += s;
      if (e.billable) w.b += s;
    }
    const rows = [...weeks.values()]
      .sort((a, b) => a.week_year - b.week_year || a.week_number - b.week_number || a.username.localeCompare(b.username))
      .map(({ s, b, ...w }) => ({ ...w, hours: pyFloat(round2(s / 3600)), billable_hours: pyFloat(round2(b / 3600)), non_billable_hours: pyFloat(round2((s - b) / 3600)) }));
    const body = rows.length > 0 ? toCsv(rows) : `${PAYROLL_COLUMNS.join(',')}\r\n`;
    return {
      status: 200 as const,
      headers: { 'content-type': 'text/csv; charset=utf-8', 'Content-Disposition': `attachment; filename=payroll_export_${from}_${to}.csv` },
      body,
    };
  },
} satisfies Partial<TimeTrackerHandlers>;
