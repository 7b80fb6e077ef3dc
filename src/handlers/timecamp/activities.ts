/**
 * Computer activities (what the desktop app records), their applications
 * and window titles, and what is derived from them: attendance (first and
 * last activity, total time per day) and away time (gaps of 5 minutes or
 * more between activities).
 */
import { ok } from '../../core/handler.js';
import type { TimecampHandlers } from '../../apis/timecamp/env.js';
import { isAdmin } from '../../store/timecamp/rules.js';
import type { TimecampStore } from '../../store/timecamp/store.js';
import type { ActivityRow, UserRow } from '../../store/timecamp/types.js';
import { activityDict, applicationDict, badRequest, datetimeOf, forbidden, hms, ids, isoDay, num, numOr, userName, windowTitleDict } from './serialize.js';
import { readableUsers } from './entries.js';

/** Shortest gap between two activities that counts as away time. */
const AWAY_MIN_SECONDS = 300;
const DAY = 86_400_000;

const startOf = (a: ActivityRow) => a.end - a.time_span * 1000;
const secondsOfDay = (ms: number) => Math.floor((((ms % DAY) + DAY) % DAY) / 1000);

/** The user an activity write is for: the caller, or anyone for administrators. */
function writer(store: TimecampStore, caller: UserRow, raw: number | string | undefined): UserRow {
  const id = numOr(raw, caller.id);
  if (id !== caller.id && !isAdmin(caller)) throw forbidden('You can not change computer activities of other users');
  const u = store.users.get(id);
  if (!u) throw badRequest(`No user with such ID: ${id}`);
  return u;
}

/** Activities of the readable users on the days from..to, per user and day, by end time. */
function byUserDay(store: TimecampStore, caller: UserRow, users: string | undefined, from: string, to: string): Map<string, ActivityRow[]> {
  if (from > to) throw badRequest(`"from" (${from}) must not be after "to" (${to})`);
  const readable = readableUsers(store, caller, ids(users));
  const groups = new Map<string, ActivityRow[]>();
  for (const a of [...store.activities.toArray()].sort((x, y) => x.end - y.end)) {
    const day = isoDay(a.end);
    if (day < from || day > to || !readable.has(a.user_id)) continue;
    const key = `${a.user_id} ${day}`;
    const list = groups.get(key) ?? [];
    list.push(a);
    groups.set(key, list);
  }
  return groups;
}

/** Groups keyed `<user> <day>`, by day, then user id. */
const byDayThenUser = ([a]: [string, unknown], [b]: [string, unknown]): number => {
  const [ua, da] = a.split(' ');
  const [ub, db] = b.split(' ');
  return da < db ? -1 : da > db ? 1 : Number(ua) - Number(ub);
};

/** `2018-10-02 16-10` (the docs' example) or `2018-10-02 16:10(:SS)` -> minute of the day. */
function minuteOf(value: string): string {
  const m = /^(\d{4}-\d{2}-\d{2})[ T](\d{2})[:-](\d{2})(?:[:-]\d{2})?$/.exec(value.trim());
  if (!m) throw badRequest(`unrecognized end_time format: "${value}" (YYYY-MM-DD HH:MM)`);
  return `${m[1]} ${m[2]}:${m[3]}`;
}

