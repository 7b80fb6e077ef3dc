/**
 * Kanban columns, issues and calendar events (reference §14-§16) on the
 * strict MSW mock: the seeded boards, the rules the real server enforces
 * (unique keys per project, undeletable system columns, reorder within one
 * board, admin-only issue delete, the issues module switch, own-only
 * calendars whose date-only `end` leaves its day out, a fixed `all_day`),
 * their 400/403/404 bodies, and the seeded calendar at several "nows"
 * (month ends, a leap day, New Year's Eve).
 */
import { describe, expect, it } from 'vitest';
import { createClock } from '../../src/core/clock.js';
import { createEngine } from '../../src/node.js';
import { call, startMock, T0, token } from './mock.js';

const { mock, clock } = startMock();
const admin = token(mock, 'admin');
const alice = token(mock, 'user');
const narrow = token(mock, 'narrow');
const allScopes = token(mock, 'all');

/** A call under `/api/v1` as the admin unless a token is given (mock.ts's `call`, its body as `json`). */
const api = async (path: string, init: { method?: string; body?: unknown; token?: string } = {}) => {
  const r = await call<Record<string, any>>(init.method ?? 'GET', `/api/v1${path}`, { token: init.token ?? admin, body: init.body });
  return { status: r.status, json: r.body };
};
const keys = (cols: { key: string }[]) => cols.map((c) => c.key);

