/**
 * Web JSON routes under /api: version check and dismiss (admins), the value
 * dashboard and the week comparison (current user's finished entries), both
 * answered from the store's running sums and per-day statistics, never by
 * visiting the entries.
 */
import { validationError } from '../../core/errors.js';
import { ok } from '../../core/handler.js';
import type { TimeTrackerHandlers } from '../../apis/timetracker/env.js';
import type { Store } from '../../store/timetracker/store.js';
import { isoDate, round2 } from '../../core/time.js';

const DAY = 86_400_000;
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;

/** `v4.1.0` / `4.1` -> [4, 1, 0]; null when not a semantic version. */
export function semver(v: string | null | undefined): number[] | null {
  const m = /^v?(\d+)\.(\d+)(?:\.(\d+))?$/.exec((v ?? '').trim());
  return m ? [Number(m[1]), Number(m[2]), Number(m[3] ?? 0)] : null;
}
const newer = (a: number[], b: number[]) => a[0] - b[0] || a[1] - b[1] || a[2] - b[2];

/**
 * Value of the user's billable finished entries: seconds per project at the
 * project's rate (or its client's default rate), and per client booked
 * directly at the client's default rate.
 */
function trackedValue(store: Store, userId: number): number {
  const { projects, clients } = store.sumTimeEntriesByKey({ userId, billable: true });
  let value = 0;
  const clientRate = (id: number | null | undefined) => (id !== null && id !== undefined ? store.clients.get(id)?.default_hourly_rate : null) ?? null;
  for (const [id, sums] of projects) {
    const project = store.projects.get(id);
    const rate = project?.hourly_rate ?? clientRate(project?.client_id) ?? null;
    if (rate) value += (sums.seconds / 3600) * rate;
  }
  for (const [id, sums] of clients) {
    const rate = clientRate(id);
    if (rate) value += (sums.seconds / 3600) * rate;
  }
  return value;
}

/** Monday 00:00 (UTC, the app zone) of the week containing `ms`. */
function mondayOf(ms: number): number {
  const d = new Date(ms);
  const midnight = Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate());
  return midnight - ((d.getUTCDay() + 6) % 7) * DAY;
}

export const web = {
  checkVersion: (ctx) => {
  const { user } = ctx.auth;
  const s = ctx.store.settings;
  const latest = s.latest_release;
  const cur = semver(s.app_version);
  const lat = semver(latest?.version);
  const normalizedLatest = lat ? lat.join('.') : null;
  const update = Boolean(cur && lat && newer(lat, cur) > 0 && user.dismissed_release_version !== normalizedLatest);
  return ok({
    update_available: update,
    current_version: s.app_version,
    latest_version: latest?.version ?? null,
    release_notes: latest?.notes ?? null,
    published_at: latest?.published_at ?? null,
    release_url: latest?.url ?? null,
  });
  },

  dismissVersion: (ctx) => {
  const v: unknown = ctx.body.latest_version;
  if (typeof v !== 'string' || !v.trim()) throw validationError({ latest_version: ['latest_version is required'] }, 'latest_version is required');
  const parsed = semver(v);
  if (!parsed) throw validationError({ latest_version: ['must be a version such as 4.1.0'] }, 'invalid latest_version');
  ctx.store.users.update(ctx.auth.user.id, { dismissed_release_version: parsed.join('.') });
  return ok({ ok: true });
  },

  getValueDashboard: (ctx) => {
  const { store, now } = ctx;
  const { user } = ctx.auth;
  const all = store.sumTimeEntries({ userId: user.id });
  const stats = store.dayStatsOf(user.id);
  const today = Date.UTC(new Date(now).getUTCFullYear(), new Date(now).getUTCMonth(), new Date(now).getUTCDate());
  const weekStart = mondayOf(now);
  const monthStart = Date.UTC(new Date(now).getUTCFullYear(), new Date(now).getUTCMonth(), 1);
  // Entries starting from the week's (month's) start on, later ones included.
  const week = store.sumTimeEntries({ userId: user.id, from: weekStart }).seconds;
  const month = store.sumTimeEntries({ userId: user.id, from: monthStart }).seconds;
  const last7: { date: string; hours: number }[] = [];
  for (let i = 6; i >= 0; i--) {
    const day = today - i * DAY;
    last7.push({ date: isoDate(day), hours: round2((stats.days.get(day / DAY)?.seconds ?? 0) / 3600) });
  }
  const byWeekday = stats.weekdaySeconds;
  const best = byWeekday.reduce((bi, v, i, arr) => (v > arr[bi] ? i : bi), 0);
  const total = all.seconds;
  const value = trackedValue(store, user.id);
  return ok({
    total_hours: round2(total / 3600),
    entries_count: all.count,
    active_days: stats.days.size,
    avg_session_length: all.count ? Math.round((total / 3600 / all.count) * 10) / 10 : 0,
    most_productive_day: total > 0 ? WEEKDAYS[best] : null,
    this_week_hours: round2(week / 3600),
    this_month_hours: round2(month / 3600),
    last_7_days: last7,
    estimated_value_tracked: value > 0 ? round2(value) : null,
    estimated_value_currency: store.settings.currency,
  });
  },

  getWeekComparison: (ctx) => {
  const { store, now } = ctx;
  const { user } = ctx.auth;
  const weekStart = mondayOf(now);
  const span = now - weekStart;
  const week = (start: number, end: number) => {
    const byDay: { day: string; hours: number }[] = [];
    let total = 0;
    for (let t = start; t <= end; t += DAY) {
      const s = store.sumTimeEntries({ userId: user.id, from: t, to: Math.min(end, t + DAY - 1) }).seconds;
      total += s;
      byDay.push({ day: isoDate(t), hours: round2(s / 3600) });
    }
    return { total_hours: round2(total / 3600), by_day: byDay };
  };
  const current = week(weekStart, now);
  const last = week(weekStart - 7 * DAY, weekStart - 7 * DAY + span);
  return ok({
    current_week: current,
    last_week: last,
    change_percent: last.total_hours === 0 ? null : Math.round(((current.total_hours - last.total_hours) / last.total_hours) * 1000) / 10,
  });
},
} satisfies Partial<TimeTrackerHandlers>;