export const activities = {
  listActivities: ({ store, auth, query }) => {
    const days = query['dates[]'] ?? (query.date ? [query.date] : []);
    if (days.length === 0) throw badRequest('You must provide a date (date or dates[])');
    const readable = readableUsers(store, auth.user, ids(query.user_id));
    const wanted = new Set(days);
    const list = store.activities.toArray().filter((a) => wanted.has(isoDay(a.end)) && readable.has(a.user_id)).sort((x, y) => x.end - y.end || x.id - y.id);
    return ok(list.map(activityDict));
  },

  addActivities: ({ store, auth, body }) => {
    const list = body.computer_activities ?? [];
    if (list.length === 0) throw badRequest('You must provide computer_activities');
    const rows = list.map((a, i) => {
      const user = writer(store, auth.user, a.user_id);
      if (!a.application_name) throw badRequest(`computer_activities[${i}]: application_name is required`);
      if (!a.start_time || !a.end_time) throw badRequest(`computer_activities[${i}]: start_time and end_time are required`);
      const start = datetimeOf(a.start_time, 'start_time');
      const end = datetimeOf(a.end_time, 'end_time');
      if (end < start) throw badRequest(`computer_activities[${i}]: end_time is before start_time`);
      const info = a.website_domain ?? '';
      const app = store.applications.toArray().find((x) => x.app_name === a.application_name && x.aditional_info === info) ?? store.applications.insert({ app_name: a.application_name, aditional_info: info, full_name: null, category_id: 0 });
      const title = a.window_title ? (store.windowTitles.toArray().find((w) => w.window_title === a.window_title) ?? store.windowTitles.insert({ window_title: a.window_title })) : undefined;
      return { user_id: user.id, application_id: app.id, window_title_id: title?.id ?? 0, end, time_span: Math.round((end - start) / 1000), task_id: numOr(a.task_id, 0), entry_id: 0 };
    });
    for (const r of rows) store.activities.insert(r);
    return ok({ message: 'added', count: rows.length });
  },

  updateActivities: ({ store, auth, body }) => {
    if (body.user_id === undefined || body.user_id === '') throw badRequest('You must provide user_id');
    const user = writer(store, auth.user, body.user_id);
    if (!body.params || body.params.length === 0) throw badRequest('You must provide params');
    let count = 0;
    for (const [i, p] of body.params.entries()) {
      if (!p.end_date || !p.end_time) throw badRequest(`params[${i}]: end_date and end_time are required`);
      const minute = minuteOf(p.end_time);
      if (p.task_id !== undefined && p.task_id !== '' && num(p.task_id) !== 0 && !store.tasks.get(num(p.task_id))) throw badRequest(`params[${i}]: no task with such ID`);
      for (const a of store.activities.toArray()) {
        if (a.user_id !== user.id || isoDay(a.end) !== p.end_date || !new Date(a.end).toISOString().replace('T', ' ').startsWith(minute)) continue;
        if (p.task_id === undefined && p.entry_id === undefined) continue;
        store.activities.update(a.id, { ...(p.task_id === undefined ? {} : { task_id: numOr(p.task_id, 0) }), ...(p.entry_id === undefined ? {} : { entry_id: numOr(p.entry_id, 0) }) });
        count++;
      }
    }
    return ok({ message: 'updated', count });
  },

  listApplications: ({ store, query }) =>
    ok(Object.fromEntries(ids(query.application_ids).flatMap((id) => {
      const a = store.applications.get(id);
      return a ? [[String(id), applicationDict(a)]] : [];
    }))),

  listWindowTitles: ({ store, body }) => {
    if (!body.window_title_ids) throw badRequest('You must provide window_title_ids');
    if (!/^\d{1,10}(,\d{1,10}){0,199}$/.test(body.window_title_ids)) throw badRequest('window_title_ids must be comma-separated ids');
    return ok(Object.fromEntries(ids(body.window_title_ids).flatMap((id) => {
      const w = store.windowTitles.get(id);
      return w ? [[String(id), windowTitleDict(w)]] : [];
    })));
  },

  getAttendance: ({ store, auth, query }) => {
    const out = [...byUserDay(store, auth.user, query.users, query.from, query.to)].sort(byDayThenUser).map(([key, list]) => {
      const [userId, date] = key.split(' ');
      return {
        user_id: userId,
        user_name: userName(store.users.get(Number(userId))),
        date,
        start_time: hms(secondsOfDay(startOf(list[0]))),
        end_time: hms(secondsOfDay(list[list.length - 1].end)),
        total_time: String(list.reduce((s, a) => s + a.time_span, 0)),
      };
    });
    return ok(out);
  },

  getAwayTime: ({ store, auth, query }) => {
    const out = [...byUserDay(store, auth.user, query.users, query.from, query.to)].sort(byDayThenUser).flatMap(([key, list]) => {
      const [userId, date] = key.split(' ');
      return list.slice(1).flatMap((a, i) => {
        const gap = Math.floor((startOf(a) - list[i].end) / 1000);
        return gap >= AWAY_MIN_SECONDS ? [{ user_id: userId, date, start_time: hms(secondsOfDay(list[i].end)), end_time: hms(secondsOfDay(startOf(a))), time_span: String(gap) }] : [];
      });
    });
    return ok(out);
  },
} satisfies Partial<TimecampHandlers>;