describe('kanban columns', () => {
  it('seeds the real server\'s global board and a project board; a project without its own columns gets none of the global ones', async () => {
    const global = (await api('/kanban/columns')).json.columns;
    expect(keys(global)).toEqual(['todo', 'in_progress', 'review', 'done', 'on_hold']);
    expect(global.map((c: { position: number }) => c.position)).toEqual([0, 1, 2, 3, 4]);
    expect(global.filter((c: { is_system: boolean }) => c.is_system).map((c: { key: string }) => c.key)).toEqual(['todo', 'in_progress', 'done']);
    expect(global[3]).toMatchObject({ project_id: null, label: 'Done', icon: 'fas fa-check-circle', color: 'success', is_complete_state: true, wip_limit: null });
    expect(global[4].is_active).toBe(false); // inactive columns are listed too
    const board = (await api('/kanban/columns?project_id=1')).json.columns;
    expect(keys(board)).toEqual(['todo', 'in_progress', 'review', 'qa', 'done']);
    expect(board.every((c: { project_id: number }) => c.project_id === 1)).toBe(true);
    expect(board[1].wip_limit).toBe(3);
    expect((await api('/kanban/columns?project_id=2')).json.columns).toEqual([]);
    expect((await api('/kanban/columns', { token: narrow })).status).toBe(403); // read:tasks
  });

  it('creates with the real defaults; a key repeats globally but not within a project; empty fields are missing', async () => {
    const made = await api('/kanban/columns', { method: 'POST', body: { key: 'blocked', label: 'Blocked', project_id: 1 }, token: alice });
    expect(made.status).toBe(201);
    expect(made.json).toMatchObject({ message: 'Column created successfully', column: { key: 'blocked', icon: 'fas fa-circle', color: 'secondary', position: 0, is_active: true, is_system: false, wip_limit: null, created_at: '2026-11-16T10:00:00' } });
    const dup = await api('/kanban/columns', { method: 'POST', body: { key: 'blocked', label: 'Blocked again', project_id: 1 } });
    expect(dup.status).toBe(409);
    expect(dup.json).toMatchObject({ error: 'Duplicate entry - this record already exists', error_code: 'integrity_error' });
    expect((await api('/kanban/columns', { method: 'POST', body: { key: 'blocked', label: 'Blocked', project_id: 2 } })).status).toBe(201);
    expect((await api('/kanban/columns', { method: 'POST', body: { key: 'todo', label: 'Second To Do' } })).status).toBe(201);
    expect(keys((await api('/kanban/columns')).json.columns).filter((k) => k === 'todo')).toHaveLength(2);
    const empty = await api('/kanban/columns', { method: 'POST', body: { key: 'x', label: '' } });
    expect(empty.status).toBe(400);
    expect(empty.json.error).toBe('Missing required fields: label');
    expect((await api('/kanban/columns', { method: 'POST', body: { key: '', label: '' } })).json.error).toBe('Missing required fields: key, label');
    expect((await api('/kanban/columns', { method: 'POST', body: { label: 'No key' } })).status).toBe(400);
  });

  it('reorders one board: columns of another board and unknown ids are skipped', async () => {
    const board = (await api('/kanban/columns?project_id=1')).json.columns as { id: number; key: string }[];
    const globalDone = (await api('/kanban/columns')).json.columns[3];
    const ids = [...board].reverse().map((c) => c.id);
    const res = await api('/kanban/columns/reorder', { method: 'POST', body: { column_ids: [ids[0], globalDone.id, 9999, ...ids.slice(1)], project_id: 1 } });
    expect(res).toEqual({ status: 200, json: { message: 'Columns reordered successfully' } });
    const after = (await api('/kanban/columns?project_id=1')).json.columns;
    // The global column took no part, but its index in the list counts: positions are the listed indexes.
    expect(keys(after)).toEqual(['done', 'qa', 'review', 'in_progress', 'todo']);
    expect(after.map((c: { position: number }) => c.position)).toEqual([0, 3, 4, 5, 6]);
    expect((await api('/kanban/columns')).json.columns[3]).toMatchObject({ id: globalDone.id, position: 3, updated_at: globalDone.updated_at });
    // Without project_id the global board is reordered.
    const global = (await api('/kanban/columns')).json.columns as { id: number }[];
    await api('/kanban/columns/reorder', { method: 'POST', body: { column_ids: [global[4].id, global[0].id] } });
    expect(keys((await api('/kanban/columns')).json.columns).slice(0, 2)).toEqual(['on_hold', 'todo']);
    const bad = await api('/kanban/columns/reorder', { method: 'POST', body: { column_ids: [] } });
    expect(bad.status).toBe(400);
    expect(bad.json.error).toBe('column_ids must be a non-empty list');
  });

  it('updates the settable fields only, keeps keys unique per project, and never deletes a system column', async () => {
    const [todo, inProgress, review, qa] = (await api('/kanban/columns?project_id=1')).json.columns as { id: number }[];
    clock.advance(60_000);
    const patched = await api(`/kanban/columns/${inProgress.id}`, { method: 'PATCH', body: { label: 'Doing', is_active: false, wip_limit: 9 } });
    expect(patched.json).toMatchObject({ message: 'Column updated successfully', column: { label: 'Doing', is_active: false, wip_limit: 3, key: 'in_progress', updated_at: '2026-11-16T10:01:00' } });
    const put = await api(`/kanban/columns/${review.id}`, { method: 'PUT', body: { key: 'todo' } });
    expect(put.status).toBe(409);
    expect((await api(`/kanban/columns/${review.id}`, { method: 'PUT', body: { key: 'review' } })).status).toBe(200); // its own key
    const system = await api(`/kanban/columns/${todo.id}`, { method: 'DELETE' });
    expect(system.status).toBe(400);
    expect(system.json.error).toBe('Cannot delete system column');
    expect((await api(`/kanban/columns/${qa.id}`, { method: 'DELETE', token: alice })).json.message).toBe('Column deleted successfully');
    const gone = await api(`/kanban/columns/${qa.id}`, { method: 'PATCH', body: { label: 'x' } });
    expect(gone.status).toBe(404);
    expect(gone.json).toMatchObject({ error: 'Resource not found', error_code: 'not_found' });
  });
});

describe('issues', () => {
  it('seeds every status and priority; lists last updated first, filters by equality, caps per_page at 100', async () => {
    const all = (await api('/issues?per_page=500')).json;
    expect(all.pagination).toMatchObject({ per_page: 100, total: 8, page: 1 });
    expect(new Set(all.issues.map((i: { status: string }) => i.status))).toEqual(new Set(['open', 'in_progress', 'resolved', 'closed', 'cancelled']));
    expect(new Set(all.issues.map((i: { priority: string }) => i.priority))).toEqual(new Set(['low', 'medium', 'high', 'urgent']));
    const stamps = all.issues.map((i: { updated_at: string }) => i.updated_at);
    expect(stamps).toEqual([...stamps].sort().reverse());
    const inProgress = all.issues.find((i: { status: string }) => i.status === 'in_progress');
    expect(inProgress).toMatchObject({ status_display: 'In Progress', is_open: true, is_resolved: false, is_closed: false });
    expect(inProgress.priority_class).toBe(`priority-${inProgress.priority}`);
    expect(typeof inProgress.client_name).toBe('string');
    const open = (await api('/issues?status=open')).json.issues;
    expect(open.length).toBe(3);
    expect(open.every((i: { status: string }) => i.status === 'open')).toBe(true);
    const p = all.issues.find((i: { project_id: number | null }) => i.project_id !== null).project_id;
    const ofProject = (await api(`/issues?project_id=${p}`, { token: alice })).json.issues;
    expect(ofProject.length).toBeGreaterThan(0);
    expect(ofProject.every((i: { project_id: number }) => i.project_id === p)).toBe(true);
    const c = all.issues[0].client_id;
    expect((await api(`/issues?client_id=${c}&status=${all.issues[0].status}`)).json.issues.every((i: { client_id: number }) => i.client_id === c)).toBe(true);
    expect((await api('/issues?status=bogus')).json).toMatchObject({ issues: [], pagination: { total: 0, pages: 0 } });
    expect((await api('/issues?project_id=x')).status).toBe(400);
  });

  it('moves freely between statuses through the API, leaving resolved_at and closed_at alone', async () => {
    const made = await api('/issues', { method: 'POST', body: { title: '  Export hangs  ', client_id: 1, project_id: 1 }, token: alice });
    expect(made.status).toBe(201);
    const id = made.json.issue.id;
    expect(made.json).toMatchObject({ message: 'Issue created successfully', issue: { title: 'Export hangs', status: 'open', priority: 'medium', submitted_by_client: false, creator: 'alice', assigned_to: null, resolved_at: null } });
    for (const [status, flags] of [
      ['in_progress', { is_open: true, is_resolved: false, is_closed: false }],
      ['resolved', { is_open: false, is_resolved: true, is_closed: false }],
      ['closed', { is_open: false, is_resolved: false, is_closed: true }],
      ['open', { is_open: true, is_resolved: false, is_closed: false }],
    ] as const) {
      clock.advance(60_000);
      const r = await api(`/issues/${id}`, { method: 'PATCH', body: { status }, token: alice });
      expect(r.json.issue, status).toMatchObject({ status, ...flags, resolved_at: null, closed_at: null });
    }
    const put = await api(`/issues/${id}`, { method: 'PUT', body: { priority: 'urgent', assigned_to: 4, description: '' } });
    expect(put.json).toMatchObject({ message: 'Issue updated successfully', issue: { priority: 'urgent', priority_display: 'Urgent', assigned_user: 'bob', description: null, updated_at: '2026-11-16T10:04:00' } });
    expect((await api('/issues')).json.issues[0].id).toBe(id); // last updated first
    expect((await api(`/issues/${id}`, { method: 'PATCH', body: { status: 'reopened' } })).status).toBe(400);
  });

  it('answers the real messages: missing title or client, unknown id, delete for admins only (before the id)', async () => {
    expect((await api('/issues', { method: 'POST', body: { title: '   ', client_id: 1 } })).json.error).toBe('title is required');
    expect((await api('/issues', { method: 'POST', body: { title: 'No client', client_id: 0 } })).json.error).toBe('client_id is required');
    const unknown = await api('/issues/9999');
    expect(unknown.status).toBe(404);
    expect(unknown.json).toMatchObject({ error: 'Issue not found not found', error_code: 'not_found' });
    const refused = await api('/issues/9999', { method: 'DELETE', token: alice });
    expect(refused.status).toBe(403);
    expect(refused.json).toMatchObject({ error: 'Only admins can delete issues', error_code: 'forbidden' });
    expect((await api('/issues/1', { method: 'DELETE', token: alice })).status).toBe(403);
    expect((await api('/issues/9999', { method: 'DELETE' })).status).toBe(404);
    expect((await api('/issues/1', { method: 'DELETE' })).json.message).toBe('Issue deleted successfully');
    expect((await api('/issues/1')).status).toBe(404);
    expect((await api('/issues', { token: narrow })).status).toBe(200); // read:projects is enough
  });

  it('answers 403 module_disabled on every route when the issues module is off', async () => {
    const s = mock.engine.store.settings;
    s.enabled_modules = s.enabled_modules.filter((m) => m !== 'issues');
    for (const [method, path, body] of [['GET', '/issues'], ['GET', '/issues/1'], ['POST', '/issues', { title: 't', client_id: 1 }], ['PATCH', '/issues/1', { status: 'closed' }], ['DELETE', '/issues/9999']] as const) {
      const r = await api(path, { method, body });
      expect(r.status, `${method} ${path}`).toBe(403);
      expect(r.json).toEqual({ error: 'module_disabled', message: 'issues module is disabled by the administrator.', error_code: 'forbidden' });
    }
  });
});

const lastDayOf = (at: string) => {
  const d = new Date(at);
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).toISOString().slice(0, 10);
};

describe('calendar events', () => {
  it('shows each user only their own events, by start; others read 403', async () => {
    const mine = (await api('/calendar/events', { token: alice })).json.events as { start: string; title: string; id: number }[];
    expect(mine.length).toBeGreaterThan(5);
    expect(mine.map((e) => e.start)).toEqual(mine.map((e) => e.start).sort());
    expect(mine.map((e) => e.title)).not.toContain('Budget review');
    const own = (await api('/calendar/events')).json.events.map((e: { title: string }) => e.title);
    expect(own).toEqual(['Budget review', 'Release window']); // admins see only their own in the list
    expect(own).not.toContain('Dentist');
    const adminsEvent = (await api('/calendar/events')).json.events[0].id;
    const refused = await api(`/calendar/events/${adminsEvent}`, { token: alice });
    expect(refused.status).toBe(403);
    expect(refused.json.error).toBe('Access denied');
    expect((await api(`/calendar/events/${mine[0].id}`)).json.event.id).toBe(mine[0].id); // an admin reads anyone's
    expect((await api('/calendar/events', { token: allScopes })).status).toBe(403); // read:calendar
    expect((await api('/calendar/events?start=soon')).status).toBe(400);
    expect((await api('/calendar/events/9999')).json).toMatchObject({ error: 'Resource not found', error_code: 'not_found' });
  });

  it('creates (snake case in, camel case out), refuses bad times, and keeps all_day as created', async () => {
    const missing = await api('/calendar/events', { method: 'POST', body: { title: 'x', start_time: '' }, token: alice });
    expect(missing.status).toBe(400);
    expect((await api('/calendar/events', { method: 'POST', body: { title: '', start_time: '2026-11-20T10:00:00', end_time: '' }, token: alice })).json.error).toBe('Missing required fields: title, end_time');
    for (const [start_time, end_time] of [['2026-11-20T10:00:00', '2026-11-20T10:00:00'], ['2026-11-20T10:00:00', '2026-11-20T09:00:00'], ['tomorrow', '2026-11-20T09:00:00'], ['2026-02-30T10:00:00', '2026-03-01T10:00:00']]) {
      const r = await api('/calendar/events', { method: 'POST', body: { title: 'Bad', start_time, end_time }, token: alice });
      expect(r.json.error, `${start_time}..${end_time}`).toBe('Invalid start/end time');
    }
    const made = await api('/calendar/events', { method: 'POST', body: { title: 'Offsite', start_time: '2026-11-20T09:00:00+02:00', end_time: '2026-11-21T00:00:00Z', all_day: true, color: '#10b981', project_id: 1 }, token: alice });
    expect(made.status).toBe(201);
    const e = made.json.event;
    expect(e).toMatchObject({ title: 'Offsite', start: '2026-11-20T07:00:00', end: '2026-11-21T00:00:00', allDay: true, eventType: 'event', projectId: 1, isRecurring: false, isPrivate: false, createdAt: '2026-11-16T10:00:00' });
    expect(Object.keys(e).some((k) => k.includes('_'))).toBe(false);
    const p = await api(`/calendar/events/${e.id}`, { method: 'PATCH', body: { all_day: false, start_time: 'not a time', end_time: '2026-11-19T08:00:00', location: 'Lakeside' }, token: alice });
    // all_day ignored, an unparseable start ignored, an end before the start accepted (no order check on update).
    expect(p.json).toMatchObject({ message: 'Event updated successfully', event: { allDay: true, start: '2026-11-20T07:00:00', end: '2026-11-19T08:00:00', location: 'Lakeside' } });
    expect((await api(`/calendar/events/${e.id}`, { method: 'PUT', body: { title: 'Not yours' }, token: token(mock, 'all') })).status).toBe(403);
    expect((await api(`/calendar/events/${e.id}`, { method: 'DELETE', token: alice })).json.message).toBe('Event deleted successfully');
    expect((await api(`/calendar/events/${e.id}`, { token: alice })).status).toBe(404);
  });

  it('bounds the START by the range; the mobile month range (…-01 to the last day) misses the last day after midnight', async () => {
    const last = lastDayOf(new Date(T0).toISOString());
    const month = (await api(`/calendar/events?start=2026-11-01&end=${last}`, { token: alice })).json.events.map((e: { title: string; start: string }) => `${e.start} ${e.title}`);
    expect(month).toContain(`${last}T00:00:00 Timesheet deadline`);
    expect(month.some((s: string) => s.includes('Month-end review'))).toBe(false);
    const whole = (await api(`/calendar/events?start=2026-11-01&end=${last}T23:59:59`, { token: alice })).json.events.map((e: { title: string }) => e.title);
    expect(whole).toContain('Month-end review');
    // A date the pattern lets through but the calendar lacks is no bound (parse_datetime gives None).
    const unbounded = (await api('/calendar/events?start=2026-02-30', { token: alice })).json.events.length;
    expect(unbounded).toBe((await api('/calendar/events', { token: alice })).json.events.length);
    // Both bounds are inclusive: the 10:00 sync of this Monday starts exactly at `start`.
    const today = (await api('/calendar/events?start=2026-11-16T10:00:00Z&end=2026-11-16T14:00:00', { token: alice })).json.events.map((e: { title: string }) => e.title);
    expect(today).toEqual(['Weekly sync', expect.stringMatching(/^Call with /)]);
  });

  it('seeds the calendar inside the month of "now", at month ends, on a leap day and on New Year\'s Eve', async () => {
    for (const at of ['2026-01-31T23:30:00Z', '2026-02-01T00:05:00Z', '2027-02-28T12:00:00Z', '2028-02-29T08:00:00Z', '2026-12-31T23:59:00Z', '2026-04-30T00:00:00Z']) {
      const engine = createEngine({ seed: 3, clock: createClock({ frozenAt: Date.parse(at) }) });
      const aliceId = engine.store.users.findBy('username', 'alice')!.id;
      const tok = engine.store.tokens.toArray().find((t) => t.user_id === aliceId && t.is_active && t.scopes.includes('read:*') && (t.expires_at === null || t.expires_at > Date.parse(at)))!.token;
      const month = at.slice(0, 7);
      const last = lastDayOf(at);
      const get = async (search: string) => {
        const res = await engine.handle({ method: 'GET', path: '/api/v1/calendar/events', search, headers: { authorization: `Bearer ${tok}` } });
        expect(res.status, at).toBe(200);
        return (res.body as { events: { title: string; start: string; allDay: boolean }[] }).events;
      };
      const all = await get('');
      const mobile = await get(`start=${month}-01&end=${last}`);
      const titles = mobile.map((e) => e.title);
      expect(all.filter((e) => e.start.startsWith(month)).length, at).toBe(all.length); // every seeded event of alice is in the month
      expect(titles[0], at).toBe('Monthly planning');
      expect(mobile.find((e) => e.title === 'Team offsite'), at).toMatchObject({ start: `${month}-15T00:00:00`, allDay: true });
      expect(mobile.at(-1), at).toMatchObject({ title: 'Timesheet deadline', start: `${last}T00:00:00` });
      expect(titles, at).not.toContain('Month-end review');
      expect(all.filter((e) => e.title === 'Month-end review').map((e) => e.start), at).toEqual([`${last}T16:00:00`]);
      const syncs = all.filter((e) => e.title === 'Weekly sync');
      expect(syncs.length, at).toBeGreaterThanOrEqual(4);
      expect(syncs.every((e) => new Date(`${e.start}Z`).getUTCDay() === 1), at).toBe(true);
      expect(all.some((e) => e.start.startsWith(at.slice(0, 10)) && e.title.startsWith('Call with')), at).toBe(true); // today's call
    }
  });
});
